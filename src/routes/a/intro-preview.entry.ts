// The inline script of the assignment page (see intro-preview.ts). Whatever fails here, the
// app shows the assignment once it has loaded.
import { previewPage } from './intro-preview';

previewPage(document).catch(() => {
	// The card stays hidden, and "Opening the assignment…" shows until the app runs.
});
