// The registration API contract: zod schemas of every request and response. The mock server
// validates requests with them (and generates its OpenAPI document from them); the SDK client
// validates responses with them. Request schemas are strict (an unknown field is an error) and
// run the domain validators, so the server refuses exactly what the forms refuse, with the same
// words. Response schemas are lenient about extra fields so that old clients survive additions.
import * as z from 'zod';
import type { LocalizedText } from '../errors.js';
import {
  validateAgencyCode,
  validateCertificateSerial,
  validateEmail,
  validateExtension,
  validateNationalId,
  validatePersonName,
  validatePhone,
  validateRemarks,
  validateText,
} from '../domain/index.js';
import type { ValidationCode, ValidationResult } from '../domain/index.js';
import type { ProblemCode } from './problems.js';

// ── field helpers ───────────────────────────────────────────────────────────────────────────────

/**
 * The params a request-schema issue carries to the server, which turns them into a problem:
 * the problem code, and the domain validator's own reason and words when there are some.
 */
export interface IssueParams {
  problem: ProblemCode;
  reason?: ValidationCode;
  text?: LocalizedText;
}

/**
 * A string field checked by a domain validator: the schema's output is the validator's normalised
 * value, a failure is reported as `problem` (or FIELD_REQUIRED when the field is empty) carrying
 * the validator's own message.
 */
function domainString<T, Out = T>(
  validate: (input: unknown) => ValidationResult<T>,
  problem: ProblemCode,
  output: (value: T) => Out,
  maxLength: number,
) {
  // The validators bound lengths themselves (cheaply, before any pattern), so no .max() here.
  return z
    .string()
    .meta({ maxLength })
    .transform((input, ctx): Out => {
      const result = validate(input);
      if (result.ok) return output(result.value);
      const error = result.error;
      const params: IssueParams = {
        problem: error.code === 'REQUIRED' ? 'FIELD_REQUIRED' : problem,
        reason: error.code,
        text: error.text,
      };
      ctx.issues.push({ code: 'custom', message: params.problem, params, input });
      return z.NEVER;
    });
}

const same = <T>(value: T): T => value;

export const agencyCodeField = domainString(validateAgencyCode, 'AGENCY_CODE_INVALID', same, 5).meta({
  description: '機關代號: exactly 5 digits.',
  examples: ['10001'],
});
export const nationalIdField = domainString(
  validateNationalId,
  'NATIONAL_ID_INVALID',
  (id) => id.value,
  10,
).meta({
  description: '身分證統一編號 or 統一證號, uppercase, with a valid check digit.',
  examples: ['A123456789'],
});
export const serialField = domainString(validateCertificateSerial, 'SERIAL_INVALID', same, 128).meta({
  description: '憑證序號 (hex; spaces, colons and leading zeros are ignored). Normalised to uppercase hex.',
  examples: ['100048210DD2DF2E128096A9282B0003'],
});
export const personNameField = domainString(validatePersonName, 'NAME_INVALID', same, 50).meta({
  description: '姓名: 1–50 characters, no digits.',
});
export const emailField = domainString(validateEmail, 'EMAIL_INVALID', same, 254);
export const phoneField = domainString(validatePhone, 'PHONE_INVALID', (p) => p.display, 30).meta({
  description: 'Taiwanese phone number; stored and returned in display form, e.g. (02)2701-3411.',
  examples: ['(02)2701-3411'],
});
export const extensionField = domainString(validateExtension, 'EXTENSION_INVALID', same, 6);
export const remarksField = domainString(validateRemarks, 'FIELD_INVALID', same, 200);

const QUERY_TEXT_MAX = 50;
export const searchField = domainString(
  (input) =>
    validateText(input, {
      field: 'q',
      label: { 'zh-TW': '搜尋', en: 'Search' },
      max: QUERY_TEXT_MAX,
      required: false,
    }),
  'FIELD_INVALID',
  same,
  QUERY_TEXT_MAX,
).meta({ description: 'Search text: part of a name, a full national ID, or the start of a serial number.' });

/** Page sizes the lists offer (顯示筆數). */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

function issue(problem: ProblemCode) {
  return { error: problem };
}

