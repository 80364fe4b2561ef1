/** What Teach shows, kept in the address so Back returns to the list. */
export type TeachView = { kind: 'list' } | { kind: 'new' } | { kind: 'edit' | 'share'; id: string };

/** The view an address asks for: `?new`, `?edit=<id>`, `?share=<id>`; anything else is the list. */
export function viewIn(query: URLSearchParams): TeachView {
	if (query.has('new')) return { kind: 'new' };
	const edit = query.get('edit');
	if (edit) return { kind: 'edit', id: edit };
	const share = query.get('share');
	if (share) return { kind: 'share', id: share };
	return { kind: 'list' };
}
