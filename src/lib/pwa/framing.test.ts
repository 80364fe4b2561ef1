import { describe, expect, it } from 'vitest';
import { framedByAnotherSite } from './framing';

const page = (origin: string) => ({ location: { origin } });
const framed = (top: unknown, origin = 'https://chipwise.example') => {
	const self = page(origin);
	return { ...self, self, top } as unknown as Window;
};

describe('framing', () => {
	it('is not framed as the top page', () => {
		const win = page('https://chipwise.example') as unknown as { self: unknown; top: unknown };
		win.self = win;
		win.top = win;
		expect(framedByAnotherSite(win as unknown as Window)).toBe(false);
	});

	it('accepts a frame of the app itself', () => {
		expect(framedByAnotherSite(framed(page('https://chipwise.example')))).toBe(false);
	});

	it('notices another site around it, readable or not', () => {
		expect(framedByAnotherSite(framed(page('https://elsewhere.example')))).toBe(true);
		const unreadable = {
			get location(): Location {
				throw new DOMException('Blocked a frame with origin', 'SecurityError');
			}
		};
		expect(framedByAnotherSite(framed(unreadable))).toBe(true);
	});
});
