// A student's assignment page: it reads the assignment from its link (with a teacher's pack,
// which it adds first), checks that this version can do it, keeps it for "Assigned to me",
// resumes or starts the attempt on screen, and starts a retry of missed questions. What it reads
// and writes comes in as `AssignmentSources`, so a test can give its own.
import { questionsByIds } from '$lib/content/queries';
import type { Pack } from '$lib/content/schema';
import { storageMessage } from '$lib/db/storage-error';
import { afterShown, whenIdle, yieldToBrowser } from '$lib/schedule';
import { quizVersion, startedOn, type Attempt } from '$lib/quiz/attempt';
import type { Player } from '$lib/quiz/player.svelte';
import { retryTitle } from '$lib/quiz/session';
import type { Assignment } from '$lib/teach/assignment';
import { splitAssignmentFragment } from '$lib/teach/assignment-wire';
import { loadOnce } from '$lib/load-once';
import { appSources, type AssignmentSources } from './assignment-sources';

// The link's codec and schema (fflate, valibot) load as the page reads its link, not with the
// page (its first paint shows the link's assignment: intro-preview.ts), a task after the one
// that asks, hydration on a load: importing adds the preload links of all they need (2 ms).
const codes = () => yieldToBrowser().then(() => import('$lib/teach/assignment'));
/** The player's code, loaded once the assignment can start (see the page). */
const playerCode = loadOnce(() => import('./player'));

