/**
 * The learner's wall clock at an instant, `YYYY-MM-DDTHH:mm`. Saved as a string when
 * something happens (a standard ticked 已讀, a quiz finished), so the learning record
 * prints the date the learner saw, whatever zone the record is printed in later.
 */
export function localWallClock(instant: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return (
		`${String(instant.getFullYear()).padStart(4, '0')}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` +
		`T${pad(instant.getHours())}:${pad(instant.getMinutes())}`
	);
}

/** The date part of a wall-clock string (`2026-03-05T09:07` → `2026-03-05`). */
export function wallClockDate(wallClock: string): string {
	return wallClock.slice(0, 10);
}
