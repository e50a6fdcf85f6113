// The card coach: the step indicator and the one live instruction above every card flow, in each of
// its states, on the in-page registration API with the demo cards in a virtual reader. Each story
// plays the flow to the state its name says and checks the words.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/first-registration/gepi-first-registration.js';
import '@gepi/elements/components/authorization/gepi-authorization.js';
import '@gepi/elements/components/cert-swap/gepi-cert-swap.js';
import { demoLoader, inDemo } from './support/demo-env.js';
import { atStep, flowHost, insertCard, press, signIn, typeAfresh } from './support/flow-play.js';
import type { FlowHost } from './support/flow-play.js';
import { view } from './support/play.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Flows/Card coach 作業步驟與操作提示',
  id: 'flows-card-coach',
  component: 'gepi-first-registration',
  loaders: [demoLoader()],
  render: inDemo(() => html`<gepi-first-registration></gepi-first-registration>`),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const instruction = (host: FlowHost): string =>
  (host.shadowRoot!.querySelector('[part~="instruction-now"]')?.textContent ?? '').trim();

async function says(host: FlowHost, text: string): Promise<void> {
  await waitFor(() => expect(instruction(host)).toBe(text), { timeout: 20_000 });
}

async function atOrgStep(canvas: HTMLElement): Promise<FlowHost> {
  const host = await flowHost(canvas, 'gepi-first-registration');
  await atStep(host, 'terms');
  await press(host, 'gepi-terms', '同意條款內容');
  await atStep(host, 'org-card');
  return host;
}

/** 同意條款 is the current step: 請閱讀用戶約定條款。 */
export const ReadTerms: Story = {
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, 'gepi-first-registration');
    await says(host, '請閱讀用戶約定條款。');
  },
};

/** The org card step with an empty reader: 請插入機關憑證IC卡。 */
export const InsertOrgCard: Story = {
  play: async ({ canvasElement }) => {
    const host = await atOrgStep(canvasElement);
    await says(host, '請插入機關憑證IC卡。');
  },
};

/** A citizen card where the org card is asked for: take it out, put the org card in. */
export const WrongCardIn: Story = {
  play: async ({ canvasElement }) => {
    const host = await atOrgStep(canvasElement);
    await insertCard(canvasElement, 'CIT-WANG');
    await says(host, '請取出自然人憑證，插入機關憑證。');
  },
};

/** The right card is in: fill in the fields and the PIN, then 確認. */
export const EnterPin: Story = {
  play: async ({ canvasElement }) => {
    const host = await atOrgStep(canvasElement);
    await insertCard(canvasElement, 'ORG-10001');
    await says(host, '請輸入欄位及PIN碼，再按「確認」。');
  },
};

/** While the card signs (30 s of card time here): IC卡簽章中，請勿移除。 */
export const Signing: Story = {
  parameters: { demo: { latencyMs: 30_000 } },
  play: async ({ canvasElement }) => {
    const host = await atOrgStep(canvasElement);
    await insertCard(canvasElement, 'ORG-10001');
    await says(host, '請輸入欄位及PIN碼，再按「確認」。');
    const card = await view(host.shadowRoot!, 'gepi-card-confirm');
    await typeAfresh(card.getByLabelText(/機關代號/), '10001');
    await typeAfresh(card.getByLabelText(/PIN/), '123456');
    await userEvent.click(card.getByRole('button', { name: '確認' }));
    await says(host, 'IC卡簽章中，請勿移除。');
  },
};

/** The org card is still in at the manager's step, and 10001 has no manager yet. */
export const TakeOutOrgCard: Story = {
  play: async ({ canvasElement }) => {
    const host = await atOrgStep(canvasElement);
    await signIn(canvasElement, host, { cardId: 'ORG-10001', id: '10001' });
    await atStep(host, 'citizen-card');
    await says(host, '請取出機關憑證，插入授權管理者的自然人憑證。');
  },
};

/** 授權指派 of 10002: the manager on file is named. */
export const TakeOutOrgCardNamed: Story = {
  render: inDemo(() => html`<gepi-authorization></gepi-authorization>`),
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, 'gepi-authorization');
    await atStep(host, 'org-card');
    await signIn(canvasElement, host, { cardId: 'ORG-10002', id: '10002' });
    await atStep(host, 'citizen-card');
    await says(host, '請取出機關憑證，插入林美惠的自然人憑證。');
  },
};

/** A revoked card at the manager's step: it cannot be used, whatever the PIN. */
export const CardCannotBeUsed: Story = {
  play: async ({ canvasElement }) => {
    const host = await atOrgStep(canvasElement);
    await signIn(canvasElement, host, { cardId: 'ORG-10001', id: '10001' });
    await atStep(host, 'citizen-card');
    await insertCard(canvasElement, 'CIT-CHENG-REVOKED');
    await says(host, '此IC卡無法使用，請取出，改插入有效的IC卡。');
  },
};

/** Both cards signed in: 可取出IC卡。 (確認 is the current step, the ones before it are done). */
export const CardsDone: Story = {
  play: async ({ canvasElement }) => {
    const host = await atOrgStep(canvasElement);
    await signIn(canvasElement, host, { cardId: 'ORG-10001', id: '10001' });
    await atStep(host, 'citizen-card');
    await signIn(canvasElement, host, { cardId: 'CIT-WANG', id: 'A123456789' });
    await atStep(host, 'confirm');
    await says(host, '可取出IC卡。');
  },
};

/** 更換機關憑證: the indicator names the new organization card. */
export const SwapOrg: Story = {
  render: inDemo(() => html`<gepi-cert-swap variant="org"></gepi-cert-swap>`),
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, 'gepi-cert-swap');
    await waitFor(() =>
      expect(host.shadowRoot!.querySelector('[part~="steps"]')?.textContent).toContain('新機關憑證'),
    );
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, 'gepi-first-registration');
    await says(host, 'Read the terms of use.');
  },
};
