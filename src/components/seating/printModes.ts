/** What the page prints (the root's `data-print`): one sheet kind, or `all` of them in one go. */
export const PRINT_MODES = ['chart', 'name-cards', 'table-cards', 'room-cards', 'all'] as const;
export type PrintMode = (typeof PRINT_MODES)[number];
