// How much one import of receipts reads: constants only, so pages can name them in messages
// without loading the receipt codec.

/** A class is about 30; this is many classes at once. */
export const MAX_RECEIPTS_READ = 500;
/** Rejections kept with their reason per source; the others are only counted. */
export const MAX_REPORTED = 10;
