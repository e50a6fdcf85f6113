// <gepi-confirm-dialog>: the manual's 刪除確認 in zh-TW and English on a native modal dialog, the
// confirm and dismiss events, Esc, Tab kept inside, focus returned to the button that opened it
// (inside another shadow root too), and axe while open.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/confirm-dialog/gepi-confirm-dialog.js';
import '../src/components/handler-list/gepi-handler-list.js';
import { describe, it } from './support/mocha.js';
import type { GepiConfirmDialog } from '../src/components/confirm-dialog/confirm-dialog.component.js';

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const part = <T extends Element = HTMLElement>(el: Element, name: string): T =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;

interface Setup {
  opener: HTMLButtonElement;
  dialog: GepiConfirmDialog;
}

async function setup(lang = 'zh-TW'): Promise<Setup> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang=${lang}>
      <button id="opener">刪除</button>
      <gepi-confirm-dialog></gepi-confirm-dialog>
    </div>
  `);
  const dialog = wrapper.querySelector('gepi-confirm-dialog')!;
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  opener.addEventListener('click', () => void dialog.show());
  await dialog.updateComplete;
  return { opener, dialog };
}

async function openFrom(opener: HTMLButtonElement, dialog: GepiConfirmDialog): Promise<void> {
  opener.focus();
  opener.click();
  await dialog.updateComplete;
}

describe('<gepi-confirm-dialog>', () => {
  it('shows 刪除確認 / 您確定刪除這筆資料? / 確認 / 關閉 as a modal alert dialog', async () => {
    const { opener, dialog } = await setup();
    const native = part<HTMLDialogElement>(dialog, 'dialog');
    expect(native.open).to.equal(false);
    await openFrom(opener, dialog);

    expect(native.open).to.equal(true);
    expect(native.matches(':modal')).to.equal(true);
    expect(dialog.open).to.equal(true);
    expect(native.getAttribute('role')).to.equal('alertdialog');
    expect(clean(part(dialog, 'title').textContent)).to.equal('刪除確認');
    expect(clean(part(dialog, 'message').textContent)).to.equal('您確定刪除這筆資料？');
    expect(native.getAttribute('aria-labelledby')).to.equal('title');
    expect(native.getAttribute('aria-describedby')).to.equal('message');
    expect(clean(part(dialog, 'confirm-button').textContent)).to.equal('確認');
    expect(clean(part(dialog, 'close-button').textContent)).to.equal('關閉');
    // The safe choice has focus first.
    expect(dialog.shadowRoot!.activeElement).to.equal(part(dialog, 'close-button'));
    await expect(dialog).to.be.accessible();
  });

  it('renders in English', async () => {
    const { opener, dialog } = await setup('en');
    await openFrom(opener, dialog);
    expect(clean(part(dialog, 'title').textContent)).to.equal('Confirm deletion');
    expect(clean(part(dialog, 'message').textContent)).to.equal(
      'Are you sure you want to delete this record?',
    );
    expect(clean(part(dialog, 'confirm-button').textContent)).to.equal('Confirm');
    expect(clean(part(dialog, 'close-button').textContent)).to.equal('Close');
    await expect(dialog).to.be.accessible();
  });

  it('fires gepi-confirm on 確認, closes, and gives focus back to the opener', async () => {
    const { opener, dialog } = await setup();
    await openFrom(opener, dialog);
    let dismissed = 0;
    dialog.addEventListener('gepi-dismiss', () => (dismissed += 1));
    const closed = oneEvent(part(dialog, 'dialog'), 'close');
    setTimeout(() => part(dialog, 'confirm-button').click());
    const event = await oneEvent(dialog, 'gepi-confirm');
    expect(event.detail).to.deep.equal({});
    expect(event.bubbles && event.composed).to.equal(true);
    await closed;
    await dialog.updateComplete;
    expect(part<HTMLDialogElement>(dialog, 'dialog').open).to.equal(false);
    expect(dialog.open).to.equal(false);
    expect(dismissed).to.equal(0);
    expect(document.activeElement).to.equal(opener);
  });

  it('fires gepi-dismiss on 關閉 by keyboard, and gives focus back', async () => {
    const { opener, dialog } = await setup();
    await openFrom(opener, dialog);
    const dismissed = oneEvent(dialog, 'gepi-dismiss');
    await sendKeys({ press: 'Enter' });
    await dismissed;
    await dialog.updateComplete;
    expect(part<HTMLDialogElement>(dialog, 'dialog').open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('closes on Esc with gepi-dismiss, and gives focus back', async () => {
    const { opener, dialog } = await setup();
    await openFrom(opener, dialog);
    let dismissals = 0;
    dialog.addEventListener('gepi-dismiss', () => (dismissals += 1));
    const closed = oneEvent(part(dialog, 'dialog'), 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await dialog.updateComplete;
    expect(dismissals).to.equal(1);
    expect(dialog.open).to.equal(false);
    expect(dialog.hasAttribute('open')).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { opener, dialog } = await setup();
    await openFrom(opener, dialog);
    const confirm = part(dialog, 'confirm-button');
    const close = part(dialog, 'close-button');
    expect(dialog.shadowRoot!.activeElement).to.equal(close);
    await sendKeys({ press: 'Tab' });
    expect(dialog.shadowRoot!.activeElement).to.equal(confirm);
    await sendKeys({ press: 'Tab' });
    expect(dialog.shadowRoot!.activeElement).to.equal(close);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(dialog.shadowRoot!.activeElement).to.equal(close);
    // The page behind is inert.
    expect(opener.matches(':focus')).to.equal(false);
  });

  it('returns focus to a 刪除 button inside <gepi-handler-list>', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <gepi-handler-list
          .items=${[{ id: 1, name: '張淑芬', nationalIdMasked: 'E22****894' }]}
        ></gepi-handler-list>
        <gepi-confirm-dialog></gepi-confirm-dialog>
      </div>
    `);
    const list = wrapper.querySelector('gepi-handler-list')!;
    const dialog = wrapper.querySelector('gepi-confirm-dialog')!;
    list.addEventListener('gepi-handler-delete', () => void dialog.show());
    await list.updateComplete;
    const remove = part<HTMLButtonElement>(list, 'delete-button');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await dialog.updateComplete;
    expect(part<HTMLDialogElement>(dialog, 'dialog').open).to.equal(true);
    // After a real key press the browser fires cancel before close: still one dismissal.
    let dismissals = 0;
    dialog.addEventListener('gepi-dismiss', () => (dismissals += 1));
    const closed = oneEvent(part(dialog, 'dialog'), 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(dismissals).to.equal(1);
    expect(list.shadowRoot!.activeElement).to.equal(remove);
  });

  it('opens from the open attribute, takes a custom heading and message, and shows slotted content', async () => {
    const el = await fixture<GepiConfirmDialog>(html`
      <gepi-confirm-dialog open heading="移除確認" message="確定移除？"><p>張淑芬</p></gepi-confirm-dialog>
    `);
    expect(part<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    expect(clean(part(el, 'title').textContent)).to.equal('移除確認');
    expect(clean(part(el, 'message').textContent)).to.equal('確定移除？');
    await el.close();
    expect(part<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
  });
});
