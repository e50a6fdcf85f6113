// <gepi-terms>: 用戶約定條款, shown before first registration and before each certificate swap.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent } from 'storybook/test';
import '@gepi/elements/components/terms/gepi-terms.js';
import { demoClock } from './support/demo-data.js';
import { shadow } from './support/play.js';
import { spread } from './support/spread.js';

const meta = {
  title: 'Elements/Terms 用戶約定條款',
  id: 'elements-terms',
  component: 'gepi-terms',
  args: { clock: demoClock },
  render: (args) => html`<gepi-terms ${spread(args)}></gepi-terms>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const English: Story = { globals: { locale: 'en' } };

export const WithSlottedLink: Story = {
  name: 'With slotted content',
  render: (args) =>
    html`<gepi-terms ${spread(args)}>
      <p>
        <a href="#print" style="color: var(--gepi-link-color, var(--gepi-color-primary, #005e5b))"
          >列印用戶約定條款 (PDF)</a
        >
      </p>
    </gepi-terms>`,
};

export const Accepting: Story = {
  args: { onGepiTermsAccepted: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-terms'));
    await userEvent.click(view.getByRole('button', { name: '同意條款內容' }));
    await expect(args['onGepiTermsAccepted']).toHaveBeenCalledOnce();
  },
};
