// The registration API client: GepiClient, its transport policy, the error hierarchy and explainError.
// ApiErrors built from the problem catalog (apiErrorFromCode, apiErrorFromResponse) are in
// `@gepi/sdk/api`, with the catalog.
export { GepiClient, DEFAULT_ITERATION_PAGE_SIZE, retryPolicies } from './client.js';
export type {
  AdminResource,
  Application,
  ApplicationList,
  AuditEntry,
  AuditPage,
  AuthorizedHandler,
  AuthorizedList,
  Challenge,
  CitizenSerialAnswer,
  Handler,
  HandlerCreate,
  HandlerDeleted,
  HandlerDetail,
  HandlerList,
  HandlerSaved,
  HandlerUpdate,
  HandlersResource,
  OrgOidAnswer,
  PermissionCatalog,
  QueriesResource,
  Receipt,
  ReceiptList,
  RegistrationResult,
  Review,
  ReviewDecision,
  ReviewList,
  SessionInfo,
  SwapResult,
} from './resources.js';
export type {
  BodyOf,
  CallArgs,
  CallOptions,
  GepiClientOptions,
  InputOf,
  ItemOf,
  PagedEndpointId,
  ParamsOf,
  QueryOf,
  ResultOf,
} from './client.js';
export {
  ApiError,
  AuthProblem,
  ClientErrorCode,
  ConflictProblem,
  NotFoundProblem,
  RateLimited,
  ServerProblem,
  TransportError,
  ValidationProblem,
  clientErrorCatalog,
  createApiError,
  errorCode,
  isApiError,
  isTransportError,
} from './errors.js';
export type {
  ApiErrorCode,
  ApiErrorInit,
  ErrorResponse,
  ErrorWords,
  FieldProblem,
  ProblemWords,
  TransportErrorCode,
  TransportErrorInit,
} from './errors.js';
export { explainError, resolveLocale, tokenErrorTitles } from './explain.js';
export type {
  AuthorityContact,
  ContactsLike,
  ErrorExplanation,
  ErrorKind,
  ExplainOptions,
  FieldExplanation,
} from './explain.js';
export {
  DEFAULT_RETRY,
  RETRYABLE_STATUSES,
  backoffDelay,
  isRetryableStatus,
  parseRetryAfter,
} from './retry.js';
export type { RetryOptions, RetryPolicy } from './retry.js';
export {
  DEFAULT_TIMEOUT,
  IDEMPOTENCY_KEY_HEADER,
  REQUEST_ID_HEADER,
  Transport,
  abortableSleep,
  randomUuid,
} from './transport.js';
export type {
  FetchLike,
  HeadersHook,
  RetryEvent,
  Sleep,
  TransportOptions,
  TransportRequest,
  TransportResponse,
} from './transport.js';
