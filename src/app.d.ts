// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The app's version from package.json, set at build time. */
	const __APP_VERSION__: string;
	/** The SHA-256 (hex) of the pack file this build wrote for the built-in pack; '' in tests. */
	const __SHIPPED_PACK_SHA256__: string;

	namespace App {
		interface Error {
			message: string;
			/** The address is not one of the app's pages (its data is missing or arrived as HTML). */
			missing?: boolean;
		}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
