import { describe, expect, it } from 'vitest';
import { makeAssignment } from '$lib/teach/factories';
import { introFacts } from './intro-facts';

describe('what the assignment page says', () => {
	it('words each fact as the card shows it', () => {
		const a = makeAssignment({ returnBy: 'chat', attemptsAllowed: 0, mode: 'practice' });
		const facts = introFacts(a, { used: 2, best: 85, overdue: true }, 5);
		expect(facts).toMatchObject({
			className: '10B',
			title: 'Micron ban: week 3 check',
			overdue: 'yes',
			questions: '5',
			mode: 'Practice: feedback after each answer',
			attempts: 'No limit · 2 used',
			passMark: '60%',
			returnBy: 'Copy your receipt and paste it in the class chat',
			best: '85%'
		});
		expect(facts.due).toMatch(/14 Mar 2025|Mar 14, 2025/);
		const none = introFacts(
			makeAssignment({ due: null }),
			{ used: 0, best: null, overdue: false },
			3
		);
		expect(none).toMatchObject({
			due: 'No due date',
			attempts: '0 of 2 used',
			best: '',
			returnBy: ''
		});
	});
});
