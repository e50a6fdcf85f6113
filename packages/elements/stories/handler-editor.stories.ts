// <gepi-handler-editor>: 資料輸入區【新增授權經辦人】 / 【修改授權經辦人】 under 使用者資訊, as in the
// manual's figures 3-15 and 3-18: SN (typed, or read from the handler's card), name, national ID,
// permissions; its own checks and the API's in one summary.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/handler-editor/gepi-handler-editor.js';
import {
  LONG_PERSON_NAME,
  agencyInfo,
  demoCard,
  demoClock,
  permissionCatalog,
  person,
} from './support/demo-data.js';
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
  // 使用者資訊 of 國立臺灣測試大學 (10002) and its manager 林美惠, as <gepi-authorization> passes it.
  args: { clock: demoClock, catalog: permissionCatalog, mode: 'add', agency: agencyInfo('10002') },
  argTypes: {
    mode: { control: 'inline-radio', options: ['add', 'edit'] },
    cardStatus: { control: 'inline-radio', options: ['idle', 'reading', 'read'] },
  },
  render: (args) => html`<gepi-handler-editor ${spread(args)}></gepi-handler-editor>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** 【新增授權經辦人】, nothing entered yet, under the agency's 使用者資訊. */
export const Add: Story = {
  play: async ({ canvasElement }) => {
    const view = shadow(canvasElement.querySelector('gepi-handler-editor'));
    await expect(view.getByRole('heading', { name: '使用者資訊' })).toBeVisible();
    await expect(view.getByText('國立臺灣測試大學')).toBeVisible();
    await expect(view.getByText('林美惠')).toBeVisible();
  },
};

export const AddEnglish: Story = { globals: { locale: 'en' } };

/** Used alone, without `agency`: the form only, no 使用者資訊. */
export const WithoutUserInfo: Story = {
  args: { agency: undefined },
  play: async ({ canvasElement }) => {
    const view = shadow(canvasElement.querySelector('gepi-handler-editor'));
    await expect(view.queryByRole('heading', { name: '使用者資訊' })).toBeNull();
  },
};

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
    await waitFor(() => expect(view.getByText('輸入資料有誤，請修正下列項目：')).toBeVisible());
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

// ── 權限範本 ─────────────────────────────────────────────────────────────────────────────────────

const TEMPLATES = [
  { id: 1, name: '保費承辦', permissions: ['premium.change', 'premium.submit', 'premium.print'] },
  { id: 2, name: '一般查詢', permissions: ['query.general'] },
];

/** The agency's templates: choose one and 套用 ticks its functions (to be confirmed with 確認). */
export const WithTemplates: Story = {
  args: { templates: TEMPLATES, onGepiTemplateApply: fn() },
  play: async ({ canvasElement, args }) => {
    const editor = canvasElement.querySelector('gepi-handler-editor')!;
    const view = shadow(editor);
    await userEvent.selectOptions(view.getByLabelText('套用權限範本'), '1');
    await userEvent.click(view.getByRole('button', { name: '套用' }));
    await waitFor(() =>
      expect(view.getByText('已套用權限範本「保費承辦」，請確認勾選的功能。')).toBeTruthy(),
    );
    await expect(args['onGepiTemplateApply']).toHaveBeenCalledWith(
      expect.objectContaining({ detail: { id: 1 } }),
    );
  },
};

export const WithTemplatesEnglish: Story = { args: { templates: TEMPLATES }, globals: { locale: 'en' } };

/** No template yet: only 儲存為範本. */
export const NoTemplatesYet: Story = {
  args: { templates: [], permissions: ['query.general'], onGepiTemplateSave: fn() },
  play: async ({ canvasElement, args }) => {
    const view = shadow(canvasElement.querySelector('gepi-handler-editor')!);
    await userEvent.type(view.getByLabelText('範本名稱'), '查詢人員');
    await userEvent.click(view.getByRole('button', { name: '儲存為範本' }));
    await expect(args['onGepiTemplateSave']).toHaveBeenCalledWith(
      expect.objectContaining({ detail: { name: '查詢人員', permissions: ['query.general'] } }),
    );
  },
};

/** The host's answer to a save: a name already in use. */
export const TemplateNameTaken: Story = {
  args: { templates: TEMPLATES, templateMessage: '範本名稱重複：貴機關已有同名的權限範本。' },
};
