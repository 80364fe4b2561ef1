/** The content pack the app teaches: a folder under content/packs, served at /packs/<id>.json. */
export const ACTIVE_PACK = 'micron-ban';
