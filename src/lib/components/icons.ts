// 24×24 stroke icons (paths drawn for this app, Feather-style): drawn by Icon.svelte, and by the
// app shell in its own markup (see AppShell.svelte).
export const icons = {
	learn: 'M2 6.5 12 3l10 3.5-10 3.5L2 6.5Zm4 2v5c0 1.7 2.7 3.5 6 3.5s6-1.8 6-3.5v-5M22 6.5V12',
	review: 'M3 12a9 9 0 1 0 3-6.7M3 3v5h5M12 7v5l3 2',
	progress: 'M4 20V10m6 10V4m6 16v-7m6 7H2',
	teach: 'M3 4h18v12H3zM8 20h8M12 16v4M7 9h6M7 12h4',
	settings:
		'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm7.4-3a7.4 7.4 0 0 0-.1-1.3l2-1.6-2-3.4-2.4 1a7.5 7.5 0 0 0-2.2-1.3L14.3 3h-4l-.4 2.4a7.5 7.5 0 0 0-2.2 1.3l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.6l-2 1.6 2 3.4 2.4-1a7.5 7.5 0 0 0 2.2 1.3l.4 2.4h4l.4-2.4a7.5 7.5 0 0 0 2.2-1.3l2.4 1 2-3.4-2-1.6c.1-.4.1-.9.1-1.3Z',
	check: 'M4 12.5 9.5 18 20 6',
	cross: 'M6 6l12 12M18 6 6 18',
	arrowRight: 'M5 12h14m-6-6 6 6-6 6',
	refresh: 'M20 11A8 8 0 0 0 5.3 6.7L3 9m0-5v5h5m-4 4a8 8 0 0 0 14.7 4.3L21 15m0 5v-5h-5'
} as const;

export type IconName = keyof typeof icons;
