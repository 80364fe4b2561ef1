import * as v from 'valibot';

// The runtime schema of a backup file: the only way outside data gets into the database, so
// every field is typed, bounded and finite. Objects drop unknown keys and records skip
// `__proto__`, `prototype` and `constructor`, so the output holds no keys that reach a prototype.

const MAX_ROWS = 200_000;
export const MAX_PACKS = 50;

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());
/** Epoch ms; the range of a JavaScript Date. */
const time = v.pipe(v.number(), v.finite(), v.minValue(-8.64e15), v.maxValue(8.64e15));
const rows = <T extends v.GenericSchema>(row: T) => v.pipe(v.array(row), v.maxLength(MAX_ROWS));
const list = <T extends v.GenericSchema>(item: T, max = 1000) =>
	v.pipe(v.array(item), v.maxLength(max));
const dict = <T extends v.GenericSchema>(value: T, max = 1000) =>
	v.pipe(v.record(str(2000), value), v.maxEntries(max));

const choice = v.nullable(str(2000));

export const AnswerSchema = v.variant('type', [
	v.object({ type: v.literal('single'), choice }),
	v.object({ type: v.literal('multi'), choices: list(str(2000)) }),
	v.object({ type: v.literal('truefalse'), value: v.nullable(v.boolean()) }),
	v.object({ type: v.literal('matching'), pairs: dict(v.nullable(str(2000))) }),
	v.object({ type: v.literal('ordering'), order: list(str(2000)) }),
	v.object({ type: v.literal('short'), text: str(2000) }),
	v.object({ type: v.literal('whosaid'), choice }),
	v.object({ type: v.literal('claimfact'), choice: v.nullable(v.picklist(['claim', 'reported'])) }),
	v.object({ type: v.literal('evidence'), marked: list(str(2000)), none: v.boolean() })
]);

const DraftSchema = v.object({
	answer: AnswerSchema,
	hintUsed: v.boolean(),
	timeMs: v.optional(v.pipe(finite, v.minValue(0))),
	touched: v.optional(v.boolean())
});

export const AttemptSchema = v.object({
	id,
	profileId: id,
	setId: v.nullable(id),
	title: str(500),
	mode: v.picklist(['practice', 'test', 'review']),
	seed: finite,
	shuffle: v.boolean(),
	questionIds: list(id),
	queue: list(id, 2000),
	position: count,
	drafts: dict(DraftSchema),
	startedAt: time,
	updatedAt: time,
	finishedAt: v.nullable(time),
	moduleId: v.nullable(id),
	assignmentId: v.optional(v.nullable(id)),
	assignmentVersion: v.optional(v.nullable(str(40))),
	leftOut: v.optional(list(id)),
	packId: v.optional(v.nullable(id))
});

export const ResponseSchema = v.object({
	id,
	attemptId: id,
	profileId: id,
	questionId: id,
	round: count,
	answer: AnswerSchema,
	credit: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	correct: v.boolean(),
	hintUsed: v.boolean(),
	timeMs: v.pipe(finite, v.minValue(0)),
	answeredAt: time
});

export const CardSchema = v.object({
	profileId: id,
	questionId: id,
	due: time,
	stability: v.pipe(finite, v.minValue(0)),
	difficulty: v.pipe(finite, v.minValue(0)),
	elapsedDays: v.pipe(finite, v.minValue(0)),
	scheduledDays: v.pipe(finite, v.minValue(0)),
	learningSteps: count,
	reps: count,
	lapses: count,
	state: v.picklist([0, 1, 2, 3]),
	lastReview: v.nullable(time),
	updatedAt: time
});

/** A setting's value: plain JSON, bounded. Deep nesting is stopped by the caller's try. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const JsonSchema: v.GenericSchema<Json> = v.lazy(() =>
	v.union([str(10_000), finite, v.boolean(), v.null(), list(JsonSchema), dict(JsonSchema)])
);

export const LessonProgressSchema = v.object({
	profileId: id,
	lessonId: id,
	moduleId: id,
	completedAt: time
});

/** The row schema of each table. Every row carries a profileId, which must be the backup's own. */
export const ROW_SCHEMAS = {
	lessonProgress: LessonProgressSchema,
	attempts: AttemptSchema,
	responses: ResponseSchema,
	cards: CardSchema
} as const;

export type Table = keyof typeof ROW_SCHEMAS;
export const TABLES = Object.keys(ROW_SCHEMAS) as Table[];

/**
 * Everything but the rows, which are checked one by one afterwards (see `parseSteps`), so a
 * large file can be checked in slices between which the page stays responsive.
 */
export const HeadSchema = v.object({
	format: v.string(),
	version: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
	appVersion: str(100),
	exportedAt: time,
	profile: v.object({ id, name: str(200), createdAt: time }),
	settings: list(v.object({ key: str(200), value: JsonSchema })),
	lessonProgress: rows(v.unknown()),
	attempts: rows(v.unknown()),
	responses: rows(v.unknown()),
	cards: rows(v.unknown()),
	/** The packs added on the device that the learner studied, checked when restored. */
	packs: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_PACKS)))
});
