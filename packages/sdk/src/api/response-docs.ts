// The OpenAPI document's names and words for the answers (response-schemas.ts): each named schema's
// component id and the descriptions of schemas and fields, registered in zod's global registry
// (which openapi.ts reads) on the schemas themselves. They live here rather than inline in
// response-schemas.ts because the SDK client loads that module with its first request to check
// answers, and a page has no use for the document's words (with zod's registry, 2.1 KB gzip of
// the first request's chunk). schemas.ts, which the server and the document load, calls
// describeResponses() when it is loaded (registering again changes nothing); a field described here
// is its own schema instance in response-schemas.ts (`.clone()` of a shared one), so its words
// are not given to every other use of the shared schema.
import * as z from 'zod/mini';
import * as s from './response-schemas.js';

function name(schema: z.ZodMiniType, id: string, description?: string): void {
  z.globalRegistry.add(schema, description === undefined ? { id } : { id, description });
}

function describe(schema: z.ZodMiniType, description: string): void {
  z.globalRegistry.add(schema, { description });
}

/** Registers the answers' component ids and descriptions (idempotent). */
export function describeResponses(): void {
  name(s.permissionSchema, 'Permission');
  name(s.permissionCatalogSchema, 'PermissionCatalog');
  name(s.contactsSchema, 'Contacts');
  name(s.crlsSchema, 'Crls');

  name(s.termsSchema, 'Terms');
  describe(s.termsSchema.shape.downloadedAtRoc, '網頁下載時間，e.g. 111年11月14日14點46分46秒');

  // ── challenges and sign-in ────────────────────────────────────────────────────────────────────
  name(s.challengeResponseSchema, 'Challenge');
  describe(s.challengeResponseSchema.shape.nonce, 'base64url of 32 random bytes; single use.');

  const orgPanel = s.orgCardPanelSchema.shape;
  name(s.orgCardPanelSchema, 'OrgCardPanel', '機關（組織）憑證資訊');
  describe(orgPanel.agencyName, '機關名稱 on file.');
  describe(orgPanel.organizationName, 'O= of the certificate.');
  describe(orgPanel.orgId, '機關(組織)OID of the certificate.');
  describe(orgPanel.caName, 'The issuing authority (發卡單位).');
  describe(orgPanel.cardType, '卡別: 正卡 or 附卡, from the certificate.');

  name(s.citizenCardPanelSchema, 'CitizenCardPanel', '授權管理者自然人憑證資訊');
  name(s.contactSchema, 'Contact');

  const session = s.sessionSchema.shape;
  name(s.sessionSchema, 'Session');
  describe(session.token, 'Bearer token; only in the response that opens the session.');
  describe(
    session.expiresAt,
    'When the session ends if it is not used (or extended) before: its idle timeout.',
  );
  describe(
    session.maxExpiresAt,
    'The latest the session can last, however it is used or extended (its maximum lifetime from the sign-in).',
  );
  describe(session.managerName, '授權管理者姓名 on file, when registered.');
  describe(session.contactOnFile, 'The manager contact on file (swaps prefill it).');

  // ── registration, review, swaps ───────────────────────────────────────────────────────────────
  name(s.receiptSchema, 'Receipt');
  describe(
    s.receiptSchema.shape.number,
    '收件編號: GEPI-<ROC date of receipt, yyyMMdd>-<receipt id, 6+ digits>, e.g. GEPI-1151207-000042; unique (the receipt row’s key), written with the change it records.',
  );
  describe(s.receiptSchema.shape.receivedAtRoc, '收件時間，e.g. 105年04月22日14點36分34秒');

  name(s.reviewSchema, 'Review');
  describe(s.reviewSchema.shape.effectiveFrom, 'Approved: first Taipei business day it counts.');
  name(s.reviewSubmittedSchema, 'ReviewSubmitted');
  name(s.registrationResultSchema, 'RegistrationResult');
  name(s.swapResultSchema, 'SwapResult');

  // ── handlers ──────────────────────────────────────────────────────────────────────────────────
  const health = s.cardHealthSchema.shape;
  name(
    s.cardHealthSchema,
    'CardHealth',
    "A registered card's state: `valid`; `expiring` within 60 days; `expired`; `revoked` (listed on its CA's CRL); `unknown` (the API never saw this serial's certificate).",
  );
  describe(health.notAfter, "The certificate's expiry, when the API has seen it; null for `unknown`.");
  describe(health.daysLeft, 'Whole days until notAfter (negative once expired); null for `unknown`.');
  describe(
    health.revocationChecked,
    'A current CRL of the issuing CA was consulted (false: no CRL, or a stale one).',
  );

  name(s.handlerSummarySchema, 'HandlerSummary');
  describe(
    s.handlerSummarySchema.shape.newPermissions,
    'Functions added to the catalog after this handler last changed that the handler does not have: never granted automatically.',
  );
  name(
    s.registeredCardsSchema,
    'RegisteredCards',
    "The agency's registered org card and manager's citizen card.",
  );
  name(s.handlerDetailSchema, 'HandlerDetail', 'One handler with the full national ID, for the edit form.');
  // One schema for every list's page information (the lists spread the same fields).
  describe(s.handlerListSchema.shape.from, '顯示第 from 至 to 項結果; 0 when empty.');
  name(s.handlerListSchema, 'HandlerList');

  name(s.handlerReceiptSchema, 'HandlerReceipt');
  describe(
    s.handlerReceiptSchema.shape.handler,
    'The handler the change was about; the national ID masked (A12****789).',
  );
  name(s.handlerSavedSchema, 'HandlerSaved');
  name(s.handlerDeletedSchema, 'HandlerDeleted');
  name(s.authorizedHandlerSchema, 'AuthorizedHandler');
  describe(s.authorizedHandlerSchema.shape.newPermissionLabels, 'The names of `newPermissions`.');
  name(s.authorizedListSchema, 'AuthorizedList');

  // ── permission templates ──────────────────────────────────────────────────────────────────────
  name(s.permissionTemplateSchema, 'PermissionTemplate', '權限範本: a named set of functions of the agency.');
  name(s.templateListSchema, 'PermissionTemplateList');
  name(s.templateSavedSchema, 'PermissionTemplateSaved');
  name(s.templateDeletedSchema, 'PermissionTemplateDeleted');

  // ── queries ───────────────────────────────────────────────────────────────────────────────────
  name(s.receiptListSchema, 'ReceiptList');
  name(s.orgOidResultSchema, 'OrgOidResult', '機關憑證OID查詢結果畫面');
  name(s.citizenSerialResultSchema, 'CitizenSerialResult', '查詢自然人憑證結果畫面');

  const application = s.applicationSchema.shape;
  name(s.applicationSchema, 'Application', '機關憑證註冊申請案件（OID不符送審）及其審核情形');
  describe(application.cardOrganizationName, 'O= of the organization card that applied.');
  describe(application.submittedAtRoc, '申請時間，e.g. 115年12月07日10點15分00秒');
  describe(application.statusLabel, '審核中 / 核准 / 未核准');
  describe(
    application.retryFrom,
    'Pending: the first Taipei business day after the application (the manual: 次一營業日再重新註冊). Approved: the first business day after the approval. Rejected: null.',
  );
  describe(application.retryFromText, '可於115年12月08日起重新註冊, or null when rejected.');
  describe(application.reason, "Rejected: the reviewer's reason, if one was given.");
  name(s.applicationListSchema, 'ApplicationList');

  // ── administration ────────────────────────────────────────────────────────────────────────────
  name(s.reviewListSchema, 'ReviewList');
  name(s.reviewDecidedSchema, 'ReviewDecided');
  name(s.auditEntrySchema, 'AuditEntry');
  name(s.auditListSchema, 'AuditList');
  name(s.healthSchema, 'Health');

  // ── revocation lists (reviewer) ───────────────────────────────────────────────────────────────
  const crlLoad = s.crlLoadResultSchema.shape;
  name(s.crlLoadResultSchema, 'CrlLoadResult');
  describe(
    crlLoad.results._zod.def.element.shape.reason,
    'Why a CRL was refused: signature, delta-crl, partitioned-crl, no-next-update, crl-number-not-newer, …',
  );
  describe(
    crlLoad.inUse,
    'The CRL now in use for each configured CA (nulls: none, so its cards fail closed).',
  );
}
