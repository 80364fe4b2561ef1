/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { cacheName, isStaleCache, lookupKeys } from './lib/pwa/cache-policy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
// Every built asset, static file (icons, manifest, content packs) and prerendered page.
const PRECACHE = [...new Set([...build, ...files, ...prerendered])];

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

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	for (const key of lookupKeys(url.pathname)) {
		const hit = (await cache.match(key)) ?? (await caches.match(key));
		if (hit) return hit;
	}
	try {
		return await fetch(request);
	} catch (error) {
		if (request.mode === 'navigate') {
			const home = await cache.match(lookupKeys('/')[0] ?? '/');
			if (home) return home;
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
