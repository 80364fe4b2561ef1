import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';

// jsdom lays nothing out, so it has no ResizeObserver; `bind:offsetHeight` needs one to exist.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};
