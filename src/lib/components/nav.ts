export interface NavItem {
	href: '/' | '/review/' | '/progress/' | '/teach/';
	label: string;
}

/** The four places a learner goes, in tab order. */
export const navItems: readonly NavItem[] = [
	{ href: '/', label: 'Learn' },
	{ href: '/review/', label: 'Review' },
	{ href: '/progress/', label: 'Progress' },
	{ href: '/teach/', label: 'Teach' }
];

/** Whether a nav item is the current section for a SvelteKit route id such as `/module/[id]`. */
export function isCurrent(href: NavItem['href'], routeId: string | null): boolean {
	if (routeId === null) return false;
	const section = `/${routeId.split('/')[1] ?? ''}`;
	// Settings belongs to no tab; a session (a review, "practise these", a retry) to none in
	// particular, so Learn is not marked for it.
	if (href === '/')
		return (
			!navItems.some((i) => i.href !== '/' && i.href === `${section}/`) &&
			section !== '/settings' &&
			section !== '/session'
		);
	return href === `${section}/`;
}
