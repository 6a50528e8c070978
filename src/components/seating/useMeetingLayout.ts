import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { LayoutKind, MeetingLayouts } from '~/schemas/seatingLayout';
import type { Participant } from '~/schemas/participant';
import { $participants, participantsOf } from '~/stores/participants';
import { $seatingLayouts, seatingLayoutsStore, type LayoutInput } from '~/stores/seatingLayouts';

/** `?meeting=<id>`: the page was opened from a meeting (an id, never a name, is in the URL). */
export function meetingIdFromSearch(search: string): string | null {
	const id = new URLSearchParams(search).get('meeting');
	return id && /^[A-Za-z0-9_-]{1,200}$/.test(id) ? id : null;
}

export type SaveState = 'idle' | 'saved' | 'unsaved';

export interface MeetingLayout<K extends LayoutKind> {
	/** Null when the page was not opened from a meeting: the lists are pasted and nothing is saved. */
	meetingId: string | null;
	/** The meeting's people in precedence order (null without a meeting). */
	people: readonly Participant[] | null;
	settings: LayoutInput<K>;
	/** Changes the settings; with a meeting they are saved with it at once. */
	update(change: Partial<LayoutInput<K>>): void;
	saveState: SaveState;
}

function withoutStamp<K extends LayoutKind>(layout: NonNullable<MeetingLayouts[K]>): LayoutInput<K> {
	const { updatedAt: _stamp, ...input } = layout;
	return input as LayoutInput<K>;
}

/**
 * A layout's settings (with its swaps and what was printed): in the page only,
 * or, opened from a meeting, saved with the meeting in `huiwu:v1:seating-layouts`
 * and fed by the meeting's participant list. The meeting is read after hydration,
 * so the first render matches the server's.
 */
export function useMeetingLayout<K extends LayoutKind>(kind: K, defaults: LayoutInput<K>): MeetingLayout<K> {
	const [meetingId, setMeetingId] = useState<string | null>(null);
	const [local, setLocal] = useState<LayoutInput<K>>(defaults);
	const [saveState, setSaveState] = useState<SaveState>('idle');
	useEffect(() => setMeetingId(meetingIdFromSearch(window.location.search)), []);
	const layouts = useStore($seatingLayouts);
	const lists = useStore($participants);
	const saved = meetingId ? (layouts.meetings[meetingId]?.[kind] as MeetingLayouts[K] | undefined) : undefined;
	// A meeting's saved layout is the truth (another tab's change arrives through the store).
	const settings = saved ? { ...defaults, ...withoutStamp<K>(saved) } : local;
	return {
		meetingId,
		people: meetingId ? participantsOf(lists, meetingId) : null,
		settings,
		update(change) {
			const next = { ...settings, ...change };
			setLocal(next);
			if (meetingId) setSaveState(seatingLayoutsStore.saveLayout(meetingId, kind, next) ? 'saved' : 'unsaved');
		},
		saveState,
	};
}
