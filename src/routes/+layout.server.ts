// Every page is plain static HTML, so it paints before JavaScript runs and any static host serves it.
// Set on the server side: the browser needs no code for it (its trailing slash comes with the page data).
export const prerender = true;
export const trailingSlash = 'always';
