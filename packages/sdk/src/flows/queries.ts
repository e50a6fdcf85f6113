// 查詢作業, headless: 查詢憑證註冊收件紀錄 (by agency code, no card) with its 申請及審核情形 (org
// card), 查詢機關憑證OID (org card), 查詢自然人憑證序號 (citizen card alone), and 查詢已授權清單
// (org + manager card, read-only list with permissions, CSV export).
import type { CardHealth } from '../api/schemas.js';
import type { ReceiptItem } from '../api/messages.js';
import type { ResultOf } from '../client/client.js';
import { validateAgencyCode } from '../domain/agency-code.js';
import type { LocalizedText } from '../errors.js';
import type { CaKind } from '../certs/profile.js';
import { CARD_AUTHORITY_NAMES } from '../tokens/errors.js';
import { CARD_PROMPTS, CardFlow, ORG_THEN_MANAGER } from './card-step.js';
import type { CardFlowOptions, CardStepData, CitizenSignInInput, OrgSignInInput } from './card-step.js';
import { FlowMachine } from './machine.js';
import type { FlowState } from './machine.js';
import { FIRST_PAGE, checkPageSize, pagedList, wireQuery } from './shared.js';
import type { ListQuery, PagedList } from './shared.js';
import type { GepiClient } from '../client/client.js';

// ── 查詢憑證註冊收件紀錄 ────────────────────────────────────────────────────────────────────────────

export type ReceiptsStep = 'form' | 'results' | 'cancelled';

type Receipt = ResultOf<'listReceipts'>['items'][number];

/** 序號 · 機關代號 · 機關名稱 · 收件時間 (ROC) · 註冊項目. */
export interface ReceiptRow {
  seq: number;
  id: number;
  /** 收件編號, e.g. `GEPI-1151207-000042`. */
  number: string;
  agencyCode: string;
  agencyName: string;
  receivedAt: string;
  /** `105年04月22日14點36分34秒`. */
  receivedAtRoc: string;
  item: ReceiptItem;
  itemLabel: LocalizedText;
}

export interface ReceiptsData {
  agencyCode?: string;
  agency?: { code: string; name: string };
  list?: PagedList<ReceiptRow>;
}

export type ReceiptsState = FlowState<ReceiptsStep, ReceiptsData>;

export interface ReceiptsOptions {
  client: GepiClient;
}

const RESULT_ACTIONS = ['query', 'loadPage', 'setPageSize', 'search', 'newQuery'];

function receiptRow(item: Receipt, seq: number): ReceiptRow {
  return {
    seq,
    id: item.id,
    number: item.number,
    agencyCode: item.agencyCode,
    agencyName: item.agencyName,
    receivedAt: item.receivedAt,
    receivedAtRoc: item.receivedAtRoc,
    item: item.item,
    itemLabel: { ...item.itemLabel },
  };
}

export class ReceiptsQueryFlow extends FlowMachine<ReceiptsStep, ReceiptsData> {
  readonly #client: GepiClient;
  #query: ListQuery = FIRST_PAGE;

  constructor(options: ReceiptsOptions) {
    const client = options.client;
    super({
      flow: 'query-receipts',
      initial: 'form',
      data: {},
      actions: { form: ['query'], results: RESULT_ACTIONS, cancelled: [] },
      terminal: [],
      loadContacts: () => client.contacts({ timeout: 5_000 }),
    });
    this.#client = client;
  }

  /** 查詢: the receipt records of an agency (機關代號). */
  query(input: { agencyCode: string }): Promise<ReceiptsState> {
    return this.act('query', async (signal) => {
      const code = validateAgencyCode(input.agencyCode);
      if (!code.ok) throw code.error;
      await this.#load(code.value, { ...FIRST_PAGE, pageSize: this.#query.pageSize }, signal);
      this.goto('results');
    });
  }

