// <gepi-handler-editor>: the add and edit forms in zh-TW and English, validation with the SDK's
// validators in an error summary linked to the fields, the normalised submission, the national ID
// normalised on blur, the card read and its live status, the server's errors (explainError) in the
// same summary, a keyboard-only add, and axe in each state.
import { explainError } from '@gepi/sdk';
import { apiErrorFromCode } from '@gepi/sdk/api';
import { loadDemoDataset } from '@gepi/sdk/testing';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/handler-editor/gepi-handler-editor.js';
import { describe, it } from './support/mocha.js';
import type {
  GepiHandlerEditor,
  GepiHandlerSubmitDetail,
} from '../src/components/handler-editor/handler-editor.component.js';
import type { GepiPermissionTree } from '../src/components/permission-tree/permission-tree.component.js';

const CATALOG = loadDemoDataset().permissions;
const NOW = new Date('2025-05-31T16:00:00Z');

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
const part = <T extends Element = HTMLElement>(el: Element, name: string): T => $<T>(el, `[part~="${name}"]`);
const input = (el: GepiHandlerEditor, id: string): HTMLInputElement => $<HTMLInputElement>(el, `#${id}`);
const treeOf = (el: GepiHandlerEditor): GepiPermissionTree =>
  $<GepiPermissionTree>(el, 'gepi-permission-tree');
const summaryLinks = (el: GepiHandlerEditor): HTMLAnchorElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="error-summary"] a'),
];

async function editor(mode: 'add' | 'edit' = 'add', lang = 'zh-TW'): Promise<GepiHandlerEditor> {
  const el = await fixture<GepiHandlerEditor>(html`
    <gepi-handler-editor
      mode=${mode}
      lang=${lang}
      .catalog=${CATALOG}
      .clock=${() => NOW}
    ></gepi-handler-editor>
  `);
  await treeOf(el).updateComplete;
  return el;
}