export const pageSizeParam = z
  .enum(['10', '25', '50', '100'], issue('PAGE_SIZE_INVALID'))
  .transform((v) => Number(v) as PageSize)
  .meta({ description: '顯示筆數: 10, 25, 50 or 100 (default 10).' });
export const pageParam = z
  .string()
  .regex(/^[1-9][0-9]{0,6}$/, issue('FIELD_INVALID'))
  .transform(Number)
  .meta({ description: 'Page number, from 1.' });

export const listQuery = z.strictObject({
  page: pageParam.optional(),
  pageSize: pageSizeParam.optional(),
  q: searchField.optional(),
});
export type ListQuery = z.input<typeof listQuery>;

export const localizedText = z.object({ 'zh-TW': z.string(), en: z.string() });
const isoDateTime = z.iso.datetime();
const isoDate = z.iso.date();

// ── problems ────────────────────────────────────────────────────────────────────────────────────

const problemText = z.object({ title: z.string(), detail: z.string() });

export const fieldErrorSchema = z.object({
  code: z.string(),
  field: z.string(),
  i18n: z.object({ 'zh-TW': problemText, en: problemText }),
  reason: z.string().optional(),
});

/**
 * RFC 9457 problem document. `title`/`detail` are English; `i18n` has both languages. `field` is
 * the first offending input field (400s); `errors` lists every one.
 */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    i18n: z.object({ 'zh-TW': problemText, en: problemText }),
    field: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
    requestId: z.string(),
    instance: z.string().optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

// ── catalog data ────────────────────────────────────────────────────────────────────────────────

export interface Permission {
  id: string;
  label: string;
  children?: Permission[];
}
export const permissionSchema: z.ZodType<Permission> = z
  .object({
    id: z.string(),
    label: z.string(),
    // A getter is zod 4's way to a recursive schema (a permission group holds permissions).
    get children() {
      return z.array(permissionSchema).optional();
    },
  })
  .meta({ id: 'Permission' });
export const permissionCatalogSchema = z
  .object({ permissions: z.array(permissionSchema) })
  .meta({ id: 'PermissionCatalog' });

