// <gepi-virtual-reader>: choosing a card puts it into the reader (taking the previous one out),
// (未插入卡片) takes it out, the card's PIN tries and lock show as they change, cards moved by other
// code are followed, the provider can come from <gepi-provider>, English, keyboard use, and axe.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { VirtualCard, VirtualTokenProvider } from '@gepi/sdk/virtual';
import '../src/components/provider/gepi-provider.js';
import '../src/components/virtual-reader/gepi-virtual-reader.js';
import type { GepiVirtualReader } from '../src/components/virtual-reader/virtual-reader.component.js';
import { afterEach, describe, it } from './support/mocha.js';
import { byLabel, clean, part } from './support/views.js';

const PIN = '123456';

// Logging in needs no key and no real certificate: any DER-looking bytes make a card.
function card(id: string, label: string, pinTriesLeft = 3): VirtualCard {
  return new VirtualCard({
    id,
    label,
    ca: id.startsWith('ORG') ? 'GCA' : 'MOICA',
    pin: PIN,
    pinTriesLeft,
    signing: { certificate: new Uint8Array([0x30, 0x00]) },
  });
}

let providers: VirtualTokenProvider[] = [];
afterEach(async () => {
  await Promise.all(providers.map((p) => p.close()));
  providers = [];
});

function desk(): { tokens: VirtualTokenProvider; org: VirtualCard; wang: VirtualCard; locked: VirtualCard } {
  const tokens = new VirtualTokenProvider({ readers: ['讀卡機 1', '讀卡機 2'] });
  providers.push(tokens);
  return {
    tokens,
    org: card('ORG-10001', 'HiCOS PKI Smart Card'),
    wang: card('CIT-WANG', '自然人憑證 王大明'),
    locked: card('CIT-HSU-LOCKED', '自然人憑證 許志明（已鎖卡）', 0),
  };
}

async function panel(
  d: ReturnType<typeof desk>,
  lang = 'zh-TW',
  readerId?: string,
): Promise<GepiVirtualReader> {
  const el = await fixture<GepiVirtualReader>(
    html`<gepi-virtual-reader
      lang=${lang}
      reader-id=${ifDefined(readerId)}
      .tokens=${d.tokens}
      .cards=${[{ card: d.org, label: 'GCA 機關憑證 10001 臺北市政府人事處' }, d.wang, d.locked]}
    ></gepi-virtual-reader>`,
  );
  await waitUntil(() => part(el, 'reader')?.textContent?.includes('讀卡機'), 'reader never listed');
  return el;
}

const select = (el: GepiVirtualReader): HTMLSelectElement => byLabel<HTMLSelectElement>(el, '虛擬讀卡機');

