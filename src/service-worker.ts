/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';
import {
	appPages,
	cacheName,
	FALLBACK,
	isAppPage,
	TEACHER_AREA,
	isStaleCache,
	isTeacherRequest,
	isUnknownData,
	lookupKeys,
	precacheList,
	splitPrecache
} from './lib/pwa/cache-policy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
// The files only the teacher's pages use, filled in after the build
// (scripts/build/offline-groups.js); in development, none.
const TEACHER_FILES: string[] = JSON.parse('["__teacher-files__"]');
const GROUPS = splitPrecache(precacheList(build, files, prerendered, base), TEACHER_FILES, base);
const PRECACHE = GROUPS.learner;
const TEACHER = new Set(GROUPS.teacher);
const PAGES = appPages(prerendered);
const DATA = new Set(prerendered.filter((path) => path.endsWith('/__data.json')));

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(PRECACHE);
			// A device that has used Teach keeps its tools through an update.
			if (await caches.match(`${base}${TEACHER_AREA}__data.json`)) await cache.addAll([...TEACHER]);
			// First install: nothing runs yet, so take over at once. An update waits for the
			// learner to choose "Reload" so code never changes under a running quiz.
			if (!sw.registration.active) await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const keys = await caches.keys();
			// Keep the previous version's cache one more cycle so a tab still running it
			// can load its lazy chunks.
			await Promise.all(
				keys.filter((k) => isStaleCache(k, keys, CACHE)).map((k) => caches.delete(k))
			);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

async function cached(pathname: string): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	for (const key of lookupKeys(pathname)) {
		const hit = (await cache.match(key)) ?? (await caches.match(key));
		if (hit) return hit;
	}
	return undefined;
}

let teacherStored: Promise<void> | null = null;

/** Stores the teacher's files the first time one is asked for, all of them, for offline use. */
function storeTeacherFiles(): Promise<void> {
	teacherStored ??= (async () => {
		const cache = await caches.open(CACHE);
		const missing = [];
		for (const path of TEACHER) if (!(await cache.match(path))) missing.push(path);
		await cache.addAll(missing);
	})().catch(() => {
		// Offline or interrupted: the next request for one of them tries again.
		teacherStored = null;
	});
	return teacherStored;
}

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const hit = await cached(url.pathname);
	if (hit) return hit;
	if (isUnknownData(url.pathname, DATA)) return unknownData(request);
	try {
		const response = await fetch(request);
		return request.mode === 'navigate' ? await navigated(url, response) : response;
	} catch (error) {
		if (request.mode === 'navigate') {
			const shell = await cached(`${base}${FALLBACK}`);
			if (shell) return shell;
		}
		throw error;
	}
}

/**
 * One of the app's pages opened online is kept for this version, so it opens as it was next
 * time; any other address is passed on without being stored. A host's "not found" becomes the
 * app's shell, which shows the app's own friendly "not found" page.
 */
async function navigated(url: URL, response: Response): Promise<Response> {
	if (response.ok && response.type === 'basic' && isAppPage(url.pathname, PAGES)) {
		const cache = await caches.open(CACHE);
		await cache.put(url.pathname, response.clone());
		return response;
	}
	const shell = response.status === 404 ? await cached(`${base}${FALLBACK}`) : undefined;
	if (!shell) return response;
	return new Response(shell.body, { status: 404, statusText: 'Not Found', headers: shell.headers });
}

/**
 * Data for a page this version does not have: a newer version on the host may have it; a host
 * that answers with its fallback HTML, or no connection, means the page is not found.
 */
async function unknownData(request: Request): Promise<Response> {
	try {
		const response = await fetch(request);
		if (response.ok && response.headers.get('content-type')?.includes('json')) return response;
	} catch {
		// Offline: the same answer as a host that does not have it.
	}
	return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain' } });
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request));
	if (isTeacherRequest(url.pathname, TEACHER, base)) event.waitUntil(storeTeacherFiles());
});
