const PREFIX = 'chipwise-';

export function cacheName(version: string): string {
	return `${PREFIX}${version}`;
}

/**
 * Caches to delete on activation: ours that are older than the current one and the one
 * before it. Versions are compared as strings, numerically when both are numbers.
 */
export function isStaleCache(key: string, keys: readonly string[], current: string): boolean {
	if (!key.startsWith(PREFIX) || key === current) return false;
	const ours = keys.filter((k) => k.startsWith(PREFIX) && k !== current).sort(compareVersions);
	const previous = ours.at(-1);
	return key !== previous;
}

function compareVersions(a: string, b: string): number {
	const na = Number(a.slice(PREFIX.length));
	const nb = Number(b.slice(PREFIX.length));
	if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
	return a.localeCompare(b);
}

/** Cache keys to try for a path: itself, then with or without its trailing slash. */
export function lookupKeys(pathname: string): string[] {
	if (pathname.endsWith('/')) {
		return pathname === '/' ? ['/'] : [pathname, pathname.slice(0, -1)];
	}
	const last = pathname.split('/').pop() ?? '';
	return last.includes('.') ? [pathname] : [pathname, `${pathname}/`];
}

/** The app shell a page never visited opens from offline: SvelteKit renders it from its data. */
export const FALLBACK = '/200.html';

/**
 * The images only the operating system asks for, when the app is added to a home screen (the
 * manifest's and Apple's PNG icons): no page shows them, so they are not kept for offline use.
 */
export function isInstallImage(path: string): boolean {
	return /\/icons\/[^/]+\.png$/.test(path);
}

/**
 * What the first visit caches for offline use: the built code, the static files (the page
 * icon, manifest, content packs; not the install images), every page's data, the home page and
 * the fallback shell. Other pages' HTML is cached as they are opened; offline, a page never
 * opened starts from the shell and its data, so the content is not stored twice.
 */
export function precacheList(
	build: readonly string[],
	files: readonly string[],
	prerendered: readonly string[],
	base: string
): string[] {
	const data = prerendered.filter((path) => path.endsWith('/__data.json'));
	const statics = files.filter((path) => !isInstallImage(path));
	return [...new Set([...build, ...statics, ...data, `${base}/`, `${base}${FALLBACK}`])];
}

/**
 * The app's own pages, by the keys their HTML is cached under. Only these are kept as they
 * are opened: any other address is answered without being stored, so junk addresses cannot
 * grow the cache.
 */
export function appPages(prerendered: readonly string[]): Set<string> {
	return new Set(prerendered.filter((path) => path.endsWith('/')));
}

/** Whether a page opened at this path is one of the app's own, to keep for offline use. */
export function isAppPage(pathname: string, pages: ReadonlySet<string>): boolean {
	return pages.has(pathname);
}

/** Whether a request is for a page's data (`…/__data.json`) that the app does not have. */
export function isUnknownData(pathname: string, prerendered: ReadonlySet<string>): boolean {
	return pathname.endsWith('/__data.json') && !prerendered.has(pathname);
}

/** Where the teacher's pages live: their data and HTML belong to the teacher's files. */
export const TEACHER_AREA = '/teach/';

/**
 * The precache split in two: what every device stores when the app is installed, and the
 * teacher's files (`teacherFiles`, found at build time, plus the teacher pages' data), stored
 * when Teach is first opened. A learner's phone never stores the teacher's tools.
 */
export function splitPrecache(
	list: readonly string[],
	teacherFiles: readonly string[],
	base: string
): { learner: string[]; teacher: string[] } {
	const own = new Set(teacherFiles.filter((f) => f.startsWith('/')).map((f) => `${base}${f}`));
	const isTeacher = (path: string) => own.has(path) || path.startsWith(`${base}${TEACHER_AREA}`);
	return { learner: list.filter((p) => !isTeacher(p)), teacher: list.filter(isTeacher) };
}

/** Whether a request is the teacher's (one of their pages, its data or one of their files). */
export function isTeacherRequest(
	pathname: string,
	teacher: ReadonlySet<string>,
	base: string
): boolean {
	return teacher.has(pathname) || pathname.startsWith(`${base}${TEACHER_AREA}`);
}
