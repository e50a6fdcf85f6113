// 查詢作業: receipt records by agency code (public, as in the manual), the signed-in org card's
// OID and its agency's review applications, and the signed-in citizen card's serial number.
import { receiptItems } from '@gepi/sdk/api';
import { ProblemError } from '../http/problem.js';
import { pageInfo, pageOf } from '../services/handlers.js';
import { applicationView, receiptView } from '../services/registration.js';
import { json } from './types.js';
import type { RouteTable } from './types.js';

export const queryRoutes: Pick<RouteTable, 'listReceipts' | 'orgOid' | 'citizenSerial' | 'applications'> = {
  listReceipts: (ctx, { query, requestId }) => {
    const agency = ctx.store.getAgency(query.agencyCode);
    if (!agency) throw new ProblemError('AGENCY_UNKNOWN', { field: 'agencyCode' });
    const { page, pageSize, offset } = pageOf(query);
    const q = query.q?.trim().toLowerCase() ?? '';
    // The table's search box matches any shown column, as the manual's list does.
    const all = ctx.store
      .listReceipts(agency.code)
      .map((r) => receiptView(ctx, r))
      .filter(
        (r) =>
          q === '' ||
          [
            r.agencyCode,
            r.agencyName,
            r.receivedAtRoc,
            receiptItems[r.item]['zh-TW'],
            receiptItems[r.item].en,
          ].some((text) => text.toLowerCase().includes(q)),
      );
    const items = all.slice(offset, offset + pageSize);
    return json(
      {
        agency: { code: agency.code, name: agency.name },
        items,
        ...pageInfo(all.length, page, pageSize, items.length),
      },
      200,
      requestId,
    );
  },

  orgOid: (ctx, { session, requestId }) => {
    const { record } = session;
    const agency = record.agencyCode ? ctx.store.getAgency(record.agencyCode) : undefined;
    if (!record.org || !agency) throw new ProblemError('SESSION_INCOMPLETE');
    return json(
      {
        agencyCode: agency.code,
        agencyName: agency.name,
        organizationName: record.org.organizationName,
        orgId: record.org.orgId,
        ca: record.org.ca,
        matchesAgencyOnFile: record.org.orgId === agency.orgId,
      },
      200,
      requestId,
    );
  },

  // 申請及審核情形: an agency's OID-mismatch applications are the business of the organization that
  // filed them. The session's org card (signed for this agency code) sees the applications filed
  // for that code with a card of its own OID, and nothing else: another agency's card typing this
  // code sees none, whatever the code.
  applications: (ctx, { session, requestId }) => {
    const { record } = session;
    const agency = record.agencyCode ? ctx.store.getAgency(record.agencyCode) : undefined;
    const org = record.org;
    if (!org || !agency) throw new ProblemError('SESSION_INCOMPLETE');
    const items = ctx.store
      .listReviews()
      .filter((review) => review.agencyCode === agency.code && review.card.orgId === org.orgId)
      .map((review) => applicationView(ctx, review));
    return json({ agency: { code: agency.code, name: agency.name }, items }, 200, requestId);
  },

  citizenSerial: (_ctx, { session, requestId }) => {
    const citizen = session.record.citizen;
    if (!citizen) throw new ProblemError('SESSION_INCOMPLETE');
    return json({ name: citizen.name, serial: citizen.serial }, 200, requestId);
  },
};
