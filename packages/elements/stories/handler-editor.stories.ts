// <gepi-handler-editor>: 資料輸入區【新增授權經辦人】 / 【修改授權經辦人】: SN (typed, or read from the
// handler's card), name, national ID, permissions; its own checks and the API's in one summary.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/handler-editor/gepi-handler-editor.js';
import { LONG_PERSON_NAME, demoCard, demoClock, permissionCatalog, person } from './support/demo-data.js';
import { errors, explained } from './support/errors.js';
import { shadow } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;

const chang = {
  serial: demoCard('CIT-CHANG').serial,
  name: person('E224567894').name,
  nationalId: 'E224567894',
  permissions: ['premium.change', 'premium.submit', 'premium.print'],
};

const withError =
  (error: () => unknown) =>
  (args: Args, context: StoryContext): TemplateResult =>
    html`<gepi-handler-editor
      ${spread({ ...args, error: explained(error(), context) })}
    ></gepi-handler-editor>`;

const meta = {
  title: 'Elements/Handler editor 經辦人資料輸入區',
  id: 'elements-handler-editor',
  component: 'gepi-handler-editor',
  args: { clock: demoClock, catalog: permissionCatalog, mode: 'add' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['add', 'edit'] },
    cardStatus: { control: 'inline-radio', options: ['idle', 'reading', 'read'] },
  },
  render: (args) => html`<gepi-handler-editor ${spread(args)}></gepi-handler-editor>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** 【新增授權經辦人】, nothing entered yet. */
export const Add: Story = {};

export const AddEnglish: Story = { globals: { locale: 'en' } };

/** 讀取憑證 pressed: the flow is reading 陳志豪's card. */
export const ReadingCard: Story = { args: { cardStatus: 'reading' } };

/** The card answered: SN and name filled in from it. */
export const CardRead: Story = {
  args: { serial: demoCard('CIT-CHEN').serial, name: person('B120112236').name, cardStatus: 'read' },
};

/** 【修改授權經辦人】 of 張淑芬, with her permissions. */
export const Edit: Story = { args: { mode: 'edit', ...chang } };

export const EditEnglish: Story = { args: { mode: 'edit', ...chang }, globals: { locale: 'en' } };

export const Saving: Story = { args: { mode: 'edit', ...chang, busy: true } };

export const LongName: Story = {
  args: {
    serial: demoCard('CIT-LIU').serial,
    name: LONG_PERSON_NAME,
    nationalId: 'A800000014',
    permissions: ['query.general'],
  },
};

/** The SN is someone else's already: the API's answer, linked to the SN field. */
export const DuplicateSerial: Story = {
  args: { ...chang, nationalId: 'B120112236', name: '陳志豪' },
  render: withError(errors.duplicateSerial),
};

/** Someone else changed the handler meanwhile. */
export const ChangedElsewhere: Story = {
  args: { mode: 'edit', ...chang },
  render: withError(errors.versionConflict),
};

export const ChangedElsewhereEnglish: Story = { ...ChangedElsewhere, globals: { locale: 'en' } };

/** 確認 with nothing entered: SN, name, ID and a permission are each asked for. */
export const ValidationErrors: Story = {
  args: { onGepiHandlerSubmit: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-handler-editor'));
    await userEvent.click(view.getByRole('button', { name: '確認' }));
    await waitFor(() => expect(view.getByText('輸入資料有誤,請修正下列項目:')).toBeVisible());
    await expect(view.getByRole('textbox', { name: /身分證統一編號/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(args['onGepiHandlerSubmit']).not.toHaveBeenCalled();
  },
};

/** 讀取憑證 asks the flow to read the card in the reader. */
export const AskingToReadCard: Story = {
  args: { onGepiReadCard: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-handler-editor'));
    await userEvent.click(view.getByRole('button', { name: '讀取憑證' }));
    await expect(args['onGepiReadCard']).toHaveBeenCalledOnce();
  },
};