  loadPage(page: number): Promise<ReceiptsState> {
    return this.act('loadPage', (signal) => this.#load(this.#agency(), { ...this.#query, page }, signal));
  }

  /** 顯示筆數. */
  setPageSize(pageSize: number): Promise<ReceiptsState> {
    return this.act('setPageSize', (signal) =>
      this.#load(this.#agency(), { ...this.#query, page: 1, pageSize: checkPageSize(pageSize) }, signal),
    );
  }

  /** 搜尋 within the records (any shown column). */
  search(q: string): Promise<ReceiptsState> {
    return this.act('search', (signal) => this.#load(this.#agency(), { ...this.#query, page: 1, q }, signal));
  }

  /** Back to the agency-code form. */
  newQuery(): ReceiptsState {
    return this.actSync('newQuery', () => {
      this.#query = FIRST_PAGE;
      this.goto('form', { list: undefined, agency: undefined });
    });
  }

  #agency(): string {
    return this.data.agencyCode ?? '';
  }

  async #load(agencyCode: string, query: ListQuery, signal: AbortSignal): Promise<void> {
    const result = await this.#client.listReceipts({ agencyCode, ...wireQuery(query) }, { signal });
    this.#query = query;
    this.patch({ agencyCode, agency: result.agency, list: pagedList(result, query, receiptRow) });
  }
}

export function createReceiptsQueryFlow(options: ReceiptsOptions): ReceiptsQueryFlow {
  return new ReceiptsQueryFlow(options);
}

// ── 查詢機關憑證OID ─────────────────────────────────────────────────────────────────────────────────

export type OrgOidStep = 'org-card' | 'result' | 'cancelled';

/** 機關憑證OID查詢結果畫面: 機關名稱, 機關憑證OID. */
export interface OrgOidResult {
  agencyCode: string;
  agencyName: string;
  /** O= of the certificate. */
  organizationName: string;
  orgId: string;
  ca: CaKind;
  caName: LocalizedText;
  /** Whether the card's OID is the one the bank has on file for the agency. */
  matchesAgencyOnFile: boolean;
}

/** A query read with the org card alone: 機關憑證確認畫面, then the result; the session ends with it. */
function orgCardQuery(flow: string, options: CardFlowOptions) {
  return {
    flow,
    initial: 'org-card' as const,
    data: { pinEntry: options.tokens.pinEntry },
    actions: { 'org-card': ['signInOrg', 'selectReader', 'refreshCard'], result: [], cancelled: [] },
    terminal: ['result' as const],
    cardSteps: { 'org-card': { kind: 'org' as const, prompt: CARD_PROMPTS.org } },
    firstCardStep: 'org-card' as const,
  };
}

export interface OrgOidData extends CardStepData {
  result?: OrgOidResult;
}

export type OrgOidState = FlowState<OrgOidStep, OrgOidData>;

export class OrgOidQueryFlow extends CardFlow<OrgOidStep, OrgOidData> {
  constructor(options: CardFlowOptions) {
    super(options, orgCardQuery('query-org-oid', options));
  }

  /** 確認 on 機關憑證確認畫面: shows the card's 機關名稱 and OID; the session ends with it. */
  signInOrg(input: OrgSignInInput): Promise<OrgOidState> {
    return this.act('signInOrg', async (signal) => {
      await this.cards.signInOrg('query-org-oid', input, signal);
      const found = await this.cards.client.orgOid(this.cards.session(signal));
      await this.cards.endSession();
      this.goto('result', { result: { ...found, caName: { ...CARD_AUTHORITY_NAMES[found.ca] } } });
    });
  }
}

export function createOrgOidQueryFlow(options: CardFlowOptions): OrgOidQueryFlow {
  return new OrgOidQueryFlow(options);
}

// ── 申請及審核情形 (收件紀錄) ─────────────────────────────────────────────────────────────────────────

export type ApplicationsStep = 'org-card' | 'result' | 'cancelled';

/** An OID-mismatch application with its state, as 收件紀錄 lists it. */
export type ApplicationRow = ResultOf<'applications'>['items'][number];

export interface ApplicationsData extends CardStepData {
  agency?: { code: string; name: string };
  /** Newest first; empty when this card's organization has filed none for the agency. */
  applications?: ApplicationRow[];
}

export type ApplicationsState = FlowState<ApplicationsStep, ApplicationsData>;

/**
 * 申請及審核情形, a part of 收件紀錄: the organization card (機關憑證確認畫面, purpose
 * `query-org-oid`) → the agency's applications filed with that card's organization, each 審核中 /
 * 核准 / 未核准 with when it may register again or the reviewer's reason. The session ends with it.
 */
export class ApplicationsQueryFlow extends CardFlow<ApplicationsStep, ApplicationsData> {
  constructor(options: CardFlowOptions) {
    super(options, orgCardQuery('query-applications', options));
  }

