import { localCalendarStateSchema, type LocalCalendarState, type LocalHolidayPeriod } from '../schemas/localCalendar';
import { EMPTY_LOCAL_CALENDAR, mergeLocalCalendar, withYear, withoutYear } from './localCalendarState';
import { createPersistentStore, storageKey, type PersistentAtom, type StorageEnvironment } from './storageEngine';

export { EMPTY_LOCAL_CALENDAR, mergeLocalCalendar } from './localCalendarState';

/** Holiday arrangements an office entered for years the site has no official data for, see README.md. */
export const LOCAL_CALENDAR_KEY = storageKey('local-calendar');
export const LOCAL_CALENDAR_VERSION = 1;

export interface LocalCalendarStoreOptions {
	/** Defaults to the browser's localStorage; null = memory only. */
	environment?: StorageEnvironment | null;
	now?: () => number;
}

export interface LocalCalendarStore {
	$localCalendar: PersistentAtom<LocalCalendarState>;
	saveYear(year: number, holidays: LocalHolidayPeriod[]): void;
	removeYear(year: number): void;
}

export function createLocalCalendarStore(options: LocalCalendarStoreOptions = {}): LocalCalendarStore {
	const now = options.now ?? Date.now;
	const $localCalendar = createPersistentStore<LocalCalendarState>({
		key: LOCAL_CALENDAR_KEY,
		version: LOCAL_CALENDAR_VERSION,
		schema: localCalendarStateSchema,
		initial: EMPTY_LOCAL_CALENDAR,
		merge: mergeLocalCalendar,
		environment: options.environment,
	});
	return {
		$localCalendar,
		saveYear(year, holidays) {
			$localCalendar.update((state) => withYear(state, year, holidays, now()));
		},
		removeYear(year) {
			$localCalendar.update((state) => withoutYear(state, year, now()));
		},
	};
}

const localCalendarStore = createLocalCalendarStore();

export const $localCalendar = localCalendarStore.$localCalendar;
export const { saveYear, removeYear } = localCalendarStore;
