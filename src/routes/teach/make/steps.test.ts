import { describe, expect, it } from 'vitest';
import { stepHref, stepIn, stepOf } from './steps';

describe('the editor steps', () => {
	it('reads the step from the address, the article by default', () => {
		expect(stepIn('questions')).toBe('questions');
		expect(stepIn('nonsense')).toBe('article');
		expect(stepIn(null)).toBe('article');
	});

	it('knows the step each field is written in', () => {
		expect(stepOf('source.text')).toBe('article');
		expect(stepOf('title')).toBe('article');
		expect(stepOf('modules.1.lessons.0.quotes')).toBe('lessons');
		expect(stepOf('modules.0.objectives.0.label')).toBe('lessons');
		expect(stepOf('modules.2.questions.3.answer')).toBe('questions');
		expect(stepOf('modules')).toBe('questions');
	});

	it('writes the address of a step', () => {
		expect(stepHref('/teach/make/', 'tab', 'publish')).toBe('/teach/make/?draft=tab&step=publish');
		expect(stepHref('/teach/make/', 'tab', 'questions', 'tab.q1')).toBe(
			'/teach/make/?draft=tab&step=questions&preview=tab.q1'
		);
	});
});