export const contactsSchema = z
  .object({
    certificationAuthorities: z.array(
      z.object({
        id: z.enum(['MOICA', 'GCA', 'XCA', 'MOEACA', 'HCA']),
        name: localizedText,
        web: z.string(),
        phone: z.string(),
        applyUrl: z.string(),
        unlockUrl: z.string().optional(),
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
  })
  .meta({ id: 'Contacts' });

export const termsSchema = z
  .object({
    title: z.string(),
    preamble: z.string(),
    clauses: z.array(z.string()),
    downloadedAt: isoDateTime,
    downloadedAtRoc: z.string().meta({ description: '網頁下載時間, e.g. 111年11月14日14點46分46秒' }),
  })
  .meta({ id: 'Terms' });

// ── challenges and sign-in ──────────────────────────────────────────────────────────────────────

export const originField = z
  .string()
  .max(200, issue('FIELD_INVALID'))
  .regex(/^https?:\/\/[^/?#\s]+$/, issue('FIELD_INVALID'))
  .meta({ description: 'Web origin, scheme://host[:port], no path.' });

export const challengeRequestSchema = z
  .strictObject({
    origin: originField
      .optional()
      .meta({ description: 'For non-browser clients; browsers send the Origin header instead.' }),
  })
  .meta({ id: 'ChallengeRequest' });

export const challengeResponseSchema = z
  .object({
    nonce: z.string().meta({ description: 'base64url of 32 random bytes; single use.' }),
    origin: z.string(),
    expiresAt: isoDateTime,
  })
  .meta({ id: 'Challenge' });

// Same language as the grouped form `(?:[A-Za-z0-9+/]{4})*…` but a single character class runs
// several times faster on a 2 KB certificate; the length rule is checked separately.
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const base64Length = (text: string) => text.length % 4 === 0;

export const signatureAlgorithmSchema = z
  .strictObject({
    name: z.enum(['RSASSA-PKCS1-v1_5', 'RSA-PSS'], issue('ALGORITHM_NOT_ALLOWED')),
    hash: z.enum(['SHA-256', 'SHA-384', 'SHA-512'], issue('ALGORITHM_NOT_ALLOWED')),
    saltLength: z.number().int().min(0).max(1024).optional(),
  })
  .meta({
    id: 'SignatureAlgorithm',
    description: 'WebCrypto spelling. RSA-PSS salt length must equal the hash length (32/48/64).',
  });
export type WireSignatureAlgorithm = z.infer<typeof signatureAlgorithmSchema>;

const signInProof = {
  nonce: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43,128}$/, issue('NONCE_UNKNOWN'))
    .meta({ description: 'The nonce from POST /api/v1/challenges.' }),
  origin: originField,
  certificate: z
    .string()
    .min(4, issue('CERT_MALFORMED'))
    .max(16_384, issue('CERT_MALFORMED'))
    .regex(BASE64, issue('CERT_MALFORMED'))
    .refine(base64Length, issue('CERT_MALFORMED'))
    .meta({ description: 'The signing certificate, base64 DER.' }),
  signature: z
    .string()
    .min(4, issue('FIELD_INVALID'))
    .max(1_400, issue('FIELD_INVALID'))
    .regex(BASE64, issue('FIELD_INVALID'))
    .refine(base64Length, issue('FIELD_INVALID'))
    .meta({ description: 'base64 signature over SHA-256(origin) || SHA-256(nonce) (64 bytes).' }),
  algorithm: signatureAlgorithmSchema,
  cardNumber: z
    .string()
    .regex(/^[A-Z]{2}[0-9]{14}$/, issue('FIELD_INVALID'))
    .optional()
    .meta({ description: '卡號 as the card reports it; shown on panels, never used for decisions.' }),
};

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

export const orgSignInRequestSchema = z
  .strictObject({
    ...signInProof,
    purpose: z.enum(ORG_PURPOSES, issue('FIELD_INVALID')),
    agencyCode: agencyCodeField,
  })
  .meta({ id: 'OrgSignInRequest' });
export type OrgSignInRequest = z.input<typeof orgSignInRequestSchema>;

export const citizenSignInRequestSchema = z
  .strictObject({
    ...signInProof,
    nationalId: nationalIdField,
    purpose: z
      .literal('query-citizen-serial', issue('FIELD_INVALID'))
      .optional()
      .meta({ description: 'Only to open a session with the citizen card alone (查詢自然人憑證序號).' }),
  })
  .meta({ id: 'CitizenSignInRequest' });
export type CitizenSignInRequest = z.input<typeof citizenSignInRequestSchema>;

const caKind = z.enum(['MOICA', 'GCA', 'XCA', 'MOEACA', 'HCA']);

export const orgCardPanelSchema = z
  .object({
    agencyCode: z.string(),
    agencyName: z.string().meta({ description: '機關名稱 on file.' }),
    organizationName: z.string().meta({ description: 'O= of the certificate.' }),
    orgId: z.string().meta({ description: '機關(組織)OID of the certificate.' }),
    serial: z.string(),
    cardNumber: z.string().nullable(),
    subjectDn: z.string(),
    notBefore: isoDateTime,
    notAfter: isoDateTime,
    ca: caKind,
    caName: localizedText.meta({ description: '卡別' }),
  })
  .meta({ id: 'OrgCardPanel', description: '機關(組織)憑證資訊' });

export const citizenCardPanelSchema = z
  .object({
    name: z.string(),
    nationalIdMasked: z.string(),
    serial: z.string(),
    cardNumber: z.string().nullable(),
    subjectDn: z.string(),
    notBefore: isoDateTime,
    notAfter: isoDateTime,
  })
  .meta({ id: 'CitizenCardPanel', description: '授權管理者自然人憑證資訊' });

export const contactSchema = z
  .object({
    name: z.string(),
    email: z.string(),
    phone: z.string(),
    extension: z.string(),
    remarks: z.string(),
  })
  .meta({ id: 'Contact' });

export const SESSION_NEXT_STEPS = [
  'citizen-sign-in',
  'review-application',
  'review-submitted',
  'ready',
] as const;

export const sessionSchema = z
  .object({
    token: z
      .string()
      .optional()
      .meta({ description: 'Bearer token; only in the response that opens the session.' }),
    purpose: sessionPurposeSchema,
    expiresAt: isoDateTime,
    agency: z.object({ code: z.string(), name: z.string(), region: z.string() }).nullable(),
    org: orgCardPanelSchema.nullable(),
    citizen: citizenCardPanelSchema.nullable(),
    next: z.enum(SESSION_NEXT_STEPS),
    managerName: z.string().nullable().meta({ description: '授權管理者姓名 on file, when registered.' }),
    contactOnFile: contactSchema
      .nullable()
      .meta({ description: 'The manager contact on file (swaps prefill it).' }),
    message: localizedText.optional(),
  })
  .meta({ id: 'Session' });
export type SessionView = z.infer<typeof sessionSchema>;

// ── registration, review, swaps ─────────────────────────────────────────────────────────────────

export const contactInputSchema = z
  .strictObject({
    name: personNameField,
    email: emailField,
    phone: phoneField,
    extension: extensionField.optional(),
    remarks: remarksField.optional(),
  })
  .meta({ id: 'ContactInput', description: '授權管理者 姓名, 電子信箱, 連絡電話, 分機, 備註' });
export type ContactInput = z.input<typeof contactInputSchema>;

export const reviewApplicationSchema = z
  .strictObject({ applicantName: personNameField, phone: phoneField })
  .meta({ id: 'ReviewApplication', description: '機關憑證註冊申請人確認畫面: 姓名, 電話' });

export const RECEIPT_ITEMS = ['first-registration', 'swap-org', 'swap-manager', 'swap-both'] as const;

export const receiptSchema = z
  .object({
    id: z.number().int(),
    agencyCode: z.string(),
    agencyName: z.string(),
    receivedAt: isoDateTime,
    receivedAtRoc: z.string().meta({ description: '收件時間, e.g. 105年04月22日14點36分34秒' }),
    item: z.enum(RECEIPT_ITEMS),
    itemLabel: localizedText,
  })
  .meta({ id: 'Receipt' });

export const reviewStatusSchema = z.enum(['pending', 'approved', 'rejected']);

export const reviewSchema = z
  .object({
    id: z.number().int(),
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
    decidedAt: isoDateTime.nullable(),
    effectiveFrom: isoDate.nullable().meta({ description: 'Approved: first Taipei business day it counts.' }),
    reason: z.string().nullable(),
  })
  .meta({ id: 'Review' });

export const reviewSubmittedSchema = z
  .object({
    review: reviewSchema.pick({ id: true, status: true, submittedAt: true }),
    message: localizedText,
  })
  .meta({ id: 'ReviewSubmitted' });

export const registrationResultSchema = z
  .object({
    agencyCode: z.string(),
    registeredAt: isoDateTime,
    receipt: receiptSchema,
    message: localizedText,
  })
  .meta({ id: 'RegistrationResult' });

export const swapResultSchema = z
  .object({ agencyCode: z.string(), swappedAt: isoDateTime, receipt: receiptSchema, message: localizedText })
  .meta({ id: 'SwapResult' });

// ── handlers ────────────────────────────────────────────────────────────────────────────────────

export const handlerIdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/, issue('HANDLER_NOT_FOUND'))
  .transform(Number)
  .meta({ description: 'Handler id.' });

export const permissionsField = z
  .array(z.string().max(64, issue('PERMISSION_UNKNOWN')), issue('FIELD_INVALID'))
  .min(1, issue('PERMISSION_REQUIRED'))
  .max(64, issue('FIELD_INVALID'))
  .meta({ description: 'Permission ids (leaves of the catalog); at least one.' });

export const handlerInputSchema = z
  .strictObject({
    serial: serialField,
    name: personNameField,
    nationalId: nationalIdField,
    permissions: permissionsField,
  })
  .meta({ id: 'HandlerInput' });
export type HandlerInput = z.input<typeof handlerInputSchema>;

export const handlerUpdateSchema = z
  .strictObject({
    ...handlerInputSchema.shape,
    version: z
      .number()
      .int()
      .min(1)
      .max(2 ** 31, issue('FIELD_INVALID'))
      .optional()
      .meta({ description: 'The version last read; a stale one answers HANDLER_VERSION_CONFLICT.' }),
  })
  .meta({ id: 'HandlerUpdate' });

export const handlerSummarySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nationalIdMasked: z.string(),
    serial: z.string(),
    permissions: z.array(z.string()),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'HandlerSummary' });

