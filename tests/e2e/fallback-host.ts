import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Host {
	url: string;
	close: () => Promise<void>;
}

/** A web server on a free port of this machine: an origin of its own, apart from the app's. */
export async function startHost(handler: RequestListener): Promise<Host> {
	const server = createServer(handler);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/**
 * The built app on a host that answers every unknown address with the app shell (`200.html`),
 * as many static hosts do.
 */
export function startFallbackHost(): Promise<Host> {
	return startHost(sirv('build', { single: '200.html', dev: false }));
}

/** Another site: one page that shows `html`. */
export function startOtherSite(html: string): Promise<Host> {
	return startHost((_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(html);
	});
}
