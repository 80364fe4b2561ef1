import { describe, expect, it } from 'vitest';
import { actorSide } from './sides';

describe('timeline sides', () => {
	it('places each actor of the story on a side', () => {
		expect(actorSide('Cyberspace Administration of China')).toBe('china');
		expect(actorSide('Biden administration')).toBe('us');
		expect(actorSide('The United States and its G7 allies')).toBe('allies');
		expect(actorSide('UPI')).toBe('press');
	});
});
