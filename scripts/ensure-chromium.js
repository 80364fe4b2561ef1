// Playwright cannot download a browser here, so the tests drive the system Chromium.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	console.error(
		`\nChromium was not found at ${path}.\n` +
			'The end-to-end tests drive the system browser. Install it with:\n\n' +
			'    sudo apt-get update && sudo apt-get install -y chromium\n\n' +
			'or set CHROMIUM_PATH to another Chromium or Chrome binary.\n'
	);
	process.exit(1);
}
