// The registration API contract's response half: the zod/mini schema of every answer the API
// gives (and the few shared pieces and constants they are built from). The SDK client loads this
// module, and only this one of the contract, with its first request (responses.ts maps each
// endpoint to its schema) to check 2xx answers; the request schemas (schemas.ts), with the domain
// validators, the field rules and the problem document, are the server's and the OpenAPI
// document's. schemas.ts re-exports everything here, so `@gepi/sdk/api` exports both halves as
// before. Response schemas are lenient about extra fields so that old clients survive additions.
// Their OpenAPI ids and descriptions are registered by response-docs.ts (a page does not need
// them); a schema built on another spreads its shape (`{ ...receiptSchema.shape, … }`) rather than
// calling z.extend or z.pick: the same schemas, without that part of zod in the client.
import * as z from 'zod/mini';
import { _isoDate, _isoDateTime } from 'zod/v4/core';

export const localizedText = z.object({ 'zh-TW': z.string(), en: z.string() });
// z.iso.datetime() and z.iso.date(), made the way they make them (zod/v4/core's _isoDateTime and
// _isoDate with zod/mini's classes): the same schemas, without the z.iso namespace object, which a
// bundler keeps whole (its time and duration schemas too, and esbuild's helper chunk for it).
const isoDateTime = _isoDateTime(z.ZodMiniISODateTime);
const isoDate = _isoDate(z.ZodMiniISODate);

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
export const permissionSchema: z.ZodMiniType<Permission> = z.object({
  id: z.string(),
  label: z.string(),
  addedAt: z.optional(z.string()),
  // A getter is zod 4's way to a recursive schema (a permission group holds permissions).
  get children() {
    return z.optional(z.array(permissionSchema));
  },
});
export const permissionCatalogSchema = z.object({ permissions: z.array(permissionSchema) });

export const contactsSchema = z.object({
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
});

export const crlsSchema = z.object({
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
});

export const termsSchema = z.object({
  title: z.string(),
  preamble: z.string(),
  clauses: z.array(z.string()),
  downloadedAt: isoDateTime,
  downloadedAtRoc: z.string(),
});

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

export const challengeResponseSchema = z.object({
  nonce: z.string(),
  origin: z.string(),
  purpose: sessionPurposeSchema,
  agencyCode: z.nullable(z.string()),
  expiresAt: isoDateTime,
});

const caKind = z.enum(['MOICA', 'GCA', 'XCA', 'MOEACA', 'HCA']);

export const orgCardPanelSchema = z.object({
  agencyCode: z.string(),
  agencyName: z.string(),
  organizationName: z.string(),
  orgId: z.string(),
  serial: z.string(),
  cardNumber: z.nullable(z.string()),
  subjectDn: z.string(),
  notBefore: isoDateTime,
  notAfter: isoDateTime,
  ca: caKind,
  caName: localizedText.clone(),
  cardType: localizedText.clone(),
});

export const citizenCardPanelSchema = z.object({
  name: z.string(),
  nationalIdMasked: z.string(),
  serial: z.string(),
  cardNumber: z.nullable(z.string()),
  subjectDn: z.string(),
  notBefore: isoDateTime,
  notAfter: isoDateTime,
});

export const contactSchema = z.object({
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  extension: z.string(),
  remarks: z.string(),
});

export const SESSION_NEXT_STEPS = [
  'citizen-sign-in',
  'review-application',
  'review-submitted',
  'ready',
] as const;

export const sessionSchema = z.object({
  token: z.optional(z.string()),
  purpose: sessionPurposeSchema,
  expiresAt: isoDateTime.clone(),
  maxExpiresAt: isoDateTime.clone(),
  agency: z.nullable(z.object({ code: z.string(), name: z.string(), region: z.string() })),
  org: z.nullable(orgCardPanelSchema),
  citizen: z.nullable(citizenCardPanelSchema),
  next: z.enum(SESSION_NEXT_STEPS),
  managerName: z.nullable(z.string()),
  contactOnFile: z.nullable(contactSchema),
  message: z.optional(localizedText),
});
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

export const receiptSchema = z.object({
  id: z.int(),
  number: z.string(),
  agencyCode: z.string(),
  agencyName: z.string(),
  receivedAt: isoDateTime,
  receivedAtRoc: z.string(),
  item: z.enum(RECEIPT_ITEMS),
  itemLabel: localizedText,
});

export const reviewStatusSchema = z.enum(['pending', 'approved', 'rejected']);

export const reviewSchema = z.object({
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
  effectiveFrom: z.nullable(isoDate),
  reason: z.nullable(z.string()),
});

export const reviewSubmittedSchema = z.object({
  review: z.object({
    id: reviewSchema.shape.id,
    status: reviewSchema.shape.status,
    submittedAt: reviewSchema.shape.submittedAt,
  }),
  message: localizedText,
});

export const registrationResultSchema = z.object({
  agencyCode: z.string(),
  registeredAt: isoDateTime,
  receipt: receiptSchema,
  message: localizedText,
});

export const swapResultSchema = z.object({
  agencyCode: z.string(),
  swappedAt: isoDateTime,
  receipt: receiptSchema,
  message: localizedText,
});

/** 憑證狀態 of a registered card, as far as the API can know it (docs/registration-api.md). */
export const CARD_HEALTH_STATES = ['valid', 'expiring', 'expired', 'revoked', 'unknown'] as const;
export type CardHealthState = (typeof CARD_HEALTH_STATES)[number];
/** A card is `expiring` from this many days before its expiry (the CAs' renewal window). */
export const CARD_EXPIRING_DAYS = 60;

