import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../playwright.config';
import { test } from './fixtures';

/**
 * Runs this file's tests with Chromium's fake camera playing a video at the returned path.
 * The path is fixed when the browser starts; Chromium reads the file when the camera opens,
 * so a test writes the codes into it (`writeQrVideo`) once they exist.
 */
export function useFakeCamera(name: string): string {
	const video = join(tmpdir(), `chipwise-${name}-${process.pid}.y4m`);
	const launch = config.use?.launchOptions;
	test.use({
		permissions: ['camera'],
		launchOptions: {
			...launch,
			args: [
				...(launch?.args ?? []),
				'--use-fake-device-for-media-stream',
				`--use-file-for-fake-video-capture=${video}`
			]
		}
	});
	test.afterAll(() => rmSync(video, { force: true }));
	return video;
}
