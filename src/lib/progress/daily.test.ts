import { describe, expect, it } from 'vitest';
import { dayWord } from './daily';

describe("the day's word", () => {
	it('warns gently before a streak breaks, and says how to start one', () => {
		expect(dayWord({ today: 0, streak: 3 })).toBe(
			'Answer one question today to keep your 3-day streak.'
		);
		expect(dayWord({ today: 0, streak: 0 })).toBe('Answer a question to start a streak.');
	});

	it("counts down to the day's goal, then says it is reached", () => {
		expect(dayWord({ today: 4, streak: 2 }, 10)).toBe("6 more answers to reach today's goal.");
		expect(dayWord({ today: 9, streak: 2 }, 10)).toBe("1 more answer to reach today's goal.");
		expect(dayWord({ today: 12, streak: 2 }, 10)).toBe("Today's goal reached. See you tomorrow!");
	});
});
