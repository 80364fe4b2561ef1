// Shared pieces of the benchmark: the static server, the browser's path and flags, statistics.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sirv from 'sirv';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags the end-to-end tests use for the system Chromium (see playwright.config.ts). */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** Where the benchmark harness is served, beside the app on the same origin. */
export const HARNESS_PATH = '/__bench/';

const COMPRESSIBLE = /\.(html|js|css|json|svg|webmanifest|txt)$/;

/**
 * A copy of build/ for one benchmark run (a build started elsewhere meanwhile cannot change
 * it), with gzip and brotli copies of text files beside them, as a CDN serves them.
 * @param {string} buildDir
 * @param {string} siteDir
 */
export function snapshotSite(buildDir, siteDir) {
	rmSync(siteDir, { recursive: true, force: true });
	cpSync(buildDir, siteDir, { recursive: true });
	for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
		const file = join(entry.parentPath, entry.name);
		const data = readFileSync(file);
		writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
		const params = { [constants.BROTLI_PARAM_QUALITY]: 11 };
		writeFileSync(`${file}.br`, brotliCompressSync(data, { params }));
	}
}

/**
 * The headers README.md ("Hosting") asks a static host to send.
 * @param {import('node:http').ServerResponse} res
 * @param {string} pathname
 */
function hostHeaders(res, pathname) {
	res.setHeader('X-Content-Type-Options', 'nosniff');
	res.setHeader('Referrer-Policy', 'no-referrer');
	res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	res.setHeader('X-Frame-Options', 'DENY');
	const immutable = pathname.startsWith('/_app/immutable/');
	res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * Serves `root` as a static host would (sirv, like `npm run serve`, plus precompressed files
 * and the README's headers), and optionally the benchmark harness under HARNESS_PATH, on a
 * free loopback port.
 * @param {string} root
 * @param {string} [harnessDir]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serve(root, harnessDir) {
	const site = sirv(root, {
		dev: false,
		etag: true,
		gzip: true,
		brotli: true,
		setHeaders: hostHeaders
	});
	const harness = harnessDir ? sirv(harnessDir, { dev: true }) : null;
	const server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (harness && url.startsWith(HARNESS_PATH)) {
			req.url = url.slice(HARNESS_PATH.length - 1);
			return harness(req, res, () => void res.writeHead(404).end());
		}
		site(req, res, () => void res.writeHead(404).end('Not found'));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve(undefined));
			})
	};
}

/** @param {readonly number[]} values */
export function median(values) {
	return quantile(values, 0.5);
}

/**
 * The q-quantile with linear interpolation between closest ranks; null for no values.
 * @param {readonly number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const at = (sorted.length - 1) * q;
	const low = Math.floor(at);
	const high = Math.ceil(at);
	const lo = /** @type {number} */ (sorted[low]);
	const hi = /** @type {number} */ (sorted[high]);
	return lo + (hi - lo) * (at - low);
}

/** How many times each measurement runs (BENCH_RUNS, default 5). */
export function runCount() {
	const n = Number(process.env.BENCH_RUNS ?? 5);
	return Number.isInteger(n) && n > 0 ? n : 5;
}

/** @param {string} message */
export function log(message) {
	const t = new Date().toISOString().slice(11, 19);
	process.stderr.write(`[bench ${t}] ${message}\n`);
}
