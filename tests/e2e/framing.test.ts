import { startOtherSite } from './fallback-host';
import { expect, gotoReady, test } from './fixtures';

test('inside another site’s frame the app hides its controls and offers to open it directly', async ({
	page,
	baseURL
}) => {
	const app = `${baseURL}/settings/`;
	const elsewhere = await startOtherSite(
		`<!doctype html><title>Elsewhere</title><iframe src="${app}" width="800" height="600"></iframe>`
	);
	try {
		await page.goto(elsewhere.url);
		const frame = page.frameLocator('iframe');
		await expect(frame.getByText("Chipwise can't be used inside another site")).toBeVisible();
		const open = frame.getByRole('link', { name: 'Open Chipwise' });
		await expect(open).toHaveAttribute('target', '_top');
		await expect(open).toHaveAttribute('href', app);
		await expect(frame.getByRole('button', { name: /Delete/ })).toHaveCount(0);
		await expect(frame.getByRole('heading', { name: 'Settings' })).toHaveCount(0);
	} finally {
		await elsewhere.close();
	}
});

test('the app itself, not framed, shows no such message', async ({ page }) => {
	await gotoReady(page, '/settings/');
	await expect(page.getByRole('button', { name: /Delete/ }).first()).toBeVisible();
	await expect(page.getByText("can't be used inside another site")).toHaveCount(0);
});
