// First registration, the review application, and the three certificate swaps.
import { register, submitReview, swap } from '../services/registration.js';
import { json } from './types.js';
import type { RouteTable } from './types.js';

export const registrationRoutes: Pick<
  RouteTable,
  'submitReview' | 'register' | 'swapOrg' | 'swapManager' | 'swapBoth'
> = {
  submitReview: (ctx, { session, body, requestId }) =>
    json(submitReview(ctx, session, body, requestId), 201, requestId),
  register: (ctx, { session, body, requestId }) =>
    json(register(ctx, session, body, requestId), 201, requestId),
  swapOrg: (ctx, { session, body, requestId }) =>
    json(swap(ctx, session, 'swap-org', body, requestId), 200, requestId),
  swapManager: (ctx, { session, body, requestId }) =>
    json(swap(ctx, session, 'swap-manager', body, requestId), 200, requestId),
  swapBoth: (ctx, { session, body, requestId }) =>
    json(swap(ctx, session, 'swap-both', body, requestId), 200, requestId),
};
