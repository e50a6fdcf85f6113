// 授權指派, headless: 機關憑證確認 → 授權管理者自然人憑證確認 → 授權經辦人清單 (使用者資訊, 顯示筆數,
// 搜尋, paging, masked IDs) ⇄ 新增 / 修改 (讀取憑證 fills SN and name from the handler's card without
// a PIN) / 刪除確認, each returning to the list with the manual's message (新增成功! …).
import { flowProblemError } from '../api/flow-problems.js';
import { DELETE_CONFIRM_TEXT } from '../api/flow-messages.js';
import type { CardHealth, Permission, PermissionTemplate } from '../api/schemas.js';
import type { ResultOf } from '../client/client.js';
import type { LocalizedText } from '../errors.js';
import { CardFlow, ORG_THEN_MANAGER } from './card-step.js';
import type {
  CardFlowOptions,
  CardStepData,
  CardView,
  CitizenSignInInput,
  OrgSignInInput,
} from './card-step.js';
import { EMPTY_HANDLER, checkHandler } from './forms.js';
import type { HandlerForm } from './forms.js';
import type { FlowState } from './machine.js';
import { FIRST_PAGE, checkPageSize, pagedList, wireQuery } from './shared.js';
import type { ListQuery, PagedList } from './shared.js';

export type AssignmentStep =
  | 'org-card'
  | 'citizen-card'
  /** 授權指派查詢結果畫面: 使用者資訊 and 【授權經辦人清單】. */
  | 'list'
  /** 資料輸入區【新增授權經辦人】. */
  | 'add'
  /** 資料輸入區【修改授權經辦人】. */
  | 'edit'
  /** 刪除確認: 您確定刪除這筆資料? */
  | 'confirm-delete'
  | 'finished'
  | 'cancelled';

type HandlerSummary = ResultOf<'listHandlers'>['items'][number];

/**
 * The receipt of a handler change (新增 / 修改 / 刪除授權經辦人): 收件編號 (`number`), what was done
 * (`itemLabel`), when (`receivedAtRoc`), and which handler (name and masked ID).
 */
export type HandlerReceipt = ResultOf<'createHandler'>['receipt'];

/** A row of 【授權經辦人清單】: 序號 · 姓名 · 身分證統一編號 (masked) · 操作區. */
export interface HandlerRow {
  /** 序號, counted across pages. */
  seq: number;
  id: number;
  name: string;
  nationalIdMasked: string;
  serial: string;
  permissions: string[];
  version: number;
  updatedAt: string;
  /** 憑證狀態 of the card on file, as the API knows it. */
  card: CardHealth;
  /** Functions new to the catalog since the handler last changed, which it lacks (never granted). */
  newPermissions: string[];
}

/** The agency's registered org card and the manager's card, for the manager's home page. */
export interface RegisteredCards {
  org: CardHealth;
  manager: CardHealth;
}

/** 使用者資訊. */
export interface AssignmentUser {
  agencyCode: string;
  agencyName: string;
  managerName: string;
}

export interface AssignmentData extends CardStepData {
  agencyCode?: string;
  user?: AssignmentUser;
  /** The manager signed in with the citizen card (its name, ID masked): the 收件回執's 辦理人. */
  manager?: { name: string; nationalIdMasked: string };
  list?: PagedList<HandlerRow>;
  /** The agency's org card and the manager's card: their state, for the expiry notice. */
  registeredCards?: RegisteredCards;
  /** 功能選單 permission tree, from the API. */
  permissions?: Permission[];
  /** 權限範本 of the agency, by name. */
  templates?: PermissionTemplate[];
  /** The add / edit form (the national ID in full: the manager is typing it). */
  form?: HandlerForm;
  /** The handler being edited. */
  editing?: { id: number; version: number };
  /** The card 讀取憑證 read last. */
  readCard?: CardView;
  /** The row the delete dialog asks about. */
  deleteTarget?: HandlerRow;
  /** 新增成功! / 修改成功! / 刪除成功! on the list; the question on confirm-delete. */
  message?: LocalizedText;
  /**
   * The receipt of the change `message` reports (新增成功! / 修改成功! / 刪除成功!); cleared with
   * that message, by the next list change, form or question.
   */
  receipt?: HandlerReceipt;
  /** Why the flow finished without 結束作業: the manager's card was taken out on the list. */
  endedBy?: 'card-removed';
}

export type AssignmentState = FlowState<AssignmentStep, AssignmentData>;

const LIST_ACTIONS = [
  'loadPage',
  'setPageSize',
  'search',
  'refresh',
  'startAdd',
  'startEdit',
  'renewCard',
  'askDelete',
  'finish',
  'cardRemoved',
  'extendSession',
];

