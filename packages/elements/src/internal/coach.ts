// The card coach every card flow shows above its step: where the person is in the flow (an ordered
// list of its steps, the current one aria-current="step") and one polite live instruction that
// always says the next physical action: which card to put in or take out, 請勿移除 while the card
// signs, 可取出IC卡 once no card is needed any more. Worked out from the flow's state alone (the step,
// the card the flow read, `expectedHolder`, busy, the provider's status), so it never disagrees
// with the step's own view.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { CardView, PinEntry, ProviderStatus } from '@gepi/sdk';
import type { PlainKey } from './form-element.js';
import type { Translate } from '../i18n/translation.js';

type StepLabel = PlainKey & `coach.step.${string}`;

/** The steps of one flow as the indicator shows them, and which indicator step each flow step is. */
interface Track {
  labels: readonly StepLabel[];
  at: Readonly<Record<string, number>>;
}

/** The part of a flow's state the coach reads. */
export interface CoachState {
  flow: string;
  step: string;
  busy: boolean;
  data: {
    card?: CardView | null;
    pinEntry?: PinEntry;
    provider?: ProviderStatus;
    expectedHolder?: string;
    variant?: string;
  };
}

/** What the coach shows: the indicator (index into `labels`) and the instruction. */
export interface Coaching {
  labels: readonly StepLabel[];
  current: number;
  /** The next physical action; '' when there is nothing to say yet. */
  instruction: string;
}

function swapTrack(variant: string | undefined): Track {
  const newOrg = variant === 'org' || variant === 'both';
  const newManager = variant === 'manager' || variant === 'both';
  return {
    labels: [
      'coach.step.terms',
      newOrg ? 'coach.step.newOrgCard' : 'coach.step.orgCard',
      newManager ? 'coach.step.newManagerCard' : 'coach.step.managerCard',
      'coach.step.confirm',
      'coach.step.done',
    ],
    at: { terms: 0, 'org-card': 1, 'citizen-card': 2, confirm: 3, swapped: 4 },
  };
}

function trackOf(state: CoachState): Track | undefined {
  switch (state.flow) {
    case 'first-registration':
      return {
        labels: [
          'coach.step.terms',
          'coach.step.orgCard',
          'coach.step.managerCard',
          'coach.step.confirm',
          'coach.step.done',
        ],
        at: {
          terms: 0,
          'org-card': 1,
          applicant: 1,
          'citizen-card': 2,
          confirm: 3,
          registered: 4,
          'review-pending': 4,
        },
      };
    case 'swap-org':
    case 'swap-manager':
    case 'swap-both':
      return swapTrack(state.data.variant ?? state.flow.slice(5));
    case 'assignment':
      return {
        labels: ['coach.step.orgCard', 'coach.step.managerCard', 'coach.step.handlers'],
        at: { 'org-card': 0, 'citizen-card': 1, list: 2, add: 2, edit: 2, 'confirm-delete': 2 },
      };
    case 'query-authorized':
      return {
        labels: ['coach.step.orgCard', 'coach.step.managerCard', 'coach.step.authorizedList'],
        at: { 'org-card': 0, 'citizen-card': 1, list: 2 },
      };
    case 'query-org-oid':
      return { labels: ['coach.step.orgCard', 'coach.step.result'], at: { 'org-card': 0, result: 1 } };
    case 'query-citizen-serial':
      return {
        labels: ['coach.step.citizenCard', 'coach.step.result'],
        at: { 'citizen-card': 0, result: 1 },
      };
    default:
      return undefined;
  }
}

/** Which card a citizen step takes, for its words. */
type CitizenWho = 'named' | 'manager' | 'newManager' | 'anyone';

function citizenWho(state: CoachState): CitizenWho {
  if (state.flow === 'query-citizen-serial') return 'anyone';
  if (state.flow === 'swap-manager' || state.flow === 'swap-both') return 'newManager';
  return state.data.expectedHolder ? 'named' : 'manager';
}

const REFUSED = new Set(['unreadable', 'expired', 'not-yet-valid', 'revoked', 'pin-locked']);

function cardStepInstruction(state: CoachState, t: Translate): string {
  const org = state.step === 'org-card';
  const { card, provider, expectedHolder } = state.data;
  if (provider && provider.state !== 'ready') return t('coach.connectFirst');
  if (state.busy) return t('coach.signing');
  if (card === undefined) return '';
  const who = org ? undefined : citizenWho(state);
  const name = expectedHolder ?? '';
  if (card === null) {
    if (org) {
      return t(
        state.flow === 'swap-org' || state.flow === 'swap-both' ? 'coach.insertNewOrg' : 'coach.insertOrg',
      );
    }
    if (who === 'named') return t('coach.insertManagerNamed', { name });
    if (who === 'newManager') return t('coach.insertNewManager');
    return t(who === 'anyone' ? 'coach.insertCitizen' : 'coach.insertManager');
  }
  if (card.warnings.includes('wrong-kind')) {
    if (org) return t('coach.swapToOrg');
    if (who === 'named') return t('coach.swapToManagerNamed', { name });
    if (who === 'newManager') return t('coach.swapToNewManager');
    return t(who === 'anyone' ? 'coach.swapToCitizen' : 'coach.swapToManager');
  }
  if (card.warnings.some((w) => REFUSED.has(w))) return t('coach.replaceCard');
  const entry = card.pinEntry ?? state.data.pinEntry;
  if (entry === 'native') return t('coach.enterPinNative');
  if (entry === 'pinpad') return t('coach.enterPinPinpad');
  return t('coach.enterPin');
}

/** What the coach says for this state; undefined for a flow or step without one (no cards, ended). */
export function coaching(state: CoachState, t: Translate): Coaching | undefined {
  const track = trackOf(state);
  const current = track?.at[state.step];
  if (!track || current === undefined) return undefined;
  let instruction: string;
  if (state.step === 'org-card' || state.step === 'citizen-card') instruction = cardStepInstruction(state, t);
  else if (state.step === 'terms') instruction = t('coach.readTerms');
  else if (state.step === 'add' || state.step === 'edit') instruction = t('coach.readHandlerCard');
  else instruction = t('coach.removeCard');
  return { labels: track.labels, current, instruction };
}

/** The indicator and the live instruction. */
export function renderCoach(coach: Coaching | undefined, t: Translate): TemplateResult | typeof nothing {
  if (!coach) return nothing;
  return html`<div part="coach" class="coach">
    <nav part="steps" class="coach__nav" aria-label=${t('coach.label')}>
      <ol class="coach__steps">
        ${coach.labels.map((label, i) => {
          const state = i < coach.current ? 'done' : i === coach.current ? 'current' : 'todo';
          return html`<li
            part=${`step step-${state}`}
            class=${`coach__step coach__step--${state}`}
            aria-current=${state === 'current' ? 'step' : nothing}
          >
            <span class="coach__label">${t(label)}</span>${
              state === 'done' ? html`<span class="visually-hidden">${t('coach.done')}</span>` : nothing
            }
          </li>`;
        })}
      </ol>
    </nav>
    <p part="instruction-now" class="coach__now" role="status">${coach.instruction}</p>
  </div>`;
}
