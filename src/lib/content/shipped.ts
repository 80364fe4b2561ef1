// The pack Chipwise comes with was checked when the app was built (vite-plugin.ts fails the
// build on any problem), and the build knows its file's SHA-256. Text with that digest is that
// file, so it is used as it is, like the app's own scripts, without checking it again on every
// phone. Any other text (another version's file, a changed one) is checked as any pack is.
import type { Pack } from './schema';

const hex = (bytes: ArrayBuffer) =>
	Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The pack in `text` when its SHA-256 is `sha256`; null when it is not, when no digest is known
 * (''), or where the browser has no Web Crypto (a page served over plain HTTP from another host).
 */
export async function shippedPack(text: string, sha256: string): Promise<Pack | null> {
	const subtle = globalThis.crypto?.subtle;
	if (!sha256 || !subtle) return null;
	const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
	if (hex(digest) !== sha256) return null;
	try {
		return JSON.parse(text) as Pack;
	} catch {
		return null;
	}
}
