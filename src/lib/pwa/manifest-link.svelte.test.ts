import { afterEach, describe, expect, it } from 'vitest';
import { linkManifest } from './manifest-link';

const links = () => document.head.querySelectorAll<HTMLLinkElement>('link[rel="manifest"]');

describe('linkManifest', () => {
	afterEach(() => links().forEach((l) => l.remove()));

	it('links the manifest in the head, so the browser can offer to install the app', () => {
		expect(links()).toHaveLength(0);
		linkManifest('/manifest.webmanifest');
		expect(links()).toHaveLength(1);
		expect(links()[0]?.getAttribute('href')).toBe('/manifest.webmanifest');
	});

	it('links it once, whatever page starts the app again', () => {
		linkManifest('/manifest.webmanifest');
		linkManifest('/other.webmanifest');
		expect(links()).toHaveLength(1);
		expect(links()[0]?.getAttribute('href')).toBe('/manifest.webmanifest');
	});
});
