export const sides = {
	china: { label: 'China', symbol: 'CN' },
	us: { label: 'United States', symbol: 'US' },
	allies: { label: 'U.S. and allies', symbol: 'G7' },
	press: { label: 'Reporting and outlook', symbol: 'i' }
} as const;

export type Side = keyof typeof sides;

/** Which side of the story an actor stands on, for the timeline's colours. */
export function actorSide(actor: string): Side {
	const a = actor.toLowerCase();
	if (a.includes('g7') || a.includes('allies')) return 'allies';
	if (a.includes('china') || a.includes('cyberspace')) return 'china';
	if (
		a.includes('biden') ||
		a.includes('u.s.') ||
		a.includes('commerce') ||
		a.includes('united states')
	)
		return 'us';
	return 'press';
}
