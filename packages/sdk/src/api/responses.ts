// The response schema of each endpoint, and nothing else of the contract: what the SDK client loads
// (with the first request) to check answers. It imports the response schemas' own module
// (api/response-schemas.ts), not api/schemas.ts with the request schemas. The full table
// (api/endpoints.ts: summaries, request schemas, problem lists, for the server, the OpenAPI
// document and the docs) is not needed in a page.
// The type below makes a new endpoint without an entry here a compile error, and a test holds every
// entry to `endpoints[id].response.schema`, so the two cannot disagree.
import type { $ZodType } from 'zod/v4/core';
import type { EndpointId } from './endpoints.js';
import * as s from './response-schemas.js';

/** Response schema by endpoint id; `undefined` for an answer without a JSON body. */
export const responseSchemas: { readonly [K in EndpointId]: $ZodType | undefined } = {
  health: s.healthSchema,
  permissions: s.permissionCatalogSchema,
  contacts: s.contactsSchema,
  terms: s.termsSchema,
  crls: s.crlsSchema,
  createChallenge: s.challengeResponseSchema,
  checkOrgCard: undefined,
  orgSignIn: s.sessionSchema,
  citizenSignIn: s.sessionSchema,
  getSession: s.sessionSchema,
  endSession: undefined,
  extendSession: s.sessionSchema,
  submitReview: s.reviewSubmittedSchema,
  register: s.registrationResultSchema,
  swapOrg: s.swapResultSchema,
  swapManager: s.swapResultSchema,
  swapBoth: s.swapResultSchema,
  listHandlers: s.handlerListSchema,
  createHandler: s.handlerSavedSchema,
  getHandler: s.handlerDetailSchema,
  updateHandler: s.handlerSavedSchema,
  deleteHandler: s.handlerDeletedSchema,
  listTemplates: s.templateListSchema,
  createTemplate: s.templateSavedSchema,
  updateTemplate: s.templateSavedSchema,
  deleteTemplate: s.templateDeletedSchema,
  listReceipts: s.receiptListSchema,
  orgOid: s.orgOidResultSchema,
  citizenSerial: s.citizenSerialResultSchema,
  applications: s.applicationListSchema,
  authorizedList: s.authorizedListSchema,
  authorizedCsv: undefined,
  adminListReviews: s.reviewListSchema,
  adminApproveReview: s.reviewDecidedSchema,
  adminRejectReview: s.reviewDecidedSchema,
  adminAudit: s.auditListSchema,
  adminLoadCrls: s.crlLoadResultSchema,
};