function type(el: GepiHandlerEditor, id: string, value: string): void {
  const field = input(el, id);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function submit(el: GepiHandlerEditor): void {
  part<HTMLButtonElement>(el, 'submit-button').click();
}

describe('<gepi-handler-editor>', () => {
  it('renders the manual’s add form in zh-TW', async () => {
    const el = await editor();
    expect(clean(part(el, 'title').textContent)).to.equal('資料輸入區【新增授權經辦人】');
    expect(clean(part(el, 'instruction').textContent)).to.equal(
      '新增指派經辦人，請放入指派經辦人自然人憑證以便匯入憑證序號及姓名',
    );
    const label = (id: string) => clean($(el, `label[for="${id}"]`).textContent);
    expect(label('serial')).to.equal('* 憑證序號（SN） （必填）');
    expect(label('name')).to.equal('* 姓名 （必填）');
    expect(label('national-id')).to.equal('* 身分證統一編號 （必填）');
    expect(clean($(el, '#serial-hint').textContent)).to.equal(
      '請直接輸入本欄位或於讀卡機中插入自然人憑證後按 讀取憑證',
    );
    expect(input(el, 'serial').getAttribute('aria-describedby')).to.equal('serial-hint');
    expect(clean(part(el, 'read-card-button').textContent)).to.equal('讀取憑證');
    for (const id of ['serial', 'name', 'national-id']) expect(input(el, id).required).to.equal(true);
    expect(clean(treeOf(el).shadowRoot!.querySelector('legend')!.textContent)).to.contain(
      '功能選單【新增擁有權限】',
    );
    expect(clean(part(el, 'submit-button').textContent)).to.equal('確認');
    expect(clean(part(el, 'cancel-button').textContent)).to.equal('取消');
    await expect(el).to.be.accessible();
  });

  it('renders the edit form, with 上一頁, filled from its properties', async () => {
    const el = await editor('edit');
    el.serial = '100048210DD2DF2E128096A9282B000E';
    el.name = '謝明哲';
    el.nationalId = 'P156781235';
    el.permissions = ['benefit.calc', 'query.general'];
    await el.updateComplete;
    await treeOf(el).updateComplete;
    expect(clean(part(el, 'title').textContent)).to.equal('資料輸入區【修改授權經辦人】');
    expect(clean(part(el, 'cancel-button').textContent)).to.equal('上一頁');
    expect(input(el, 'serial').value).to.equal('100048210DD2DF2E128096A9282B000E');
    expect(input(el, 'national-id').value).to.equal('P156781235');
    expect(treeOf(el).value).to.deep.equal(['benefit.calc', 'query.general']);

    const cancelled = oneEvent(el, 'gepi-handler-cancel');
    part(el, 'cancel-button').click();
    expect((await cancelled).detail).to.deep.equal({});
    await expect(el).to.be.accessible();
  });

  it('renders in English', async () => {
    const el = await editor('add', 'en');
    expect(clean(part(el, 'title').textContent)).to.equal('Add an authorized handler');
    expect(clean($(el, 'label[for="serial"]').textContent)).to.equal(
      '* Certificate serial number (SN) (required)',
    );
    expect(clean(part(el, 'submit-button').textContent)).to.equal('Confirm');
    expect(clean(part(el, 'cancel-button').textContent)).to.equal('Cancel');
    submit(el);
    await el.updateComplete;
    expect(summaryLinks(el).map((a) => clean(a.textContent))).to.deep.equal([
      'Certificate serial number (SN) is required.',
      'Name is required.',
      'National ID number is required.',
      'Select at least one permission.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('lists every error in a summary linked to its field, marks the fields, and does not submit', async () => {
    const el = await editor();
    let submitted = 0;
    el.addEventListener('gepi-handler-submit', () => (submitted += 1));
    type(el, 'serial', 'XYZ');
    type(el, 'national-id', 'A123456788');
    submit(el);
    await el.updateComplete;
    await treeOf(el).updateComplete;

    expect(submitted).to.equal(0);
    const summary = part(el, 'error-summary');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.parentElement!.getAttribute('aria-live')).to.equal('polite');
    expect(clean(summary.querySelector('.error-summary__title')!.textContent)).to.equal(
      '輸入資料有誤，請修正下列項目：',
    );

    const links = summaryLinks(el);
    expect(links.map((a) => [a.getAttribute('href'), clean(a.textContent)])).to.deep.equal([
      ['#serial', '憑證序號（SN）須為16進位數字（0-9、A-F）'],
      ['#name', '請輸入姓名'],
      ['#national-id', '身分證統一編號檢查碼不符，請確認是否輸入正確'],
      ['#permissions', '請至少勾選一項功能選單權限。'],
    ]);

    for (const id of ['serial', 'name', 'national-id']) {
      const field = input(el, id);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const described = field.getAttribute('aria-describedby')!.split(' ');
      expect(described).to.include(`${id}-error`);
      expect(clean($(el, `#${id}-error`).textContent)).to.equal(
        clean(links.find((a) => a.getAttribute('href') === `#${id}`)!.textContent),
      );
    }
    const tree = treeOf(el);
    expect(tree.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-invalid')).to.equal('true');
    expect(clean(tree.shadowRoot!.querySelector('[part="error"]')!.textContent)).to.equal(
      '請至少勾選一項功能選單權限。',
    );

    // A link moves focus to its field (fragment links cannot reach into a shadow root by themselves).
    links[2]!.click();
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'national-id'));
    links[3]!.click();
    expect(el.shadowRoot!.activeElement).to.equal(tree);
    expect(tree.shadowRoot!.activeElement).to.equal(tree.shadowRoot!.querySelector('input'));

    await expect(el).to.be.accessible();
  });

  it('clears errors that were fixed on the next attempt', async () => {
    const el = await editor();
    submit(el);
    await el.updateComplete;
    expect(summaryLinks(el)).to.have.length(4);
    type(el, 'serial', '1A2B');
    type(el, 'name', '陳志豪');
    submit(el);
    await el.updateComplete;
    expect(summaryLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal([
      '#national-id',
      '#permissions',
    ]);
    expect(input(el, 'serial').getAttribute('aria-invalid')).to.equal('false');
  });

  it('clears a field’s error as soon as the field is valid, typed or read from the card, and adds none', async () => {
    const el = await editor();
    submit(el);
    await el.updateComplete;
    expect(summaryLinks(el)).to.have.length(4);

    // Typed: 憑證序號 becomes valid and its error goes at once; a half-typed ID stays marked.
    type(el, 'serial', '1A2B');
    type(el, 'national-id', 'A12');
    await el.updateComplete;
    expect(input(el, 'serial').getAttribute('aria-invalid')).to.equal('false');
    expect($(el, '#serial-error')).to.equal(null);
    expect(input(el, 'national-id').getAttribute('aria-invalid')).to.equal('true');
    expect(summaryLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal([
      '#name',
      '#national-id',
      '#permissions',
    ]);

    // Read from the card (the flow sets SN and name): 姓名's error goes too.
    part<HTMLButtonElement>(el, 'read-card-button').click();
    el.serial = '100048210DD2DF2E128096A9282B0003';
    el.name = '陳志豪';
    await el.updateComplete;
    expect(input(el, 'name').getAttribute('aria-invalid')).to.equal('false');
    type(el, 'national-id', 'A123456789');
    el.permissions = ['query.general'];
    await el.updateComplete;
    expect(summaryLinks(el)).to.have.length(0);
    expect(part(el, 'error-summary')).to.equal(null);
    for (const id of ['serial', 'name', 'national-id']) {
      expect(input(el, id).getAttribute('aria-invalid')).to.equal('false');
    }

    // Emptying a field again adds no error before 確認.
    type(el, 'name', '');
    await el.updateComplete;
    expect(input(el, 'name').getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('submits normalised values: SN in uppercase hex without spaces, trimmed name, uppercase ID', async () => {
    const el = await editor();
    type(el, 'serial', '10 00 48 21 0d d2 df 2e 12 80 96 a9 28 2b 00 03');
    type(el, 'name', ' 陳志豪 ');
    type(el, 'national-id', 'b120112236');
    el.permissions = ['premium.change', 'query.general'];
    await el.updateComplete;
    setTimeout(() => submit(el));
    const event = await oneEvent(el, 'gepi-handler-submit');
    const detail: GepiHandlerSubmitDetail = event.detail;
    expect(detail).to.deep.equal({
      serial: '100048210DD2DF2E128096A9282B0003',
      name: '陳志豪',
      nationalId: 'B120112236',
      permissions: ['premium.change', 'query.general'],
    });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(part(el, 'error-summary')).to.equal(null);
  });

  it('takes permissions from the tree', async () => {
    const el = await editor();
    treeOf(el).shadowRoot!.querySelector<HTMLInputElement>('input[value="benefit-calc"]')!.click();
    await el.updateComplete;
    expect(el.permissions).to.deep.equal(['benefit.calc']);
  });

  it('normalises the national ID when the field is left: half-width, trimmed, uppercase', async () => {
    const el = await editor();
    const field = input(el, 'national-id');
    field.focus();
    type(el, 'national-id', ' ｂ１２０１１２２３６ ');
    field.blur();
    await el.updateComplete;
    expect(field.value).to.equal('B120112236');
    expect(el.nationalId).to.equal('B120112236');
  });

  it('asks the flow to read the card, and says so in a live region until SN and name arrive', async () => {
    const el = await editor();
    const status = part(el, 'card-status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(clean(status.textContent)).to.equal('');

    setTimeout(() => part(el, 'read-card-button').click());
    const asked = await oneEvent(el, 'gepi-read-card');
    expect(asked.detail).to.deep.equal({});
    await el.updateComplete;
    expect(el.cardStatus).to.equal('reading');
    expect(clean(status.textContent)).to.equal('讀取憑證中，請稍候…');
    expect(part(el, 'read-card-button').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();

    // A second press while reading asks nothing more.
    let asks = 0;
    el.addEventListener('gepi-read-card', () => (asks += 1));
    part(el, 'read-card-button').click();
    expect(asks).to.equal(0);

    // The flow answers through the properties.
    el.serial = '100048210DD2DF2E128096A9282B0003';
    el.name = '陳志豪';
    await el.updateComplete;
    expect(el.cardStatus).to.equal('read');
    expect(clean(status.textContent)).to.equal('已讀取憑證，已匯入憑證序號及姓名。');
    expect(input(el, 'serial').value).to.equal('100048210DD2DF2E128096A9282B0003');
    expect(input(el, 'name').value).to.equal('陳志豪');

    // Typing over the card's values makes the message stale.
    type(el, 'name', '陳志');
    await el.updateComplete;
    expect(clean(status.textContent)).to.equal('');
  });

  it('stops saying it reads the card when the flow reports an error', async () => {
    const el = await editor();
    part(el, 'read-card-button').click();
    await el.updateComplete;
    el.error = {
      code: 'TOKEN_NOT_PRESENT',
      kind: 'token',
      title: '未偵測到IC卡',
      detail: '請將自然人憑證IC卡插入讀卡機。',
      retryable: true,
    };
    await el.updateComplete;
    expect(el.cardStatus).to.equal('idle');
    expect(clean(part(el, 'error-summary').textContent)).to.contain(
      '未偵測到IC卡 請將自然人憑證IC卡插入讀卡機。',
    );
  });

  it('shows a server error (explainError) in the same summary, linked to its field', async () => {
    const el = await editor();
    el.error = explainError(apiErrorFromCode('HANDLER_DUPLICATE_SERIAL', { field: 'serial' }), 'zh-TW');
    await el.updateComplete;
    const links = summaryLinks(el);
    expect(links.map((a) => [a.getAttribute('href'), clean(a.textContent)])).to.deep.equal([
      ['#serial', '此憑證序號已指派給貴機關的其他經辦人。'],
    ]);
    expect(input(el, 'serial').getAttribute('aria-invalid')).to.equal('true');
    expect(clean($(el, '#serial-error').textContent)).to.equal('此憑證序號已指派給貴機關的其他經辦人。');
    await expect(el).to.be.accessible();

    // A server error without a field is shown with its title, unlinked.
    el.error = explainError(apiErrorFromCode('HANDLER_VERSION_CONFLICT'), 'zh-TW');
    await el.updateComplete;
    expect(summaryLinks(el)).to.have.length(0);
    expect(clean(part(el, 'error-summary').querySelector('li')!.textContent)).to.equal(
      '資料已被修改 此經辦人資料已被他人修改，請重新查詢後再修改。',
    );

    // Each field a rejected form lists is linked.
    el.error = {
      code: 'VALIDATION_FAILED',
      kind: 'api',
      title: '輸入資料有誤',
      detail: '輸入資料有誤',
      retryable: false,
      fields: [
        {
          field: 'nationalId',
          code: 'NATIONAL_ID_INVALID',
          title: '身分證統一編號錯誤',
          detail: '身分證統一編號格式錯誤。',
        },
        {
          field: 'permissions',
          code: 'PERMISSION_UNKNOWN',
          title: '不明的權限',
          detail: '所選的權限不在功能選單中。',
        },
      ],
    };
    await el.updateComplete;
    expect(summaryLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal([
      '#national-id',
      '#permissions',
    ]);
  });

  it('hides the last server error on a new attempt', async () => {
    const el = await editor();
    el.error = explainError(apiErrorFromCode('HANDLER_DUPLICATE_SERIAL', { field: 'serial' }), 'zh-TW');
    await el.updateComplete;
    type(el, 'serial', '1A2B');
    type(el, 'name', '陳志豪');
    type(el, 'national-id', 'B120112236');
    el.permissions = ['query.general'];
    await el.updateComplete;
    submit(el);
    await el.updateComplete;
    expect(part(el, 'error-summary')).to.equal(null);
  });

  it('does not submit twice while busy', async () => {
    const el = await editor();
    type(el, 'serial', '1A2B');
    type(el, 'name', '陳志豪');
    type(el, 'national-id', 'B120112236');
    el.permissions = ['query.general'];
    el.busy = true;
    await el.updateComplete;
    let submitted = 0;
    el.addEventListener('gepi-handler-submit', () => (submitted += 1));
    submit(el);
    expect(submitted).to.equal(0);
    expect(part(el, 'submit-button').getAttribute('aria-disabled')).to.equal('true');
  });

  it('adds a handler with the keyboard alone', async () => {
    const el = await editor();
    await el.focusHeading();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'title'));

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'read-card-button'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'serial'));
    await sendKeys({ type: '100048210dd2df2e128096a9282b0003' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Chen Chih-hao' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'b120112236' });
    await sendKeys({ press: 'Tab' });
    const tree = treeOf(el);
    expect(el.shadowRoot!.activeElement).to.equal(tree);
    expect(tree.shadowRoot!.activeElement).to.equal(tree.shadowRoot!.querySelector('input[value="premium"]'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.permissions).to.deep.equal(['premium.change']);

    for (let i = 0; i < 30 && el.shadowRoot!.activeElement !== part(el, 'submit-button'); i++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'submit-button'));
    const submitted = oneEvent(el, 'gepi-handler-submit');
    await sendKeys({ press: 'Enter' });
    expect((await submitted).detail).to.deep.equal({
      serial: '100048210DD2DF2E128096A9282B0003',
      name: 'Chen Chih-hao',
      nationalId: 'B120112236',
      permissions: ['premium.change'],
    });
  });

  it('submits with Enter in a field, as a form does', async () => {
    const el = await editor();
    type(el, 'serial', '1A2B');
    type(el, 'name', '陳志豪');
    el.permissions = ['query.general'];
    await el.updateComplete;
    input(el, 'national-id').focus();
    await sendKeys({ type: 'B120112236' });
    const submitted = oneEvent(el, 'gepi-handler-submit');
    await sendKeys({ press: 'Enter' });
    expect((await submitted).detail.nationalId).to.equal('B120112236');
  });
});
