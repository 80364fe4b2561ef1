// How results come back, in words: the teacher's choice in the form, the fact on the share
// view and handout, and what the student is told to do when they finish.
import type { ReturnWay } from './assignment-wire';

export interface ReturnChoice {
	way: ReturnWay;
	/** The teacher's choice in the form. */
	label: string;
	detail: string;
	/** What a student does when they finish, as a handout says it. */
	student: string;
	/** The same in a few words, beside the assignment's other facts. */
	short: string;
}

export const RETURN_CHOICES: readonly ReturnChoice[] = [
	{
		way: 'scan',
		label: 'Scan in class',
		detail: 'students show a QR code; you scan it in the gradebook',
		student: 'When you finish, show the QR code on your screen to your teacher.',
		short: 'Show the QR code on your screen to your teacher'
	},
	{
		way: 'chat',
		label: 'Paste in the class chat',
		detail: 'students copy a code and paste it where you tell them',
		student: 'When you finish, copy your receipt and paste it in the class chat.',
		short: 'Copy your receipt and paste it in the class chat'
	},
	{
		way: 'file',
		label: 'Send the file',
		detail: 'students save a receipt file and send it to you',
		student: 'When you finish, save your receipt file and send it to your teacher.',
		short: 'Save your receipt file and send it to your teacher'
	}
];

/** The words for a way; none for an assignment made before the way was asked. */
export function returnChoice(way: ReturnWay | undefined): ReturnChoice | undefined {
	return RETURN_CHOICES.find((c) => c.way === way);
}
