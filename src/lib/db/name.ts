/** The on-device database's name: here so code can look for it without loading the database code. */
export const DB_NAME = 'chipwise';

/**
 * The `localStorage` key set once the database exists (see `storedHint` in presence.ts). The
 * start-up script of every page reads it before the first paint (scripts/build/paint-first.js).
 */
export const STORED_HINT = 'chipwise-stored';

/** Where a tab says it created the first learner, so tabs that found nothing stored look again. */
export const LEARNER_CHANNEL = 'chipwise-learner';
