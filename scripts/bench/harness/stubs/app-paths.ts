// $app/paths for the benchmark harness: the app is served at the site root.
export const base = '';
export const assets = '';
export const asset = (path: string): string => path;
export const resolve = (path: string): string => path;
