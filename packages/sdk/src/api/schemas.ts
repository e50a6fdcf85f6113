// The registration API contract: zod schemas of every request and response. The mock server
// validates requests with them (and generates its OpenAPI document from them); the SDK client
// validates responses with them. Request schemas are strict (an unknown field is an error) and
// run the domain validators, so the server refuses exactly what the forms refuse, with the same
// words. Response schemas are lenient about extra fields so that old clients survive additions.
//
// Written with zod/mini: the client loads these schemas (in a lazy chunk, with the route table)
// and mini's functions tree-shake where classic zod's methods cannot (the client's zod lost about
// half its size this way). The types
// are the same either way (`z.infer`, `z.input`, `z.output` come from zod's core).
import * as z from 'zod/mini';
import type { LocalizedText } from '../errors.js';
import {
  AGENCY_CODE_LENGTH,
  AGENCY_CODE_PATTERN,
  EMAIL_MAX_LENGTH,
  EMAIL_PATTERN,
  EXTENSION_MAX_LENGTH,
  EXTENSION_PATTERN,
  NATIONAL_ID_LENGTH,
  NATIONAL_ID_PATTERN,
  PERSON_NAME_MAX_LENGTH,
  PERSON_NAME_PATTERN,
  PHONE_MAX_LENGTH,
  PHONE_SHAPE_PATTERN,
  REMARKS_MAX_LENGTH,
  SERIAL_MAX_INPUT_LENGTH,
  SERIAL_PATTERN,
  textPattern,
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
import type { PageSize } from './routes.js';

// ── field helpers ───────────────────────────────────────────────────────────────────────────────

/**
 * Classic zod's `.meta()`: a copy registered in the global registry (whose metadata the OpenAPI
 * document reads). A copy, not the schema itself, so that a field reused with other words (an
 * optional origin with its own description) does not change the words of every other use; the
 * copy inherits the original's metadata except its `id`.
 */
function meta<S extends z.ZodMiniType>(schema: S, data: z.core.GlobalMeta): S {
  const copy = schema.clone();
  z.globalRegistry.add(copy, data);
  return copy;
}

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
 * How the OpenAPI document states a domain field: lengths and a pattern exported by the validator's
 * own module (built from the regular expressions it runs), so that the two cannot drift. They
 * describe the value as a client should send it, trimmed; the server also trims.
 */
export interface WireRule {
  minLength?: number;
  maxLength: number;
  pattern?: string;
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
  wire: WireRule,
) {
  // The validators bound lengths and run the patterns themselves (cheaply, lengths first), so the
  // wire rule is metadata for the document only.
  return z.pipe(
    meta(z.string(), { ...wire }),
    z.transform((input: string, ctx): Out => {
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
    }),
  );
}

const same = <T>(value: T): T => value;

export const agencyCodeField = meta(
  domainString(validateAgencyCode, 'AGENCY_CODE_INVALID', same, {
    minLength: AGENCY_CODE_LENGTH,
    maxLength: AGENCY_CODE_LENGTH,
    pattern: AGENCY_CODE_PATTERN,
  }),
  {
    description: '機關代號: exactly 5 ASCII digits.',
    examples: ['10001'],
  },
);
export const nationalIdField = meta(
  domainString(validateNationalId, 'NATIONAL_ID_INVALID', (id) => id.value, {
    minLength: NATIONAL_ID_LENGTH,
    maxLength: NATIONAL_ID_LENGTH,
    pattern: NATIONAL_ID_PATTERN,
  }),
  {
    description:
      '身分證統一編號 or 統一證號, uppercase. The server also checks the check digit, and refuses the old resident format (letter + A–D) after 2030-12-31.',
    examples: ['A123456789'],
  },
);
export const serialField = meta(
  domainString(validateCertificateSerial, 'SERIAL_INVALID', same, {
    minLength: 1,
    maxLength: SERIAL_MAX_INPUT_LENGTH,
    pattern: SERIAL_PATTERN,
  }),
  {
    description:
      '憑證序號: hex, at most 40 significant digits, not zero; spaces, colons and leading zeros are ignored. Normalised to uppercase hex.',
    examples: ['100048210DD2DF2E128096A9282B0003'],
  },
);
export const personNameField = meta(
  domainString(validatePersonName, 'NAME_INVALID', same, {
    minLength: 1,
    maxLength: PERSON_NAME_MAX_LENGTH,
    pattern: PERSON_NAME_PATTERN,
  }),
  {
    description:
      '姓名: 1–50 characters, not only white space; no digits (of any script), control characters, bidi overrides or lone surrogates.',
    examples: ['林美惠'],
  },
);
export const emailField = meta(
  domainString(validateEmail, 'EMAIL_INVALID', same, {
    minLength: 6,
    maxLength: EMAIL_MAX_LENGTH,
    pattern: EMAIL_PATTERN,
  }),
  { description: '電子信箱: an ordinary address (no quoted local part, no IP literal).' },
);
export const phoneField = meta(
  domainString(validatePhone, 'PHONE_INVALID', (p) => p.display, {
    minLength: 1,
    maxLength: PHONE_MAX_LENGTH,
    pattern: PHONE_SHAPE_PATTERN,
  }),
  {
    description:
      'Taiwanese phone number as typed (e.g. (02)2701-3411, 02-2701-3411, +886 2 2701 3411, 0912-345-678); the server also checks the area code and the digit count, and refuses an extension typed into the number. Returned in display form.',
    examples: ['(02)2701-3411'],
  },
);
export const extensionField = meta(
  domainString(validateExtension, 'EXTENSION_INVALID', same, {
    maxLength: EXTENSION_MAX_LENGTH,
    pattern: EXTENSION_PATTERN,
  }),
  { description: '分機: up to 6 digits.' },
);
export const remarksField = meta(
  domainString(validateRemarks, 'FIELD_INVALID', same, {
    maxLength: REMARKS_MAX_LENGTH,
    pattern: textPattern({ multiline: true, required: false }),
  }),
  {
    description:
      'Free text, up to 200 characters; line breaks and tabs allowed, other control characters, bidi overrides and lone surrogates not.',
  },
);

const QUERY_TEXT_MAX = 50;
export const searchField = meta(
  domainString(
    (input) =>
      validateText(input, {
        field: 'q',
        label: { 'zh-TW': '搜尋', en: 'Search' },
        max: QUERY_TEXT_MAX,
        required: false,
      }),
    'FIELD_INVALID',
    same,
    { maxLength: QUERY_TEXT_MAX, pattern: textPattern({ required: false }) },
  ),
  {
    description:
      'Search text: part of a name, a full national ID, or the start of a serial number; up to 50 characters, no control characters, bidi overrides or lone surrogates.',
  },
);

// Page sizes the lists offer (顯示筆數): in routes.ts, so the client and flows need no zod for them.
export { PAGE_SIZES } from './routes.js';
export type { PageSize } from './routes.js';

function issue(problem: ProblemCode) {
  return { error: problem };
}

/** Digits as the number they spell (path and query parameters arrive as text). */
const toNumber = <Text extends string = string>() => z.transform((text: Text) => Number(text));

const PAGE_SIZE_TEXTS = ['10', '25', '50', '100'] as const;
type PageSizeText = (typeof PAGE_SIZE_TEXTS)[number];

export const pageSizeParam = meta(
  z.pipe(
    z.enum(PAGE_SIZE_TEXTS, issue('PAGE_SIZE_INVALID')),
    z.transform((v: PageSizeText) => Number(v) as PageSize),
  ),
  { description: '顯示筆數: 10, 25, 50 or 100 (default 10).' },
);
export const pageParam = meta(
  z.pipe(z.string().check(z.regex(/^[1-9][0-9]{0,6}$/, issue('FIELD_INVALID'))), toNumber()),
  { description: 'Page number, from 1.' },
);

export const listQuery = z.strictObject({
  page: z.optional(pageParam),
  pageSize: z.optional(pageSizeParam),
  q: z.optional(searchField),
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
  reason: z.optional(z.string()),
});

/**
 * RFC 9457 problem document. `title`/`detail` are English; `i18n` has both languages. `field` is
 * the first offending input field (400s); `errors` lists every one.
 */
export const problemSchema = meta(
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    code: z.string(),
    i18n: z.object({ 'zh-TW': problemText, en: problemText }),
    field: z.optional(z.string()),
    errors: z.optional(z.array(fieldErrorSchema)),
    details: z.optional(z.record(z.string(), z.unknown())),
    requestId: z.string(),
    instance: z.optional(z.string()),
  }),
  { id: 'Problem' },
);
export type Problem = z.infer<typeof problemSchema>;

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

