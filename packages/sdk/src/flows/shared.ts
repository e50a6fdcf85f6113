// Pieces several flows share: the terms step (用戶約定條款 with its 網頁下載時間), the two info
// panels built from the server's session (機關(組織)憑證資訊 / 授權管理者自然人憑證資訊), and the
// paged-table state of lists (顯示筆數, 搜尋, 顯示第 x 至 y 項結果,共 N 項).
import { PAGE_SIZES } from '../api/routes.js';
import type { PageSize } from '../api/routes.js';
import type { SessionView } from '../api/schemas.js';
import type { ResultOf } from '../client/client.js';
import { formatRocDate, formatRocDateTime } from '../domain/roc-time.js';
import type { LocalizedText } from '../errors.js';

export type TermsView = ResultOf<'terms'>;
export type RegistrationResultView = ResultOf<'register'>;
export type SwapResultView = ResultOf<'swapOrg'>;
export type ReviewSubmittedView = ResultOf<'submitReview'>;

/** The terms step's data. */
export interface TermsData {
  /** Title and clauses from the API; undefined until loaded (a view may show its own copy meanwhile). */
  terms?: TermsView;
  /** 網頁下載時間 by the flow's clock: ISO and ROC (`111年11月14日14點46分46秒`). */
  downloadedAt: string;
  downloadedAtRoc: string;
}

export function termsData(now: Date): TermsData {
  return { downloadedAt: now.toISOString(), downloadedAtRoc: formatRocDateTime(now) };
}

type OrgPanelBase = NonNullable<SessionView['org']>;
type CitizenPanelBase = NonNullable<SessionView['citizen']>;

/** 機關(組織)憑證資訊: 機關代號, 機關名稱, 機關(組織)OID, 機關憑證序號, 機關憑證卡號, 憑證DN, 憑證效期, 卡別. */
export interface OrgPanel extends OrgPanelBase {
  /** 憑證效期, ROC calendar: `112/01/01 ~ 116/12/31`. */
  validityRoc: string;
}

/** 授權管理者自然人憑證資訊: 身分證統一編號 (masked), 自然人憑證序號, 憑證卡號, 憑證DN, 憑證效期. */
export interface CitizenPanel extends CitizenPanelBase {
  validityRoc: string;
}

function validity(notBefore: string, notAfter: string): string {
  return `${formatRocDate(new Date(notBefore))} ~ ${formatRocDate(new Date(notAfter))}`;
}

export function orgPanel(session: SessionView): OrgPanel | undefined {
  return session.org
    ? { ...session.org, validityRoc: validity(session.org.notBefore, session.org.notAfter) }
    : undefined;
}

export function citizenPanel(session: SessionView): CitizenPanel | undefined {
  return session.citizen
    ? { ...session.citizen, validityRoc: validity(session.citizen.notBefore, session.citizen.notAfter) }
    : undefined;
}

/** The agency as the session names it. */
export interface AgencyView {
  code: string;
  name: string;
  region: string;
}

/** What a paged table shows, plus the query that produced it. */
export interface PagedList<Row> {
  items: Row[];
  total: number;
  page: number;
  pageSize: PageSize;
  /** 顯示第 from 至 to 項結果,共 total 項 (0 and 0 when empty). */
  from: number;
  to: number;
  /** The search text (搜尋) the list was filtered with; '' for none. */
  q: string;
  /** Number of pages (at least 1). */
  pages: number;
}

export { PAGE_SIZES };
export type { PageSize };

/** 顯示第 1 至 10 項結果,共 N 項 / Showing 1 to 10 of N entries. */
export function listFooter(list: Pick<PagedList<unknown>, 'from' | 'to' | 'total'>): LocalizedText {
  return {
    'zh-TW': `顯示第 ${list.from} 至 ${list.to} 項結果，共 ${list.total} 項`,
    en: `Showing ${list.from} to ${list.to} of ${list.total} entries`,
  };
}

export interface ListQuery {
  page: number;
  pageSize: PageSize;
  q: string;
}

export const FIRST_PAGE: ListQuery = { page: 1, pageSize: 10, q: '' };

export function checkPageSize(size: number): PageSize {
  if (!(PAGE_SIZES as readonly number[]).includes(size)) {
    throw new RangeError(`page size must be one of ${PAGE_SIZES.join(', ')}`);
  }
  return size as PageSize;
}

/** The wire query of a list call (empty search left out). */
export function wireQuery(query: ListQuery): { page: number; pageSize: PageSize; q?: string } {
  const q = query.q.trim();
  return q === ''
    ? { page: query.page, pageSize: query.pageSize }
    : { page: query.page, pageSize: query.pageSize, q };
}

export function pagedList<Row, Item>(
  result: { items: Item[]; total: number; page: number; pageSize: number; from: number; to: number },
  query: ListQuery,
  row: (item: Item, index: number) => Row,
): PagedList<Row> {
  return {
    items: result.items.map((item, i) => row(item, result.from + i)),
    total: result.total,
    page: result.page,
    pageSize: query.pageSize,
    from: result.from,
    to: result.to,
    q: query.q.trim(),
    pages: Math.max(1, Math.ceil(result.total / query.pageSize)),
  };
}