export class AssignmentPage {
	#code = $state('');
	#problem = $state('');
	#warning = $state('');
	#assignment = $state<Assignment | null>(null);
	#pack = $state<Pack | null>(null);
	#needsPack = $state(false);
	/** Whether the assignment's pack is a teacher's, kept on this device. */
	#stored = false;
	#player = $state<Player | null>(null);
	#questions = $derived(
		this.#pack && this.#assignment ? questionsByIds(this.#pack, this.#assignment.questionIds) : []
	);
	#sources: AssignmentSources;
	/** Keeps the assignment now if it is not yet kept (a first visit, see `open`). */
	#keepNow: () => Promise<void> = () => Promise.resolve();
	/** The student left before the link was read: keep it as soon as it can be done here. */
	#left = false;

	constructor(sources: AssignmentSources = appSources) {
		this.#sources = sources;
	}

	/** The assignment's link code, as the fragment carries it. */
	get code(): string {
		return this.#code;
	}
	/** Why the assignment cannot be done here, in words for the student; '' when it can. */
	get problem(): string {
		return this.#problem;
	}
	/** What works but is not kept (storage refused), shown above the assignment. */
	get warning(): string {
		return this.#warning;
	}
	get assignment(): Assignment | null {
		return this.#assignment;
	}
	/** The assignment's pack, once it is on this device. */
	get pack(): Pack | null {
		return this.#pack;
	}
	/** The pack is one a teacher made, and not on this device: its file would add it. */
	get needsPack(): boolean {
		return this.#needsPack;
	}
	/** The pack is one made or added on this device, not the one Chipwise comes with. */
	get packId(): string | null {
		return this.#pack && this.#stored ? this.#pack.id : null;
	}
	get player(): Player | null {
		return this.#player;
	}
	/** The assignment's questions that this version of the app has. */
	get questions() {
		return this.#questions;
	}

	/** Follows the address: the fragment names the assignment (or, without one, the stored
	 * attempt `attemptId` does), and `attemptId` the attempt on screen. */
	async route(fragment: string, attemptId: string | null): Promise<void> {
		const text = fragment || (attemptId ? await this.#recover(attemptId) : '');
		const { assignment: code, pack } = splitAssignmentFragment(text);
		// The same assignment again, now with its pack: opened again to add the pack.
		const withPack = this.#needsPack && pack !== null;
		if (code !== this.#code || withPack || (!this.#assignment && !this.#problem))
			await this.open(text);
		if (!this.#assignment || !this.#pack) return;
		if (!attemptId) this.#player = null;
		else if (this.#player?.attempt.id !== attemptId) await this.resume(attemptId);
	}

	/** The link of the assignment a stored attempt of this learner was made from. */
	async #recover(attemptId: string): Promise<string> {
		try {
			await this.#sources.learner.load();
			const found = await this.#sources.assignmentOf(this.#sources.learner.id ?? '', attemptId);
			if (!found) return '';
			return found.id === this.#assignment?.id
				? this.#code
				: (await codes()).encodeAssignment(found);
		} catch {
			return '';
		}
	}

	/** Reads an assignment link (and a pack it carries) and checks that it can be done here. */
	async open(text: string): Promise<void> {
		const { assignment: code, pack: carried } = splitAssignmentFragment(text);
		this.#code = code;
		this.#player = null;
		this.#problem = '';
		this.#warning = '';
		this.#needsPack = false;
		this.#pack = null;
		this.#keepNow = () => Promise.resolve();
		const decoded = (await codes()).decodeAssignment(code);
		if (!decoded.ok) {
			this.#assignment = null;
			this.#problem = decoded.error.message;
			return;
		}
		const a = decoded.assignment;
		this.#assignment = a;
		// Whether this browser holds a learner, asked beside the pack's download.
		const learnerLoaded = this.#sources.learner.load();
		let pack: Pack | null;
		try {
			const builtIn = await this.#sources.pack();
			this.#stored = a.packId !== builtIn.id;
			pack = this.#stored ? await this.#teacherPack(a, carried, builtIn) : builtIn;
		} catch {
			this.#problem =
				'The questions could not be loaded. Connect to the internet once, then reload.';
			return;
		}
		if (!pack) return;
		if (!questionsByIds(pack, a.questionIds).length) {
			this.#pack = pack;
			this.#problem =
				"None of this assignment's questions are in this version of Chipwise, so it can't be done here. Ask your teacher for a new link.";
			return;
		}
		// Kept for "Assigned to me" once it can be done here. With a learner stored, it shows once
		// kept (or a warning says it cannot be); a first visit shows it at once, and Start waits.
		await learnerLoaded;
		if (!this.#sources.learner.none) {
			await this.#keep(a);
			this.#pack = pack;
			return;
		}
		this.#pack = pack;
		// Keeping it loads the database code: once the assignment is drawn and the page is idle,
		// or when the student starts, whichever comes first.
		let kept: Promise<void> | null = null;
		const keepNow = (this.#keepNow = () => (kept ??= this.#keep(a)));
		if (this.#left) return keepNow();
		await afterShown()
			.then(() => whenIdle())
			.then(keepNow);
	}

	/** Creates the learner if need be and keeps the assignment; a warning says when it cannot. */
	async #keep(a: Assignment): Promise<void> {
		try {
			await this.#sources.learner.ensure();
			const id = this.#sources.learner.id;
			if (!id) throw new Error('No learner');
			await this.#sources.receive(id, a);
		} catch (error) {
			this.#warning = storageMessage('Your answers and result cannot be saved', error);
		}
	}

	/** The teacher's pack the assignment uses: added from the link first when the link carries
	 * it (the same or a newer version already here is kept), then read from this device. Null,
	 * with the problem said, when it is not here. */
	async #teacherPack(a: Assignment, carried: string | null, builtIn: Pack): Promise<Pack | null> {
		let refused = '';
		if (carried !== null) {
			const { readPackLink } = await import('$lib/authoring/pack-link');
			const read = readPackLink(carried);
			refused = read.ok
				? await this.#add(read.text, builtIn)
				: "This assignment link was cut off or changed, so the lessons it carries can't be read. Ask your teacher for the link again.";
		}
		const stored = await this.#sources.storedPack(a.packId);
		if (stored) return stored;
		this.#needsPack = true;
		this.#problem =
			refused ||
			'The lessons this assignment uses are not on this device yet. Open the whole link your teacher sent, or add the pack file they gave you.';
		return null;
	}

	/** Adds a pack; '' when added, or why not. */
	async #add(text: string, builtIn: Pack): Promise<string> {
		try {
			await this.#sources.learner.ensure();
			const added = await this.#sources.addPack(text, builtIn);
			return added.ok ? '' : added.message;
		} catch (error) {
			return storageMessage('The lessons could not be kept on this device', error);
		}
	}

	/** Adds the pack from a teacher's file and opens the assignment with it; or says why not. */
	async addPackFile(text: string): Promise<string | null> {
		const a = this.#assignment;
		if (!a) return 'Open the assignment link first.';
		let problem: string;
		try {
			problem = await this.#add(text, await this.#sources.pack());
			if (await this.#sources.storedPack(a.packId)) {
				await this.open(this.#code);
				return null;
			}
		} catch {
			return 'The questions could not be loaded. Connect to the internet once, then reload.';
		}
		return problem
			? `${problem} Nothing was changed.`
			: "That file is another pack: it was added, but this assignment uses a different one. Ask your teacher for this assignment's pack file.";
	}

	/** Loads the code an attempt needs, so Start works if the connection goes (see the page). */
	prepare(): Promise<unknown> {
		return Promise.all([playerCode(), this.#sources.prepare()]);
	}

	/** Keeps the assignment now if it is not yet kept: the student leaves the page early. Before
	 * the link is read (the page showed it from the link before the app), once it is. */
	keep(): Promise<void> {
		this.#left = true;
		return this.#keepNow();
	}

	/** Shows a stored attempt of this learner at this assignment, if it may be shown. */
	async resume(attemptId: string): Promise<void> {
		const attempt = await this.#sources.attempt(attemptId);
		const a = this.#assignment;
		const pack = this.#pack;
		const mine = attempt?.profileId === this.#sources.learner.id;
		if (!attempt || !mine || !pack || !a || attempt.assignmentId !== a.id) return;
		// An unfinished attempt of an earlier version is not resumed: the intro says so.
		if (attempt.finishedAt === null && !startedOn(attempt, a)) return;
		const own = questionsByIds(pack, attempt.questionIds);
		const [responses, store, { newPlayer }] = await Promise.all([
			this.#sources.responses(attemptId),
			this.#sources.store(),
			playerCode()
		]);
		this.#player = newPlayer(attempt, responses, own, store);
	}

	/** Starts or resumes the attempt (naming the learner `newName` first); or says why not. */
	async start(newName: string | null): Promise<{ attemptId: string } | { message: string }> {
		await this.#keepNow();
		const a = this.#assignment;
		const learnerId = this.#sources.learner.id;
		if (!a || !learnerId) return { message: 'This assignment cannot start.' };
		try {
			if (newName !== null) {
				await this.#sources.rename(learnerId, newName);
				await this.#sources.learner.reload();
			}
			const attempt = await this.#sources.startList({
				kind: `assignment:${a.id}`,
				...(this.packId ? { packId: this.packId } : {}),
				title: a.title,
				mode: a.mode,
				questionIds: this.#questions.map((q) => q.id),
				assignmentId: a.id,
				assignmentVersion: quizVersion(a),
				resumable: (open: Attempt) => startedOn(open, a),
				shuffle: a.shuffle
			});
			await this.resume(attempt.id);
			return { attemptId: attempt.id };
		} catch (error) {
			return { message: storageMessage('The assignment could not start', error) };
		}
	}

	/** Practises the missed questions again; returns the new session's id. */
	async retry(ids: string[]): Promise<string> {
		const attempt = await this.#sources.startList({
			kind: 'retry',
			title: retryTitle(this.#assignment?.title ?? 'Assignment'),
			mode: 'practice',
			questionIds: ids,
			resume: false,
			...(this.packId ? { packId: this.packId } : {})
		});
		return attempt.id;
	}
}
