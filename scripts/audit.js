// `npm audit --omit=dev`: fails on any high or critical advisory. When the registry's audit
// endpoint cannot be reached (an offline or filtered network), it says so instead of failing.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
	report = JSON.parse(run.stdout);
} catch {
	report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
	const reason = report?.message ?? report?.error?.summary ?? 'no answer';
	console.warn(`npm audit could not reach the advisory database (${reason}); audit skipped.`);
	process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
	`npm audit (production dependencies): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`
);
process.exit(serious > 0 ? 1 : 0);
