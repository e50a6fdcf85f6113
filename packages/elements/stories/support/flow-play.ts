// The moves of a person at the screen, for the flow stories' play functions: put a card into the
// virtual reader, fill a card step, wait for the flow to reach a step. Everything goes through the
// page as a user would (the reader's select, labelled inputs, buttons by name); the flow element's
// `state` is read only to know when the flow has settled.
import type { FlowState } from '@gepi/sdk';
import { expect, userEvent, waitFor } from 'storybook/test';
import { DEMO_PIN } from './demo-env.js';
import { findDeep, shadow, view } from './play.js';

/** A flow-bound element (<gepi-first-registration>, <gepi-authorization>, …). */
export type FlowHost = HTMLElement & { state?: FlowState; updateComplete: Promise<unknown> };

const FLOW_TIMEOUT = 20_000;

/** The story's flow element, once it has created its flow (after the demo environment loaded). */
export async function flowHost(canvas: HTMLElement, tag: string): Promise<FlowHost> {
  const host = await findDeep<FlowHost>(canvas, tag);
  await waitFor(() => expect(host.state).toBeDefined(), { timeout: FLOW_TIMEOUT });
  return host;
}

/** Waits until the flow shows `step` and is not busy. */
export async function atStep(host: FlowHost, step: string): Promise<void> {
  await waitFor(
    () => {
      const state = host.state;
      if (state?.step !== step || state.busy) {
        throw new Error(
          `at ${state?.step ?? '?'}${state?.busy ? ' (busy)' : ''} ${state?.error?.code ?? ''}, not ${step}`,
        );
      }
    },
    { timeout: FLOW_TIMEOUT },
  );
  await host.updateComplete;
}

/** Waits until the flow's last action failed with `code`. */
export async function failedWith(host: FlowHost, code: string): Promise<void> {
  await waitFor(
    () => {
      const state = host.state;
      if (state?.busy || state?.error?.code !== code) {
        throw new Error(`error ${state?.error?.code ?? 'none'} at ${state?.step ?? '?'}, not ${code}`);
      }
    },
    { timeout: FLOW_TIMEOUT },
  );
  await host.updateComplete;
}

/** Chooses a card (by id) in the story's 虛擬讀卡機, or `''` to take the card out. */
export async function insertCard(canvas: HTMLElement, cardId: string): Promise<void> {
  const reader = await findDeep(canvas, 'gepi-virtual-reader');
  await userEvent.selectOptions(shadow(reader).getByLabelText(/虛擬讀卡機|Virtual card reader/), cardId);
}

interface CardStepInput {
  cardId: string;
  /** 機關代號 (org card) or 身分證統一編號 (citizen card). */
  id: string;
  pin?: string;
  /** Labels in English (a story in the English locale). */
  english?: boolean;
}

/** A card step: insert the card, wait until the flow has read it, type the fields, press 確認. */
export async function signIn(canvas: HTMLElement, host: FlowHost, input: CardStepInput): Promise<void> {
  await insertCard(canvas, input.cardId);
  await waitFor(
    () => {
      const card = (host.state?.data as { card?: { cardId?: string } } | undefined)?.card;
      if (card?.cardId !== input.cardId) throw new Error(`${input.cardId} not read yet`);
    },
    { timeout: FLOW_TIMEOUT },
  );
  await host.updateComplete;
  const step = await view(host.shadowRoot!, 'gepi-card-confirm');
  const idLabel = input.english ? /agency code|national id/i : /機關代號|身分證統一編號/;
  await typeAfresh(step.getByLabelText(idLabel), input.id);
  await typeAfresh(step.getByLabelText(/PIN/), input.pin ?? DEMO_PIN);
  await userEvent.click(step.getByRole('button', { name: input.english ? 'Confirm' : '確認' }));
}

/**
 * Empties an input, then types into it, as a person does (select all, delete, type). user-event
 * keeps its own record of an input's value, and inside a shadow root it does not notice the element
 * clearing the field (as the card step clears the PIN after each try): typing alone would append
 * to the old PIN. (`userEvent.clear` cannot be used either: it checks focus against
 * `document.activeElement`, which is the shadow host.)
 */
export async function typeAfresh(input: HTMLElement, text: string): Promise<void> {
  await userEvent.type(input, `{Control>}a{/Control}{Backspace}${text}`);
}

/** Presses a button, by its accessible name, in the flow's view with this tag. */
export async function press(host: FlowHost, tag: string, name: string | RegExp): Promise<void> {
  const found = await view(host.shadowRoot!, tag);
  await userEvent.click(found.getByRole('button', { name }));
}
