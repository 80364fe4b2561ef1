// Taking a student's results out of an assignment's gradebook: a paper worksheet entered under
// the wrong name, a receipt scanned for the wrong class. Every receipt of theirs goes, in one
// transaction; other students' and other assignments' stay.
import { getDb, type ChipwiseDB } from './db';

/**
 * Removes the assignment's receipts sent under a name `isTheirs` accepts (the gradebook groups
 * names: by spelling, or by a class list with its matches); returns how many.
 */
export async function removeStudentResults(
	assignmentId: string,
	isTheirs: (name: string) => boolean,
	db: ChipwiseDB = getDb()
): Promise<number> {
	return db.transaction('rw', db.receipts, () =>
		db.receipts
			.where('assignmentId')
			.equals(assignmentId)
			.filter((row) => isTheirs(row.receipt.student))
			.delete()
	);
}
