// Headless flows: framework-free state machines for every function of the manual's chapter 3
// (首次註冊, 授權指派, 更換憑證, 查詢作業). Elements render a flow's state and call its actions.
// Browser-safe; the certificate parser they use to describe cards is loaded on first use.
export * from './machine.js';
export * from './card-step.js';
export * from './refusal.js';
export * from './forms.js';
export * from './shared.js';
export { TermsFlow } from './terms.js';
export * from './first-registration.js';
export * from './assignment.js';
export * from './swap.js';
export * from './queries.js';
export { FlowStepError, orThrow, throwing } from './throwing.js';
