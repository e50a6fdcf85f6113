// The registration API contract's response half: the zod/mini schema of every answer the API
// gives (and the few shared pieces and constants they are built from). The SDK client loads this
// module, and only this one of the contract, with its first request (responses.ts maps each
// endpoint to its schema) to check 2xx answers; the request schemas (schemas.ts), with the domain
// validators, the field rules and the problem document, are the server's and the OpenAPI
// document's. schemas.ts re-exports everything here, so `@gepi/sdk/api` exports both halves as
// before. Response schemas are lenient about extra fields so that old clients survive additions.
import * as z from 'zod/mini';
import { meta } from './schema-meta.js';

export const localizedText = z.object({ 'zh-TW': z.string(), en: z.string() });
const isoDateTime = z.iso.datetime();
const isoDate = z.iso.date();

// ── catalog data ────────────────────────────────────────────────────────────────────────────────

export interface Permission {
  id: string;
  label: string;
  /**
   * When the function joined the catalog (YYYY-MM-DD or ISO 8601). Handlers that last changed
   * before it are listed as lacking it (`newPermissions`); it is never granted automatically.
   */
  addedAt?: string;
  children?: Permission[];
}
export const permissionSchema: z.ZodMiniType<Permission> = meta(
  z.object({
    id: z.string(),
    label: z.string(),
    addedAt: z.optional(z.string()),
    // A getter is zod 4's way to a recursive schema (a permission group holds permissions).
    get children() {
      return z.optional(z.array(permissionSchema));
    },
  }),
  { id: 'Permission' },
);
export const permissionCatalogSchema = meta(z.object({ permissions: z.array(permissionSchema) }), {
  id: 'PermissionCatalog',
});

export const contactsSchema = meta(
  z.object({
    certificationAuthorities: z.array(
      z.object({
        id: z.enum(['MOICA', 'GCA', 'XCA', 'MOEACA', 'HCA']),
        name: localizedText,
        web: z.string(),
        phone: z.string(),
        applyUrl: z.string(),
        unlockUrl: z.optional(z.string()),
      }),
    ),
    bank: z.object({
      name: localizedText,
      phone: z.string(),
      fax: z.string(),
      address: localizedText,
      sections: z.array(
        z.object({
          id: z.string(),
          name: localizedText,
          extension: z.string(),
          regions: z.array(z.string()),
        }),
      ),
    }),
  }),
  { id: 'Contacts' },
);

export const crlsSchema = meta(
  z.object({
    crls: z.array(
      z.object({
        ca: z.enum(['ROOT', 'MOICA', 'GCA', 'XCA', 'MOEACA', 'HCA']),
        /** The CA's subject DN, as the CRL names its issuer. */
        issuer: z.string(),
        crlNumber: z.string(),
        thisUpdate: isoDateTime,
        nextUpdate: isoDateTime,
        /** The CRL's DER, base64, as the CA signed it. */
        crl: z.string(),
      }),
    ),
  }),
  { id: 'Crls' },
);

export const termsSchema = meta(
  z.object({
    title: z.string(),
    preamble: z.string(),
    clauses: z.array(z.string()),
    downloadedAt: isoDateTime,
    downloadedAtRoc: meta(z.string(), { description: '網頁下載時間，e.g. 111年11月14日14點46分46秒' }),
  }),
  { id: 'Terms' },
);

export const ORG_PURPOSES = [
  'first-registration',
  'assignment',
  'swap-org',
  'swap-manager',
  'swap-both',
  'query-org-oid',
  'query-authorized',
] as const;
export const SESSION_PURPOSES = [...ORG_PURPOSES, 'query-citizen-serial'] as const;
export type OrgPurpose = (typeof ORG_PURPOSES)[number];
export const sessionPurposeSchema = z.enum(SESSION_PURPOSES);

export const challengeResponseSchema = meta(
  z.object({
    nonce: meta(z.string(), { description: 'base64url of 32 random bytes; single use.' }),
    origin: z.string(),
    purpose: sessionPurposeSchema,
    agencyCode: z.nullable(z.string()),
    expiresAt: isoDateTime,
  }),
  { id: 'Challenge' },
);

const caKind = z.enum(['MOICA', 'GCA', 'XCA', 'MOEACA', 'HCA']);

export const orgCardPanelSchema = meta(
  z.object({
    agencyCode: z.string(),
    agencyName: meta(z.string(), { description: '機關名稱 on file.' }),
    organizationName: meta(z.string(), { description: 'O= of the certificate.' }),
    orgId: meta(z.string(), { description: '機關(組織)OID of the certificate.' }),
    serial: z.string(),
    cardNumber: z.nullable(z.string()),
    subjectDn: z.string(),
    notBefore: isoDateTime,
    notAfter: isoDateTime,
    ca: caKind,
    caName: meta(localizedText, { description: 'The issuing authority (發卡單位).' }),
    cardType: meta(localizedText, { description: '卡別: 正卡 or 附卡, from the certificate.' }),
  }),
  { id: 'OrgCardPanel', description: '機關（組織）憑證資訊' },
);

