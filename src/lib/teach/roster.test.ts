import { describe, expect, it } from 'vitest';
import type { StudentRow } from './gradebook';
import {
	checkRoster,
	classOf,
	namesOf,
	rosterKey,
	rosterRows,
	rosterSummary,
	studentOnList,
	type ClassList
} from './roster';

const list = (over: Partial<ClassList> = {}): ClassList => ({
	id: 'c1',
	name: '10B',
	students: ['Zoë Lambert', 'Ben Okafor', 'Ana Silva'],
	aliases: {},
	createdAt: 0,
	updatedAt: 0,
	...over
});

const row = (student: string, percent: number, over: Partial<StudentRow> = {}): StudentRow => ({
	key: student,
	student,
	status: percent >= 60 ? 'passed' : 'below-pass',
	percent,
	credit: percent / 10,
	total: 10,
	late: false,
	attemptsUsed: 1,
	timeMs: 60_000,
	paper: false,
	finishedAt: 1000,
	receipts: 1,
	results: [],
	...over
});

describe('matching names to a class list', () => {
	it('sets case, accents, spacing and invisible characters aside', () => {
		for (const name of ['zoe lambert', 'ZOË  LAMBERT ', 'Zoe\u200b Lambert', 'Zoe\u0308 Lambert'])
			expect(rosterKey(name), name).toBe(rosterKey('Zoë Lambert'));
		expect(rosterKey('Zoë Lambert')).not.toBe(rosterKey('Zoë Lamberts'));
	});

	it('finds a student by name, or by a match the teacher made, never a removed one', () => {
		const l = list({ aliases: { [rosterKey('ZL')]: 'Zoë Lambert', [rosterKey('Old')]: 'Gone' } });
		expect(studentOnList(l, 'zoe lambert')).toBe('Zoë Lambert');
		expect(studentOnList(l, 'Z.L.')).toBeNull();
		expect(studentOnList(l, 'zl')).toBe('Zoë Lambert');
		expect(studentOnList(l, 'old')).toBeNull();
		expect(studentOnList(l, 'constructor')).toBeNull();
	});

	it("finds the class list by the assignment's class name", () => {
		const classes = [list(), list({ id: 'c2', name: '11 A' })];
		expect(classOf(classes, '11  a')?.id).toBe('c2');
		expect(classOf(classes, '')).toBeNull();
		expect(classOf(classes, '12C')).toBeNull();
	});
});

describe('a class list as typed', () => {
	it('takes one name a line, tidied, each once', () => {
		const checked = checkRoster(
			{ name: ' 10B ', students: 'Zoë Lambert\n\n  Ben   Okafor\r\nzoe lambert\nAna Silva\n' },
			[]
		);
		expect(checked).toEqual({
			ok: true,
			name: '10B',
			students: ['Zoë Lambert', 'Ben Okafor', 'Ana Silva'],
			merged: ['zoe lambert']
		});
	});

	it('names what is wrong: no name, a name taken, no students, a name too long', () => {
		expect(checkRoster({ name: '', students: '' }, [])).toEqual({
			ok: false,
			errors: {
				name: 'Give the class a name, such as 10B.',
				students: 'Add at least one student: one name a line.'
			}
		});
		const taken = checkRoster({ name: '10b', students: 'Ana' }, [list()]);
		expect(taken.ok || taken.errors.name).toBe('You already have a class called “10b”.');
		const long = checkRoster({ name: '9C', students: 'x'.repeat(81) }, []);
		expect(long.ok || long.errors.students).toMatch(/Keep each name to 80 characters/);
		const many = checkRoster(
			{ name: '9C', students: Array.from({ length: 201 }, (_, i) => `S${i}`).join('\n') },
			[]
		);
		expect(many.ok || many.errors.students).toMatch(/up to 200 students \(this list has 201\)/);
	});
});

describe("a class's gradebook", () => {
	it('lists everyone in the list order, with results matched and the rest apart', () => {
		const { onList, strangers } = rosterRows(list(), [
			row('zoe lambert', 80),
			row('Mystery', 50),
			row('Ana Silva', 40, { late: true })
		]);
		expect(onList.map((r) => [r.student, r.result?.percent ?? null])).toEqual([
			['Zoë Lambert', 80],
			['Ben Okafor', null],
			['Ana Silva', 40]
		]);
		expect(strangers.map((r) => r.student)).toEqual(['Mystery']);
		expect(rosterSummary(onList)).toEqual({
			total: 3,
			done: 2,
			passed: 1,
			below: 1,
			late: 1,
			missing: 1
		});
	});

	it('keeps the best of two spellings of one student, counting both receipts', () => {
		const l = list({ aliases: { [rosterKey('Zo')]: 'Zoë Lambert' } });
		const { onList } = rosterRows(l, [
			row('Zoë Lambert', 50, { attemptsUsed: 2 }),
			row('Zo', 90, { finishedAt: 5 })
		]);
		expect(onList[0]?.result).toMatchObject({ percent: 90, attemptsUsed: 2, receipts: 2 });
	});

	it("tells which receipts' names are a row's student, with the list's matches", () => {
		const ben = namesOf(list({ aliases: { benny: 'Ben Okafor' } }), 'Ben Okafor');
		expect(['ben okafor', 'Benny', 'BEN  OKAFOR', 'Zoë Lambert'].map(ben)).toEqual([
			true,
			true,
			true,
			false
		]);
		const ada = namesOf(null, 'Ada');
		expect(['ada', ' ADA ', 'Adam'].map(ada)).toEqual([true, true, false]);
	});
});