const TEMPLATE_ACTIONS = ['applyTemplate', 'saveTemplate', 'deleteTemplate'] as const;

const ACTIONS = {
  'org-card': ['signInOrg', 'selectReader', 'refreshCard'],
  'citizen-card': ['signInCitizen', 'selectReader', 'refreshCard', 'extendSession'],
  list: LIST_ACTIONS,
  // selectReader here picks the reader 讀取憑證 reads (a desk with several cards in).
  add: ['setForm', 'readCard', 'selectReader', 'submit', 'back', 'extendSession', ...TEMPLATE_ACTIONS],
  edit: ['setForm', 'readCard', 'selectReader', 'submit', 'back', 'extendSession', ...TEMPLATE_ACTIONS],
  'confirm-delete': ['confirmDelete', 'closeDelete', 'cardRemoved', 'extendSession'],
  finished: [],
  cancelled: [],
} as const satisfies Record<AssignmentStep, readonly string[]>;

export interface AssignmentOptions extends CardFlowOptions {
  /**
   * Taking the manager's card out on the list (or 刪除確認) ends the session: step `finished`,
   * `endedBy: 'card-removed'`. Off by default: a program that swaps cards on the list itself
   * (one reader, 讀取憑證 next) keeps its session. `<gepi-authorization>` turns it on.
   */
  endOnManagerCardRemoved?: boolean;
}

function handlerRow(item: HandlerSummary, seq: number): HandlerRow {
  return {
    seq,
    id: item.id,
    name: item.name,
    nationalIdMasked: item.nationalIdMasked,
    serial: item.serial,
    permissions: [...item.permissions],
    version: item.version,
    updatedAt: item.updatedAt,
    card: { ...item.card },
    newPermissions: [...item.newPermissions],
  };
}

export class AssignmentFlow extends CardFlow<AssignmentStep, AssignmentData> {
  #query: ListQuery = FIRST_PAGE;
  /** The manager's own card serial: 讀取憑證 prefers any other citizen card. */
  #managerSerial: string | undefined;
  /** Where the manager's card was when it signed in: taking it out on the list ends the session. */
  #managerCard: { readerId: string; cardId: string } | undefined;
  /** The certificate 讀取憑證 read last: sent with the form while its serial is the one typed. */
  #readCertificate: { serial: string; certificate: string } | undefined;

  constructor(options: AssignmentOptions) {
    super(options, {
      flow: 'assignment',
      initial: 'org-card',
      data: { pinEntry: options.tokens.pinEntry },
      actions: ACTIONS,
      terminal: ['finished'],
      ...ORG_THEN_MANAGER,
    });
    this.onDispose(
      options.tokens.on('card-removed', ({ readerId, cardId }) => {
        const manager = this.#managerCard;
        const step = this.state.step;
        if (!options.endOnManagerCardRemoved) return;
        if (!manager || manager.readerId !== readerId || manager.cardId !== cardId) return;
        // On 新增 / 修改 the card comes out on purpose (讀取憑證 reads the handler's card).
        if ((step !== 'list' && step !== 'confirm-delete') || this.state.busy) return;
        void this.act('cardRemoved', async () => {
          await this.cards.endSession();
          this.goto('finished', {
            endedBy: 'card-removed',
            deleteTarget: undefined,
            message: undefined,
            receipt: undefined,
          });
        });
      }),
    );
  }

  /** 確認 on 機關憑證確認畫面. */
  signInOrg(input: OrgSignInInput): Promise<AssignmentState> {
    return this.act('signInOrg', async (signal) => {
      const { session } = await this.cards.signInOrg('assignment', input, signal);
      this.goto('citizen-card', { agencyCode: session.agency?.code });
    });
  }

  /** 確認 on 自然人憑證確認畫面: must be the agency's registered manager. Opens the list. */
  signInCitizen(input: CitizenSignInInput): Promise<AssignmentState> {
    return this.act('signInCitizen', async (signal) => {
      const { session, card } = await this.cards.signInCitizen(input, signal, { manager: true });
      this.#managerSerial = session.citizen?.serial;
      this.#managerCard = { readerId: card.readerId, cardId: card.cardId };
      const [catalog, templates] = await Promise.all([
        this.cards.client.permissions({ signal }),
        this.cards.client.listTemplates(this.cards.session(signal)),
        this.#load(FIRST_PAGE, signal),
      ]);
      const citizen = session.citizen;
      this.goto('list', {
        permissions: catalog.permissions,
        templates: templates.items,
        ...(citizen ? { manager: { name: citizen.name, nationalIdMasked: citizen.nationalIdMasked } } : {}),
      });
    });
  }

