/** What the page prints (the root's `data-print`); one sheet kind at a time. */
export const PRINT_MODES = ['chart', 'name-cards', 'table-cards', 'room-cards'] as const;
export type PrintMode = (typeof PRINT_MODES)[number];
