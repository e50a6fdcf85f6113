// 首次註冊, clickable: <gepi-first-registration> on the registration API running in this page, with the
// demo cards in a virtual reader. Choose a card in 虛擬讀卡機, type its agency code or national ID and
// the PIN 123456. The play functions walk the happy path and each way it can go wrong.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/first-registration/gepi-first-registration.js';
import { demoLoader, inDemo } from './support/demo-env.js';
import type { DemoEnvironment } from './support/demo-env.js';
import { atStep, failedWith, flowHost, press, signIn, typeAfresh } from './support/flow-play.js';
import type { FlowHost } from './support/flow-play.js';
import { view } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Flows/First registration 首次註冊',
  id: 'flows-first-registration',
  component: 'gepi-first-registration',
  loaders: [demoLoader()],
  render: inDemo((args: Args) => html`<gepi-first-registration ${spread(args)}></gepi-first-registration>`),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const TAG = 'gepi-first-registration';

/** Click through it yourself: 臺北市政府人事處 (10001) with ORG-10001 and 王大明's card (A123456789). */
export const Clickable: Story = { parameters: { demo: { latencyMs: 400 } } };

export const ClickableEnglish: Story = {
  parameters: { demo: { latencyMs: 400 } },
  globals: { locale: 'en' },
};

async function acceptTerms(host: FlowHost): Promise<void> {
  await atStep(host, 'terms');
  await press(host, 'gepi-terms', '同意條款內容');
  await atStep(host, 'org-card');
}

/** Terms, 臺北市政府人事處's card, 王大明's card, the contact form, 首次註冊成功. */
export const HappyPath: Story = {
  args: { onGepiRegistered: fn() },
  play: async ({ canvasElement, args, step }) => {
    const host = await flowHost(canvasElement, TAG);
    await step('用戶約定條款：同意條款內容', () => acceptTerms(host));
    await step('機關憑證確認畫面：ORG-10001, 10001', async () => {
      await signIn(canvasElement, host, { cardId: 'ORG-10001', id: '10001' });
      await atStep(host, 'citizen-card');
    });
    await step('自然人憑證確認畫面：王大明', async () => {
      await signIn(canvasElement, host, { cardId: 'CIT-WANG', id: 'A123456789' });
      await atStep(host, 'confirm');
    });
    await step('首次註冊畫面: both panels and the contact form', async () => {
      const panels = await view(host.shadowRoot!, 'gepi-cert-info');
      await expect(panels.getByRole('heading', { name: '機關（組織）憑證資訊' })).toBeVisible();
      const form = await view(host.shadowRoot!, 'gepi-contact-form');
      await userEvent.type(form.getByLabelText(/姓名/), '王大明');
      await userEvent.type(form.getByLabelText(/電子信箱/), 'wang.daming@example.org');
      await userEvent.type(form.getByLabelText(/連絡電話/), '(02)2720-8889');
      await userEvent.click(form.getByRole('button', { name: '確認' }));
      await atStep(host, 'registered');
    });
    await waitFor(() =>
      expect(args['onGepiRegistered']).toHaveBeenCalledWith(
        expect.objectContaining({ detail: { agencyCode: '10001' } }),
      ),
    );
  },
};

/** The same in English. */
export const HappyPathEnglish: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await atStep(host, 'terms');
    await press(host, 'gepi-terms', 'I agree to the terms');
    await atStep(host, 'org-card');
    await signIn(canvasElement, host, { cardId: 'ORG-10001', id: '10001', english: true });
    await atStep(host, 'citizen-card');
    await signIn(canvasElement, host, { cardId: 'CIT-WANG', id: 'A123456789', english: true });
    await atStep(host, 'confirm');
    const form = await view(host.shadowRoot!, 'gepi-contact-form');
    await userEvent.type(form.getByLabelText(/^\*?\s*Name/), 'Wang Da-ming');
    await userEvent.type(form.getByLabelText(/Email/), 'wang.daming@example.org');
    await userEvent.type(form.getByLabelText(/Phone/), '(02)2720-8889');
    await userEvent.click(form.getByRole('button', { name: 'Confirm' }));
    await atStep(host, 'registered');
  },
};

