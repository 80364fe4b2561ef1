// Whether this browser holds any of the learner's data, asked without loading the database
// code: a first visit has nothing stored, and need not pay for Dexie to find that out.
import { DB_NAME } from './name';

/**
 * False only when the browser says for sure that the app's database does not exist; true
 * when it exists or when the browser cannot tell (`indexedDB.databases()` is missing or
 * refused), so that those browsers open the database as before and report what goes wrong.
 */
export async function hasStoredData(factory: IDBFactory | undefined = globalThis.indexedDB) {
	if (typeof factory?.databases !== 'function') return true;
	try {
		const found = await factory.databases();
		return found.some((d) => d.name === DB_NAME);
	} catch {
		return true;
	}
}
