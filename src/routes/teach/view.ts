/** What Teach shows, kept in the address so Back returns to the list. */
export type TeachView =
	{ kind: 'list' } | { kind: 'new'; pack?: string } | { kind: 'edit' | 'share'; id: string };

/**
 * The view an address asks for: `?new` (with `&pack=<id>`, a new assignment on that pack),
 * `?edit=<id>`, `?share=<id>`; anything else is the list.
 */
export function viewIn(query: URLSearchParams): TeachView {
	if (query.has('new')) {
		const pack = query.get('pack');
		return pack ? { kind: 'new', pack } : { kind: 'new' };
	}
	const edit = query.get('edit');
	if (edit) return { kind: 'edit', id: edit };
	const share = query.get('share');
	if (share) return { kind: 'share', id: share };
	return { kind: 'list' };
}
