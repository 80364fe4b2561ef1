import type { HandleClientError } from '@sveltejs/kit';

/**
 * A page whose data arrives as HTML is one the app does not have: a host that answers every
 * unknown address with the app's shell answers its data the same way. Say "not found" for it,
 * not "internal error".
 */
export const handleError: HandleClientError = ({ error }) => {
	console.error(error);
	return { message: 'Internal Error', missing: error instanceof SyntaxError };
};
