// The shape of a route implementation: it receives the endpoint's validated params, query and
// body (typed from the contract's schemas) and, for session endpoints, the resolved session.
import type * as z from 'zod/mini';
import type { EndpointId, endpoints } from '@gepi/sdk/api';
import type { ApiContext } from '../context.js';
import { textResponse } from '../http/response.js';
import type { ActiveSession } from '../services/sessions.js';

type Def<K extends EndpointId> = (typeof endpoints)[K];
type Out<S> = S extends z.ZodMiniType ? z.output<S> : never;

export interface RouteInput<K extends EndpointId> {
  request: Request;
  requestId: string;
  params: Def<K> extends { params: infer P } ? Out<P> : Record<string, never>;
  query: Def<K> extends { query: infer Q } ? Out<Q> : Record<string, never>;
  body: Def<K> extends { body: infer B } ? Out<B> : undefined;
  session: Def<K>['auth'] extends 'session' ? ActiveSession : ActiveSession | undefined;
}

export type RouteHandler<K extends EndpointId> = (
  ctx: ApiContext,
  input: RouteInput<K>,
) => Response | Promise<Response>;

export type RouteTable = { [K in EndpointId]: RouteHandler<K> };

/** A JSON response that is never cached (it may hold personal data) and names its request. */
export function json(
  data: unknown,
  status: number,
  requestId: string,
  headers: Record<string, string> = {},
): Response {
  return textResponse(status === 204 ? null : JSON.stringify(data), {
    status,
    headers: {
      ...(status === 204 ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      vary: 'Origin',
      'x-request-id': requestId,
      ...headers,
    },
  });
}