// ── challenges and sign-in ──────────────────────────────────────────────────────────────────────

export const originField = meta(
  z
    .string()
    .check(
      z.maxLength(200, issue('FIELD_INVALID')),
      z.regex(/^https?:\/\/[^/?#\s]+$/, issue('FIELD_INVALID')),
    ),
  { description: 'Web origin, scheme://host[:port], no path.' },
);

// Same language as the grouped form `(?:[A-Za-z0-9+/]{4})*…` but a single character class runs
// several times faster on a 2 KB certificate; the length rule is checked separately.
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const base64Length = (text: string) => text.length % 4 === 0;

/** A base64 string of `min`–`max` characters; every failure is reported as `problem`. */
function base64Field(min: number, max: number, problem: ProblemCode) {
  return z
    .string()
    .check(
      z.minLength(min, issue(problem)),
      z.maxLength(max, issue(problem)),
      z.regex(BASE64, issue(problem)),
      z.refine(base64Length, issue(problem)),
    );
}

export const signatureAlgorithmSchema = meta(
  z.strictObject({
    name: z.enum(['RSASSA-PKCS1-v1_5', 'RSA-PSS'], issue('ALGORITHM_NOT_ALLOWED')),
    hash: z.enum(['SHA-256', 'SHA-384', 'SHA-512'], issue('ALGORITHM_NOT_ALLOWED')),
    saltLength: z.optional(z.int().check(z.minimum(0), z.maximum(1024))),
  }),
  {
    id: 'SignatureAlgorithm',
    description: 'WebCrypto spelling. RSA-PSS salt length must equal the hash length (32/48/64).',
  },
);
export type WireSignatureAlgorithm = z.infer<typeof signatureAlgorithmSchema>;

const signInProof = {
  nonce: meta(z.string().check(z.regex(/^[A-Za-z0-9_-]{43,128}$/, issue('NONCE_UNKNOWN'))), {
    description: 'The nonce from POST /api/v1/challenges.',
  }),
  origin: originField,
  certificate: meta(base64Field(4, 16_384, 'CERT_MALFORMED'), {
    description: 'The signing certificate, base64 DER.',
  }),
  signature: meta(base64Field(4, 1_400, 'FIELD_INVALID'), {
    description: 'base64 signature over SHA-256(origin) || SHA-256(nonce) (64 bytes).',
  }),
  algorithm: signatureAlgorithmSchema,
  cardNumber: meta(z.optional(z.string().check(z.regex(/^[A-Z]{2}[0-9]{14}$/, issue('FIELD_INVALID')))), {
    description: '卡號 as the card reports it; shown on panels, never used for decisions.',
  }),
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

export const challengeRequestSchema = meta(
  z.strictObject({
    origin: meta(z.optional(originField), {
      description: 'For non-browser clients; browsers send the Origin header instead.',
    }),
    purpose: meta(z.enum(SESSION_PURPOSES, issue('FIELD_INVALID')), {
      description:
        'The function the sign-in is for: the org step names its purpose, the citizen step its session’s (or query-citizen-serial). A sign-in for another purpose is refused (CHALLENGE_MISMATCH).',
    }),
    agencyCode: meta(z.optional(agencyCodeField), {
      description:
        'The agency the sign-in is for (its session’s on the citizen step); required except for query-citizen-serial, where it must be absent.',
    }),
  }),
  { id: 'ChallengeRequest' },
);

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

export const orgSignInRequestSchema = meta(
  z.strictObject({
    ...signInProof,
    purpose: z.enum(ORG_PURPOSES, issue('FIELD_INVALID')),
    agencyCode: agencyCodeField,
  }),
  { id: 'OrgSignInRequest' },
);
export type OrgSignInRequest = z.input<typeof orgSignInRequestSchema>;

export const orgCardCheckRequestSchema = meta(
  z.strictObject({
    certificate: signInProof.certificate,
    purpose: z.enum(ORG_PURPOSES, issue('FIELD_INVALID')),
    agencyCode: agencyCodeField,
  }),
  { id: 'OrgCardCheckRequest' },
);

export const citizenSignInRequestSchema = meta(
  z.strictObject({
    ...signInProof,
    nationalId: nationalIdField,
    purpose: meta(z.optional(z.literal('query-citizen-serial', issue('FIELD_INVALID'))), {
      description: 'Only to open a session with the citizen card alone (查詢自然人憑證序號).',
    }),
  }),
  { id: 'CitizenSignInRequest' },
);
export type CitizenSignInRequest = z.input<typeof citizenSignInRequestSchema>;

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

// ── registration, review, swaps ─────────────────────────────────────────────────────────────────

export const contactInputSchema = meta(
  z.strictObject({
    name: personNameField,
    email: emailField,
    phone: phoneField,
    extension: z.optional(extensionField),
    remarks: z.optional(remarksField),
  }),
  { id: 'ContactInput', description: '授權管理者 姓名，電子信箱，連絡電話，分機，備註' },
);
export type ContactInput = z.input<typeof contactInputSchema>;

export const reviewApplicationSchema = meta(
  z.strictObject({ applicantName: personNameField, phone: phoneField }),
  { id: 'ReviewApplication', description: '機關憑證註冊申請人確認畫面：姓名，電話' },
);

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

// ── handlers ────────────────────────────────────────────────────────────────────────────────────

export const handlerIdParam = meta(
  z.pipe(z.string().check(z.regex(/^[1-9][0-9]{0,14}$/, issue('HANDLER_NOT_FOUND'))), toNumber()),
  { description: 'Handler id.' },
);

export const permissionsField = meta(
  z
    .array(z.string().check(z.maxLength(64, issue('PERMISSION_UNKNOWN'))), issue('FIELD_INVALID'))
    .check(z.minLength(1, issue('PERMISSION_REQUIRED')), z.maxLength(64, issue('FIELD_INVALID'))),
  { description: 'Permission ids (leaves of the catalog); at least one.' },
);

export const handlerInputSchema = meta(
  z.strictObject({
    serial: serialField,
    name: personNameField,
    nationalId: nationalIdField,
    permissions: permissionsField,
    certificate: meta(z.optional(base64Field(4, 16_384, 'CERT_MALFORMED')), {
      description:
        "The handler's citizen certificate as 讀取憑證 read it (base64 DER), optional: the API verifies it, checks that its serial is `serial` (CERT_SERIAL_MISMATCH otherwise) and records it, so the list can show the card's state.",
    }),
  }),
  { id: 'HandlerInput' },
);
export type HandlerInput = z.input<typeof handlerInputSchema>;

export const handlerUpdateSchema = meta(
  z.strictObject({
    ...handlerInputSchema.shape,
    version: meta(z.optional(z.int().check(z.minimum(1), z.maximum(2 ** 31, issue('FIELD_INVALID')))), {
      description: 'The version last read; a stale one answers HANDLER_VERSION_CONFLICT.',
    }),
  }),
  { id: 'HandlerUpdate' },
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

// ── permission templates ───────────────────────────────────────────────────────────────────────

export const TEMPLATE_NAME_MAX_LENGTH = 30;
export const templateNameField = meta(
  domainString(
    (input) =>
      validateText(input, {
        field: 'name',
        label: { 'zh-TW': '範本名稱', en: 'Template name' },
        max: TEMPLATE_NAME_MAX_LENGTH,
        required: true,
      }),
    'TEMPLATE_NAME_INVALID',
    same,
    { minLength: 1, maxLength: TEMPLATE_NAME_MAX_LENGTH, pattern: textPattern({ required: true }) },
  ),
  { description: '範本名稱: 1–30 characters, one line.' },
);

export const templateIdParam = meta(
  z.pipe(z.string().check(z.regex(/^[1-9][0-9]{0,14}$/, issue('TEMPLATE_NOT_FOUND'))), toNumber()),
  { description: 'Template id.' },
);

export const templateInputSchema = meta(
  z.strictObject({ name: templateNameField, permissions: permissionsField }),
  { id: 'PermissionTemplateInput' },
);

export const templateUpdateSchema = meta(
  z.strictObject({
    ...templateInputSchema.shape,
    version: meta(z.optional(z.int().check(z.minimum(1), z.maximum(2 ** 31, issue('FIELD_INVALID')))), {
      description: 'The version last read; a stale one answers TEMPLATE_VERSION_CONFLICT.',
    }),
  }),
  { id: 'PermissionTemplateUpdate' },
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

// ── queries ─────────────────────────────────────────────────────────────────────────────────────

export const receiptQuerySchema = z.strictObject({ agencyCode: agencyCodeField, ...listQuery.shape });

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

// ── administration ──────────────────────────────────────────────────────────────────────────────

export const reviewListQuerySchema = z.strictObject({
  status: z.optional(reviewStatusSchema),
  ...listQuery.shape,
});
export const reviewListSchema = meta(z.object({ items: z.array(reviewSchema), ...pageInfo }), {
  id: 'ReviewList',
});
export const reviewIdParam = z.pipe(
  z.string().check(z.regex(/^[1-9][0-9]{0,14}$/, issue('REVIEW_NOT_FOUND'))),
  toNumber(),
);
export const reviewRejectSchema = meta(z.strictObject({ reason: z.optional(remarksField) }), {
  id: 'ReviewRejection',
});
export const reviewDecidedSchema = meta(z.object({ review: reviewSchema }), { id: 'ReviewDecided' });

export const auditQuerySchema = z.strictObject({
  agencyCode: z.optional(agencyCodeField),
  before: z.optional(
    z.pipe(z.string().check(z.regex(/^[1-9][0-9]{0,14}$/, issue('FIELD_INVALID'))), toNumber()),
  ),
  limit: z.optional(z.pipe(z.enum(PAGE_SIZE_TEXTS, issue('PAGE_SIZE_INVALID')), toNumber<PageSizeText>())),
});

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

export const emptyBodySchema = z.strictObject({});

// ── revocation lists (reviewer) ─────────────────────────────────────────────────────────────────

export const crlLoadRequestSchema = meta(
  z.strictObject({
    crls: meta(
      z.optional(
        z
          .array(base64Field(4, 2_800_000, 'FIELD_INVALID'))
          .check(z.minLength(1, issue('FIELD_INVALID')), z.maxLength(20, issue('FIELD_INVALID'))),
      ),
      {
        description:
          'CRLs to load, base64 DER. Without it the server reloads the CRL files and URLs it was configured with.',
      },
    ),
  }),
  { id: 'CrlLoadRequest' },
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
