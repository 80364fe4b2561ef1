import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChipwiseDB } from '$lib/db/db';
import { importReceipts, saveAssignment } from '$lib/db/teach';
import { makeAssignment, makeReceipt, wordyAnswers } from '$lib/teach/factories';
import { encodeReceipt } from '$lib/teach/receipt';
import { receiptQrTexts } from '$lib/teach/receipt-parts';
import { freshDbEachTest } from '$lib/test/db';
import Scanner from './Scanner.svelte';

let db: ChipwiseDB;
freshDbEachTest((fresh) => (db = fresh), 'scanner');

// The real import, into this test's database.
vi.mock('$lib/db/load', () => ({
	load: {
		teach: async () => ({
			importReceipts: (...[sources, , now, options]: Parameters<typeof importReceipts>) =>
				importReceipts(sources, db, now, options)
		})
	}
}));

const assignment = makeAssignment({ title: 'Week 3 check' });
const code = (student: string, credits?: number[]) =>
	encodeReceipt(makeReceipt(credits, { student }));

/** Gives `navigator` a property for one test. */
function stubNavigator(name: string, value: unknown) {
	Object.defineProperty(navigator, name, { value, configurable: true });
	stubbed.push(name);
}
const stubbed: string[] = [];

function camera(result: () => Promise<MediaStream>) {
	const getUserMedia = vi.fn(result);
	stubNavigator('mediaDevices', { getUserMedia });
	return getUserMedia;
}

function open(expected?: number) {
	const onclose = vi.fn();
	render(Scanner, { known: new Set(assignment.questionIds), expected, onclose });
	return onclose;
}

/** A camera whose detector reads `frames` one a frame, then nothing until more are pushed. */
function scanning(frames: string[]) {
	vi.stubGlobal(
		'BarcodeDetector',
		class {
			static getSupportedFormats = async () => ['qr_code'];
			detect = async () => {
				const text = frames.shift();
				return text ? [{ rawValue: text }] : [];
			};
		}
	);
	const stop = vi.fn();
	camera(async () => ({ getTracks: () => [{ stop }] }) as unknown as MediaStream);
	vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue();
	vi.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(4);
	return stop;
}

afterEach(() => {
	for (const name of stubbed.splice(0))
		delete (navigator as unknown as Record<string, unknown>)[name];
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('the receipt scanner', () => {
	it('says the camera is not allowed, and closes', async () => {
		const getUserMedia = camera(() =>
			Promise.reject(new DOMException('denied', 'NotAllowedError'))
		);
		const onclose = open();
		expect(await screen.findByRole('alert')).toHaveTextContent(
			"Chipwise may not use the camera. Allow it in the browser's site settings, or paste the codes or choose the files below."
		);
		expect(getUserMedia).toHaveBeenCalledWith({
			video: { facingMode: 'environment' },
			audio: false
		});
		await userEvent.setup().click(screen.getByRole('button', { name: 'Close the scanner' }));
		expect(onclose).toHaveBeenCalled();
	});

	it('says so when the device has no camera', async () => {
		stubNavigator('mediaDevices', undefined);
		open();
		expect(await screen.findByRole('alert')).toHaveTextContent('No camera was found');
	});

	it('adds each code once, names the student, counts against the class and notes a duplicate', async () => {
		await saveAssignment(assignment, db);
		// Zoë's code is in the frames again and again; Ben's result was added before.
		await importReceipts([{ label: 'before', text: code('Ben') }], db);
		const frames = [code('Zoë Lambert', [1, 1, 1, 0, 1]), code('Zoë Lambert', [1, 1, 1, 0, 1])];
		frames.push(`https://chipwise.example/teach/receipt/#${frames[0]}`, code('Ben'), 'hello');
		const stop = scanning(frames);
		const vibrate = vi.fn();
		stubNavigator('vibrate', vibrate);
		const onclose = open(28);

		const status = screen.getByRole('status');
		await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3), { timeout: 3000 });
		expect(screen.getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual([
			'Not added. This is not a receipt code or link.',
			'Ben’s result was already here',
			'Added Zoë Lambert (80%)'
		]);
		expect(vibrate).toHaveBeenCalledTimes(1);
		expect(status).toHaveTextContent(
			/^Not added\. This is not a receipt code or link\. · 1 added · 1 of 28$/
		);

		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Stop scanning' }));
		expect(stop).toHaveBeenCalled();
		expect(screen.getAllByRole('listitem')).toHaveLength(3);
		await user.keyboard('{Escape}');
		expect(onclose).toHaveBeenCalled();
	});

	it('notes the parts of a long receipt as they come, then adds it once they are all in', async () => {
		await saveAssignment(assignment, db);
		const whole = encodeReceipt(
			makeReceipt([1, 1, 1, 0, 1], { student: 'Zoë Lambert' }, wordyAnswers(5, 7, 16))
		);
		const parts = receiptQrTexts(`https://chipwise.example/teach/receipt/#${whole}`);
		const n = parts.length;
		expect(n).toBeGreaterThan(1);
		// The sequence is caught half way, and each code is in several frames.
		const frames = [parts[1], parts[1], parts[1]].map((p) => p ?? '');
		scanning(frames);
		const vibrate = vi.fn();
		stubNavigator('vibrate', vibrate);
		open();

		const status = screen.getByRole('status');
		await waitFor(
			() =>
				expect(status).toHaveTextContent(
					`Part 2 of ${n} of a receipt read (1 of ${n} so far) — keep showing the codes · 0 added`
				),
			{ timeout: 3000 }
		);
		expect(screen.queryByRole('listitem')).toBeNull();
		expect(vibrate).not.toHaveBeenCalled();

		frames.push(...parts, ...parts);
		await waitFor(() => expect(status).toHaveTextContent('Added Zoë Lambert (80%) · 1 added'), {
			timeout: 5000
		});
		await waitFor(() => expect(frames).toHaveLength(0), { timeout: 5000 });
		expect(screen.getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual([
			'Added Zoë Lambert (80%)'
		]);
		expect(vibrate).toHaveBeenCalledTimes(1);
	});

	it('refuses a part that cannot be one, in the log', async () => {
		scanning(['https://chipwise.example/teach/receipt/#RP.4.3.0123abcd.R2.x']);
		open();
		await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1), {
			timeout: 3000
		});
		expect(screen.getByRole('listitem')).toHaveTextContent(
			"Not added. This looks like part of a receipt but can't be read as one. Ask the student to show their codes again."
		);
	});
});
