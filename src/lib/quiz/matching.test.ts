import { describe, expect, it } from 'vitest';
import {
	matchedCount,
	nextOpenLeft,
	pairsFor,
	pairUp,
	stillOpen,
	tap,
	unpair,
	unusedRights,
	type Pairs
} from './matching';

const lefts = ['CAC', 'Micron', 'Commerce Department'];
const rights = ['US agency', 'Regulator', 'Chipmaker'];
const none: Pairs = { CAC: null, Micron: null, 'Commerce Department': null };

describe('matching by taps', () => {
	it('pairs a left then an answer, or an answer then a left', () => {
		const first = tap(null, 'left', 'CAC');
		expect(first).toEqual({ chosen: { side: 'left', text: 'CAC' } });
		expect(tap(first.chosen, 'right', 'Regulator')).toEqual({
			chosen: null,
			pair: { left: 'CAC', right: 'Regulator' }
		});
		const answerFirst = tap(null, 'right', 'Chipmaker');
		expect(tap(answerFirst.chosen, 'left', 'Micron')).toEqual({
			chosen: null,
			pair: { left: 'Micron', right: 'Chipmaker' }
		});
	});

	it('a second tap on the chosen tile puts it down; another tile of the same side replaces it', () => {
		const chosen = { side: 'left', text: 'CAC' } as const;
		expect(tap(chosen, 'left', 'CAC')).toEqual({ chosen: null });
		expect(tap(chosen, 'left', 'Micron')).toEqual({ chosen: { side: 'left', text: 'Micron' } });
	});

	it('keeps every left, reading only own values of the stored pairs', () => {
		expect(pairsFor(['constructor', 'CAC'], { CAC: 'Regulator' })).toEqual({
			constructor: null,
			CAC: 'Regulator'
		});
	});

	it('uses each answer once: pairing takes it from any other left', () => {
		const pairs = pairUp({ ...none, CAC: 'Regulator' }, 'Micron', 'Regulator');
		expect(pairs).toEqual({ CAC: null, Micron: 'Regulator', 'Commerce Department': null });
		expect(unusedRights(rights, pairs)).toEqual(['US agency', 'Chipmaker']);
	});

	it('unpairing puts the answer back in the pool, in its place', () => {
		const pairs = { CAC: 'Regulator', Micron: 'Chipmaker', 'Commerce Department': null };
		expect(unusedRights(rights, pairs)).toEqual(['US agency']);
		const after = unpair(pairs, 'CAC');
		expect(after).toEqual({ CAC: null, Micron: 'Chipmaker', 'Commerce Department': null });
		expect(unusedRights(rights, after)).toEqual(['US agency', 'Regulator']);
	});

	it('counts distinct matches: an answer used twice by an old draft counts once', () => {
		expect(matchedCount(none)).toBe(0);
		const twice = { CAC: 'Regulator', Micron: 'Regulator', 'Commerce Department': 'US agency' };
		expect(matchedCount(twice)).toBe(2);
		expect(unusedRights(rights, twice)).toEqual(['Chipmaker']);
	});

	it('forgets a chosen tile that can no longer be paired', () => {
		const pairs = { ...none, CAC: 'Regulator' };
		const pool = unusedRights(rights, pairs);
		expect(stillOpen({ side: 'left', text: 'CAC' }, pairs, pool)).toBeNull();
		expect(stillOpen({ side: 'right', text: 'Regulator' }, pairs, pool)).toBeNull();
		expect(stillOpen({ side: 'left', text: 'Gone' }, pairs, pool)).toBeNull();
		expect(stillOpen({ side: 'left', text: 'Micron' }, pairs, pool)).toEqual({
			side: 'left',
			text: 'Micron'
		});
		expect(stillOpen({ side: 'right', text: 'Chipmaker' }, pairs, pool)).not.toBeNull();
	});

	it('goes on to the next unmatched left, wrapping round, or none when all are matched', () => {
		expect(nextOpenLeft(lefts, { ...none, Micron: 'Chipmaker' }, 'Micron')).toBe(
			'Commerce Department'
		);
		const lastTwo = { CAC: null, Micron: 'Chipmaker', 'Commerce Department': 'US agency' };
		expect(nextOpenLeft(lefts, lastTwo, 'Commerce Department')).toBe('CAC');
		const all = { CAC: 'Regulator', Micron: 'Chipmaker', 'Commerce Department': 'US agency' };
		expect(nextOpenLeft(lefts, all, 'CAC')).toBeNull();
	});
});
