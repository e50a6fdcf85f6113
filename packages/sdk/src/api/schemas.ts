// The registration API contract: zod schemas of every request and response. The mock server
// validates requests with them (and generates its OpenAPI document from them); the SDK client
// validates responses with them. Request schemas are strict (an unknown field is an error) and
// run the domain validators, so the server refuses exactly what the forms refuse, with the same
// words. The response schemas are in their own module (response-schemas.ts, re-exported here):
// the client loads that half only, not the request schemas with their field rules and words.
//
// Written with zod/mini: mini's functions tree-shake where classic zod's methods cannot (the
// client's zod lost about half its size this way). The types are the same either way (`z.infer`,
// `z.input`, `z.output` come from zod's core).
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
import { describeResponses } from './response-docs.js';
import { ORG_PURPOSES, SESSION_PURPOSES, reviewStatusSchema } from './response-schemas.js';

export * from './response-schemas.js';

// The answers' component ids and descriptions for the OpenAPI document: registered here, with the
// request schemas, and not by response-schemas.ts, which the client loads without them.
describeResponses();

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

// ── queries ─────────────────────────────────────────────────────────────────────────────────────

export const receiptQuerySchema = z.strictObject({ agencyCode: agencyCodeField, ...listQuery.shape });

// ── administration ──────────────────────────────────────────────────────────────────────────────

export const reviewListQuerySchema = z.strictObject({
  status: z.optional(reviewStatusSchema),
  ...listQuery.shape,
});
export const reviewIdParam = z.pipe(
  z.string().check(z.regex(/^[1-9][0-9]{0,14}$/, issue('REVIEW_NOT_FOUND'))),
  toNumber(),
);
export const reviewRejectSchema = meta(z.strictObject({ reason: z.optional(remarksField) }), {
  id: 'ReviewRejection',
});

export const auditQuerySchema = z.strictObject({
  agencyCode: z.optional(agencyCodeField),
  before: z.optional(
    z.pipe(z.string().check(z.regex(/^[1-9][0-9]{0,14}$/, issue('FIELD_INVALID'))), toNumber()),
  ),
  limit: z.optional(z.pipe(z.enum(PAGE_SIZE_TEXTS, issue('PAGE_SIZE_INVALID')), toNumber<PageSizeText>())),
});

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