async function choose(el: GepiVirtualReader, value: string): Promise<void> {
  const s = el.shadowRoot!.querySelector('select')!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const state = (el: GepiVirtualReader): string => clean(part(el, 'state').textContent);
const reader1 = async (tokens: VirtualTokenProvider) => (await tokens.listReaders())[0]!;

describe('<gepi-virtual-reader>', () => {
  it('lists (未插入卡片) and every card by its label, under the label 虛擬讀卡機', async () => {
    const el = await panel(desk());
    const options = [...select(el).options].map((o) => clean(o.textContent));
    expect(options).to.deep.equal([
      '（未插入卡片）',
      'GCA 機關憑證 10001 臺北市政府人事處',
      '自然人憑證 王大明',
      '自然人憑證 許志明（已鎖卡）',
    ]);
    expect(select(el).value).to.equal('');
    expect(clean(part(el, 'reader').textContent)).to.equal('讀卡機 1');
    expect(state(el)).to.equal('讀卡機中沒有IC卡。');
    await expect(el).to.be.accessible();
  });

  it('puts the chosen card into the reader, swapping out the previous one, and fires gepi-card-change', async () => {
    const d = desk();
    const el = await panel(d);
    setTimeout(() => void choose(el, 'ORG-10001'));
    const first = await oneEvent(el, 'gepi-card-change');
    expect(first.detail).to.deep.equal({ readerId: 'reader-1', cardId: 'ORG-10001' });
    expect(first.bubbles && first.composed).to.equal(true);
    expect((await reader1(d.tokens)).card?.id).to.equal('ORG-10001');
    expect(el.card).to.equal(d.org);
    expect(state(el)).to.equal('已插入IC卡，PIN碼尚可輸入 3 次。');

    const removed: string[] = [];
    d.tokens.on('card-removed', (e) => removed.push(e.cardId));
    setTimeout(() => void choose(el, 'CIT-WANG'));
    const second = await oneEvent(el, 'gepi-card-change');
    expect(second.detail.cardId).to.equal('CIT-WANG');
    expect(removed).to.deep.equal(['ORG-10001']);
    expect((await reader1(d.tokens)).card?.id).to.equal('CIT-WANG');
  });

  it('takes the card out with (未插入卡片)', async () => {
    const d = desk();
    const el = await panel(d);
    await choose(el, 'CIT-WANG');
    setTimeout(() => void choose(el, ''));
    const event = await oneEvent(el, 'gepi-card-change');
    expect(event.detail).to.deep.equal({ readerId: 'reader-1', cardId: null });
    expect((await reader1(d.tokens)).cardPresent).to.equal(false);
    expect(state(el)).to.equal('讀卡機中沒有IC卡。');
  });

  it('shows PIN tries going down and the lock as they happen, and unlocks as the CA would', async () => {
    const d = desk();
    const el = await panel(d);
    await choose(el, 'CIT-WANG');
    const { id } = await reader1(d.tokens);
    await d.tokens.login(id, '000000').catch(() => undefined);
    await waitUntil(() => state(el) === '已插入IC卡，PIN碼尚可輸入 2 次。', `state: ${state(el)}`);
    await d.tokens.login(id, '000000').catch(() => undefined);
    await d.tokens.login(id, '000000').catch(() => undefined);
    await waitUntil(() => state(el).startsWith('IC卡已鎖卡'), `state: ${state(el)}`);
    expect(state(el)).to.equal('IC卡已鎖卡，須由內政部憑證管理中心解碼。');
    await expect(el).to.be.accessible();

    part(el, 'unlock-button').click();
    await el.updateComplete;
    expect(d.wang.pinLocked).to.equal(false);
    expect(state(el)).to.equal('已插入IC卡，PIN碼尚可輸入 3 次。');
    expect(part(el, 'unlock-button')).to.equal(null);
  });

  it('keeps a card’s lock when it is taken out and put back (the card object lives on)', async () => {
    const d = desk();
    const el = await panel(d);
    await choose(el, 'CIT-HSU-LOCKED');
    expect(state(el)).to.equal('IC卡已鎖卡，須由內政部憑證管理中心解碼。');
    await choose(el, '');
    await choose(el, 'CIT-HSU-LOCKED');
    expect(d.locked.pinLocked).to.equal(true);
    expect(state(el)).to.contain('已鎖卡');
  });

  it('follows cards that other code puts in or takes out, without firing its event', async () => {
    const d = desk();
    const el = await panel(d);
    let fired = 0;
    el.addEventListener('gepi-card-change', () => fired++);
    d.tokens.insert('reader-1', d.wang);
    await waitUntil(() => select(el).value === 'CIT-WANG', 'insertion not followed');
    d.tokens.remove('reader-1');
    await waitUntil(() => select(el).value === '', 'removal not followed');
    // A card not among `cards` is listed as it reports itself, not hidden behind (未插入卡片).
    d.tokens.insert('reader-1', card('CIT-OTHER', '自然人憑證 某人'));
    await waitUntil(() => select(el).value === 'CIT-OTHER', 'foreign card not shown');
    expect(clean(select(el).selectedOptions[0]?.textContent)).to.equal('自然人憑證 某人');
    expect(fired).to.equal(0);
  });

  it('uses the reader named by reader-id, and explains a card that is already in another reader', async () => {
    const d = desk();
    const el = await panel(d, 'zh-TW', 'reader-2');
    expect(clean(part(el, 'reader').textContent)).to.equal('讀卡機 2');
    d.tokens.insert('reader-1', d.org);
    await choose(el, 'ORG-10001');
    expect(part(el, 'error')).to.not.equal(null);
    expect(part(el, 'error').getAttribute('role')).to.equal('alert');
    expect((await d.tokens.listReaders())[1]?.cardPresent).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('takes the token provider from <gepi-provider>, and the language too', async () => {
    const d = desk();
    const wrapper = await fixture(
      html`<gepi-provider locale="en" .tokens=${d.tokens}>
        <gepi-virtual-reader .cards=${[d.wang]}></gepi-virtual-reader>
      </gepi-provider>`,
    );
    const el = wrapper.querySelector('gepi-virtual-reader')!;
    await waitUntil(() => clean(part(el, 'reader')?.textContent) === '讀卡機 1', 'no reader');
    const s = byLabel<HTMLSelectElement>(el, 'Virtual card reader');
    expect(clean(s.options[0]?.textContent)).to.equal('(no card inserted)');
    await choose(el, 'CIT-WANG');
    expect(state(el)).to.equal('IC card inserted; the PIN can be tried 3 more times.');
    expect(part(el, 'base').getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('works from the keyboard alone', async () => {
    const d = desk();
    const el = await panel(d);
    select(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.card === d.org, 'ArrowDown did not insert the first card');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.card === d.wang, 'ArrowDown did not move to the next card');
    expect((await reader1(d.tokens)).card?.id).to.equal('CIT-WANG');
  });

  it('stops following a provider when it leaves the page', async () => {
    const d = desk();
    const el = await panel(d);
    el.remove();
    d.tokens.insert('reader-1', d.wang);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.card).to.equal(undefined);
  });
});
