// V8's compile hint: a file that starts with `//# allFunctionsCalledOnLoad` has every function
// compiled while it streams in, off the main thread, instead of each one on the main thread when
// it first runs. A first visit compiles the code it hydrates with; the hint shortens hydration's
// task, the longest a first visit has. V8 reads the hint only at the very top of the file, and
// Vite puts its list of a file's lazily loaded dependencies (`const __vite__mapDeps=…`) above
// everything else once the bundle is made: this step puts the hint back on the first line.
// Files that only re-export have nothing to compile and go without.

export const HINT = '//# allFunctionsCalledOnLoad';

/**
 * A chunk's code with the hint on its first line: added where missing, moved up from the second
 * line where Vite's list went above it (two lines without mappings change places, so a source
 * map stays right).
 * @param {string} code
 * @returns {string}
 */
export function hintFirst(code) {
	if (code.startsWith(`${HINT}\n`)) return code;
	const first = code.indexOf('\n');
	if (first >= 0 && code.startsWith(`${HINT}\n`, first + 1)) {
		const second = first + 1 + HINT.length + 1;
		return `${HINT}\n${code.slice(0, first + 1)}${code.slice(second)}`;
	}
	return code;
}

/**
 * Whether a chunk has code of its own to compile.
 * @param {{ modules: Record<string, { renderedLength: number }> }} chunk
 */
export const hasCode = (chunk) => Object.values(chunk.modules).some((m) => m.renderedLength > 0);

/** @returns {import('vite').Plugin} */
export function compileHints() {
	return {
		name: 'chipwise:compile-hints',
		apply: 'build',
		// The hint comes with each chunk as it is rendered (and its source map accounts for it)…
		outputOptions(options) {
			return { ...options, postBanner: (chunk) => (hasCode(chunk) ? HINT : '') };
		},
		// …and goes back to the top after Vite's own additions to the bundle.
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				for (const file of Object.values(bundle)) {
					if (file.type === 'chunk') file.code = hintFirst(file.code);
				}
			}
		}
	};
}
