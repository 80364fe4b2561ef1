// Small browser actions shared by the teacher's and the student's pages.

/** Copies text; false when the clipboard is not available (no permission, or not https). */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Saves text as a file through the browser's download. */
export function downloadText(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const canShare = (): boolean => typeof navigator !== 'undefined' && 'share' in navigator;

/** The system share sheet; a learner closing it is not an error. */
export async function shareLink(data: { title: string; text: string; url: string }) {
	try {
		await navigator.share(data);
	} catch {
		// Cancelled, or the browser refused: the link and code stay on screen.
	}
}
