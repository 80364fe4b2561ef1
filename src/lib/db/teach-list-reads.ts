// The reads of Teach's lists, in one module that its pages load (`LazyReads`) only when
// something is stored to read: a first visit fetches and runs none of their code.
import { classLists } from './class-reads';
import { teachOverview } from './teach-reads';

/** The teacher's assignments, newest first, with the results received for each. */
export const assignmentList = () => teachOverview();

/** The teacher's classes. */
export const classList = () => classLists();
