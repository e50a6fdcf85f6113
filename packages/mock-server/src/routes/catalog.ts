// Public data: health, the permission catalog, contacts, the CRLs in use and the terms of use.
import { formatRocDateTime } from '@gepi/sdk';
import { contacts } from '../data/contacts.js';
import { TERMS_CLAUSES, TERMS_PREAMBLE, TERMS_TITLE } from '../data/terms.js';
import { bytesToBase64 } from '../util/encoding.js';
import { json } from './types.js';
import type { RouteTable } from './types.js';

export const catalogRoutes: Pick<RouteTable, 'health' | 'permissions' | 'contacts' | 'crls' | 'terms'> = {
  health: (ctx, { requestId }) =>
    json({ status: 'ok', time: ctx.clock().toISOString(), version: ctx.version }, 200, requestId),
  permissions: (ctx, { requestId }) => json({ permissions: ctx.permissions.catalog }, 200, requestId),
  contacts: (_ctx, { requestId }) => json(contacts, 200, requestId),
  // What the verifier checks sign-ins against, as the CAs signed it: public data, and a card
  // flow reads it to refuse a revoked card before anyone types its PIN.
  crls: (ctx, { requestId }) =>
    json(
      {
        crls: ctx.verifier.publishedCrls().map((c) => ({
          ca: c.ca,
          issuer: c.subject,
          crlNumber: c.crlNumber,
          thisUpdate: c.thisUpdate,
          nextUpdate: c.nextUpdate,
          crl: bytesToBase64(c.der),
        })),
      },
      200,
      requestId,
    ),
  terms: (ctx, { requestId }) => {
    const now = ctx.clock();
    return json(
      {
        title: TERMS_TITLE,
        preamble: TERMS_PREAMBLE,
        clauses: TERMS_CLAUSES,
        downloadedAt: now.toISOString(),
        downloadedAtRoc: formatRocDateTime(now),
      },
      200,
      requestId,
    );
  },
};