export const handlerDetailSchema = handlerSummarySchema
  .extend({ nationalId: z.string() })
  .meta({ id: 'HandlerDetail', description: 'One handler with the full national ID, for the edit form.' });

const pageInfo = {
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  from: z.number().int().meta({ description: '顯示第 from 至 to 項結果; 0 when empty.' }),
  to: z.number().int(),
};

export const handlerListSchema = z
  .object({
    agency: z.object({ code: z.string(), name: z.string() }),
    managerName: z.string(),
    items: z.array(handlerSummarySchema),
    ...pageInfo,
  })
  .meta({ id: 'HandlerList' });

export const handlerSavedSchema = z
  .object({ handler: handlerDetailSchema, message: localizedText })
  .meta({ id: 'HandlerSaved' });

export const handlerDeletedSchema = z
  .object({ id: z.number().int(), message: localizedText })
  .meta({ id: 'HandlerDeleted' });

export const authorizedHandlerSchema = handlerSummarySchema
  .extend({ permissionLabels: z.array(z.string()) })
  .meta({ id: 'AuthorizedHandler' });

export const authorizedListSchema = z
  .object({
    agency: z.object({ code: z.string(), name: z.string() }),
    managerName: z.string(),
    items: z.array(authorizedHandlerSchema),
    ...pageInfo,
  })
  .meta({ id: 'AuthorizedList' });

