import type { Page } from '@playwright/test';
import { teacherPack } from '../../src/lib/test/teacher-pack';

type Edit = (pack: ReturnType<typeof teacherPack>) => void;

/** A teacher's pack as a file to choose, changed by `edit`. */
export const packFile = (edit: Edit = () => {}) => {
	const pack = teacherPack();
	edit(pack);
	return {
		name: `${pack.id}.json`,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(pack))
	};
};

/** Chooses a pack file on Packs on this device. */
export async function addFile(page: Page, file: ReturnType<typeof packFile>) {
	await page.getByLabel('Add a pack from a file…').setInputFiles(file);
}
