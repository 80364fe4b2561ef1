import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import LessonsDone from './LessonsDone.svelte';

const basics = { title: 'Basics', count: 9 };

describe('the line after a module’s last lesson', () => {
	it('counts the lessons read and names the set to practise', () => {
		const { container } = render(LessonsDone, { lessons: 3, set: basics });
		expect(container).toHaveTextContent(
			"That's all 3 lessons of this module. Basics: 9 questions on what you read."
		);
	});

	it('reads naturally for a module of one lesson and a set of one question', () => {
		const { container } = render(LessonsDone, { lessons: 1, set: { title: 'Quick', count: 1 } });
		expect(container).toHaveTextContent(
			"That's this module's one lesson. Quick: 1 question on what you read."
		);
	});
});