// ── queries ─────────────────────────────────────────────────────────────────────────────────────

export const receiptQuerySchema = z.strictObject({ agencyCode: agencyCodeField, ...listQuery.shape });

export const receiptListSchema = z
  .object({
    agency: z.object({ code: z.string(), name: z.string() }),
    items: z.array(receiptSchema),
    ...pageInfo,
  })
  .meta({ id: 'ReceiptList' });

export const orgOidResultSchema = z
  .object({
    agencyCode: z.string(),
    agencyName: z.string(),
    organizationName: z.string(),
    orgId: z.string(),
    ca: caKind,
    matchesAgencyOnFile: z.boolean(),
  })
  .meta({ id: 'OrgOidResult', description: '機關憑證OID查詢結果畫面' });

export const citizenSerialResultSchema = z
  .object({ name: z.string(), serial: z.string() })
  .meta({ id: 'CitizenSerialResult', description: '查詢自然人憑證結果畫面' });

// ── administration ──────────────────────────────────────────────────────────────────────────────

export const reviewListQuerySchema = z.strictObject({
  status: reviewStatusSchema.optional(),
  ...listQuery.shape,
});
export const reviewListSchema = z
  .object({ items: z.array(reviewSchema), ...pageInfo })
  .meta({ id: 'ReviewList' });
export const reviewIdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/, issue('REVIEW_NOT_FOUND'))
  .transform(Number);
export const reviewRejectSchema = z
  .strictObject({ reason: remarksField.optional() })
  .meta({ id: 'ReviewRejection' });
export const reviewDecidedSchema = z.object({ review: reviewSchema }).meta({ id: 'ReviewDecided' });

export const auditQuerySchema = z.strictObject({
  agencyCode: agencyCodeField.optional(),
  before: z
    .string()
    .regex(/^[1-9][0-9]{0,14}$/, issue('FIELD_INVALID'))
    .transform(Number)
    .optional(),
  limit: z.enum(['10', '25', '50', '100'], issue('PAGE_SIZE_INVALID')).transform(Number).optional(),
});

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: isoDateTime,
    action: z.string(),
    agencyCode: z.string().nullable(),
    actor: z.object({
      kind: z.enum(['cards', 'reviewer', 'system']),
      orgSerial: z.string().nullable(),
      citizenSerial: z.string().nullable(),
    }),
    target: z.string().nullable(),
    changes: z.record(z.string(), z.unknown()),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export const auditListSchema = z
  .object({ items: z.array(auditEntrySchema), nextBefore: z.number().int().nullable() })
  .meta({ id: 'AuditList' });

export const healthSchema = z
  .object({ status: z.literal('ok'), time: isoDateTime, version: z.string() })
  .meta({ id: 'Health' });

export const emptyBodySchema = z.strictObject({});
