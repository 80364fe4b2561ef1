/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';
import {
	cacheName,
	FALLBACK,
	isStaleCache,
	lookupKeys,
	precacheList
} from './lib/pwa/cache-policy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const PRECACHE = precacheList(build, files, prerendered, base);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(PRECACHE);
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

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const hit = await cached(url.pathname);
	if (hit) return hit;
	try {
		const response = await fetch(request);
		// A page opened online is kept for this version, so it opens as it was next time.
		if (request.mode === 'navigate' && response.ok && response.type === 'basic') {
			const cache = await caches.open(CACHE);
			await cache.put(url.pathname, response.clone());
		}
		return response;
	} catch (error) {
		if (request.mode === 'navigate') {
			const shell = await cached(`${base}${FALLBACK}`);
			if (shell) return shell;
		}
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request));
});
