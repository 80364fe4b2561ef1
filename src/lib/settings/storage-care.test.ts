import { describe, expect, it } from 'vitest';
import {
	careNotice,
	DAY,
	isAppleMobile,
	persistenceSentence,
	progressSince,
	shouldAskToPersist,
	shouldExplainHomeScreen,
	shouldRemindBackup,
	type CareFacts
} from './storage-care';

const NOW = Date.UTC(2026, 11, 1, 12);

function facts(overrides: Partial<CareFacts> = {}): CareFacts {
	return {
		persisted: false,
		persistAskedAt: null,
		homeScreenTipSeenAt: null,
		reminderDismissedAt: null,
		appleMobile: false,
		installed: false,
		finishedSets: 0,
		setsSinceBackup: 0,
		answersSinceBackup: 0,
		now: NOW,
		...overrides
	};
}

describe('asking the browser to keep the data', () => {
	it('waits for the first finished set, not the first visit', () => {
		expect(shouldAskToPersist(facts())).toBe(false);
		expect(shouldAskToPersist(facts({ finishedSets: 1 }))).toBe(true);
	});

	it('asks once, and not when the data is already kept or the browser cannot say', () => {
		expect(shouldAskToPersist(facts({ finishedSets: 3, persistAskedAt: NOW - DAY }))).toBe(false);
		expect(shouldAskToPersist(facts({ finishedSets: 1, persisted: true }))).toBe(false);
		expect(shouldAskToPersist(facts({ finishedSets: 1, persisted: null }))).toBe(false);
	});
});

describe('the Home Screen on iPhone and iPad', () => {
	const apple = { appleMobile: true, finishedSets: 1 };

	it('is explained once, after the first set, in the browser only', () => {
		expect(shouldExplainHomeScreen(facts(apple))).toBe(true);
		expect(shouldExplainHomeScreen(facts({ ...apple, finishedSets: 0 }))).toBe(false);
		expect(shouldExplainHomeScreen(facts({ ...apple, installed: true }))).toBe(false);
		expect(shouldExplainHomeScreen(facts({ ...apple, homeScreenTipSeenAt: NOW }))).toBe(false);
		expect(shouldExplainHomeScreen(facts({ finishedSets: 1 }))).toBe(false);
	});

	it('recognises iPhones and iPads, including iPads that say they are a Mac', () => {
		const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15';
		const ipad = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15';
		expect(isAppleMobile(iphone, 5)).toBe(true);
		expect(isAppleMobile(ipad, 5)).toBe(true);
		expect(isAppleMobile(ipad, 0)).toBe(false);
		expect(isAppleMobile('Mozilla/5.0 (Linux; Android 14) Chrome/130', 5)).toBe(false);
	});
});

describe('the backup reminder', () => {
	it('comes after a finished set or 20 answers since the last backup', () => {
		expect(shouldRemindBackup(facts())).toBe(false);
		expect(shouldRemindBackup(facts({ answersSinceBackup: 19 }))).toBe(false);
		expect(shouldRemindBackup(facts({ answersSinceBackup: 20 }))).toBe(true);
		expect(shouldRemindBackup(facts({ setsSinceBackup: 1 }))).toBe(true);
	});

	it('never comes when the browser keeps the data for good', () => {
		expect(shouldRemindBackup(facts({ persisted: true, setsSinceBackup: 5 }))).toBe(false);
		expect(shouldRemindBackup(facts({ persisted: null, setsSinceBackup: 1 }))).toBe(true);
	});

	it('stays away for a week once dismissed', () => {
		const progress = { setsSinceBackup: 2 };
		expect(shouldRemindBackup(facts({ ...progress, reminderDismissedAt: NOW - DAY }))).toBe(false);
		expect(shouldRemindBackup(facts({ ...progress, reminderDismissedAt: NOW - 6.9 * DAY }))).toBe(
			false
		);
		expect(shouldRemindBackup(facts({ ...progress, reminderDismissedAt: NOW - 7 * DAY }))).toBe(
			true
		);
	});

	it('counts only what was done since the last backup', () => {
		const finished = [NOW - 3 * DAY, null, NOW - DAY];
		const answered = [NOW - 3 * DAY, NOW - 2 * DAY, NOW - DAY, NOW - DAY];
		expect(progressSince(finished, answered, null)).toEqual({
			finishedSets: 2,
			setsSinceBackup: 2,
			answersSinceBackup: 4
		});
		expect(progressSince(finished, answered, NOW - 2 * DAY)).toEqual({
			finishedSets: 2,
			setsSinceBackup: 1,
			answersSinceBackup: 2
		});
	});
});

describe('what to show', () => {
	it('shows one thing at a time, the Home Screen first', () => {
		const both = { appleMobile: true, finishedSets: 1, setsSinceBackup: 1 };
		expect(careNotice(facts(both))).toBe('home-screen');
		expect(careNotice(facts({ ...both, homeScreenTipSeenAt: NOW }))).toBe('backup');
		expect(careNotice(facts())).toBe(null);
	});

	it('says in plain words whether the data is kept', () => {
		expect(persistenceSentence(true)).toMatch(/promised to keep/);
		expect(persistenceSentence(false)).toMatch(/may delete.*Save a backup/);
		expect(persistenceSentence(null)).toMatch(/does not say/);
	});
});
