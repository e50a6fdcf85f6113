// `@gepi/sdk/roster`: keeping an agency's handlers (授權經辦人) in step with an HR system's roster.
/**
 * Roster sync for agency HR systems: read a roster (CSV or JSON), plan the changes against the
 * current handler list with {@link planRosterSync}, carry them out with {@link applyRosterSync}
 * in one manager session from {@link signInManager}. Browser-safe; the `gepi roster` command of
 * `@gepi/pkcs11` is built on it.
 *
 * @module @gepi/sdk/roster
 */
export { signInManager } from './session.js';
export type { ManagerSession, ManagerSignInOptions } from './session.js';
export {
  PermissionResolver,
  checkRoster,
  parseCsvRecords,
  parseRoster,
  rosterFromCsv,
  rosterFromJson,
  splitPermissions,
} from './input.js';
export type {
  CheckRosterOptions,
  RosterCheck,
  RosterEntry,
  RosterField,
  RosterRow,
  RosterRowProblem,
} from './input.js';
export {
  DEFAULT_REMOVAL_SHARE,
  ROSTER_PLAN_FORMAT,
  RosterError,
  defaultRemovalLimit,
  listDigest,
  planChanges,
  planRosterSync,
  readHandlerList,
  verifyPlan,
} from './plan.js';
export type {
  HandlerState,
  HandlerSummary,
  PlanRosterSyncOptions,
  RosterAdd,
  RosterChange,
  RosterChangeReason,
  RosterPlan,
  RosterPlanResult,
  RosterRemove,
  RosterUnchanged,
  RosterUpdate,
  UnsealedChange,
} from './plan.js';
export { applyRosterSync, reconcile } from './apply.js';
export type {
  ApplyRosterSyncOptions,
  RosterApplyEvent,
  RosterChangeResult,
  RosterChangeStatus,
  RosterConflict,
  RosterReport,
} from './apply.js';
export { formatRosterPlan, formatRosterProblems, formatRosterReport } from './report.js';
