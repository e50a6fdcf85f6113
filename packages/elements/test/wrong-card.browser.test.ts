// A card of the wrong kind at a card step of a flow element, against the real registration API in
// the page and virtual cards: reported as soon as the flow has read the card (before 確認, in the
// live error summary linked to the card), 確認 refused without a PIN try or a request, and cleared
// when the right card goes in; at the manager's step, the organization card still in the reader is
// reported the same way until the citizen card replaces it. axe with the message shown.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/query/gepi-query.js';
import type { CardStepData, CardView } from '@gepi/sdk';
import type { GepiCardConfirm } from '../src/components/card-confirm/card-confirm.component.js';
import type { GepiQuery } from '../src/components/query/query.component.js';
import { describe, it } from './support/mocha.js';
import { PIN, before, demoPki, desk, fill, press, signInCitizen, step, view } from './support/portal.js';
import { activeIn, clean, part, summaryItems } from './support/views.js';

const summaryText = (card: GepiCardConfirm): string[] => summaryItems(card).map((item) => item.text);

/** The card the flow's current card step describes. */
const cardView = (el: GepiQuery): CardView | null | undefined =>
  (el.state?.data as CardStepData | undefined)?.card;

describe('a card of the wrong kind in a flow', function () {
  before(() => demoPki(), 30_000);

  it('is reported as soon as it is read, refused at 確認, and cleared by the right card', async () => {
    const d = await desk();
    const el = await fixture<GepiQuery>(
      html`<gepi-query variant="authorized" .client=${d.client} .tokens=${d.tokens}></gepi-query>`,
    );
    const card = await view(el, 'gepi-card-confirm');

    // 機關憑證確認畫面 with 林美惠's citizen card in the reader: said at once, nothing pressed.
    d.insert('CIT-LIN');
    await waitUntil(() => cardView(el)?.cardId, 'the card was never read');
    await card.updateComplete;
    expect(cardView(el)?.warnings).to.include('wrong-kind');
    expect(el.state?.error).to.equal(undefined);
    expect(clean(part(card, 'error-summary-title').textContent)).to.equal('卡片種類不符');
    expect(summaryItems(card)).to.deep.equal([
      { text: '此卡為自然人憑證，請放入機關憑證IC卡。', href: '#card' },
    ]);
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

    // The organization card in: the message goes, and the same 確認 signs in.
    d.insert('ORG-10002');
    await waitUntil(() => summaryText(card).length === 0, 'the message stayed with the right card in');
    expect(part(card, 'field-error')).to.equal(null);
    fill(card, '機關憑證IC卡密碼（PIN碼）', PIN);
    press(card, 'confirm-button');
    await step(el, 'citizen-card');

    // 自然人憑證確認畫面: the organization card is still in the reader, and is the wrong one now.
    const citizen = await view(el, 'gepi-card-confirm');
    await waitUntil(
      () => summaryText(citizen).includes('此卡為機關憑證，請放入自然人憑證IC卡。'),
      'the organization card at the citizen step was not reported',
    );
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
