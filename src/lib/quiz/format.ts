/** "1 min 05 s" or "42 s": a duration a student reads at a glance. */
export function formatDuration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	if (minutes === 0) return `${seconds} s`;
	return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
}

/** How an answer's credit reads: "Correct", "Partly right (50%)" or "Not quite". */
export function verdict(
	credit: number,
	correct: boolean
): { label: string; tone: 'right' | 'partial' | 'wrong' } {
	if (correct && credit >= 1) return { label: 'Correct', tone: 'right' };
	if (correct)
		return { label: `Correct, with a hint (${Math.round(credit * 100)}% credit)`, tone: 'right' };
	if (credit > 0) return { label: `Partly right (${Math.round(credit * 100)}%)`, tone: 'partial' };
	return { label: 'Not quite', tone: 'wrong' };
}

/** A results screen's word for a score: warm, never over the top. */
export function cheer(percent: number): string {
	if (percent >= 100) return 'A perfect score!';
	if (percent >= 80) return 'Great work!';
	if (percent >= 60) return 'Good going!';
	if (percent >= 40) return 'Getting there.';
	return 'A first step.';
}

/** The retry button's words, counted as the results count: missed, then right with a hint. */
export function retryLabel(missed: number, hinted: number): string {
	const questions = (n: number) => (n === 1 ? 'question' : 'questions');
	if (!hinted) return `Retry the ${missed} missed ${questions(missed)}`;
	if (!missed) return `Retry the ${hinted} ${questions(hinted)} you needed a hint for`;
	return `Retry ${missed} missed + ${hinted} with a hint`;
}
