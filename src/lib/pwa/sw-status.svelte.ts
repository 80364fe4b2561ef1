/**
 * The service worker as the learner sees it: "ready to use offline" once the first
 * caching is done, and "update available" when a new version waits for a reload.
 */
export class ServiceWorkerStatus {
	#offlineReady = $state(false);
	#updateAvailable = $state(false);
	#waiting: ServiceWorker | null = null;
	#reloading = false;
	readonly #container: () => ServiceWorkerContainer | undefined;
	readonly #reload: () => void;

	/** The browser's service workers and reload, or stand-ins in tests. */
	constructor(
		container = () => ('serviceWorker' in navigator ? navigator.serviceWorker : undefined),
		reload = () => location.reload()
	) {
		this.#container = container;
		this.#reload = reload;
	}

	/** The first caching is done: the app now opens without a connection. */
	get offlineReady(): boolean {
		return this.#offlineReady;
	}

	/** A new version is installed and waits for this tab to reload. */
	get updateAvailable(): boolean {
		return this.#updateAvailable;
	}

	async register(url: string): Promise<void> {
		const workers = this.#container();
		if (!workers) return;
		const hadController = Boolean(workers.controller);
		let registration: ServiceWorkerRegistration;
		try {
			// No scope option: it would resolve against this page's URL; the default is the
			// script's folder, the app's root, whatever page registers it.
			registration = await workers.register(url);
		} catch (error) {
			console.warn('Service worker registration failed', error);
			return;
		}

		if (!hadController) {
			// The first install claims this page once everything is cached.
			workers.addEventListener('controllerchange', () => (this.#offlineReady = true), {
				once: true
			});
		}
		const watch = (worker: ServiceWorker | null) =>
			worker?.addEventListener('statechange', () => {
				// Only a page that was already controlled can be offered an update: on a first
				// install the claim may land before this event, making it look like one.
				if (
					worker.state === 'installed' &&
					hadController &&
					registration.active &&
					registration.active !== worker
				) {
					this.#offer(worker);
				}
			});
		if (registration.waiting && hadController) this.#offer(registration.waiting);
		// Registration waits for an idle moment: the browser may have found the update already.
		watch(registration.installing);
		registration.addEventListener('updatefound', () => watch(registration.installing));

		// Look for a new version when the learner comes back to the app.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible' && navigator.onLine) {
				registration.update().catch(() => {});
			}
		});
	}

	#offer(worker: ServiceWorker) {
		this.#waiting = worker;
		this.#updateAvailable = true;
	}

	/** Activate the waiting version, then reload this tab only. */
	applyUpdate(): void {
		const workers = this.#container();
		if (!this.#waiting || !workers) return;
		workers.addEventListener('controllerchange', () => {
			if (this.#reloading) return;
			this.#reloading = true;
			this.#reload();
		});
		this.#waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	dismissOfflineReady(): void {
		this.#offlineReady = false;
	}

	dismissUpdate(): void {
		this.#updateAvailable = false;
	}
}

export const swStatus = new ServiceWorkerStatus();
