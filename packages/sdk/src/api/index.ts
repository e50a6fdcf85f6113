// The registration API contract shared by the mock server and the SDK client: problem codes and
// their words (and ApiErrors made from them), success messages, zod schemas and the route table.
/**
 * The registration API contract the client and the mock server share: zod/mini schemas of every
 * request and response, the route table (and its zod-free half, `routes`), problem codes with
 * their zh-TW and English words, the ApiErrors made from them (`apiErrorFromCode`,
 * `apiErrorFromResponse`), and the OpenAPI document generated from them.
 *
 * @module @gepi/sdk/api
 */
export * from './problems.js';
export * from './problem-errors.js';
export * from './messages.js';
export * from './schemas.js';
export * from './routes.js';
export * from './endpoints.js';
export * from './sign-in.js';
export * from './openapi.js';
