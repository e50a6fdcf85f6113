// Challenges, the two card sign-ins, and the session they build.
import { checkOrgCard, citizenSignIn, createChallenge, orgSignIn } from '../services/sign-in.js';
import { extendSession, sessionView } from '../services/sessions.js';
import { json } from './types.js';
import type { RouteTable } from './types.js';

export const signInRoutes: Pick<
  RouteTable,
  | 'createChallenge'
  | 'checkOrgCard'
  | 'orgSignIn'
  | 'citizenSignIn'
  | 'getSession'
  | 'endSession'
  | 'extendSession'
> = {
  createChallenge: (ctx, { request, body, requestId }) =>
    json(createChallenge(ctx, request, body), 201, requestId),

  checkOrgCard: async (ctx, { body, requestId }) => {
    await checkOrgCard(ctx, body);
    return json(null, 204, requestId);
  },

  orgSignIn: async (ctx, { request, body, requestId }) => {
    const { token, session, known } = await orgSignIn(ctx, request, body);
    return json(sessionView(ctx, session, token, known), 201, requestId);
  },

  citizenSignIn: async (ctx, { request, body, session, requestId }) => {
    const result = await citizenSignIn(ctx, request, body, session);
    // A session opened here (query-citizen-serial) is new: 201 with its token.
    return json(sessionView(ctx, result.session, result.token), result.token ? 201 : 200, requestId);
  },

  getSession: (ctx, { session, requestId }) => json(sessionView(ctx, session.record), 200, requestId),

  extendSession: (ctx, { session, requestId }) =>
    json(sessionView(ctx, extendSession(ctx, session)), 200, requestId),

  endSession: (ctx, { session, requestId }) => {
    ctx.store.deleteSession(session.tokenHash);
    return json(null, 204, requestId);
  },
};