export const citizenCardPanelSchema = meta(
  z.object({
    name: z.string(),
    nationalIdMasked: z.string(),
    serial: z.string(),
    cardNumber: z.nullable(z.string()),
    subjectDn: z.string(),
    notBefore: isoDateTime,
    notAfter: isoDateTime,
  }),
  { id: 'CitizenCardPanel', description: '授權管理者自然人憑證資訊' },
);

export const contactSchema = meta(
  z.object({
    name: z.string(),
    email: z.string(),
    phone: z.string(),
    extension: z.string(),
    remarks: z.string(),
  }),
  { id: 'Contact' },
);

export const SESSION_NEXT_STEPS = [
  'citizen-sign-in',
  'review-application',
  'review-submitted',
  'ready',
] as const;

export const sessionSchema = meta(
  z.object({
    token: meta(z.optional(z.string()), {
      description: 'Bearer token; only in the response that opens the session.',
    }),
    purpose: sessionPurposeSchema,
    expiresAt: meta(isoDateTime, {
      description: 'When the session ends if it is not used (or extended) before: its idle timeout.',
    }),
    maxExpiresAt: meta(isoDateTime, {
      description:
        'The latest the session can last, however it is used or extended (its maximum lifetime from the sign-in).',
    }),
    agency: z.nullable(z.object({ code: z.string(), name: z.string(), region: z.string() })),
    org: z.nullable(orgCardPanelSchema),
    citizen: z.nullable(citizenCardPanelSchema),
    next: z.enum(SESSION_NEXT_STEPS),
    managerName: meta(z.nullable(z.string()), { description: '授權管理者姓名 on file, when registered.' }),
    contactOnFile: meta(z.nullable(contactSchema), {
      description: 'The manager contact on file (swaps prefill it).',
    }),
    message: z.optional(localizedText),
  }),
  { id: 'Session' },
);
export type SessionView = z.infer<typeof sessionSchema>;

export const RECEIPT_ITEMS = [
  'first-registration',
  'swap-org',
  'swap-manager',
  'swap-both',
  'handler-created',
  'handler-updated',
  'handler-deleted',
] as const;

export const receiptSchema = meta(
  z.object({
    id: z.int(),
    number: meta(z.string(), {
      description:
        '收件編號: GEPI-<ROC date of receipt, yyyMMdd>-<receipt id, 6+ digits>, e.g. GEPI-1151207-000042; unique (the receipt row’s key), written with the change it records.',
    }),
    agencyCode: z.string(),
    agencyName: z.string(),
    receivedAt: isoDateTime,
    receivedAtRoc: meta(z.string(), { description: '收件時間，e.g. 105年04月22日14點36分34秒' }),
    item: z.enum(RECEIPT_ITEMS),
    itemLabel: localizedText,
  }),
  { id: 'Receipt' },
);

export const reviewStatusSchema = z.enum(['pending', 'approved', 'rejected']);

export const reviewSchema = meta(
  z.object({
    id: z.int(),
    agencyCode: z.string(),
    agencyName: z.string(),
    applicantName: z.string(),
    phone: z.string(),
    orgIdOnFile: z.string(),
    cardOrgId: z.string(),
    cardSerial: z.string(),
    cardCa: caKind,
    cardOrganizationName: z.string(),
    status: reviewStatusSchema,
    submittedAt: isoDateTime,
    decidedAt: z.nullable(isoDateTime),
    effectiveFrom: meta(z.nullable(isoDate), {
      description: 'Approved: first Taipei business day it counts.',
    }),
    reason: z.nullable(z.string()),
  }),
  { id: 'Review' },
);

export const reviewSubmittedSchema = meta(
  z.object({
    review: z.pick(reviewSchema, { id: true, status: true, submittedAt: true }),
    message: localizedText,
  }),
  { id: 'ReviewSubmitted' },
);

export const registrationResultSchema = meta(
  z.object({
    agencyCode: z.string(),
    registeredAt: isoDateTime,
    receipt: receiptSchema,
    message: localizedText,
  }),
  { id: 'RegistrationResult' },
);

export const swapResultSchema = meta(
  z.object({
    agencyCode: z.string(),
    swappedAt: isoDateTime,
    receipt: receiptSchema,
    message: localizedText,
  }),
  { id: 'SwapResult' },
);

