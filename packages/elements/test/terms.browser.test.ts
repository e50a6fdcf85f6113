// <gepi-terms>: the manual's title, ten clauses and ROC download time in zh-TW and English, the
// agree / disagree events by mouse and by keyboard, heading focus for a new step, and axe checks.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/provider/gepi-provider.js';
import '../src/components/terms/gepi-terms.js';
import { describe, it } from './support/mocha.js';
import type { GepiTerms } from '../src/components/terms/terms.component.js';
import { en } from '../src/i18n/en.js';
import { zhTW } from '../src/i18n/zh-TW.js';

const catalogs = { 'zh-TW': zhTW, en } as const;

// 2022-11-14 14:46:46 in Taipei, the time in the manual's figure 3-4.
const SHOWN_AT = new Date('2022-11-14T06:46:46Z');
const fixedClock = (): Date => SHOWN_AT;

const part = <T extends HTMLElement = HTMLElement>(el: GepiTerms, name: string): T =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
const parts = (el: GepiTerms, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

async function terms(lang = 'zh-TW'): Promise<GepiTerms> {
  return fixture<GepiTerms>(html`<gepi-terms lang=${lang} .clock=${fixedClock}></gepi-terms>`);
}

describe('<gepi-terms>', () => {
  it('renders the manual’s title, introduction, ten clauses and buttons in zh-TW', async () => {
    const el = await terms();
    const title = part(el, 'title');
    expect(title.tagName).to.equal('H2');
    expect(clean(title.textContent)).to.equal('公教人員保險網路作業 e 系統用戶約定條款');
    expect(clean(part(el, 'intro').textContent)).to.equal(catalogs['zh-TW']['terms.intro']);

    const clauses = parts(el, 'clause').map((li) => clean(li.textContent));
    expect(clauses).to.have.length(10);
    expect(part(el, 'clauses').tagName).to.equal('OL');
    expect(clauses[0]).to.equal(
      '本要保單位應選用本作業系統所需的電腦環境及安全的應用系統，並採取適當的防護控制措施。',
    );
    expect(clauses[9]).to.equal('本約定條款如有未盡事宜，悉依有關法令及承保機關相關作業規定辦理。');

    expect(clean(part(el, 'accept-button').textContent)).to.equal('同意條款內容');
    expect(clean(part(el, 'decline-button').textContent)).to.equal('不同意條款內容');
  });

  it('shows the download time in the ROC calendar, Taipei time, from the injected clock', async () => {
    const el = await terms();
    expect(clean(part(el, 'download-time').textContent)).to.equal('網頁下載時間：111年11月14日14點46分46秒');
    expect(part(el, 'download-time').querySelector('time')?.getAttribute('datetime')).to.equal(
      '2022-11-14T14:46:46+08:00',
    );
    expect(el.downloadedAt).to.equal(SHOWN_AT);
  });

  it('renders in English, with Gregorian and ROC years', async () => {
    const el = await terms('en');
    expect(clean(part(el, 'title').textContent)).to.equal(
      "Public Servants' and Teachers' Insurance Online e-System: User Terms",
    );
    expect(parts(el, 'clause')).to.have.length(10);
    expect(clean(part(el, 'download-time').textContent)).to.equal(
      'Page downloaded: 2022-11-14 14:46:46 (Taipei time, ROC year 111)',
    );
    expect(clean(part(el, 'accept-button').textContent)).to.equal('I agree to the terms');
    expect(part(el, 'base').getAttribute('lang')).to.equal('en');
  });

  it('marks its content with the language it renders in, even when a provider chose it', async () => {
    const provider = await fixture(html`
      <gepi-provider locale="en"><gepi-terms .clock=${fixedClock}></gepi-terms></gepi-provider>
    `);
    const el = provider.querySelector('gepi-terms')!;
    await el.updateComplete;
    expect(part(el, 'base').getAttribute('lang')).to.equal('en');
  });

  it('fires gepi-terms-accepted, bubbling out of its shadow root, when agree is clicked', async () => {
    const el = await terms();
    setTimeout(() => part(el, 'accept-button').click());
    const event = await oneEvent(document, 'gepi-terms-accepted');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.target).to.equal(el);
    expect(event.detail.downloadedAt).to.equal(SHOWN_AT);
  });

  it('fires gepi-terms-declined when disagree is clicked', async () => {
    const el = await terms();
    setTimeout(() => part(el, 'decline-button').click());
    const event = await oneEvent(el, 'gepi-terms-declined');
    expect(event.detail.downloadedAt).to.equal(SHOWN_AT);
  });

  it('can be answered with the keyboard alone: Tab to agree, Enter; Tab to disagree, Space', async () => {
    const el = await terms();
    await el.focusHeading();

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'accept-button'));
    const accepted = oneEvent(el, 'gepi-terms-accepted');
    await sendKeys({ press: 'Enter' });
    expect((await accepted).type).to.equal('gepi-terms-accepted');

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'decline-button'));
    const declined = oneEvent(el, 'gepi-terms-declined');
    await sendKeys({ press: 'Space' });
    expect((await declined).type).to.equal('gepi-terms-declined');
  });

  it('moves focus to its heading with focusHeading(), without putting the heading in the Tab order', async () => {
    const el = await terms();
    await el.focusHeading();
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'title'));
    expect(part(el, 'title').tabIndex).to.equal(-1);
  });

  it('focuses its heading on first render when it has autofocus', async () => {
    const el = await fixture<GepiTerms>(html`<gepi-terms autofocus .clock=${fixedClock}></gepi-terms>`);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'title'));
  });

  it('does not take focus by itself without autofocus', async () => {
    const el = await terms();
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('uses the heading level the host asks for', async () => {
    const el = await fixture<GepiTerms>(
      html`<gepi-terms heading-level="3" .clock=${fixedClock}></gepi-terms>`,
    );
    expect(part(el, 'title').tagName).to.equal('H3');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(part(el, 'title').tagName).to.equal('H6');
  });

  it('takes a host’s replacement for one string', async () => {
    const overrides = { 'zh-TW': { 'terms.agree': '我已閱讀並同意' } };
    const el = await fixture<GepiTerms>(
      html`<gepi-terms .clock=${fixedClock} .translations=${overrides}></gepi-terms>`,
    );
    expect(clean(part(el, 'accept-button').textContent)).to.equal('我已閱讀並同意');
    expect(clean(part(el, 'decline-button').textContent)).to.equal('不同意條款內容');
  });

  it('reads the clock again when shown again', async () => {
    let now = SHOWN_AT;
    const el = await fixture<GepiTerms>(html`<gepi-terms .clock=${() => now}></gepi-terms>`);
    now = new Date('2022-11-14T06:50:00Z');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(clean(part(el, 'download-time').textContent)).to.equal('網頁下載時間：111年11月14日14點50分00秒');
  });

  it('is accessible in zh-TW', async () => {
    const el = await terms();
    await expect(el).to.be.accessible();
  });

  it('is accessible in English', async () => {
    const el = await terms('en');
    await expect(el).to.be.accessible();
  });
});
