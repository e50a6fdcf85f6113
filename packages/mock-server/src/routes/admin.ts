// Reviewer endpoints (承保科): pending reviews, approve, reject, the audit log, and loading CRLs.
import { pageInfo, pageOf } from '../services/handlers.js';
import { decideReview, reviewView } from '../services/registration.js';
import { base64ToBytes } from '../util/encoding.js';
import { json } from './types.js';
import type { RouteTable } from './types.js';

export const adminRoutes: Pick<
  RouteTable,
  'adminListReviews' | 'adminApproveReview' | 'adminRejectReview' | 'adminAudit' | 'adminLoadCrls'
> = {
  adminLoadCrls: async (ctx, { body, requestId }) => {
    const results =
      body?.crls === undefined
        ? await ctx.crls.reload()
        : await ctx.crls.load(body.crls.map((text) => base64ToBytes(text) ?? new Uint8Array(0)));
    return json({ results, inUse: ctx.verifier.crlStatus() }, 200, requestId);
  },
  adminListReviews: (ctx, { query, requestId }) => {
    const { page, pageSize, offset } = pageOf(query);
    const q = query.q?.trim() ?? '';
    const all = ctx.store
      .listReviews(query.status)
      .filter((r) => q === '' || r.agencyCode.includes(q) || r.applicantName.includes(q));
    const items = all.slice(offset, offset + pageSize).map((r) => reviewView(ctx, r));
    return json({ items, ...pageInfo(all.length, page, pageSize, items.length) }, 200, requestId);
  },
  adminApproveReview: (ctx, { params, requestId }) =>
    json(decideReview(ctx, params.id, 'approved', undefined, requestId), 200, requestId),
  adminRejectReview: (ctx, { params, body, requestId }) =>
    json(decideReview(ctx, params.id, 'rejected', body.reason, requestId), 200, requestId),
  adminAudit: (ctx, { query, requestId }) => {
    const limit = query.limit ?? 50;
    const items = ctx.store.listAudit({
      limit,
      ...(query.agencyCode !== undefined ? { agencyCode: query.agencyCode } : {}),
      ...(query.before !== undefined ? { before: query.before } : {}),
    });
    const last = items[items.length - 1];
    return json({ items, nextBefore: items.length === limit && last ? last.id : null }, 200, requestId);
  },
};
