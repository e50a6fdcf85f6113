// The registration API contract shared by the mock server and the SDK client: problem codes and
// their words, success messages, zod schemas and the route table.
export * from './problems.js';
export * from './messages.js';
export * from './schemas.js';
export * from './endpoints.js';
export * from './sign-in.js';
export * from './openapi.js';