/** A wrong PIN costs a try (2 left, shown), then the right one goes through. */
export const WrongPin: Story = {
  play: async ({ canvasElement, step }) => {
    const host = await flowHost(canvasElement, TAG);
    await acceptTerms(host);
    await signIn(canvasElement, host, { cardId: 'ORG-10001', id: '10001' });
    await atStep(host, 'citizen-card');
    await step('a wrong PIN', async () => {
      await signIn(canvasElement, host, { cardId: 'CIT-WANG', id: 'A123456789', pin: '111111' });
      await failedWith(host, 'PIN_INCORRECT');
      await expect(host.state?.error?.triesLeft).toBe(2);
      const card = await view(host.shadowRoot!, 'gepi-card-confirm');
      await expect(card.getByText('PIN碼尚可嘗試 2 次。', { exact: false })).toBeVisible();
    });
    await step('the right PIN', async () => {
      const card = await view(host.shadowRoot!, 'gepi-card-confirm');
      await typeAfresh(card.getByLabelText(/PIN/), '123456');
      await userEvent.click(card.getByRole('button', { name: '確認' }));
      await atStep(host, 'confirm');
    });
  },
};

/** 許志明's card is locked: the step says so as soon as it is in the reader, and who unlocks it. */
export const LockedCard: Story = {
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await acceptTerms(host);
    await signIn(canvasElement, host, { cardId: 'ORG-10001', id: '10001' });
    await atStep(host, 'citizen-card');
    await signIn(canvasElement, host, { cardId: 'CIT-HSU-LOCKED', id: 'S124445552' });
    await failedWith(host, 'PIN_LOCKED');
    const card = await view(host.shadowRoot!, 'gepi-card-confirm');
    await expect(card.getByRole('heading', { name: 'IC卡已鎖卡' })).toBeVisible();
  },
};

/** 國立臺灣測試大學 is registered already. */
export const AlreadyRegistered: Story = {
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await acceptTerms(host);
    await signIn(canvasElement, host, { cardId: 'ORG-10002', id: '10002' });
    await failedWith(host, 'ALREADY_REGISTERED');
  },
};

/** 花蓮縣立測試國民小學 has an application under review: 申請資料審核中. */
export const PendingReview: Story = {
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await acceptTerms(host);
    await signIn(canvasElement, host, { cardId: 'ORG-50006', id: '50006' });
    await atStep(host, 'review-pending');
  },
};

/** 臺中市測試區公所's card carries another OID: 申請人確認畫面, then the application goes to review. */
export const OidMismatchReview: Story = {
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await acceptTerms(host);
    await signIn(canvasElement, host, { cardId: 'ORG-40005-MISMATCH', id: '40005' });
    await atStep(host, 'applicant');
    const form = await view(host.shadowRoot!, 'gepi-applicant-form');
    await userEvent.type(form.getByLabelText(/姓名/), '郭怡君');
    await userEvent.type(form.getByLabelText(/電話/), '(04)2228-9111');
    await userEvent.click(form.getByRole('button', { name: '確認' }));
    await atStep(host, 'review-pending');
  },
};

/** An expired organization card is refused before its PIN is tried. */
export const ExpiredCard: Story = {
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await acceptTerms(host);
    await signIn(canvasElement, host, { cardId: 'ORG-10001-EXPIRED', id: '10001' });
    await failedWith(host, 'CARD_EXPIRED');
  },
};

/** 鄭雅文's citizen card is revoked (the API's published CRL lists it): refused before its PIN is tried. */
export const RevokedCard: Story = {
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await acceptTerms(host);
    await signIn(canvasElement, host, { cardId: 'ORG-10001', id: '10001' });
    await atStep(host, 'citizen-card');
    await signIn(canvasElement, host, { cardId: 'CIT-CHENG-REVOKED', id: 'T299887769' });
    await failedWith(host, 'CARD_REVOKED');
  },
};

/** The server cannot be reached while signing in; once it is back, 確認 again works. */
export const NetworkFailure: Story = {
  play: async ({ canvasElement, loaded }) => {
    const demo = loaded['demo'] as DemoEnvironment;
    const host = await flowHost(canvasElement, TAG);
    await acceptTerms(host);
    demo.offline = true;
    await signIn(canvasElement, host, { cardId: 'ORG-10001', id: '10001' });
    await failedWith(host, 'NETWORK_ERROR');
    demo.offline = false;
  },
};
