// The arithmetic of a paged list, shared by <gepi-pager> and the tables that sit inside it: how
// many pages, which rows a page shows (顯示第 from 至 to 項結果), and which page buttons to offer.

/** Page sizes the lists offer (顯示筆數), as in the API contract. */
export const DEFAULT_PAGE_SIZES: readonly number[] = [10, 25, 50, 100];

/** The default page size: 10, as the manual's screens show. */
export const DEFAULT_PAGE_SIZE = 10;

/** A positive integer, or `fallback` for anything else (NaN, 0, a negative or fractional number). */
export function positiveInt(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

/** Pages needed for `total` rows; at least one, so an empty list still shows page 1. */
export function pageCount(total: number, pageSize: number): number {
  const size = positiveInt(pageSize, DEFAULT_PAGE_SIZE);
  return Math.max(1, Math.ceil(Math.max(0, total) / size));
}

/** `page` brought into 1…pageCount. */
export function clampPage(page: number, total: number, pageSize: number): number {
  return Math.min(positiveInt(page, 1), pageCount(total, pageSize));
}

/** The 1-based numbers of the first and last row shown; both 0 when there are none. */
export function rowRange(page: number, pageSize: number, total: number): { from: number; to: number } {
  const size = positiveInt(pageSize, DEFAULT_PAGE_SIZE);
  const rows = Math.max(0, Math.floor(total));
  if (rows === 0) return { from: 0, to: 0 };
  const from = (clampPage(page, rows, size) - 1) * size + 1;
  return { from, to: Math.min(from + size - 1, rows) };
}

/**
 * The rows to render. A host paging on the server hands over one page (at most `pageSize` rows)
 * and gets it back as is; a host holding the whole list hands over all of it and gets the page's
 * slice. Either way at most `pageSize` rows reach the DOM, however large the data.
 */
export function pageRows<T>(items: readonly T[], page: number, pageSize: number): readonly T[] {
  const size = positiveInt(pageSize, DEFAULT_PAGE_SIZE);
  if (items.length <= size) return items;
  const start = (clampPage(page, items.length, size) - 1) * size;
  return items.slice(start, start + size);
}

/** A page button, or a gap standing for the pages left out between two buttons. */
export type PageSlot = number | 'gap';

/**
 * The page buttons to offer: all of them when there are few, otherwise the first, the last and two
 * either side of the current page, with gaps between. A thousand pages stay a handful of buttons.
 */
export function pageSlots(page: number, count: number, around = 2): PageSlot[] {
  const last = Math.max(1, Math.floor(count));
  const current = Math.min(Math.max(1, Math.floor(page)), last);
  // First + last + the window + two gaps: below that, gaps would hide fewer pages than they cost.
  if (last <= 2 * around + 5) return Array.from({ length: last }, (_, i) => i + 1);
  const start = Math.max(2, Math.min(current - around, last - 1 - 2 * around));
  const end = Math.min(last - 1, Math.max(current + around, 2 + 2 * around));
  const slots: PageSlot[] = [1];
  // A gap hiding a single page would take as much room as its button: show the button instead.
  if (start === 3) slots.push(2);
  else if (start > 3) slots.push('gap');
  for (let p = start; p <= end; p++) slots.push(p);
  if (end === last - 2) slots.push(last - 1);
  else if (end < last - 2) slots.push('gap');
  slots.push(last);
  return slots;
}
