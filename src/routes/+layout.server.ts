// Every page is plain static HTML, so it paints before JavaScript runs and any static host serves it.
export const prerender = true;
export const trailingSlash = 'always';
