import { isAppleMobile } from './storage-care';

/** The facts of this browser the storage advice depends on. */
export function platform(): { appleMobile: boolean; installed: boolean } {
	const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
	return {
		appleMobile: isAppleMobile(navigator.userAgent, navigator.maxTouchPoints),
		installed: standalone || matchMedia('(display-mode: standalone)').matches
	};
}
