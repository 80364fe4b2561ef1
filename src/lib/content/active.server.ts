import { join } from 'node:path';
import { compilePack, PACKS_DIR } from './compile.server';
import { ACTIVE_PACK } from './config';
import type { Pack } from './schema';

let cached: Pack | undefined;

/** The pack the app teaches, compiled once per build (prerendering runs in Node). */
export function activePack(): Pack {
	cached ??= compilePack(join(PACKS_DIR, ACTIVE_PACK));
	return cached;
}