export const cardHealthSchema = z.object({
  state: z.enum(CARD_HEALTH_STATES),
  notAfter: z.nullable(isoDateTime),
  daysLeft: z.nullable(z.int()),
  revocationChecked: z.boolean(),
});
export type CardHealth = z.infer<typeof cardHealthSchema>;

export const handlerSummarySchema = z.object({
  id: z.int(),
  name: z.string(),
  nationalIdMasked: z.string(),
  serial: z.string(),
  permissions: z.array(z.string()),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.int(),
  card: cardHealthSchema,
  newPermissions: z.array(z.string()),
});

export const registeredCardsSchema = z.object({ org: cardHealthSchema, manager: cardHealthSchema });

export const handlerDetailSchema = z.object({
  ...handlerSummarySchema.shape,
  nationalId: z.string(),
});

const pageInfo = {
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
  from: z.int(),
  to: z.int(),
};

export const handlerListSchema = z.object({
  agency: z.object({ code: z.string(), name: z.string() }),
  managerName: z.string(),
  registeredCards: registeredCardsSchema,
  items: z.array(handlerSummarySchema),
  ...pageInfo,
});

/**
 * The receipt of a handler change, as the manager who made it gets it: the receipt and which
 * handler (name and masked ID, as the change left them; never the full ID). 收件紀錄, which anyone
 * may ask for by agency code, lists the same receipt without `handler`.
 */
export const handlerReceiptSchema = z.object({
  ...receiptSchema.shape,
  item: z.enum(['handler-created', 'handler-updated', 'handler-deleted']),
  handler: z.object({ id: z.int(), name: z.string(), nationalIdMasked: z.string() }),
});

export const handlerSavedSchema = z.object({
  handler: handlerDetailSchema,
  receipt: handlerReceiptSchema,
  message: localizedText,
});

export const handlerDeletedSchema = z.object({
  id: z.int(),
  receipt: handlerReceiptSchema,
  message: localizedText,
});

export const authorizedHandlerSchema = z.object({
  ...handlerSummarySchema.shape,
  permissionLabels: z.array(z.string()),
  newPermissionLabels: z.array(z.string()),
});

export const authorizedListSchema = z.object({
  agency: z.object({ code: z.string(), name: z.string() }),
  managerName: z.string(),
  registeredCards: registeredCardsSchema,
  items: z.array(authorizedHandlerSchema),
  ...pageInfo,
});

export const permissionTemplateSchema = z.object({
  id: z.int(),
  name: z.string(),
  permissions: z.array(z.string()),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.int(),
});
export type PermissionTemplate = z.infer<typeof permissionTemplateSchema>;

export const templateListSchema = z.object({ items: z.array(permissionTemplateSchema) });

export const templateSavedSchema = z.object({ template: permissionTemplateSchema, message: localizedText });

export const templateDeletedSchema = z.object({ id: z.int(), message: localizedText });

export const receiptListSchema = z.object({
  agency: z.object({ code: z.string(), name: z.string() }),
  items: z.array(receiptSchema),
  ...pageInfo,
});

export const orgOidResultSchema = z.object({
  agencyCode: z.string(),
  agencyName: z.string(),
  organizationName: z.string(),
  orgId: z.string(),
  ca: caKind,
  matchesAgencyOnFile: z.boolean(),
});

export const citizenSerialResultSchema = z.object({ name: z.string(), serial: z.string() });

export const applicationSchema = z.object({
  id: z.int(),
  agencyCode: z.string(),
  applicantName: z.string(),
  cardOrganizationName: z.string(),
  cardOrgId: z.string(),
  submittedAt: isoDateTime,
  submittedAtRoc: z.string(),
  status: reviewStatusSchema,
  statusLabel: localizedText.clone(),
  decidedAt: z.nullable(isoDateTime),
  decidedAtRoc: z.nullable(z.string()),
  retryFrom: z.nullable(isoDate),
  retryFromText: z.nullable(localizedText),
  reason: z.nullable(z.string()),
});

export const applicationListSchema = z.object({
  agency: z.object({ code: z.string(), name: z.string() }),
  items: z.array(applicationSchema),
});

export const reviewListSchema = z.object({ items: z.array(reviewSchema), ...pageInfo });

export const reviewDecidedSchema = z.object({ review: reviewSchema });

export const auditEntrySchema = z.object({
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
});
export const auditListSchema = z.object({
  items: z.array(auditEntrySchema),
  nextBefore: z.nullable(z.int()),
});

export const healthSchema = z.object({ status: z.literal('ok'), time: isoDateTime, version: z.string() });

const caKindOrRoot = z.enum(['ROOT', 'MOICA', 'GCA', 'XCA', 'MOEACA', 'HCA']);

export const crlLoadResultSchema = z.object({
  results: z.array(
    z.object({
      issuer: z.string(),
      ca: z.optional(caKindOrRoot),
      status: z.enum(['loaded', 'unchanged', 'refused']),
      reason: z.optional(z.string()),
      crlNumber: z.optional(z.string()),
      thisUpdate: z.optional(isoDateTime),
      nextUpdate: z.optional(isoDateTime),
    }),
  ),
  inUse: z.array(
    z.object({
      ca: caKindOrRoot,
      subject: z.string(),
      crlNumber: z.nullable(z.string()),
      thisUpdate: z.nullable(isoDateTime),
      nextUpdate: z.nullable(isoDateTime),
    }),
  ),
});
