// $app/environment for the benchmark harness, which only runs in a browser.
export const browser = true;
export const dev = false;
export const building = false;
export const version = 'bench';
