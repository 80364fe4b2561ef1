/**
 * One policy for storage failures a learner can act on: the device is full, or the browser
 * refuses to store anything (private browsing, storage turned off). Anything else is
 * unexpected: the learner is told to try again, and the error is logged for us.
 */
export type StorageFailureKind = 'full' | 'refused' | 'other';

/**
 * A reason the app refuses a change, worded for the person ("A name is needed."): shown as it
 * is, where any other error gets the policy below.
 */
export class UserMessage extends Error {
	override name = 'UserMessage';
}

const FULL = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const REFUSED = new Set([
	'SecurityError',
	'InvalidStateError',
	'MissingAPIError',
	'OpenFailedError',
	'DatabaseClosedError',
	'UnknownError',
	'NotAllowedError'
]);

/** The error and the errors it wraps (Dexie's `inner`, a standard `cause`, a bulk write's failures). */
function chain(error: unknown, depth = 0): unknown[] {
	if (depth > 5 || typeof error !== 'object' || error === null) return [error];
	const e = error as { inner?: unknown; cause?: unknown; failures?: unknown };
	const wrapped = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])];
	return [error, ...wrapped.filter((w) => w != null).flatMap((w) => chain(w, depth + 1))];
}

function nameOf(error: unknown): string {
	if (typeof error !== 'object' || error === null) return '';
	const name = (error as { name?: unknown }).name;
	return typeof name === 'string' ? name : '';
}

/** What kind of storage failure an error is, looking through the errors Dexie wraps. */
export function storageFailureKind(error: unknown): StorageFailureKind {
	const names = chain(error).map(nameOf);
	// A write refused for lack of space often arrives as an AbortError whose cause is the quota.
	if (names.some((n) => FULL.has(n))) return 'full';
	if (names.some((n) => REFUSED.has(n))) return 'refused';
	return 'other';
}

const REASONS: Record<StorageFailureKind, string> = {
	full: "there is no room left on this device to save. Free some space (delete photos or apps you don't need), then try again.",
	refused:
		'this browser is not keeping data (private browsing, or storage turned off for this site). Open Chipwise in a normal window, or allow it to store data.',
	other: 'something went wrong while saving. Try again; if it keeps happening, reload the app.'
};

/**
 * A message saying what happened and what to do: `lead` is what failed ("Nothing was added"),
 * `after` what the site can promise ("Nothing was changed."). Without `after`, a full device
 * says that what was saved before is safe, which is always true.
 */
export function storageMessage(lead: string, error: unknown, after = ''): string {
	if (error instanceof UserMessage) return error.message;
	const kind = storageFailureKind(error);
	if (kind === 'other') console.error(error);
	const tail = after || (kind === 'full' ? 'Nothing you saved before is lost.' : '');
	return [`${lead}: ${REASONS[kind]}`, tail].filter(Boolean).join(' ');
}

/** The start of a sentence saying why nothing can be stored, for places that have no error at hand. */
export function unavailableReason(kind: StorageFailureKind | null): string {
	return kind === 'full'
		? 'There is no room left on this device'
		: 'This browser is not keeping data';
}
