/**
 * Stand-ins for the browser's service worker objects, enough to play an install, an update
 * and a claim through the events a page listens to.
 */
export class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installing';
	readonly messages: unknown[] = [];

	postMessage(message: unknown): void {
		this.messages.push(message);
	}

	become(state: ServiceWorkerState): void {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

export class FakeRegistration extends EventTarget {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	active: FakeWorker | null = null;
	updates = 0;

	async update(): Promise<void> {
		this.updates++;
	}

	/** The browser found a new version and starts installing it. */
	install(): FakeWorker {
		const worker = new FakeWorker();
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
		return worker;
	}
}

export class FakeContainer extends EventTarget {
	controller: FakeWorker | null = null;
	readonly registration = new FakeRegistration();
	failWith: Error | null = null;

	/** A page already controlled by `worker`, the registration's active version. */
	static controlledBy(worker = new FakeWorker()): FakeContainer {
		const container = new FakeContainer();
		worker.state = 'activated';
		container.controller = worker;
		container.registration.active = worker;
		return container;
	}

	async register(): Promise<FakeRegistration> {
		if (this.failWith) throw this.failWith;
		return this.registration;
	}

	/** `worker` takes control of the page. */
	claim(worker: FakeWorker): void {
		this.registration.active = worker;
		this.controller = worker;
		this.dispatchEvent(new Event('controllerchange'));
	}

	/** Typed as the browser's, for code that takes one. */
	get asContainer(): ServiceWorkerContainer {
		return this as unknown as ServiceWorkerContainer;
	}
}