  /** 確認 on 機關憑證確認畫面: reads the applications; the session ends with it. */
  signInOrg(input: OrgSignInInput): Promise<ApplicationsState> {
    return this.act('signInOrg', async (signal) => {
      await this.cards.signInOrg('query-org-oid', input, signal);
      const found = await this.cards.client.queries.applications(this.cards.session(signal));
      await this.cards.endSession();
      this.goto('result', { agency: found.agency, applications: found.items });
    });
  }
}

export function createApplicationsQueryFlow(options: CardFlowOptions): ApplicationsQueryFlow {
  return new ApplicationsQueryFlow(options);
}

// ── 查詢自然人憑證序號 ───────────────────────────────────────────────────────────────────────────

export type CitizenSerialStep = 'citizen-card' | 'result' | 'cancelled';

export interface CitizenSerialData extends CardStepData {
  /** 查詢自然人憑證結果畫面: 姓名, 自然人憑證序號. */
  result?: { name: string; serial: string };
}

export type CitizenSerialState = FlowState<CitizenSerialStep, CitizenSerialData>;

export class CitizenSerialQueryFlow extends CardFlow<CitizenSerialStep, CitizenSerialData> {
  constructor(options: CardFlowOptions) {
    super(options, {
      flow: 'query-citizen-serial',
      initial: 'citizen-card',
      data: { pinEntry: options.tokens.pinEntry },
      actions: {
        'citizen-card': ['signInCitizen', 'selectReader', 'refreshCard'],
        result: [],
        cancelled: [],
      },
      terminal: ['result'],
      cardSteps: { 'citizen-card': { kind: 'citizen', prompt: CARD_PROMPTS.citizen } },
      firstCardStep: 'citizen-card',
    });
  }

  /** 確認 on 自然人憑證確認畫面: 身分證統一編號 and, with page PIN entry, the PIN. */
  signInCitizen(input: CitizenSignInInput): Promise<CitizenSerialState> {
    return this.act('signInCitizen', async (signal) => {
      await this.cards.signInCitizen(input, signal, { purpose: 'query-citizen-serial' });
      const found = await this.cards.client.citizenSerial(this.cards.session(signal));
      await this.cards.endSession();
      this.goto('result', { result: { name: found.name, serial: found.serial } });
    });
  }
}

export function createCitizenSerialQueryFlow(options: CardFlowOptions): CitizenSerialQueryFlow {
  return new CitizenSerialQueryFlow(options);
}

// ── 查詢已授權清單 ───────────────────────────────────────────────────────────────────────────────

export type AuthorizedStep = 'org-card' | 'citizen-card' | 'list' | 'finished' | 'cancelled';

type AuthorizedItem = ResultOf<'authorizedList'>['items'][number];

/** A read-only row: 序號 · 姓名 · 身分證統一編號 (masked) · 憑證序號 · 權限. */
export interface AuthorizedRow {
  seq: number;
  id: number;
  name: string;
  nationalIdMasked: string;
  serial: string;
  permissions: string[];
  permissionLabels: string[];
  /** 憑證狀態 of the card on file, as the API knows it. */
  card: CardHealth;
  /** Functions new to the catalog since the handler last changed, which it lacks. */
  newPermissions: string[];
  /** Their names. */
  newPermissionLabels: string[];
}

export interface AuthorizedData extends CardStepData {
  agencyCode?: string;
  user?: { agencyCode: string; agencyName: string; managerName: string };
  /** The agency's org card and the manager's card: their state, for the expiry notice. */
  registeredCards?: { org: CardHealth; manager: CardHealth };
  list?: PagedList<AuthorizedRow>;
}

export type AuthorizedState = FlowState<AuthorizedStep, AuthorizedData>;

/** The exported list: text for saving or printing, a Blob for a download link. */
export interface CsvExport {
  filename: string;
  /** As the server sent it, byte-order mark included (Excel needs it to read the Chinese as UTF-8). */
  text: string;
  blob: Blob;
}

function authorizedRow(item: AuthorizedItem, seq: number): AuthorizedRow {
  return {
    seq,
    id: item.id,
    name: item.name,
    nationalIdMasked: item.nationalIdMasked,
    serial: item.serial,
    permissions: [...item.permissions],
    permissionLabels: [...item.permissionLabels],
    card: { ...item.card },
    newPermissions: [...item.newPermissions],
    newPermissionLabels: [...item.newPermissionLabels],
  };
}

