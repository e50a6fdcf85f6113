// The registration API's route table: method, path, authorization, schemas and the problems each
// endpoint may answer with. The server mounts its handlers by these ids and validates with these
// schemas; the OpenAPI document and the docs page are generated from it; the SDK client builds its
// calls from its light half (routes.ts, no zod) and checks answers with its response schemas, loaded
// when the first request goes out. One table, so the three can never disagree.
import * as z from 'zod/mini';
import type { LocalizedText } from '../errors.js';
import type { SessionPurpose } from './messages.js';
import type { ProblemCode } from './problems.js';
import { routes } from './routes.js';
import type { HttpMethod, RouteId } from './routes.js';
import * as s from './schemas.js';

/**
 * - `none`: public.
 * - `session`: `Authorization: Bearer <card session token>`, opened for one of `purposes`.
 * - `optional-session`: a session continues if given, else the body opens one.
 * - `admin`: `Authorization: Bearer <reviewer token>` (GEPI_ADMIN_TOKEN).
 * - `demo`: only on a server started with the demo seed.
 */
export type EndpointAuth = 'none' | 'session' | 'optional-session' | 'admin' | 'demo';

export interface EndpointDefinition {
  method: HttpMethod;
  /** OpenAPI-style path, parameters in braces. */
  path: string;
  auth: EndpointAuth;
  /** Session purposes allowed to call (auth `session`). */
  purposes?: readonly SessionPurpose[];
  tag: 'meta' | 'catalog' | 'sign-in' | 'registration' | 'handlers' | 'queries' | 'admin' | 'demo';
  summary: LocalizedText;
  params?: z.ZodMiniObject;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  /** The body may be left out entirely (it then counts as `{}`). */
  bodyOptional?: boolean;
  /**
   * A success's status, schema or content type; `also`: other success statuses with the same body
   * and what each means (the OpenAPI document lists them, the HTTP tests refuse any other).
   */
  response: {
    status: number;
    schema?: z.ZodMiniType;
    contentType?: string;
    also?: Readonly<Record<number, string>>;
  };
  problems: readonly ProblemCode[];
}

const t = (zh: string, en: string): LocalizedText => ({ 'zh-TW': zh, en });

const BODY: readonly ProblemCode[] = [
  'JSON_MALFORMED',
  'BODY_TOO_LARGE',
  'BODY_TOO_DEEP',
  'UNSUPPORTED_MEDIA_TYPE',
  'FIELD_REQUIRED',
  'FIELD_INVALID',
  'FIELD_UNKNOWN',
];
const SESSION: readonly ProblemCode[] = [
  'SESSION_REQUIRED',
  'SESSION_INVALID',
  'SESSION_EXPIRED',
  'SESSION_PURPOSE_MISMATCH',
  'SESSION_INCOMPLETE',
];
const SIGN_IN: readonly ProblemCode[] = [
  ...BODY,
  'RATE_LIMITED',
  'ORIGIN_NOT_ALLOWED',
  'ORIGIN_MISMATCH',
  'NONCE_UNKNOWN',
  'NONCE_EXPIRED',
  'NONCE_REUSED',
  'CHALLENGE_MISMATCH',
  'CERT_MALFORMED',
  'CERT_UNKNOWN_CA',
  'CERT_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_KEY_USAGE',
  'CERT_POLICY',
  'CERT_WRONG_KIND',
  'CRL_UNAVAILABLE',
  'ALGORITHM_NOT_ALLOWED',
  'SIGNATURE_INVALID',
];
// Reviewer requests are rate-limited before the token is checked.
const ADMIN: readonly ProblemCode[] = ['RATE_LIMITED', 'ADMIN_UNAUTHORIZED', 'ADMIN_DISABLED'];
const HANDLER_FIELDS: readonly ProblemCode[] = [
  'SERIAL_INVALID',
  'NAME_INVALID',
  'NATIONAL_ID_INVALID',
  'PERMISSION_REQUIRED',
  'PERMISSION_UNKNOWN',
  'HANDLER_DUPLICATE_NATIONAL_ID',
  'HANDLER_DUPLICATE_SERIAL',
  'HANDLER_IS_MANAGER',
];
// A handler saved with the certificate 讀取憑證 read: verified like a sign-in's.
const CARD_READ: readonly ProblemCode[] = [
  'CERT_MALFORMED',
  'CERT_UNKNOWN_CA',
  'CERT_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_KEY_USAGE',
  'CERT_POLICY',
  'CERT_WRONG_KIND',
  'CRL_UNAVAILABLE',
  'CERT_SERIAL_MISMATCH',
];
const TEMPLATE_FIELDS: readonly ProblemCode[] = [
  'TEMPLATE_NAME_INVALID',
  'PERMISSION_REQUIRED',
  'PERMISSION_UNKNOWN',
  'TEMPLATE_DUPLICATE_NAME',
];
const MANAGER: readonly ProblemCode[] = [...SESSION, 'NOT_REGISTERED_MANAGER', 'ORG_CARD_NOT_REGISTERED'];
const CONTACT_FIELDS: readonly ProblemCode[] = [
  'NAME_INVALID',
  'EMAIL_INVALID',
  'PHONE_INVALID',
  'EXTENSION_INVALID',
];

