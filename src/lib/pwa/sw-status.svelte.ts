/**
 * The service worker as the learner sees it: "ready to use offline" once the first
 * caching is done, and "update available" when a new version waits for a reload.
 */
class ServiceWorkerStatus {
	offlineReady = $state(false);
	updateAvailable = $state(false);
	#waiting: ServiceWorker | null = null;
	#reloading = false;

	async register(url: string): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const hadController = Boolean(navigator.serviceWorker.controller);
		let registration: ServiceWorkerRegistration;
		try {
			// No scope option: it would resolve against this page's URL; the default is the
			// script's folder, the app's root, whatever page registers it.
			registration = await navigator.serviceWorker.register(url);
		} catch (error) {
			console.warn('Service worker registration failed', error);
			return;
		}

		if (!hadController) {
			// The first install claims this page once everything is cached.
			navigator.serviceWorker.addEventListener(
				'controllerchange',
				() => (this.offlineReady = true),
				{
					once: true
				}
			);
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
		this.updateAvailable = true;
	}

	/** Activate the waiting version, then reload this tab only. */
	applyUpdate(): void {
		if (!this.#waiting) return;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (this.#reloading) return;
			this.#reloading = true;
			location.reload();
		});
		this.#waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	dismissOfflineReady(): void {
		this.offlineReady = false;
	}

	dismissUpdate(): void {
		this.updateAvailable = false;
	}
}

export const swStatus = new ServiceWorkerStatus();
