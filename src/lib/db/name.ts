/** The on-device database's name: here so code can look for it without loading the database code. */
export const DB_NAME = 'chipwise';

/** Where a tab says it created the first learner, so tabs that found nothing stored look again. */
export const LEARNER_CHANNEL = 'chipwise-learner';
