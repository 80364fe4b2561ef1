/** Link to the article reader with a passage highlighted, and a way back to where we were. */
export function articleHref(articlePath: string, quote: string, from?: string): string {
	const params = new URLSearchParams({ q: quote });
	if (from) params.set('from', from);
	return `${articlePath}${articlePath.includes('?') ? '&' : '?'}${params}`;
}

/** Link to a glossary entry, with a way back to the page it was opened from. */
export function glossaryHref(glossaryPath: string, termId: string, from?: string): string {
	const query = from ? `?${new URLSearchParams({ from })}` : '';
	return `${glossaryPath}${query}#${termId}`;
}

/** A "back" target taken from a URL parameter: only a path on this site is accepted. */
export function safeReturnPath(value: string | null): string | null {
	if (!value || value.length > 500) return null;
	if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
	try {
		const url = new URL(value, 'https://app.invalid');
		return url.origin === 'https://app.invalid' ? `${url.pathname}${url.search}${url.hash}` : null;
	} catch {
		return null;
	}
}