  loadPage(page: number): Promise<AssignmentState> {
    return this.act('loadPage', (signal) => this.#browse({ ...this.#query, page }, signal));
  }

  /** 顯示筆數: 10, 25, 50 or 100; back to page 1. */
  setPageSize(pageSize: number): Promise<AssignmentState> {
    return this.act('setPageSize', (signal) =>
      this.#browse({ ...this.#query, page: 1, pageSize: checkPageSize(pageSize) }, signal),
    );
  }

  /** 搜尋: part of a name, a full national ID, or the start of a serial; '' for all. */
  search(q: string): Promise<AssignmentState> {
    return this.act('search', (signal) => this.#browse({ ...this.#query, page: 1, q }, signal));
  }

  refresh(): Promise<AssignmentState> {
    return this.act('refresh', (signal) => this.#browse(this.#query, signal));
  }

  /** 新增. */
  startAdd(): AssignmentState {
    return this.actSync('startAdd', () =>
      this.goto('add', {
        form: { ...EMPTY_HANDLER, permissions: [] },
        editing: undefined,
        readCard: undefined,
        message: undefined,
        receipt: undefined,
      }),
    );
  }

  /** 修改: reads the handler (with the full national ID, for the form). */
  startEdit(id: number): Promise<AssignmentState> {
    return this.act('startEdit', async (signal) => {
      const handler = await this.cards.client.getHandler(id, this.cards.session(signal));
      await this.cards.readSession(signal);
      this.goto('edit', {
        form: {
          serial: handler.serial,
          name: handler.name,
          nationalId: handler.nationalId,
          permissions: [...handler.permissions],
        },
        editing: { id: handler.id, version: handler.version },
        readCard: undefined,
        message: undefined,
        receipt: undefined,
      });
    });
  }

  /** Keeps the flow's copy of the form (what submit() sends). */
  setForm(form: Partial<HandlerForm>): AssignmentState {
    return this.actSync('setForm', () => {
      const current = this.data.form ?? EMPTY_HANDLER;
      this.patch({
        form: { ...current, ...form, permissions: [...(form.permissions ?? current.permissions)] },
      });
    });
  }

  /**
   * 讀取憑證: fills 憑證序號(SN) and 姓名 from the handler's citizen card in a reader. No PIN: a
   * card's certificates are readable without login. Reads the reader chosen with `selectReader`
   * (allowed on the add and edit forms too), else the first citizen card that is not the manager's.
   */
  readCard(): Promise<AssignmentState> {
    return this.act('readCard', async () => {
      const read = await this.cards.readCitizenCard(this.#managerSerial);
      this.#readCertificate = read.certificate
        ? { serial: read.serial, certificate: read.certificate }
        : undefined;
      const current = this.data.form ?? EMPTY_HANDLER;
      this.patch({ form: { ...current, serial: read.serial, name: read.name }, readCard: read.card });
    });
  }

  /** 確認 on the add or edit form: checks locally, saves, back to the list with 新增成功! / 修改成功! */
  submit(form?: Partial<HandlerForm>): Promise<AssignmentState> {
    return this.act('submit', async (signal) => {
      const current = { ...(this.data.form ?? EMPTY_HANDLER), ...form };
      this.patch({ form: current });
      const checked = checkHandler(current, this.data.permissions, this.cards.clock());
      if (!checked.ok) return this.fail(checked.errors);
      const options = this.cards.session(signal);
      const editing = this.data.editing;
      // The card read goes with the form while the serial is still its own (not typed over).
      const read = this.#readCertificate;
      const body =
        read && sameSerial(read.serial, checked.value.serial)
          ? { ...checked.value, certificate: read.certificate }
          : checked.value;
      const saved =
        this.state.step === 'edit' && editing
          ? await this.cards.client.updateHandler(editing.id, { ...body, version: editing.version }, options)
          : await this.cards.client.createHandler(body, options);
      this.#readCertificate = undefined;
      await this.#load(this.#query, signal);
      this.goto('list', {
        form: undefined,
        editing: undefined,
        readCard: undefined,
        message: saved.message,
        receipt: saved.receipt,
      });
    });
  }

  /**
   * 讀取新卡更新序號: one click from a row whose card expired, expires soon or was revoked: opens
   * 修改 and reads the handler's new card at once (serial and name), ready to 確認. If the read
   * fails the edit form stays open with the error, as after 讀取憑證.
   */
  async renewCard(id: number): Promise<AssignmentState> {
    await this.startEdit(id);
    if (this.state.step === 'edit') await this.readCard();
    return this.state;
  }

  /** 套用權限範本: the form's functions become the template's (those still in the catalog). */
  applyTemplate(id: number): AssignmentState {
    return this.actSync('applyTemplate', () => {
      const template = this.data.templates?.find((t) => t.id === id);
      if (!template) throw flowProblemError('TEMPLATE_NOT_FOUND');
      const known = leafIds(this.data.permissions ?? []);
      const current = this.data.form ?? EMPTY_HANDLER;
      this.patch({ form: { ...current, permissions: template.permissions.filter((p) => known.has(p)) } });
    });
  }

  /**
   * 儲存為範本: saves functions under a name (a name in use answers TEMPLATE_DUPLICATE_NAME): the
   * ones given, else the form's.
   */
  saveTemplate(name: string, chosen?: readonly string[]): Promise<AssignmentState> {
    return this.act('saveTemplate', async (signal) => {
      const permissions = [...(chosen ?? this.data.form?.permissions ?? [])];
      const options = this.cards.session(signal);
      const saved = await this.cards.client.createTemplate({ name, permissions }, options);
      const templates = await this.cards.client.listTemplates(this.cards.session(signal));
      this.patch({ templates: templates.items, message: saved.message, receipt: undefined });
    });
  }

  /** Deletes one of the agency's templates. */
  deleteTemplate(id: number): Promise<AssignmentState> {
    return this.act('deleteTemplate', async (signal) => {
      const deleted = await this.cards.client.deleteTemplate(id, this.cards.session(signal));
      const templates = await this.cards.client.listTemplates(this.cards.session(signal));
      this.patch({ templates: templates.items, message: deleted.message, receipt: undefined });
    });
  }

  /** 取消 (add) / 上一頁 (edit): back to the list, nothing saved. */
  back(): AssignmentState {
    return this.actSync('back', () =>
      this.goto('list', {
        form: undefined,
        editing: undefined,
        readCard: undefined,
        message: undefined,
        receipt: undefined,
      }),
    );
  }

  /** 刪除: asks 您確定刪除這筆資料? about a row of the list. */
  askDelete(id: number): AssignmentState {
    return this.actSync('askDelete', () => {
      const row = this.data.list?.items.find((r) => r.id === id);
      if (!row) throw flowProblemError('HANDLER_NOT_FOUND');
      this.goto('confirm-delete', {
        deleteTarget: row,
        message: DELETE_CONFIRM_TEXT,
        receipt: undefined,
      });
    });
  }

  /** 確認 in 刪除確認: deletes, back to the list with 刪除成功! */
  confirmDelete(): Promise<AssignmentState> {
    return this.act('confirmDelete', async (signal) => {
      const target = this.data.deleteTarget;
      if (!target) throw flowProblemError('HANDLER_NOT_FOUND');
      const deleted = await this.cards.client.deleteHandler(target.id, this.cards.session(signal));
      await this.#load(this.#query, signal);
      this.goto('list', { deleteTarget: undefined, message: deleted.message, receipt: deleted.receipt });
    });
  }

  /** 關閉 in 刪除確認. */
  closeDelete(): AssignmentState {
    return this.actSync('closeDelete', () =>
      this.goto('list', { deleteTarget: undefined, message: undefined, receipt: undefined }),
    );
  }

  /** Leaves 授權指派: ends the card session. */
  finish(): Promise<AssignmentState> {
    return this.act('finish', async () => {
      await this.cards.endSession();
      this.goto('finished');
    });
  }

  /** A list change the person asked for: the last operation's message has been read. */
  async #browse(query: ListQuery, signal: AbortSignal): Promise<void> {
    await this.#load(query, signal);
    this.patch({ message: undefined, receipt: undefined });
  }

  async #load(query: ListQuery, signal: AbortSignal): Promise<void> {
    let result = await this.cards.client.listHandlers(wireQuery(query), this.cards.session(signal));
    // The last row of the last page was deleted: show the page before instead of an empty one.
    if (result.items.length === 0 && query.page > 1 && result.total > 0) {
      query = { ...query, page: Math.ceil(result.total / query.pageSize) };
      result = await this.cards.client.listHandlers(wireQuery(query), this.cards.session(signal));
    }
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
      list: pagedList(result, query, handlerRow),
    });
    // The session's expiry as the server now has it (each call may have extended it).
    await this.cards.readSession(signal);
  }
}

function sameSerial(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/[\s:]/g, '')
      .toUpperCase()
      .replace(/^0+(?=.)/, '');
  return norm(a) === norm(b);
}

function leafIds(nodes: readonly Permission[], out = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.children && node.children.length > 0) leafIds(node.children, out);
    else out.add(node.id);
  }
  return out;
}

/** An authorization-assignment flow (授權指派), starting at the org card. */
export function createAssignmentFlow(options: AssignmentOptions): AssignmentFlow {
  return new AssignmentFlow(options);
}
