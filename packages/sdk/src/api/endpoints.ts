// The registration API's route table: method, path, authorization, schemas and the problems each
// endpoint may answer with. The server mounts its handlers by these ids and validates with these
// schemas; the OpenAPI document and the docs page are generated from it; the SDK client can build
// its calls from it. One table, so the three can never disagree.
import * as z from 'zod/mini';
import type { LocalizedText } from '../errors.js';
import type { SessionPurpose } from './messages.js';
import type { ProblemCode } from './problems.js';
import * as s from './schemas.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

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
  response: { status: number; schema?: z.ZodMiniType; contentType?: string };
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
const ADMIN: readonly ProblemCode[] = ['ADMIN_UNAUTHORIZED', 'ADMIN_DISABLED'];
const HANDLER_FIELDS: readonly ProblemCode[] = [
  'SERIAL_INVALID',
  'NAME_INVALID',
  'NATIONAL_ID_INVALID',
  'PERMISSION_REQUIRED',
  'PERMISSION_UNKNOWN',
  'HANDLER_DUPLICATE_NATIONAL_ID',
  'HANDLER_DUPLICATE_SERIAL',
];
const MANAGER: readonly ProblemCode[] = [...SESSION, 'NOT_REGISTERED_MANAGER', 'ORG_CARD_NOT_REGISTERED'];
const CONTACT_FIELDS: readonly ProblemCode[] = [
  'NAME_INVALID',
  'EMAIL_INVALID',
  'PHONE_INVALID',
  'EXTENSION_INVALID',
];

const idParams = <S extends z.ZodMiniType>(schema: S) => ({
  params: z.extend(s.emptyBodySchema, { id: schema }),
});

