// Limits of assignments and receipt imports: constants only, so pages can name them in
// messages and fields without loading the codecs.

/** A class is about 30; this is many classes at once. */
export const MAX_RECEIPTS_READ = 500;
/** Rejections kept with their reason per source; the others are only counted. */
export const MAX_REPORTED = 10;
/** An assignment's title, in characters. */
export const MAX_TITLE = 120;
/** Where a device puts its version, a receipt the teacher entered from a worksheet says this. */
export const PAPER_APP_VERSION = 'paper';
