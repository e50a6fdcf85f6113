// <gepi-portal>: the manual's menu, home page and every function in one element, on the in-page
// registration API with the demo cards in the virtual reader: the whole kit, clickable.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '@gepi/elements/components/portal/gepi-portal.js';
import { demoLoader, inDemo } from './support/demo-env.js';
import { findDeep, shadow } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Flows/Portal 憑證註冊與指派作業',
  id: 'flows-portal',
  component: 'gepi-portal',
  loaders: [demoLoader()],
  parameters: { demo: { latencyMs: 400 } },
  render: inDemo((args: Args) => html`<gepi-portal ${spread(args)}></gepi-portal>`),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Home: Story = {};

export const HomeEnglish: Story = { globals: { locale: 'en' } };

/** With a host's header and footer in the portal's slots (a bank's banner, 公教保險部 contacts). */
export const WithHeaderAndFooter: Story = {
  render: inDemo(
    (args: Args) =>
      html`<gepi-portal ${spread(args)}>
        <p slot="header"><strong>臺灣銀行 公教人員保險網路作業 e 系統</strong></p>
        <footer slot="footer">
          <p>臺灣銀行公教保險部 電話：(02)2701-3411 傳真：(02)2701-5622</p>
          <p>建議使用 Chrome、Edge 或 Firefox 最新版本瀏覽器。</p>
        </footer>
      </gepi-portal>`,
  ),
};

/** The menu's 首次註冊 disclosure opens, and its page opens 首次註冊 in the page region. */
export const OpeningAFunction: Story = {
  parameters: { demo: { latencyMs: 0 } },
  play: async ({ canvasElement }) => {
    const host = await findDeep(canvasElement, 'gepi-portal');
    const portal = shadow(host);
    const nav = within(portal.getByRole('navigation'));
    const group = nav.getByRole('button', { name: '首次註冊', expanded: false });
    await userEvent.click(group);
    await expect(group).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(nav.getAllByRole('button', { name: '首次註冊' }).find((b) => b !== group)!);
    await findDeep(host.shadowRoot!, 'gepi-first-registration');
    await waitFor(() =>
      expect(
        nav
          .getAllByRole('button', { name: '首次註冊' })
          .some((b) => b.getAttribute('aria-current') === 'page'),
      ).toBe(true),
    );
  },
};