export const endpoints = {
  health: {
    method: 'GET',
    path: '/api/v1/health',
    auth: 'none',
    tag: 'meta',
    summary: t('服務狀態', 'Service health'),
    response: { status: 200, schema: s.healthSchema },
    problems: [],
  },
  permissions: {
    method: 'GET',
    path: '/api/v1/permissions',
    auth: 'none',
    tag: 'catalog',
    summary: t('功能選單權限目錄', 'Permission catalog'),
    response: { status: 200, schema: s.permissionCatalogSchema },
    problems: [],
  },
  contacts: {
    method: 'GET',
    path: '/api/v1/contacts',
    auth: 'none',
    tag: 'catalog',
    summary: t('憑證管理中心及本部聯絡資訊', 'Contacts of the CAs and the bank'),
    response: { status: 200, schema: s.contactsSchema },
    problems: [],
  },
  terms: {
    method: 'GET',
    path: '/api/v1/terms',
    auth: 'none',
    tag: 'catalog',
    summary: t('用戶約定條款(含網頁下載時間)', 'Terms of use, with the page download time'),
    response: { status: 200, schema: s.termsSchema },
    problems: [],
  },
  createChallenge: {
    method: 'POST',
    path: '/api/v1/challenges',
    auth: 'none',
    tag: 'sign-in',
    summary: t('取得憑證登入挑戰碼', 'Get a sign-in challenge'),
    body: s.challengeRequestSchema,
    bodyOptional: true,
    response: { status: 201, schema: s.challengeResponseSchema },
    problems: [...BODY, 'RATE_LIMITED', 'ORIGIN_NOT_ALLOWED'],
  },
  orgSignIn: {
    method: 'POST',
    path: '/api/v1/sign-ins/org',
    auth: 'none',
    tag: 'sign-in',
    summary: t('機關憑證確認(開啟作業階段)', 'Sign in with the organization card (opens a session)'),
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
    method: 'POST',
    path: '/api/v1/sign-ins/citizen',
    auth: 'optional-session',
    tag: 'sign-in',
    summary: t('自然人憑證確認', 'Sign in with the citizen card'),
    body: s.citizenSignInRequestSchema,
    response: { status: 200, schema: s.sessionSchema },
    problems: [
      ...SIGN_IN,
      ...SESSION,
      'NATIONAL_ID_INVALID',
      'NATIONAL_ID_MISMATCH',
      'NOT_REGISTERED_MANAGER',
      'SESSION_STEP_DONE',
      'REVIEW_REQUIRED',
      'CARD_UNCHANGED',
    ],
  },
  getSession: {
    method: 'GET',
    path: '/api/v1/session',
    auth: 'session',
    tag: 'sign-in',
    summary: t('目前作業階段', 'The current card session'),
    response: { status: 200, schema: s.sessionSchema },
    problems: SESSION,
  },
  endSession: {
    method: 'DELETE',
    path: '/api/v1/session',
    auth: 'session',
    tag: 'sign-in',
    summary: t('結束作業階段(退出)', 'End the card session'),
    response: { status: 204 },
    problems: SESSION,
  },
  submitReview: {
    method: 'POST',
    path: '/api/v1/reviews',
    auth: 'session',
    purposes: ['first-registration'],
    tag: 'registration',
    summary: t('機關憑證註冊申請人確認(送審)', 'Apply for review after an OID mismatch'),
    body: s.reviewApplicationSchema,
    response: { status: 201, schema: s.reviewSubmittedSchema },
    problems: [...BODY, ...SESSION, 'NAME_INVALID', 'PHONE_INVALID', 'REVIEW_PENDING', 'ALREADY_REGISTERED'],
  },
  register: {
    method: 'POST',
    path: '/api/v1/registrations',
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
    method: 'POST',
    path: '/api/v1/swaps/org',
    auth: 'session',
    purposes: ['swap-org'],
    tag: 'registration',
    summary: t('更換機關憑證', 'Replace the organization card'),
    body: s.contactInputSchema,
    response: { status: 200, schema: s.swapResultSchema },
    problems: [...BODY, ...MANAGER, ...CONTACT_FIELDS, 'CARD_UNCHANGED', 'AGENCY_MISMATCH'],
  },
  swapManager: {
    method: 'POST',
    path: '/api/v1/swaps/manager',
    auth: 'session',
    purposes: ['swap-manager'],
    tag: 'registration',
    summary: t('更換授權管理者自然人憑證', "Replace the manager's citizen card"),
    body: s.contactInputSchema,
    response: { status: 200, schema: s.swapResultSchema },
    problems: [...BODY, ...MANAGER, ...CONTACT_FIELDS, 'CARD_UNCHANGED'],
  },
  swapBoth: {
    method: 'POST',
    path: '/api/v1/swaps/both',
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
    method: 'GET',
    path: '/api/v1/handlers',
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t('授權經辦人清單', 'List handlers'),
    query: s.listQuery,
    response: { status: 200, schema: s.handlerListSchema },
    problems: [...MANAGER, 'FIELD_INVALID', 'FIELD_UNKNOWN', 'PAGE_SIZE_INVALID'],
  },
  createHandler: {
    method: 'POST',
    path: '/api/v1/handlers',
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t('新增授權經辦人', 'Add a handler'),
    body: s.handlerInputSchema,
    response: { status: 201, schema: s.handlerSavedSchema },
    problems: [...BODY, ...MANAGER, ...HANDLER_FIELDS],
  },
  getHandler: {
    method: 'GET',
    path: '/api/v1/handlers/{id}',
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t(
      '讀取一位經辦人(修改用,含完整身分證統一編號)',
      'Read one handler for editing (full national ID)',
    ),
    ...idParams(s.handlerIdParam),
    response: { status: 200, schema: s.handlerDetailSchema },
    problems: [...MANAGER, 'HANDLER_NOT_FOUND'],
  },
  updateHandler: {
    method: 'PUT',
    path: '/api/v1/handlers/{id}',
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t('修改授權經辦人(含新憑證序號)', 'Change a handler (including a new serial number)'),
    ...idParams(s.handlerIdParam),
    body: s.handlerUpdateSchema,
    response: { status: 200, schema: s.handlerSavedSchema },
    problems: [...BODY, ...MANAGER, ...HANDLER_FIELDS, 'HANDLER_NOT_FOUND', 'HANDLER_VERSION_CONFLICT'],
  },
  deleteHandler: {
    method: 'DELETE',
    path: '/api/v1/handlers/{id}',
    auth: 'session',
    purposes: ['assignment'],
    tag: 'handlers',
    summary: t('刪除授權經辦人', 'Delete a handler'),
    ...idParams(s.handlerIdParam),
    response: { status: 200, schema: s.handlerDeletedSchema },
    problems: [...MANAGER, 'HANDLER_NOT_FOUND'],
  },
  listReceipts: {
    method: 'GET',
    path: '/api/v1/receipts',
    auth: 'none',
    tag: 'queries',
    summary: t('查詢憑證註冊收件紀錄', 'Receipt records of an agency'),
    query: s.receiptQuerySchema,
    response: { status: 200, schema: s.receiptListSchema },
    problems: [
      'AGENCY_CODE_INVALID',
      'AGENCY_UNKNOWN',
      'FIELD_REQUIRED',
      'FIELD_INVALID',
      'PAGE_SIZE_INVALID',
    ],
  },
  orgOid: {
    method: 'GET',
    path: '/api/v1/queries/org-oid',
    auth: 'session',
    purposes: ['query-org-oid'],
    tag: 'queries',
    summary: t('查詢機關憑證OID', 'The OID of the signed-in organization card'),
    response: { status: 200, schema: s.orgOidResultSchema },
    problems: SESSION,
  },
  citizenSerial: {
    method: 'GET',
    path: '/api/v1/queries/citizen-serial',
    auth: 'session',
    purposes: ['query-citizen-serial'],
    tag: 'queries',
    summary: t('查詢自然人憑證序號', 'The serial number of the signed-in citizen card'),
    response: { status: 200, schema: s.citizenSerialResultSchema },
    problems: SESSION,
  },
  authorizedList: {
    method: 'GET',
    path: '/api/v1/authorized',
    auth: 'session',
    purposes: ['query-authorized'],
    tag: 'queries',
    summary: t('查詢已授權清單', 'Authorized handlers with their permissions (read-only)'),
    query: s.listQuery,
    response: { status: 200, schema: s.authorizedListSchema },
    problems: [...MANAGER, 'FIELD_INVALID', 'PAGE_SIZE_INVALID'],
  },
  authorizedCsv: {
    method: 'GET',
    path: '/api/v1/authorized.csv',
    auth: 'session',
    purposes: ['query-authorized'],
    tag: 'queries',
    summary: t('匯出已授權清單(CSV)', 'Export the authorized handlers as CSV'),
    query: z.extend(s.emptyBodySchema, { q: z.optional(s.searchField) }),
    response: { status: 200, contentType: 'text/csv; charset=utf-8' },
    problems: [...MANAGER, 'FIELD_INVALID'],
  },
  adminListReviews: {
    method: 'GET',
    path: '/api/v1/admin/reviews',
    auth: 'admin',
    tag: 'admin',
    summary: t('審核案件清單', 'List reviews'),
    query: s.reviewListQuerySchema,
    response: { status: 200, schema: s.reviewListSchema },
    problems: [...ADMIN, 'FIELD_INVALID', 'PAGE_SIZE_INVALID'],
  },
  adminApproveReview: {
    method: 'POST',
    path: '/api/v1/admin/reviews/{id}/approve',
    auth: 'admin',
    tag: 'admin',
    summary: t('核准(次一營業日起可註冊)', 'Approve (registration opens on the next business day)'),
    ...idParams(s.reviewIdParam),
    body: s.emptyBodySchema,
    bodyOptional: true,
    response: { status: 200, schema: s.reviewDecidedSchema },
    problems: [...ADMIN, ...BODY, 'REVIEW_NOT_FOUND', 'REVIEW_ALREADY_DECIDED'],
  },
  adminRejectReview: {
    method: 'POST',
    path: '/api/v1/admin/reviews/{id}/reject',
    auth: 'admin',
    tag: 'admin',
    summary: t('駁回(本部將與機關聯絡)', 'Reject (the bank contacts the agency)'),
    ...idParams(s.reviewIdParam),
    body: s.reviewRejectSchema,
    bodyOptional: true,
    response: { status: 200, schema: s.reviewDecidedSchema },
    problems: [...ADMIN, ...BODY, 'REVIEW_NOT_FOUND', 'REVIEW_ALREADY_DECIDED'],
  },
  adminAudit: {
    method: 'GET',
    path: '/api/v1/admin/audit',
    auth: 'admin',
    tag: 'admin',
    summary: t('稽核紀錄', 'Audit log'),
    query: s.auditQuerySchema,
    response: { status: 200, schema: s.auditListSchema },
    problems: [...ADMIN, 'FIELD_INVALID', 'AGENCY_CODE_INVALID', 'PAGE_SIZE_INVALID'],
  },
} as const satisfies Record<string, EndpointDefinition>;

export type EndpointId = keyof typeof endpoints;
