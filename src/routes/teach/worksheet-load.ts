import type { Component } from 'svelte';
import type { Pack } from '$lib/content/schema';
import type { Assignment } from '$lib/teach/assignment';

export interface WorksheetPart {
	Worksheet: Component<{ assignment: Assignment; pack: Pack }>;
	/** The pack whose questions it prints. */
	pack: Pack;
}

/**
 * The worksheet's code and its questions, fetched when one is first printed: `pack` is the
 * assignment's pack made or added on this device, null for the one Chipwise comes with
 * ('missing' when it is gone: nothing to print).
 */
export async function loadWorksheet(pack: Pack | null | 'missing'): Promise<WorksheetPart> {
	if (pack === 'missing') throw new Error('The pack is no longer on this device.');
	const [view, questions] = await Promise.all([
		import('./Worksheet.svelte'),
		pack ?? import('$lib/content/client').then((m) => m.fetchPack())
	]);
	return { Worksheet: view.default, pack: questions };
}