/** Method and path, from the light route table the client sends by. */
const route = <K extends RouteId>(id: K) => ({ method: routes[id].method, path: routes[id].path });

const idParams = <S extends z.ZodMiniType>(schema: S) => ({
  params: z.extend(s.emptyBodySchema, { id: schema }),
});

export const endpoints = {
  health: {
    ...route('health'),
    auth: 'none',
    tag: 'meta',
    summary: t('服務狀態', 'Service health'),
    response: { status: 200, schema: s.healthSchema },
    problems: [],
  },
  permissions: {
    ...route('permissions'),
    auth: 'none',
    tag: 'catalog',
    summary: t('功能選單權限目錄', 'Permission catalog'),
    response: { status: 200, schema: s.permissionCatalogSchema },
    problems: [],
  },
  contacts: {
    ...route('contacts'),
    auth: 'none',
    tag: 'catalog',
    summary: t('憑證管理中心及本部聯絡資訊', 'Contacts of the CAs and the bank'),
    response: { status: 200, schema: s.contactsSchema },
    problems: [],
  },
  crls: {
    ...route('crls'),
    auth: 'none',
    tag: 'catalog',
    summary: t(
      '憑證廢止清冊（CRL）：本系統使用中之各憑證管理中心CRL',
      'Certificate revocation lists: the CRL of each CA in use',
    ),
    response: { status: 200, schema: s.crlsSchema },
    problems: [],
  },
  terms: {
    ...route('terms'),
    auth: 'none',
    tag: 'catalog',
    summary: t('用戶約定條款（含網頁下載時間）', 'Terms of use, with the page download time'),
    response: { status: 200, schema: s.termsSchema },
    problems: [],
  },
  createChallenge: {
    ...route('createChallenge'),
    auth: 'none',
    tag: 'sign-in',
    summary: t('取得憑證登入挑戰碼', 'Get a sign-in challenge'),
    body: s.challengeRequestSchema,
    response: { status: 201, schema: s.challengeResponseSchema },
    // ORIGIN_MISMATCH: a body origin that contradicts the Origin header.
    problems: [...BODY, 'RATE_LIMITED', 'ORIGIN_NOT_ALLOWED', 'ORIGIN_MISMATCH'],
  },
  checkOrgCard: {
    ...route('checkOrgCard'),
    auth: 'none',
    tag: 'sign-in',
    summary: t(
      '機關憑證預先檢查（輸入PIN碼前）：憑證有效，且為該機關作業所需之卡',
      'Check an organization card before its PIN is asked: valid, and the card this function of this agency takes',
    ),
    body: s.orgCardCheckRequestSchema,
    response: { status: 204 },
    problems: [
      ...BODY,
      'RATE_LIMITED',
      'CERT_MALFORMED',
      'CERT_UNKNOWN_CA',
      'CERT_EXPIRED',
      'CERT_NOT_YET_VALID',
      'CERT_REVOKED',
      'CERT_KEY_USAGE',
      'CERT_POLICY',
      'CERT_WRONG_KIND',
      'CRL_UNAVAILABLE',
      'AGENCY_CODE_INVALID',
      'AGENCY_UNKNOWN',
      'AGENCY_MISMATCH',
      'AGENCY_NOT_REGISTERED',
      'ALREADY_REGISTERED',
      'REVIEW_PENDING',
      'ORG_CARD_NOT_REGISTERED',
      'CARD_UNCHANGED',
    ],
  },
  orgSignIn: {
    ...route('orgSignIn'),
    auth: 'none',
    tag: 'sign-in',
    summary: t('機關憑證確認（開啟作業階段）', 'Sign in with the organization card (opens a session)'),
    body: s.orgSignInRequestSchema,
    response: { status: 201, schema: s.sessionSchema },
    problems: [
      ...SIGN_IN,
      'AGENCY_CODE_INVALID',
      'AGENCY_UNKNOWN',
      'AGENCY_MISMATCH',
      'AGENCY_NOT_REGISTERED',
      'ALREADY_REGISTERED',
      'REVIEW_PENDING',
      'ORG_CARD_NOT_REGISTERED',
      'CARD_UNCHANGED',
    ],
  },
  citizenSignIn: {
    ...route('citizenSignIn'),
    auth: 'optional-session',
    tag: 'sign-in',
    summary: t('自然人憑證確認', 'Sign in with the citizen card'),
    body: s.citizenSignInRequestSchema,
    response: {
      status: 200,
      schema: s.sessionSchema,
      also: {
        201: 'A session opened by the citizen card alone (purpose query-citizen-serial), with its token.',
      },
    },
    problems: [
      ...SIGN_IN,
      ...SESSION,
      'NATIONAL_ID_INVALID',
      'NATIONAL_ID_MISMATCH',
      'NOT_REGISTERED_MANAGER',
      'SESSION_STEP_DONE',
      'REVIEW_REQUIRED',
      'CARD_UNCHANGED',
      // A first registration whose agency another session registered meanwhile.
      'ALREADY_REGISTERED',
    ],
  },
  getSession: {
    ...route('getSession'),
    auth: 'session',
    tag: 'sign-in',
    summary: t('目前作業階段', 'The current card session'),
    response: { status: 200, schema: s.sessionSchema },
    problems: SESSION,
  },
  endSession: {
    ...route('endSession'),
    auth: 'session',
    tag: 'sign-in',
    summary: t('結束作業階段（退出）', 'End the card session'),
    response: { status: 204 },
    problems: SESSION,
  },
  extendSession: {
    ...route('extendSession'),
    auth: 'session',
    tag: 'sign-in',
    summary: t(
      '延長作業時間（至多到作業階段的最長時限）',
      "Extend the card session's idle time (never past its maximum lifetime)",
    ),
    response: { status: 200, schema: s.sessionSchema },
    problems: [...SESSION, 'SESSION_EXTENSION_LIMIT'],
  },
  submitReview: {
    ...route('submitReview'),
    auth: 'session',
    purposes: ['first-registration'],
    tag: 'registration',
    summary: t('機關憑證註冊申請人確認（送審）', 'Apply for review after an OID mismatch'),
    body: s.reviewApplicationSchema,
    response: { status: 201, schema: s.reviewSubmittedSchema },
    problems: [...BODY, ...SESSION, 'NAME_INVALID', 'PHONE_INVALID', 'REVIEW_PENDING', 'ALREADY_REGISTERED'],
  },
  register: {
    ...route('register'),
    auth: 'session',
    purposes: ['first-registration'],
    tag: 'registration',
    summary: t('首次註冊', 'First registration'),
    body: s.contactInputSchema,
    response: { status: 201, schema: s.registrationResultSchema },
    problems: [
      ...BODY,
      ...SESSION,
      ...CONTACT_FIELDS,
      'ALREADY_REGISTERED',
      'REVIEW_PENDING',
      'REVIEW_REQUIRED',
    ],
  },
  swapOrg: {
    ...route('swapOrg'),
    auth: 'session',
    purposes: ['swap-org'],
    tag: 'registration',
    summary: t('更換機關憑證', 'Replace the organization card'),
    body: s.contactInputSchema,
    response: { status: 200, schema: s.swapResultSchema },
    problems: [...BODY, ...MANAGER, ...CONTACT_FIELDS, 'CARD_UNCHANGED', 'AGENCY_MISMATCH'],
  },
  swapManager: {
    ...route('swapManager'),
    auth: 'session',
    purposes: ['swap-manager'],
    tag: 'registration',
    summary: t('更換授權管理者自然人憑證', "Replace the manager's citizen card"),
    body: s.contactInputSchema,
    response: { status: 200, schema: s.swapResultSchema },
    problems: [...BODY, ...MANAGER, ...CONTACT_FIELDS, 'CARD_UNCHANGED'],
  },
  swapBoth: {
    ...route('swapBoth'),
    auth: 'session',
    purposes: ['swap-both'],
    tag: 'registration',
    summary: t(
      '更換機關憑證和更換授權管理者自然人憑證',
      "Replace the organization card and the manager's citizen card",
    ),
    body: s.contactInputSchema,
    response: { status: 200, schema: s.swapResultSchema },
    problems: [...BODY, ...MANAGER, ...CONTACT_FIELDS, 'CARD_UNCHANGED', 'AGENCY_MISMATCH'],
  },
  listHandlers: {
    ...route('listHandlers'),
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t('授權經辦人清單', 'List handlers'),
    query: s.listQuery,
    response: { status: 200, schema: s.handlerListSchema },
    problems: ['RATE_LIMITED', ...MANAGER, 'FIELD_INVALID', 'FIELD_UNKNOWN', 'PAGE_SIZE_INVALID'],
  },
  createHandler: {
    ...route('createHandler'),
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t('新增授權經辦人', 'Add a handler'),
    body: s.handlerInputSchema,
    response: { status: 201, schema: s.handlerSavedSchema },
    problems: [...BODY, ...MANAGER, ...HANDLER_FIELDS, ...CARD_READ],
  },
  getHandler: {
    ...route('getHandler'),
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t(
      '讀取一位經辦人（修改用，含完整身分證統一編號）',
      'Read one handler for editing (full national ID)',
    ),
    ...idParams(s.handlerIdParam),
    response: { status: 200, schema: s.handlerDetailSchema },
    problems: [...MANAGER, 'HANDLER_NOT_FOUND'],
  },
  updateHandler: {
    ...route('updateHandler'),
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t('修改授權經辦人（含新憑證序號）', 'Change a handler (including a new serial number)'),
    ...idParams(s.handlerIdParam),
    body: s.handlerUpdateSchema,
    response: { status: 200, schema: s.handlerSavedSchema },
    problems: [
      ...BODY,
      ...MANAGER,
      ...HANDLER_FIELDS,
      ...CARD_READ,
      'HANDLER_NOT_FOUND',
      'HANDLER_VERSION_CONFLICT',
    ],
  },
  deleteHandler: {
    ...route('deleteHandler'),
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t('刪除授權經辦人', 'Delete a handler'),
    ...idParams(s.handlerIdParam),
    response: { status: 200, schema: s.handlerDeletedSchema },
    problems: [...MANAGER, 'HANDLER_NOT_FOUND'],
  },
  listTemplates: {
    ...route('listTemplates'),
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t('權限範本清單', "The agency's permission templates"),
    response: { status: 200, schema: s.templateListSchema },
    problems: MANAGER,
  },
  createTemplate: {
    ...route('createTemplate'),
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t('新增權限範本', 'Save a permission template'),
    body: s.templateInputSchema,
    response: { status: 201, schema: s.templateSavedSchema },
    problems: [...BODY, ...MANAGER, ...TEMPLATE_FIELDS],
  },
  updateTemplate: {
    ...route('updateTemplate'),
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t('修改權限範本', 'Change a permission template'),
    ...idParams(s.templateIdParam),
    body: s.templateUpdateSchema,
    response: { status: 200, schema: s.templateSavedSchema },
    problems: [...BODY, ...MANAGER, ...TEMPLATE_FIELDS, 'TEMPLATE_NOT_FOUND', 'TEMPLATE_VERSION_CONFLICT'],
  },
  deleteTemplate: {
    ...route('deleteTemplate'),
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t('刪除權限範本', 'Delete a permission template'),
    ...idParams(s.templateIdParam),
    response: { status: 200, schema: s.templateDeletedSchema },
    problems: [...MANAGER, 'TEMPLATE_NOT_FOUND'],
  },
  listReceipts: {
    ...route('listReceipts'),
    auth: 'none',
    tag: 'queries',
    summary: t('查詢憑證註冊收件紀錄', 'Receipt records of an agency'),
    query: s.receiptQuerySchema,
    response: { status: 200, schema: s.receiptListSchema },
    problems: [
      'RATE_LIMITED',
      'AGENCY_CODE_INVALID',
      'AGENCY_UNKNOWN',
      'FIELD_REQUIRED',
      'FIELD_INVALID',
      'PAGE_SIZE_INVALID',
    ],
  },
  orgOid: {
    ...route('orgOid'),
    auth: 'session',
    purposes: ['query-org-oid'],
    tag: 'queries',
    summary: t('查詢機關憑證OID', 'The OID of the signed-in organization card'),
    response: { status: 200, schema: s.orgOidResultSchema },
    problems: SESSION,
  },
  citizenSerial: {
    ...route('citizenSerial'),
    auth: 'session',
    purposes: ['query-citizen-serial'],
    tag: 'queries',
    summary: t('查詢自然人憑證序號', 'The serial number of the signed-in citizen card'),
    response: { status: 200, schema: s.citizenSerialResultSchema },
    problems: SESSION,
  },
  applications: {
    ...route('applications'),
    auth: 'session',
    purposes: ['query-org-oid'],
    tag: 'queries',
    summary: t(
      '查詢機關憑證註冊申請及審核情形',
      "The agency's review applications filed with this organization card, with their state",
    ),
    response: { status: 200, schema: s.applicationListSchema },
    problems: ['RATE_LIMITED', ...SESSION],
  },
  authorizedList: {
    ...route('authorizedList'),
    auth: 'session',
    purposes: ['query-authorized'],
    tag: 'queries',
    summary: t('查詢已授權清單', 'Authorized handlers with their permissions (read-only)'),
    query: s.listQuery,
    response: { status: 200, schema: s.authorizedListSchema },
    problems: ['RATE_LIMITED', ...MANAGER, 'FIELD_INVALID', 'PAGE_SIZE_INVALID'],
  },
  authorizedCsv: {
    ...route('authorizedCsv'),
    auth: 'session',
    purposes: ['query-authorized'],
    tag: 'queries',
    summary: t('匯出已授權清單（CSV）', 'Export the authorized handlers as CSV'),
    query: z.extend(s.emptyBodySchema, { q: z.optional(s.searchField) }),
    response: { status: 200, contentType: routes.authorizedCsv.contentType },
    problems: ['RATE_LIMITED', ...MANAGER, 'FIELD_INVALID'],
  },
  adminListReviews: {
    ...route('adminListReviews'),
    auth: 'admin',
    tag: 'admin',
    summary: t('審核案件清單', 'List reviews'),
    query: s.reviewListQuerySchema,
    response: { status: 200, schema: s.reviewListSchema },
    problems: [...ADMIN, 'FIELD_INVALID', 'PAGE_SIZE_INVALID'],
  },
  adminApproveReview: {
    ...route('adminApproveReview'),
    auth: 'admin',
    tag: 'admin',
    summary: t('核准（次一營業日起可註冊）', 'Approve (registration opens on the next business day)'),
    ...idParams(s.reviewIdParam),
    body: s.emptyBodySchema,
    bodyOptional: true,
    response: { status: 200, schema: s.reviewDecidedSchema },
    problems: [...ADMIN, ...BODY, 'REVIEW_NOT_FOUND', 'REVIEW_ALREADY_DECIDED'],
  },
  adminRejectReview: {
    ...route('adminRejectReview'),
    auth: 'admin',
    tag: 'admin',
    summary: t('駁回（本部將與機關聯絡）', 'Reject (the bank contacts the agency)'),
    ...idParams(s.reviewIdParam),
    body: s.reviewRejectSchema,
    bodyOptional: true,
    response: { status: 200, schema: s.reviewDecidedSchema },
    problems: [...ADMIN, ...BODY, 'REVIEW_NOT_FOUND', 'REVIEW_ALREADY_DECIDED'],
  },
  adminAudit: {
    ...route('adminAudit'),
    auth: 'admin',
    tag: 'admin',
    summary: t('稽核紀錄', 'Audit log'),
    query: s.auditQuerySchema,
    response: { status: 200, schema: s.auditListSchema },
    problems: [...ADMIN, 'FIELD_INVALID', 'AGENCY_CODE_INVALID', 'PAGE_SIZE_INVALID'],
  },
  adminLoadCrls: {
    ...route('adminLoadCrls'),
    auth: 'admin',
    tag: 'admin',
    summary: t(
      '載入憑證廢止清冊（推送，或重新讀取設定的檔案與網址）',
      'Load CRLs (pushed, or re-read from the configured files and URLs)',
    ),
    body: s.crlLoadRequestSchema,
    bodyOptional: true,
    response: { status: 200, schema: s.crlLoadResultSchema },
    problems: [...ADMIN, ...BODY],
  },
} as const satisfies Record<string, EndpointDefinition>;

export type EndpointId = keyof typeof endpoints;

// ── agreement with the light route table ─────────────────────────────────────────────────────────

type AssertNever<T extends never> = T;
type Endpoints = typeof endpoints;
type Routes = typeof routes;
type Answer<E> = E extends { response: { schema: unknown } }
  ? 'json'
  : E extends { response: { contentType: string } }
    ? 'text'
    : 'empty';
type HasBody<T> = T extends { body: unknown } ? true : false;
/**
 * A compile error naming any endpoint the two tables disagree on: one missing from either, or a body
 * or an answer the client would handle wrongly. (Method, path and content type come from routes.ts.)
 */
type _RoutesAgree = AssertNever<
  | Exclude<RouteId, EndpointId>
  | {
      [K in EndpointId]: [Answer<Endpoints[K]>, HasBody<Endpoints[K]>] extends [
        Routes[K]['response'],
        HasBody<Routes[K]>,
      ]
        ? never
        : K;
    }[EndpointId]
>;
