// 權限範本 (permission templates) of the signed-in manager's agency.
import { createTemplate, deleteTemplate, listTemplates, updateTemplate } from '../services/templates.js';
import { json } from './types.js';
import type { RouteTable } from './types.js';

export const templateRoutes: Pick<
  RouteTable,
  'listTemplates' | 'createTemplate' | 'updateTemplate' | 'deleteTemplate'
> = {
  listTemplates: (ctx, { session, requestId }) => json(listTemplates(ctx, session.record), 200, requestId),
  createTemplate: (ctx, { session, body, requestId }) =>
    json(createTemplate(ctx, session.record, body, requestId), 201, requestId),
  updateTemplate: (ctx, { session, params, body, requestId }) =>
    json(updateTemplate(ctx, session.record, params.id, body, requestId), 200, requestId),
  deleteTemplate: (ctx, { session, params, requestId }) =>
    json(deleteTemplate(ctx, session.record, params.id, requestId), 200, requestId),
};
