// <gepi-contact-form>: the manager's contact details (請輸入下列欄位) under the two panels of first
// registration (empty) and of the swaps (prefilled from the registration).
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/contact-form/gepi-contact-form.js';
import { LONG_PERSON_NAME, agency, person } from './support/demo-data.js';
import { errors, explained } from './support/errors.js';
import { shadow } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const manager = agency('10002').manager!;
/** 林美惠's contact on file for 國立臺灣測試大學. */
const onFile = {
  name: person(manager.person).name,
  email: manager.email,
  phone: manager.phone,
  extension: manager.ext,
  remarks: manager.remarks,
};

const meta = {
  title: 'Elements/Contact form 聯絡資料',
  id: 'elements-contact-form',
  component: 'gepi-contact-form',
  render: (args) => html`<gepi-contact-form ${spread(args)}></gepi-contact-form>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** First registration: nothing on file yet. */
export const Empty: Story = {};

export const EmptyEnglish: Story = { globals: { locale: 'en' } };

/** A swap: the contact on file, to check and keep or change. */
export const PrefilledForSwap: Story = { args: { value: onFile } };

export const LongValues: Story = {
  args: {
    value: {
      name: LONG_PERSON_NAME,
      email: 'masa.banai.istanda.kanakanavu.yudaw@personnel-office.example.gov.tw',
      phone: '(049)2345-6789',
      extension: '12345',
      remarks: '上午請撥分機；下午請改撥人事室總機轉公教人員保險承辦人，週三下午在外開會，請以電子郵件聯絡。',
    },
  },
};

export const Busy: Story = { args: { value: onFile, busy: true } };

/** 確認 with nothing typed: every required field is named in the summary and marked. */
export const ValidationErrors: Story = {
  args: { onGepiContactSubmit: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-contact-form'));
    await userEvent.click(view.getByRole('button', { name: '確認' }));
    await waitFor(() =>
      expect(view.getByRole('heading', { name: '輸入資料有誤，請修正下列項目：' })).toBeVisible(),
    );
    await expect(view.getByLabelText(/電子信箱/)).toHaveAttribute('aria-invalid', 'true');
    await expect(args['onGepiContactSubmit']).not.toHaveBeenCalled();
  },
};

/** Valid input is reported normalized: the phone in the bank's form. */
export const Submitting: Story = {
  args: { onGepiContactSubmit: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-contact-form'));
    await userEvent.type(view.getByLabelText(/姓名/), '王大明');
    await userEvent.type(view.getByLabelText(/電子信箱/), 'wang.daming@example.org');
    await userEvent.type(view.getByLabelText(/連絡電話/), '0227013411');
    await userEvent.click(view.getByRole('button', { name: '確認' }));
    await waitFor(() =>
      expect(args['onGepiContactSubmit']).toHaveBeenCalledWith(
        expect.objectContaining({
          detail: expect.objectContaining({ name: '王大明', phone: '(02)2701-3411' }),
        }),
      ),
    );
  },
};

/** The API's answer to the registration failed to arrive. */
export const NetworkFailure: Story = {
  args: { value: onFile },
  render: (args: Args, context: StoryContext): TemplateResult =>
    html`<gepi-contact-form
      ${spread({ ...args, error: explained(errors.timeout(), context) })}
    ></gepi-contact-form>`,
};
