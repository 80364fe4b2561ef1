// A small pack as a teacher would make one: a short article, one module with one lesson, and
// two questions with their evidence. Tests change a copy of it.
import type { Pack } from '$lib/content/schema';

export const TEACHER_ARTICLE = {
	headline: 'Harbour town opens a chip testing lab',
	paragraphs: [
		'The council of Northport said on Monday that a chip testing lab will open in the old harbour warehouse next spring.',
		'"We want young people to find skilled work here," the mayor said. The lab will employ about 40 technicians, according to the council.',
		'A trade group called the plan "a good start" but said the town still lacks training courses.'
	]
};

export function teacherPack(): Pack {
	return {
		formatVersion: 1,
		id: 'northport-lab',
		version: '1.0.0',
		title: 'A chip lab in Northport',
		summary: 'What the council announced, and what others said of it.',
		language: 'en',
		source: {
			outlet: 'Northport News',
			date: '2026-11-30',
			dateLabel: '30 November 2026',
			...TEACHER_ARTICLE
		},
		sic: [],
		objectives: [{ id: 'lab.what', module: 'lab', label: 'Say what the council announced' }],
		glossary: [],
		timeline: [],
		finalTest: {
			id: 'northport-lab.final',
			title: 'Final test',
			description: 'Every question of the pack.',
			questionIds: ['lab.q1', 'lab.q2']
		},
		modules: [
			{
				id: 'lab',
				title: 'The lab',
				summary: 'The plan and the reactions to it.',
				lessons: [
					{
						id: 'lab.l1',
						title: 'What was announced',
						minutes: 3,
						blocks: [{ kind: 'text', text: 'The council announced a testing lab.' }],
						evidence: ['a chip testing lab will open in the old harbour warehouse']
					}
				],
				questions: [
					{
						id: 'lab.q1',
						type: 'single',
						objectives: ['lab.what'],
						difficulty: 1,
						prompt: 'Where will the lab open?',
						explanation: 'The council names the old harbour warehouse.',
						evidence: 'in the old harbour warehouse',
						options: ['In the old harbour warehouse', 'At the town hall', 'At the school'],
						answer: 'In the old harbour warehouse'
					},
					{
						id: 'lab.q2',
						type: 'truefalse',
						objectives: ['lab.what'],
						difficulty: 1,
						prompt: 'The trade group said the town has enough training courses.',
						explanation: 'It said the town still lacks them.',
						evidence: 'the town still lacks training courses',
						answer: false
					}
				],
				sets: [
					{
						id: 'lab.all',
						title: 'All questions',
						description: 'Both questions.',
						questionIds: ['lab.q1', 'lab.q2']
					}
				]
			}
		]
	};
}

/** The teacher's pack with its one module holding `questions` instead. */
export function teacherPackWith(questions: Pack['modules'][number]['questions']): Pack {
	const pack = teacherPack();
	const [module] = pack.modules;
	if (!module) throw new Error('The test pack has a module');
	return { ...pack, modules: [{ ...module, questions }] };
}
