import type { ComponentChildren } from 'preact';
import { defaultSide, seatedParticipants, type SideChoice } from '~/lib/layoutPeople';
import type { Participant } from '~/schemas/participant';
import type { Translate } from './messages';
import type { SaveState } from './useMeetingLayout';
import type { SeatSwaps } from './useSeatSwaps';

// Here for the layout planners; the seat preview imports it alone (no people logic on its page).
export { default as ReprintBar } from './ReprintBar';

/**
 * A seat of the audience, reception or banquet chart as a button: pick two to
 * swap them (useSeatSwaps). A seat a swap moved is marked 已調整; a seat whose
 * card changed since it was printed is marked 有變動.
 */
export function SwapSeat({
	seat,
	swaps,
	name,
	place,
	changed = false,
	className,
	t,
	children,
}: {
	seat: string;
	swaps: SeatSwaps;
	/** who sits there now */
	name: string;
	/** the seat in words (第 2 排 第 5 號, 第 1 桌 主 2…) */
	place: string;
	changed?: boolean;
	className: string;
	t: Translate;
	children: ComponentChildren;
}) {
	const moved = swaps.at.get(seat)?.moved ?? false;
	return (
		<button
			type="button"
			class={`layout-seat ${className}`}
			aria-pressed={swaps.selected === seat}
			aria-label={t(moved ? 'layout.seat-moved' : 'layout.seat', { seat: place, name })}
			data-swap-seat={seat}
			data-moved={moved ? '' : undefined}
			data-changed={changed ? '' : undefined}
			onClick={() => swaps.choose(seat)}
			onKeyDown={(event) => {
				if (event.key === 'Escape') swaps.cancel();
			}}
		>
			{children}
			{moved && <span class="layout-seat-mark seating-screen-only">{t('seat.moved')}</span>}
			{changed && <span class="layout-seat-mark layout-seat-changed seating-screen-only">{t('reprint.changed')}</span>}
		</button>
	);
}

/** The hint, 已手動調整 with 恢復規則排列, and what a swap did, for screen readers. */
export function SwapStatus({ swaps, t }: { swaps: SeatSwaps; t: Translate }) {
	return (
		<div class="seating-screen-only seating-adjustment">
			<p class="seating-hint">{t('layout.swap-hint')}</p>
			{swaps.adjusted && (
				<p class="seating-adjusted">
					<strong data-adjusted>{t('adjusted')}</strong>{' '}
					<button type="button" class="seating-button" data-restore onClick={swaps.restore}>
						{t('restore-rule')}
					</button>
				</p>
			)}
			<p class="sr-only" role="status" data-swap-status>
				{swaps.announcement}
			</p>
		</div>
	);
}

/** Where the people come from when the page was opened from a meeting, and whether the layout is saved with it. */
export function MeetingSource({
	meetingHref,
	meetingId,
	empty,
	saveState,
	t,
}: {
	meetingHref: string;
	meetingId: string;
	empty: boolean;
	saveState: SaveState;
	t: Translate;
}) {
	return (
		<aside class="seating-note" data-meeting-source>
			<p>{t('layout.from-meeting')}</p>
			{empty && <p class="huiwu-notice">{t('layout.meeting-empty')}</p>}
			<p>
				<a href={`${meetingHref}?id=${encodeURIComponent(meetingId)}`}>{t('layout.back-to-meeting')}</a>
			</p>
			{saveState !== 'idle' && (
				<p role="status" class={saveState === 'unsaved' ? 'huiwu-notice huiwu-notice-error' : undefined} data-layout-saved={saveState}>
					{t(saveState === 'saved' ? 'layout.saved' : 'layout.unsaved')}
				</p>
			)}
		</aside>
	);
}

/** Who sits on which side (banquet, reception), for a layout fed from a meeting: 邀請 are guests unless moved here. */
export function SidesEditor({
	people,
	sides,
	onSides,
	t,
}: {
	people: readonly Participant[];
	sides: Readonly<Record<string, SideChoice>>;
	onSides(next: Record<string, SideChoice>): void;
	t: Translate;
}) {
	const eligible = seatedParticipants(people);
	if (eligible.length === 0) return null;
	return (
		<details class="layout-sides" data-sides>
			<summary>{t('layout.sides')}</summary>
			<ol>
				{eligible.map((person) => {
					const current = Object.hasOwn(sides, person.id) ? sides[person.id]! : defaultSide(person);
					return (
						<li key={person.id}>
							<label>
								{t('layout.side-label', { name: person.name })}{' '}
								<select
									name={`side-${person.id}`}
									value={current}
									onChange={(event) => {
										const value = event.currentTarget.value as SideChoice;
										const next = { ...sides };
										// Only a choice that differs from the category's default is kept.
										if (value === defaultSide(person)) delete next[person.id];
										else next[person.id] = value;
										onSides(next);
									}}
								>
									<option value="host">{t('layout.side-host')}</option>
									<option value="guest">{t('layout.side-guest')}</option>
									<option value="none">{t('layout.side-none')}</option>
								</select>
							</label>
						</li>
					);
				})}
			</ol>
		</details>
	);
}

/** One choice of a layout's settings as a group of radio buttons, the current value checked. */
export function RadioChoice<V extends string>({
	legend,
	name,
	value,
	options,
	onChange,
}: {
	legend: string;
	name: string;
	value: V;
	options: readonly { value: V; label: string }[];
	onChange(value: V): void;
}) {
	return (
		<fieldset class="seating-choice">
			<legend>{legend}</legend>
			{options.map((option) => (
				<label key={option.value}>
					<input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />{' '}
					{option.label}
				</label>
			))}
		</fieldset>
	);
}

/** A count typed as text (so a half-typed or bad value stays visible to be corrected), with its label. */
export function NumberField({ label, name, value, onInput }: { label: string; name: string; value: string; onInput(text: string): void }) {
	return (
		<label>
			{label}
			<input type="text" inputMode="numeric" name={name} value={value} onInput={(event) => onInput(event.currentTarget.value)} />
		</label>
	);
}