/** 憑證狀態 of a registered card, as far as the API can know it (docs/registration-api.md). */
export const CARD_HEALTH_STATES = ['valid', 'expiring', 'expired', 'revoked', 'unknown'] as const;
export type CardHealthState = (typeof CARD_HEALTH_STATES)[number];
/** A card is `expiring` from this many days before its expiry (the CAs' renewal window). */
export const CARD_EXPIRING_DAYS = 60;

export const cardHealthSchema = meta(
  z.object({
    state: z.enum(CARD_HEALTH_STATES),
    notAfter: meta(z.nullable(isoDateTime), {
      description: "The certificate's expiry, when the API has seen it; null for `unknown`.",
    }),
    daysLeft: meta(z.nullable(z.int()), {
      description: 'Whole days until notAfter (negative once expired); null for `unknown`.',
    }),
    revocationChecked: meta(z.boolean(), {
      description: 'A current CRL of the issuing CA was consulted (false: no CRL, or a stale one).',
    }),
  }),
  {
    id: 'CardHealth',
    description:
      "A registered card's state: `valid`; `expiring` within 60 days; `expired`; `revoked` (listed on its CA's CRL); `unknown` (the API never saw this serial's certificate).",
  },
);
export type CardHealth = z.infer<typeof cardHealthSchema>;

export const handlerSummarySchema = meta(
  z.object({
    id: z.int(),
    name: z.string(),
    nationalIdMasked: z.string(),
    serial: z.string(),
    permissions: z.array(z.string()),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    version: z.int(),
    card: cardHealthSchema,
    newPermissions: meta(z.array(z.string()), {
      description:
        'Functions added to the catalog after this handler last changed that the handler does not have: never granted automatically.',
    }),
  }),
  { id: 'HandlerSummary' },
);

export const registeredCardsSchema = meta(z.object({ org: cardHealthSchema, manager: cardHealthSchema }), {
  id: 'RegisteredCards',
  description: "The agency's registered org card and manager's citizen card.",
});

export const handlerDetailSchema = meta(z.extend(handlerSummarySchema, { nationalId: z.string() }), {
  id: 'HandlerDetail',
  description: 'One handler with the full national ID, for the edit form.',
});

const pageInfo = {
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
  from: meta(z.int(), { description: '顯示第 from 至 to 項結果; 0 when empty.' }),
  to: z.int(),
};

export const handlerListSchema = meta(
  z.object({
    agency: z.object({ code: z.string(), name: z.string() }),
    managerName: z.string(),
    registeredCards: registeredCardsSchema,
    items: z.array(handlerSummarySchema),
    ...pageInfo,
  }),
  { id: 'HandlerList' },
);

/**
 * The receipt of a handler change, as the manager who made it gets it: the receipt and which
 * handler (name and masked ID, as the change left them; never the full ID). 收件紀錄, which anyone
 * may ask for by agency code, lists the same receipt without `handler`.
 */
export const handlerReceiptSchema = meta(
  z.extend(receiptSchema, {
    item: z.enum(['handler-created', 'handler-updated', 'handler-deleted']),
    handler: meta(z.object({ id: z.int(), name: z.string(), nationalIdMasked: z.string() }), {
      description: 'The handler the change was about; the national ID masked (A12****789).',
    }),
  }),
  { id: 'HandlerReceipt' },
);

export const handlerSavedSchema = meta(
  z.object({ handler: handlerDetailSchema, receipt: handlerReceiptSchema, message: localizedText }),
  { id: 'HandlerSaved' },
);

export const handlerDeletedSchema = meta(
  z.object({ id: z.int(), receipt: handlerReceiptSchema, message: localizedText }),
  { id: 'HandlerDeleted' },
);

export const authorizedHandlerSchema = meta(
  z.extend(handlerSummarySchema, {
    permissionLabels: z.array(z.string()),
    newPermissionLabels: meta(z.array(z.string()), { description: 'The names of `newPermissions`.' }),
  }),
  { id: 'AuthorizedHandler' },
);

export const authorizedListSchema = meta(
  z.object({
    agency: z.object({ code: z.string(), name: z.string() }),
    managerName: z.string(),
    registeredCards: registeredCardsSchema,
    items: z.array(authorizedHandlerSchema),
    ...pageInfo,
  }),
  { id: 'AuthorizedList' },
);

export const permissionTemplateSchema = meta(
  z.object({
    id: z.int(),
    name: z.string(),
    permissions: z.array(z.string()),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    version: z.int(),
  }),
  { id: 'PermissionTemplate', description: '權限範本: a named set of functions of the agency.' },
);
export type PermissionTemplate = z.infer<typeof permissionTemplateSchema>;

export const templateListSchema = meta(z.object({ items: z.array(permissionTemplateSchema) }), {
  id: 'PermissionTemplateList',
});

export const templateSavedSchema = meta(
  z.object({ template: permissionTemplateSchema, message: localizedText }),
  { id: 'PermissionTemplateSaved' },
);

