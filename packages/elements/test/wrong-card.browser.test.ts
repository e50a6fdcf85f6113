// A card of the wrong kind at a card step of a flow element, against the real registration API in
// the page and virtual cards: as soon as the flow has read the card, a calm instruction to swap
// cards (no alert: at the manager's step the organization card is naturally still in); 確認 with it
// refused without a PIN try or a request, and only then an error in the live summary linked to the
// card; all cleared when the right card goes in. axe with each state shown.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/query/gepi-query.js';
import type { CardStepData, CardView } from '@gepi/sdk';
import type { GepiCardConfirm } from '../src/components/card-confirm/card-confirm.component.js';
import type { GepiQuery } from '../src/components/query/query.component.js';
import { describe, it } from './support/mocha.js';
import { PIN, before, demoPki, desk, fill, press, signInCitizen, step, view } from './support/portal.js';
import { activeIn, clean, part, summaryItems } from './support/views.js';

const ORG_PIN_LABEL_EN = 'Organization certificate IC card password (PIN)';
const summaryText = (card: GepiCardConfirm): string[] => summaryItems(card).map((item) => item.text);

/** The card the flow's current card step describes. */
const cardView = (el: GepiQuery): CardView | null | undefined =>
  (el.state?.data as CardStepData | undefined)?.card;

describe('a card of the wrong kind in a flow', function () {
  before(() => demoPki(), 30_000);

  it('is met with an instruction, refused at 確認 (then an error), and cleared by the right card', async () => {
    const d = await desk();
    const el = await fixture<GepiQuery>(
      html`<gepi-query variant="authorized" .client=${d.client} .tokens=${d.tokens}></gepi-query>`,
    );
    const card = await view(el, 'gepi-card-confirm');

    // 機關憑證確認畫面 with 林美惠's citizen card in the reader: what to do, at once, without an alert.
    d.insert('CIT-LIN');
    await waitUntil(() => cardView(el)?.cardId, 'the card was never read');
    await card.updateComplete;
    expect(cardView(el)?.warnings).to.include('wrong-kind');
    expect(el.state?.error).to.equal(undefined);
    expect(clean(part(card, 'next-card').textContent)).to.equal(
      '讀卡機中是自然人憑證IC卡：請取出，改放入機關憑證IC卡。',
    );
    expect(summaryItems(card)).to.deep.equal([]);
    expect(clean(part(card, 'card').textContent)).to.contain('林美惠');
    await expect(el).to.be.accessible();

    // 確認 is refused by the view: no sign-in, no PIN try used, focus on the card.
    fill(card, '機關代號（五碼）', '10002');
    fill(card, '機關憑證IC卡密碼（PIN碼）', PIN);
    const requests = d.requests.length;
    press(card, 'confirm-button');
    await card.updateComplete;
    expect(el.state?.step).to.equal('org-card');
    expect(el.state?.busy).to.equal(false);
    expect(d.requests.length).to.equal(requests);
    expect(d.card('CIT-LIN').pinTriesLeft).to.equal(3);
    expect(activeIn(card)).to.equal(part(card, 'card'));
    expect(clean(part(card, 'error-summary-title').textContent)).to.equal('卡片種類不符');
    expect(summaryItems(card)).to.deep.equal([
      { text: '此卡為自然人憑證，請放入機關憑證IC卡。', href: '#card' },
    ]);
    await expect(el).to.be.accessible();

    // The organization card in: the message goes, and the same 確認 signs in.
    d.insert('ORG-10002');
    await waitUntil(() => summaryText(card).length === 0, 'the message stayed with the right card in');
    expect(part(card, 'field-error')).to.equal(null);
    fill(card, '機關憑證IC卡密碼（PIN碼）', PIN);
    press(card, 'confirm-button');
    await step(el, 'citizen-card');

    // 自然人憑證確認畫面: the organization card is naturally still in the reader. Not an error:
    // the person is told to take it out and put in the manager's citizen card.
    const citizen = await view(el, 'gepi-card-confirm');
    await waitUntil(
      () =>
        part(citizen, 'next-card')?.textContent?.includes('請取出，改放入授權管理者之自然人憑證IC卡。') ===
        true,
      'the next card was not asked for at the citizen step',
    );
    expect(summaryText(citizen)).to.deep.equal([]);
    expect(part(citizen, 'alerts').textContent?.trim()).to.equal('');
    await expect(el).to.be.accessible();
    await signInCitizen(el, d, 'CIT-LIN', 'F223456786');
    await step(el, 'list');
    await d.close();
  });

  it('words it in English', async () => {
    const d = await desk();
    const el = await fixture<GepiQuery>(
      html`<gepi-query lang="en" variant="org-oid" .client=${d.client} .tokens=${d.tokens}></gepi-query>`,
    );
    const card = await view(el, 'gepi-card-confirm');
    d.insert('CIT-WANG');
    await waitUntil(() => part(card, 'next-card') !== null, 'never told');
    expect(clean(part(card, 'next-card').textContent)).to.equal(
      'The reader holds a citizen certificate card: take it out and insert the organization certificate card.',
    );
    fill(card, 'Agency code (5 digits)', '10001');
    fill(card, ORG_PIN_LABEL_EN, PIN);
    press(card, 'confirm-button');
    await waitUntil(() => summaryText(card).length > 0, 'never reported');
    expect(clean(part(card, 'error-summary-title').textContent)).to.equal('Wrong kind of card');
    expect(summaryText(card)).to.deep.equal([
      'This is a citizen certificate; insert the organization certificate card.',
    ]);
    d.remove();
    await waitUntil(() => summaryText(card).length === 0, 'the message outlived the card');
    await d.close();
  });
});
