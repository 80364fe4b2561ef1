import { describe, expect, it } from 'vitest';
import { teacherOnlyFiles } from './offline-groups.js';

describe("the teacher's own files", () => {
	const manifest = {
		'app.js': { file: 'entry/app.js', isEntry: true, dynamicImports: ['nodes/1.js', 'nodes/2.js'] },
		'nodes/1.js': { file: 'nodes/1.js', isEntry: true, imports: ['_shared.js'], css: ['a/1.css'] },
		'nodes/2.js': {
			file: 'nodes/2.js',
			isEntry: true,
			imports: ['_shared.js', '_teach.js'],
			dynamicImports: ['src/qr.ts'],
			css: ['a/2.css']
		},
		'_shared.js': { file: 'chunks/shared.js' },
		'_teach.js': { file: 'chunks/teach.js', imports: ['_shared.js'] },
		'src/qr.ts': { file: 'chunks/qr.js' }
	};
	const isPage = (k: string) => k.startsWith('nodes/');

	it('are what only the teacher pages load, at once or later, with their styles', () => {
		expect(teacherOnlyFiles(manifest, isPage, (k) => k === 'nodes/2.js')).toEqual([
			'/a/2.css',
			'/chunks/qr.js',
			'/chunks/teach.js',
			'/nodes/2.js'
		]);
	});

	it('leave out what any other page loads, even later', () => {
		const shared = {
			...manifest,
			'nodes/1.js': { ...manifest['nodes/1.js'], dynamicImports: ['src/qr.ts'] }
		};
		expect(teacherOnlyFiles(shared, isPage, (k) => k === 'nodes/2.js')).not.toContain(
			'/chunks/qr.js'
		);
	});
});
