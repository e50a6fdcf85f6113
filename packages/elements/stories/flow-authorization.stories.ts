// 授權指派, clickable: <gepi-authorization> on the in-page registration API. 國立臺灣測試大學 (10002)
// signs in with ORG-10002 and its manager 林美惠's card (F223456786); then add, change or delete
// handlers. To add 陳志豪, put his card (自然人憑證 陳志豪) in the reader and press 讀取憑證.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '@gepi/elements/components/authorization/gepi-authorization.js';
import type { GepiHandlerEditor } from '@gepi/elements';
import { demoLoader, inDemo } from './support/demo-env.js';
import { atStep, failedWith, flowHost, insertCard, press, signIn, typeAfresh } from './support/flow-play.js';
import type { FlowHost } from './support/flow-play.js';
import { findDeep, shadow, view } from './support/play.js';
import { spread } from './support/spread.js';

type Args = Record<string, unknown>;
const TAG = 'gepi-authorization';

const meta = {
  title: 'Flows/Authorization 授權指派',
  id: 'flows-authorization',
  component: TAG,
  loaders: [demoLoader()],
  render: inDemo((args: Args) => html`<gepi-authorization ${spread(args)}></gepi-authorization>`),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Clickable: Story = { parameters: { demo: { latencyMs: 400 } } };

export const ClickableEnglish: Story = {
  parameters: { demo: { latencyMs: 400 } },
  globals: { locale: 'en' },
};

async function signedIn(canvas: HTMLElement): Promise<FlowHost> {
  const host = await flowHost(canvas, TAG);
  await atStep(host, 'org-card');
  await signIn(canvas, host, { cardId: 'ORG-10002', id: '10002' });
  await atStep(host, 'citizen-card');
  await signIn(canvas, host, { cardId: 'CIT-LIN', id: 'F223456786' });
  await atStep(host, 'list');
  return host;
}

/** Both cards, then 【授權經辦人清單】 with 張淑芬, 謝明哲 and 吳宗翰. */
export const HandlerList: Story = {
  play: async ({ canvasElement }) => {
    const host = await signedIn(canvasElement);
    const list = await view(host.shadowRoot!, 'gepi-handler-list');
    await expect(list.getByRole('button', { name: '修改 張淑芬' })).toBeVisible();
  },
};

/**
 * 新增: 讀取憑證 from 陳志豪's card fills SN and name; his ID and a permission, 確認, 新增成功! with
 * the change's 收件編號 and 列印收件回執.
 */
export const AddHandler: Story = {
  args: { onGepiHandlerSaved: fn() },
  play: async ({ canvasElement, args, step }) => {
    const host = await signedIn(canvasElement);
    await step('新增', async () => {
      await press(host, 'gepi-handler-list', '新增');
      await atStep(host, 'add');
    });
    const editorHost = await findDeep<GepiHandlerEditor>(host.shadowRoot!, 'gepi-handler-editor');
    const editor = shadow(editorHost);
    await step('讀取憑證 with 陳志豪’s card in the reader', async () => {
      await insertCard(canvasElement, 'CIT-CHEN');
      await userEvent.click(editor.getByRole('button', { name: '讀取憑證' }));
      await waitFor(() =>
        expect(editor.getByLabelText(/憑證序號/)).toHaveValue('100048210DD2DF2E128096A9282B0003'),
      );
      await expect(editor.getByLabelText(/^\s*\*?\s*姓名/)).toHaveValue('陳志豪');
    });
    await step('身分證統一編號 and a permission, 確認', async () => {
      await typeAfresh(editor.getByLabelText(/身分證統一編號/), 'B120112236');
      const tree = shadow(editorHost.shadowRoot!.querySelector('gepi-permission-tree'));
      await userEvent.click(tree.getByRole('checkbox', { name: '異動登錄' }));
      await userEvent.click(editor.getByRole('button', { name: '確認' }));
      await atStep(host, 'list');
    });
    const list = await view(host.shadowRoot!, 'gepi-handler-list');
    await waitFor(() => expect(list.getByRole('status')).toHaveTextContent('新增成功！'));
    await expect(list.getByRole('status')).toHaveTextContent(/收件編號：GEPI-1\d{6}-\d{6}/);
    await expect(list.getByRole('button', { name: '列印收件回執' })).toBeVisible();
    await expect(list.getByRole('button', { name: '修改 陳志豪' })).toBeVisible();
    await expect(args['onGepiHandlerSaved']).toHaveBeenCalledWith(
      expect.objectContaining({ detail: expect.objectContaining({ mode: 'add', name: '陳志豪' }) }),
    );
  },
};

/** 刪除 吳宗翰: 刪除確認, 確認, 刪除成功! with its 收件編號. */
export const DeleteHandler: Story = {
  args: { onGepiHandlerDeleted: fn() },
  play: async ({ canvasElement, args }) => {
    const host = await signedIn(canvasElement);
    await press(host, 'gepi-handler-list', '刪除 吳宗翰');
    await atStep(host, 'confirm-delete');
    const dialog = await view(host.shadowRoot!, 'gepi-confirm-dialog');
    await userEvent.click(dialog.getByRole('button', { name: '確認' }));
    await atStep(host, 'list');
    const list = await view(host.shadowRoot!, 'gepi-handler-list');
    await waitFor(() => expect(list.getByRole('status')).toHaveTextContent(/刪除成功！\s*收件編號：GEPI-/));
    await waitFor(() =>
      expect(args['onGepiHandlerDeleted']).toHaveBeenCalledWith(
        expect.objectContaining({ detail: expect.objectContaining({ name: '吳宗翰' }) }),
      ),
    );
  },
};

/** 王大明 is not 國立臺灣測試大學's manager. */
export const NotTheManager: Story = {
  play: async ({ canvasElement }) => {
    const host = await flowHost(canvasElement, TAG);
    await atStep(host, 'org-card');
    await signIn(canvasElement, host, { cardId: 'ORG-10002', id: '10002' });
    await atStep(host, 'citizen-card');
    await signIn(canvasElement, host, { cardId: 'CIT-WANG', id: 'A123456789' });
    await failedWith(host, 'NOT_REGISTERED_MANAGER');
  },
};

/** 作業剩餘時間 counts the server's 10 idle minutes down; 結束作業 ends the session: 已結束作業. */
export const EndSession: Story = {
  play: async ({ canvasElement }) => {
    const host = await signedIn(canvasElement);
    const root = shadow(host);
    await expect(root.getByRole('timer')).toHaveTextContent(/作業剩餘時間：(10:00|09:\d\d)/);
    await userEvent.click(root.getByRole('button', { name: '結束作業' }));
    await atStep(host, 'finished');
    const message = await view(host.shadowRoot!, 'gepi-message');
    await expect(message.getByRole('heading', { name: '已結束作業' })).toBeVisible();
  },
};