export const templateDeletedSchema = meta(z.object({ id: z.int(), message: localizedText }), {
  id: 'PermissionTemplateDeleted',
});

export const receiptListSchema = meta(
  z.object({
    agency: z.object({ code: z.string(), name: z.string() }),
    items: z.array(receiptSchema),
    ...pageInfo,
  }),
  { id: 'ReceiptList' },
);

export const orgOidResultSchema = meta(
  z.object({
    agencyCode: z.string(),
    agencyName: z.string(),
    organizationName: z.string(),
    orgId: z.string(),
    ca: caKind,
    matchesAgencyOnFile: z.boolean(),
  }),
  { id: 'OrgOidResult', description: '機關憑證OID查詢結果畫面' },
);

export const citizenSerialResultSchema = meta(z.object({ name: z.string(), serial: z.string() }), {
  id: 'CitizenSerialResult',
  description: '查詢自然人憑證結果畫面',
});

export const applicationSchema = meta(
  z.object({
    id: z.int(),
    agencyCode: z.string(),
    applicantName: z.string(),
    cardOrganizationName: meta(z.string(), { description: 'O= of the organization card that applied.' }),
    cardOrgId: z.string(),
    submittedAt: isoDateTime,
    submittedAtRoc: meta(z.string(), { description: '申請時間，e.g. 115年12月07日10點15分00秒' }),
    status: reviewStatusSchema,
    statusLabel: meta(localizedText, { description: '審核中 / 核准 / 未核准' }),
    decidedAt: z.nullable(isoDateTime),
    decidedAtRoc: z.nullable(z.string()),
    retryFrom: meta(z.nullable(isoDate), {
      description:
        'Pending: the first Taipei business day after the application (the manual: 次一營業日再重新註冊). Approved: the first business day after the approval. Rejected: null.',
    }),
    retryFromText: meta(z.nullable(localizedText), {
      description: '可於115年12月08日起重新註冊, or null when rejected.',
    }),
    reason: meta(z.nullable(z.string()), {
      description: "Rejected: the reviewer's reason, if one was given.",
    }),
  }),
  { id: 'Application', description: '機關憑證註冊申請案件（OID不符送審）及其審核情形' },
);

export const applicationListSchema = meta(
  z.object({
    agency: z.object({ code: z.string(), name: z.string() }),
    items: z.array(applicationSchema),
  }),
  { id: 'ApplicationList' },
);

export const reviewListSchema = meta(z.object({ items: z.array(reviewSchema), ...pageInfo }), {
  id: 'ReviewList',
});

export const reviewDecidedSchema = meta(z.object({ review: reviewSchema }), { id: 'ReviewDecided' });

export const auditEntrySchema = meta(
  z.object({
    id: z.int(),
    at: isoDateTime,
    action: z.string(),
    agencyCode: z.nullable(z.string()),
    actor: z.object({
      kind: z.enum(['cards', 'reviewer', 'system']),
      orgSerial: z.nullable(z.string()),
      citizenSerial: z.nullable(z.string()),
    }),
    target: z.nullable(z.string()),
    changes: z.record(z.string(), z.unknown()),
    requestId: z.nullable(z.string()),
  }),
  { id: 'AuditEntry' },
);
export const auditListSchema = meta(
  z.object({ items: z.array(auditEntrySchema), nextBefore: z.nullable(z.int()) }),
  { id: 'AuditList' },
);

export const healthSchema = meta(
  z.object({ status: z.literal('ok'), time: isoDateTime, version: z.string() }),
  {
    id: 'Health',
  },
);

const caKindOrRoot = z.enum(['ROOT', 'MOICA', 'GCA', 'XCA', 'MOEACA', 'HCA']);

export const crlLoadResultSchema = meta(
  z.object({
    results: z.array(
      z.object({
        issuer: z.string(),
        ca: z.optional(caKindOrRoot),
        status: z.enum(['loaded', 'unchanged', 'refused']),
        reason: meta(z.optional(z.string()), {
          description:
            'Why a CRL was refused: signature, delta-crl, partitioned-crl, no-next-update, crl-number-not-newer, …',
        }),
        crlNumber: z.optional(z.string()),
        thisUpdate: z.optional(isoDateTime),
        nextUpdate: z.optional(isoDateTime),
      }),
    ),
    inUse: meta(
      z.array(
        z.object({
          ca: caKindOrRoot,
          subject: z.string(),
          crlNumber: z.nullable(z.string()),
          thisUpdate: z.nullable(isoDateTime),
          nextUpdate: z.nullable(isoDateTime),
        }),
      ),
      { description: 'The CRL now in use for each configured CA (nulls: none, so its cards fail closed).' },
    ),
  }),
  { id: 'CrlLoadResult' },
);
