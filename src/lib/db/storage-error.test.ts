import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storageFailureKind, storageMessage, UserMessage } from './storage-error';
import { getDb } from './db';
import { renameProfile, switchProfile } from './profiles';

const dom = (name: string) => new DOMException('failed', name);

describe('storage failures', () => {
	afterEach(() => vi.restoreAllMocks());

	it('names a full device, bare or wrapped by Dexie', () => {
		expect(storageFailureKind(dom('QuotaExceededError'))).toBe('full');
		expect(storageFailureKind(new Dexie.QuotaExceededError('full', dom('x')))).toBe('full');
		expect(storageFailureKind(new Dexie.AbortError('aborted', dom('QuotaExceededError')))).toBe(
			'full'
		);
		expect(
			storageFailureKind(
				new Dexie.OpenFailedError('open failed', new Dexie.QuotaExceededError('full'))
			)
		).toBe('full');
		expect(storageFailureKind({ name: 'BulkError', failures: [dom('QuotaExceededError')] })).toBe(
			'full'
		);
		expect(storageFailureKind(new Error('write', { cause: dom('QuotaExceededError') }))).toBe(
			'full'
		);
	});

	it('names a browser that refuses to store anything', () => {
		for (const error of [
			dom('SecurityError'),
			dom('InvalidStateError'),
			new Dexie.MissingAPIError('no IndexedDB'),
			new Dexie.OpenFailedError('open failed', dom('UnknownError')),
			new Dexie.DatabaseClosedError('closed')
		]) {
			expect(storageFailureKind(error)).toBe('refused');
		}
	});

	it('treats anything else as unexpected', () => {
		expect(storageFailureKind(new TypeError('x is undefined'))).toBe('other');
		expect(storageFailureKind(new Dexie.ConstraintError('duplicate'))).toBe('other');
		expect(storageFailureKind('a string')).toBe('other');
		expect(storageFailureKind(null)).toBe('other');
	});

	it('looks no deeper than a few wrappers, even through a cycle', () => {
		const a: { name: string; inner?: unknown } = { name: 'AbortError' };
		a.inner = a;
		expect(storageFailureKind(a)).toBe('other');
	});

	it('tells a full device what to do, and that nothing saved is lost', () => {
		expect(storageMessage('Nothing was added', dom('QuotaExceededError'))).toBe(
			"Nothing was added: there is no room left on this device to save. Free some space (delete photos or apps you don't need), then try again. Nothing you saved before is lost."
		);
	});

	it('keeps what the place can promise instead of the general promise', () => {
		const message = storageMessage(
			'The backup could not be restored',
			dom('QuotaExceededError'),
			'Nothing was changed.'
		);
		expect(message).toMatch(/no room left on this device.*Nothing was changed\.$/);
		expect(message).not.toContain('Nothing you saved before');
	});

	it('keeps the meaning of a refusal, and asks to try again otherwise', () => {
		expect(storageMessage('Could not save', dom('SecurityError'))).toMatch(
			/^Could not save: this browser is not keeping data .*normal window/
		);
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const other = storageMessage('Could not save', new TypeError('bug'));
		expect(other).toBe(
			'Could not save: something went wrong while saving. Try again; if it keeps happening, reload the app.'
		);
		expect(console.error).toHaveBeenCalled();
	});

	it('shows a reason meant for the person as it is, even from inside a transaction', async () => {
		expect(storageMessage('Not renamed', new UserMessage('A name is needed.'))).toBe(
			'A name is needed.'
		);
		const missing = await switchProfile('nobody', getDb()).catch((e: unknown) => e);
		expect(missing).toBeInstanceOf(UserMessage);
		expect(storageMessage('Not switched', missing)).toBe('No such learner on this device.');
		await expect(renameProfile('nobody', 'Ana', getDb())).rejects.toThrow(UserMessage);
	});
});
