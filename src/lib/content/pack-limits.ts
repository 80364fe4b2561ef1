// Limits on a pack file from outside, in a module of its own: a page checks a file's size
// before it loads the code that reads packs.

/** The largest pack file read. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;
