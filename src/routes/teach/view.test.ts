import { describe, expect, it } from 'vitest';
import { viewIn } from './view';

const view = (query: string) => viewIn(new URLSearchParams(query));

describe('the Teach view in the address', () => {
	it('opens the form, an edit or a share by its query', () => {
		expect(view('?new')).toEqual({ kind: 'new' });
		expect(view('?new&pack=northport-lab')).toEqual({ kind: 'new', pack: 'northport-lab' });
		expect(view('?edit=a1')).toEqual({ kind: 'edit', id: 'a1' });
		expect(view('?share=a1')).toEqual({ kind: 'share', id: 'a1' });
	});

	it('shows the list for no query, an empty id or an unknown one', () => {
		for (const q of ['', '?edit=', '?share=', '?delete=a1'])
			expect(view(q), q).toEqual({ kind: 'list' });
	});
});
