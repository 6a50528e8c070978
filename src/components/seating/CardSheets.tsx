import type { ComponentChildren } from 'preact';
import { fitBlockFontSize, fitFontSize, nameLetterSpacing, nameWidthEm } from '~/lib/cardText';
import type { DiningTable } from '~/lib/diningTables';
import type { ListedPerson } from '~/lib/nameList';
import type { Translate } from './messages';

// The three cards of 第一篇 三 (會議席卡、就餐桌卡、房間歡迎卡), one A4 sheet
// each (歡迎卡: two per sheet). Every size is a fraction of the card's own
// width (CSS container units, cqi), so the screen preview and the printed
// sheet are the same drawing at two scales. Geometry in mm, see seating.css.

/** Tent card face (會議席卡, 就餐桌卡): 257 × 90 mm; its height is 35 % of its width. */
const FACE = { width: 90, height: 35 } as const;
/** A name's font size at most: its line (1.2 × the size) then fills nine tenths of the face's height. */
const NAME_HEIGHT = 0.75;
/** Room card: 180 × 128 mm, height 71 % of width. */
const ROOM = { width: 88, height: 71 } as const;

function CropMarks({ fold }: { fold: boolean }) {
	return (
		<div class="crop-marks" aria-hidden="true">
			<span class="crop crop-tl" />
			<span class="crop crop-tr" />
			<span class="crop crop-bl" />
			<span class="crop crop-br" />
			{fold && <span class="fold-tick fold-tick-start" />}
			{fold && <span class="fold-tick fold-tick-end" />}
		</div>
	);
}

/** Both faces of a folded tent card: the back (upper half) turned 180° so it reads upright once folded. */
function TentCard({ label, children, t }: { label: string; children: ComponentChildren; t: Translate }) {
	return (
		<article class="card-sheet card-sheet-tent" aria-label={label}>
			<CropMarks fold />
			<div class="tent-card">
				<div class="tent-face tent-face-back">{children}</div>
				<div class="tent-face tent-face-front">{children}</div>
			</div>
			<p class="card-marks-note">{t('card.marks')}</p>
		</article>
	);
}

/**
 * One line sized to fit the face: the text box never overflows, however long the name.
 * A `spaced` two-character name is spread to three characters' width (its text stays 王明).
 */
function FittedLine({
	text,
	className,
	width,
	maxSize,
	spaced = false,
}: {
	text: string;
	className: string;
	width: number;
	maxSize: number;
	spaced?: boolean;
}) {
	const spread = spaced && nameLetterSpacing(text) > 0;
	const widthEm = spread ? nameWidthEm(text) : undefined;
	const size = fitFontSize(text, { width, maxSize, widthEm });
	return (
		<p class={`card-line ${className}`} style={{ '--fit': size }}>
			<span class={spread ? 'card-line-spread' : undefined} style={spread ? { '--spread': `${widthEm}em` } : undefined}>
				{text}
			</span>
		</p>
	);
}

export function NameCards({ people, t }: { people: readonly ListedPerson[]; t: Translate }) {
	return (
		<>
			{people.map((person, index) => (
				<TentCard label={person.name} t={t} key={`name-${index}`}>
					<FittedLine text={person.name} className="card-name" width={FACE.width} maxSize={FACE.height * NAME_HEIGHT} spaced />
				</TentCard>
			))}
		</>
	);
}

export function TableCards({
	tables,
	people,
	listNames,
	t,
}: {
	tables: readonly DiningTable[];
	people: readonly ListedPerson[];
	listNames: boolean;
	t: Translate;
}) {
	return (
		<>
			{tables.map((table) => {
				const names = listNames ? table.ranks.map((rank) => people[rank - 1]?.name).filter((name): name is string => !!name) : [];
				const list = names.join('、');
				const title = t('card.table', { n: table.number });
				return (
					<TentCard label={title} t={t} key={`table-${table.number}`}>
						<FittedLine text={title} className="card-table-number" width={FACE.width} maxSize={FACE.height * (list ? 0.38 : 0.55)} />
						{list && (
							<p
								class="card-table-names"
								style={{
									'--fit': fitBlockFontSize(list, { width: FACE.width, height: FACE.height * 0.32, maxSize: 3.6, lineHeight: 1.3 }),
								}}
							>
								{list}
							</p>
						)}
					</TentCard>
				);
			})}
		</>
	);
}

export interface RoomCardTexts {
	welcome: string;
	hotel: string;
	contact: string;
}

function RoomCard({ person, texts, t }: { person: ListedPerson; texts: RoomCardTexts; t: Translate }) {
	const welcome = texts.welcome.trim();
	const hotel = texts.hotel.trim();
	const contact = texts.contact.trim();
	return (
		<div class="room-card">
			<p class="card-greeting">{t('card.greeting')}</p>
			<FittedLine text={person.name} className="card-guest" width={ROOM.width} maxSize={13} spaced />
			{person.title && <FittedLine text={person.title} className="card-guest-title" width={ROOM.width} maxSize={5} />}
			{welcome && (
				<p
					class="card-welcome"
					style={{ '--fit': fitBlockFontSize(welcome, { width: ROOM.width, height: ROOM.height * 0.2, maxSize: 5, lineHeight: 1.4 }) }}
				>
					{welcome}
				</p>
			)}
			{(hotel || contact) && (
				<div class="card-details">
					{hotel && <p>{t('card.hotel', { hotel })}</p>}
					{contact && <p>{t('card.contact', { contact })}</p>}
				</div>
			)}
		</div>
	);
}

/** Two welcome cards per A4 sheet, cut apart at the middle. */
export function RoomCards({ people, texts, t }: { people: readonly ListedPerson[]; texts: RoomCardTexts; t: Translate }) {
	const pairs: ListedPerson[][] = [];
	for (let i = 0; i < people.length; i += 2) pairs.push(people.slice(i, i + 2));
	return (
		<>
			{pairs.map((pair, index) => (
				<article class="card-sheet card-sheet-room" aria-label={pair.map((person) => person.name).join('、')} key={`room-${index}`}>
					{pair.map((person, i) => (
						<div class="room-card-slot" key={`room-${index}-${i}`}>
							<CropMarks fold={false} />
							<RoomCard person={person} texts={texts} t={t} />
						</div>
					))}
					<p class="card-marks-note">{t('card.cut')}</p>
				</article>
			))}
		</>
	);
}
