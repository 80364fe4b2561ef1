// Raw deflate inflated by the browser itself (DecompressionStream), for code that must not load
// a library to read a link: the assignment page's first paint (src/routes/a/intro-preview.ts).
// The app reads links with fflate (codec.ts), synchronously; both stop one byte past the cap.

/**
 * The inflated bytes, at most `max + 1` of them (one past the cap says that there was more);
 * null when they do not inflate, or the browser has no DecompressionStream.
 */
export async function inflateStream(bytes: Uint8Array, max: number): Promise<Uint8Array | null> {
	if (typeof DecompressionStream === 'undefined') return null;
	try {
		// A stream made here, not a Blob's: a Blob's is read through the browser's own process.
		const source = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(bytes);
				controller.close();
			}
		});
		const reader = source
			.pipeThrough(
				new DecompressionStream('deflate-raw') as ReadableWritablePair<Uint8Array, Uint8Array>
			)
			.getReader();
		const out = new Uint8Array(max + 1);
		let at = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return out.subarray(0, at);
			const take = Math.min(value.length, out.length - at);
			out.set(value.subarray(0, take), at);
			at += take;
			if (at > max) {
				await reader.cancel();
				return out;
			}
		}
	} catch {
		return null;
	}
}
