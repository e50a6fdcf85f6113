// 更換憑證, clickable: <gepi-cert-swap> in its three variants on the in-page registration API.
// 國立臺灣測試大學 (10002) has a renewed organization card (ORG-10002-RENEWED) and 李建國 (H123456786)
// takes over from 林美惠 as manager.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/cert-swap/gepi-cert-swap.js';
import { demoLoader, inDemo } from './support/demo-env.js';
import { atStep, failedWith, flowHost, press, signIn, typeAfresh } from './support/flow-play.js';
import type { FlowHost } from './support/flow-play.js';
import { view } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;
const TAG = 'gepi-cert-swap';

const meta = {
  title: 'Flows/Certificate swap 更換憑證',
  id: 'flows-cert-swap',
  component: TAG,
  loaders: [demoLoader()],
  args: { variant: 'org' },
  argTypes: { variant: { control: 'inline-radio', options: ['org', 'manager', 'both'] } },
  render: inDemo((args: Args) => html`<gepi-cert-swap ${spread(args)}></gepi-cert-swap>`),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const ClickableOrg: Story = {
  name: '更換機關憑證 (clickable)',
  parameters: { demo: { latencyMs: 400 } },
};

export const ClickableManager: Story = {
  name: '更換授權管理者自然人憑證（clickable）',
  args: { variant: 'manager' },
  parameters: { demo: { latencyMs: 400 } },
};

export const ClickableBoth: Story = {
  name: '更換機關憑證和更換授權管理者自然人憑證（clickable）',
  args: { variant: 'both' },
  parameters: { demo: { latencyMs: 400 } },
};

async function acceptTerms(host: FlowHost): Promise<void> {
  await atStep(host, 'terms');
  await press(host, 'gepi-terms', '同意條款內容');
  await atStep(host, 'org-card');
}

/** The renewed organization card, 林美惠's card, the contact on file kept, 更換機關憑證成功. */
export const SwapOrgCard: Story = {
  args: { onGepiCertSwapped: fn() },
  play: async ({ canvasElement, args }) => {
    const host = await flowHost(canvasElement, TAG);
    await acceptTerms(host);
    await signIn(canvasElement, host, { cardId: 'ORG-10002-RENEWED', id: '10002' });
    await atStep(host, 'citizen-card');
    await signIn(canvasElement, host, { cardId: 'CIT-LIN', id: 'F223456786' });
    await atStep(host, 'confirm');
    const form = await view(host.shadowRoot!, 'gepi-contact-form');
    await expect(form.getByLabelText(/電子信箱/)).toHaveValue('lin.meihui@example.org');
    await userEvent.click(form.getByRole('button', { name: '確認' }));
    await atStep(host, 'swapped');
    await waitFor(() =>
      expect(args['onGepiCertSwapped']).toHaveBeenCalledWith(
        expect.objectContaining({ detail: { variant: 'org', agencyCode: '10002' } }),
      ),
    );
  },
};

/** 李建國 takes over as manager and enters his own contact. */
export const NewManager: Story = {
  args: { variant: 'manager' },
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await acceptTerms(host);
    await signIn(canvasElement, host, { cardId: 'ORG-10002', id: '10002' });
    await atStep(host, 'citizen-card');
    await signIn(canvasElement, host, { cardId: 'CIT-LI', id: 'H123456786' });
    await atStep(host, 'confirm');
    const form = await view(host.shadowRoot!, 'gepi-contact-form');
    await typeAfresh(form.getByLabelText(/姓名/), '李建國');
    await typeAfresh(form.getByLabelText(/電子信箱/), 'li.jianguo@example.org');
    await typeAfresh(form.getByLabelText(/連絡電話/), '(02)3366-1234');
    await userEvent.click(form.getByRole('button', { name: '確認' }));
    await atStep(host, 'swapped');
  },
};

/** The card already on file is no replacement. */
export const SameCardRefused: Story = {
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await acceptTerms(host);
    await signIn(canvasElement, host, { cardId: 'ORG-10002', id: '10002' });
    await failedWith(host, 'CARD_UNCHANGED');
  },
};
