// For scripts: flow actions that throw. A flow's actions never reject (they put failures into
// `state.error` for a view to render); a script would rather stop at the first failure. `orThrow`
// checks one action's resulting state, `throwing(flow)` wraps every action of a flow so.
import { GepiError } from '../errors.js';
import type { FlowErrorState, FlowState } from './machine.js';

/** A flow action's failure, thrown: the state's error (code, field, words in both languages) and step. */
export class FlowStepError extends GepiError {
  override name = 'FlowStepError';
  /** The error as the flow's state holds it (with explainError()'s words). */
  readonly state: FlowErrorState;
  /** The step the flow is at after the failed action. */
  readonly step: string;

  constructor(state: FlowState) {
    const error = state.error!;
    const zh = error.explanation['zh-TW'];
    const en = error.explanation.en;
    super({
      code: error.code,
      // The detail often repeats the title (PIN碼錯誤，尚可嘗試 2 次): then the detail alone.
      text: {
        'zh-TW': zh.detail.includes(zh.title) ? zh.detail : `${zh.title}：${zh.detail}`,
        en: en.detail.includes(en.title) ? en.detail : `${en.title}: ${en.detail}`,
      },
      ...(error.field !== undefined ? { field: error.field } : {}),
      details: { ...(error.triesLeft !== undefined ? { triesLeft: error.triesLeft } : {}), kind: error.kind },
    });
    this.state = error;
    this.step = state.step;
  }
}

function isFlowState(value: unknown): value is FlowState {
  return typeof value === 'object' && value !== null && 'step' in value && 'busy' in value && 'flow' in value;
}

/** The state an action resolved with, or a {@link FlowStepError} when it holds an error. */
export async function orThrow<S extends FlowState>(result: S | Promise<S>): Promise<S> {
  const state = await result;
  if (state.error) throw new FlowStepError(state);
  return state;
}

/**
 * The same flow, but every action that returns a state throws {@link FlowStepError} instead of
 * leaving the failure in `state.error`. The flow itself is unchanged (views keep the state style).
 *
 * ```ts
 * const steps = throwing(createAssignmentFlow({ client, tokens, origin }));
 * await steps.signInOrg({ agencyCode: '10002', pin });        // throws PIN_INCORRECT, AGENCY_UNKNOWN, …
 * ```
 */
export function throwing<F extends object>(flow: F): F {
  return new Proxy(flow, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (result instanceof Promise) {
          return result.then((state: unknown) => {
            if (isFlowState(state) && state.error) throw new FlowStepError(state);
            return state;
          });
        }
        if (isFlowState(result) && result.error) throw new FlowStepError(result);
        return result;
      };
    },
  });
}
