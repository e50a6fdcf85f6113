// <gepi-applicant-form>: 機關憑證註冊申請人確認畫面. 郭怡君 registers 臺中市測試區公所 with a card whose
// OID does not match the one on file, so the bank has to review the application.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/applicant-form/gepi-applicant-form.js';
import { LONG_PERSON_NAME } from './support/demo-data.js';
import { errors, explained } from './support/errors.js';
import { shadow } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const meta = {
  title: 'Elements/Applicant form 申請人確認畫面',
  id: 'elements-applicant-form',
  component: 'gepi-applicant-form',
  render: (args) => html`<gepi-applicant-form ${spread(args)}></gepi-applicant-form>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};

export const English: Story = { globals: { locale: 'en' } };

export const Filled: Story = { args: { value: { applicantName: '郭怡君', phone: '(04)2228-9111' } } };

export const LongName: Story = {
  args: { value: { applicantName: LONG_PERSON_NAME, phone: '(089)345-678' } },
};

export const Busy: Story = {
  args: { value: { applicantName: '郭怡君', phone: '(04)2228-9111' }, busy: true },
};

export const ValidationErrors: Story = {
  args: { onGepiApplicantSubmit: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-applicant-form'));
    await userEvent.click(view.getByRole('button', { name: '確認' }));
    await waitFor(() =>
      expect(view.getByRole('heading', { name: '輸入資料有誤，請修正下列項目：' })).toBeVisible(),
    );
    await expect(args['onGepiApplicantSubmit']).not.toHaveBeenCalled();
  },
};

export const ServerError: Story = {
  args: { value: { applicantName: '郭怡君', phone: '(04)2228-9111' } },
  render: (args: Args, context: StoryContext): TemplateResult =>
    html`<gepi-applicant-form
      ${spread({ ...args, error: explained(errors.server(), context) })}
    ></gepi-applicant-form>`,
};
