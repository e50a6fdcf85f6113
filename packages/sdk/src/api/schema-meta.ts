// The contract's one helper for documentation metadata, shared by the request schemas
// (schemas.ts) and the response schemas (response-schemas.ts). Not exported by @gepi/sdk/api.
import * as z from 'zod/mini';

/**
 * Classic zod's `.meta()`: a copy registered in the global registry (whose metadata the OpenAPI
 * document reads). A copy, not the schema itself, so that a field reused with other words (an
 * optional origin with its own description) does not change the words of every other use; the
 * copy inherits the original's metadata except its `id`.
 */
export function meta<S extends z.ZodMiniType>(schema: S, data: z.core.GlobalMeta): S {
  const copy = schema.clone();
  z.globalRegistry.add(copy, data);
  return copy;
}
