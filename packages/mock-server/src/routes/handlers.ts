// Handler administration (授權指派) and the read-only authorized list with its CSV export.
import {
  authorizedCsv,
  authorizedList,
  createHandler,
  deleteHandler,
  getHandler,
  listHandlers,
  updateHandler,
} from '../services/handlers.js';
import { textResponse } from '../http/response.js';
import { json } from './types.js';
import type { RouteTable } from './types.js';

export const handlerRoutes: Pick<
  RouteTable,
  | 'listHandlers'
  | 'createHandler'
  | 'getHandler'
  | 'updateHandler'
  | 'deleteHandler'
  | 'authorizedList'
  | 'authorizedCsv'
> = {
  listHandlers: (ctx, { session, query, requestId }) =>
    json(listHandlers(ctx, session.record, query), 200, requestId),
  getHandler: (ctx, { session, params, requestId }) =>
    json(getHandler(ctx, session.record, params.id), 200, requestId),
  createHandler: async (ctx, { session, body, requestId }) =>
    json(await createHandler(ctx, session.record, body, requestId), 201, requestId),
  updateHandler: async (ctx, { session, params, body, requestId }) =>
    json(await updateHandler(ctx, session.record, params.id, body, requestId), 200, requestId),
  deleteHandler: (ctx, { session, params, requestId }) =>
    json(deleteHandler(ctx, session.record, params.id, requestId), 200, requestId),
  authorizedList: (ctx, { session, query, requestId }) =>
    json(authorizedList(ctx, session.record, query), 200, requestId),
  authorizedCsv: (ctx, { session, query, requestId }) => {
    const csv = authorizedCsv(ctx, session.record, query.q);
    const agency = session.record.agencyCode ?? 'agency';
    return textResponse(csv, {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="authorized-${agency}.csv"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        vary: 'Origin',
        'x-request-id': requestId,
      },
    });
  },
};