export class AuthorizedListQueryFlow extends CardFlow<AuthorizedStep, AuthorizedData> {
  #query: ListQuery = FIRST_PAGE;

  constructor(options: CardFlowOptions) {
    super(options, {
      flow: 'query-authorized',
      initial: 'org-card',
      data: { pinEntry: options.tokens.pinEntry },
      actions: {
        'org-card': ['signInOrg', 'selectReader', 'refreshCard'],
        'citizen-card': ['signInCitizen', 'selectReader', 'refreshCard', 'extendSession'],
        list: [
          'loadPage',
          'setPageSize',
          'search',
          'refresh',
          'exportCsv',
          'printRows',
          'finish',
          'extendSession',
        ],
        finished: [],
        cancelled: [],
      },
      terminal: ['finished'],
      ...ORG_THEN_MANAGER,
    });
  }

  signInOrg(input: OrgSignInInput): Promise<AuthorizedState> {
    return this.act('signInOrg', async (signal) => {
      const { session } = await this.cards.signInOrg('query-authorized', input, signal);
      this.goto('citizen-card', { agencyCode: session.agency?.code });
    });
  }

  signInCitizen(input: CitizenSignInInput): Promise<AuthorizedState> {
    return this.act('signInCitizen', async (signal) => {
      await this.cards.signInCitizen(input, signal, { manager: true });
      await this.#load(FIRST_PAGE, signal);
      this.goto('list');
    });
  }

  loadPage(page: number): Promise<AuthorizedState> {
    return this.act('loadPage', (signal) => this.#load({ ...this.#query, page }, signal));
  }

  setPageSize(pageSize: number): Promise<AuthorizedState> {
    return this.act('setPageSize', (signal) =>
      this.#load({ ...this.#query, page: 1, pageSize: checkPageSize(pageSize) }, signal),
    );
  }

  search(q: string): Promise<AuthorizedState> {
    return this.act('search', (signal) => this.#load({ ...this.#query, page: 1, q }, signal));
  }

  refresh(): Promise<AuthorizedState> {
    return this.act('refresh', (signal) => this.#load(this.#query, signal));
  }

  /**
   * The whole list (the current search applied) as CSV, IDs masked. Resolves with the export, or
   * undefined when it failed (the error is in `state.error`).
   */
  exportCsv(): Promise<CsvExport | undefined> {
    return this.perform('exportCsv', async (signal) => {
      const q = this.#query.q.trim();
      const csv = await this.cards.client.authorizedCsv(q === '' ? {} : { q }, this.cards.session(signal));
      return {
        filename: `authorized-${this.data.agencyCode ?? 'agency'}.csv`,
        text: csv,
        blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      };
    });
  }

  /**
   * 列印: every row of the list (the current search applied), page after page of 100, for a
   * printout of the whole list; the page on screen stays. Undefined when it failed (`state.error`).
   */
  printRows(): Promise<AuthorizedRow[] | undefined> {
    return this.perform('printRows', async (signal) => {
      const rows: AuthorizedRow[] = [];
      for (let page = 1; ; page += 1) {
        const query: ListQuery = { ...this.#query, page, pageSize: 100 };
        const result = await this.cards.client.authorizedList(wireQuery(query), this.cards.session(signal));
        rows.push(...pagedList(result, query, authorizedRow).items);
        if (result.items.length === 0 || rows.length >= result.total) return rows;
      }
    });
  }

  /** Leaves the list: ends the card session. */
  finish(): Promise<AuthorizedState> {
    return this.act('finish', async () => {
      await this.cards.endSession();
      this.goto('finished');
    });
  }

  async #load(query: ListQuery, signal: AbortSignal): Promise<void> {
    const result = await this.cards.client.authorizedList(wireQuery(query), this.cards.session(signal));
    this.#query = query;
    this.patch({
      user: {
        agencyCode: result.agency.code,
        agencyName: result.agency.name,
        managerName: result.managerName,
      },
      registeredCards: {
        org: { ...result.registeredCards.org },
        manager: { ...result.registeredCards.manager },
      },
      list: pagedList(result, query, authorizedRow),
    });
    // The session's expiry as the server now has it (the list call may have extended it).
    await this.cards.readSession(signal);
  }
}

export function createAuthorizedListQueryFlow(options: CardFlowOptions): AuthorizedListQueryFlow {
  return new AuthorizedListQueryFlow(options);
}
