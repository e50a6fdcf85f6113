// The portal's breadcrumb follows the manual's screens (issue 14): `首頁 / 首次註冊 同意條款畫面 /
// 首次註冊 機關憑證確認畫面 / …`, a screen per step passed, shortened when a step is left for one
// already passed (授權指派's list after 新增); another page starts a new trail; English; axe.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/portal/gepi-portal.js';
import '../src/components/provider/gepi-provider.js';
import type { GepiPortal } from '../src/components/portal/portal.component.js';
import { describe, it } from './support/mocha.js';
import {
  before,
  demoPki,
  desk,
  press,
  signInCitizen,
  signInOrg,
  step,
  submitContact,
  view,
} from './support/portal.js';
import type { Desk } from './support/portal.js';
import { clean } from './support/views.js';

async function portal(d: Desk, locale = ''): Promise<GepiPortal> {
  const provider = await fixture<HTMLElement>(
    html`<gepi-provider .client=${d.client} .tokens=${d.tokens}
      ><gepi-portal locale=${locale}></gepi-portal
    ></gepi-provider>`,
  );
  const el = provider.querySelector('gepi-portal')!;
  await el.updateComplete;
  return el;
}

const crumbs = (el: GepiPortal): string[] =>
  [...el.shadowRoot!.querySelectorAll('[part~="breadcrumb"] li')].map((li) => clean(li.textContent));

async function crumbsAre(el: GepiPortal, expected: string[]): Promise<void> {
  await waitUntil(
    () => JSON.stringify(crumbs(el)) === JSON.stringify(expected),
    `breadcrumb ${JSON.stringify(crumbs(el))}, not ${JSON.stringify(expected)}`,
  );
  const last = [...el.shadowRoot!.querySelectorAll('[part~="breadcrumb"] li')].pop()!;
  expect(last.getAttribute('aria-current')).to.equal('location');
}

describe('<gepi-portal> breadcrumb', function () {
  before(() => demoPki(), 30_000);

  it('names each screen of 首次註冊 passed, as the manual’s breadcrumbs do', async () => {
    const d = await desk();
    const el = await portal(d);
    el.open('first-registration');
    await el.updateComplete;
    const flow = await view(el, 'gepi-first-registration');
    await step(flow, 'terms');
    await crumbsAre(el, ['首頁', '首次註冊 同意條款畫面']);
    press(await view(flow, 'gepi-terms'), 'accept-button');
    await step(flow, 'org-card');
    await crumbsAre(el, ['首頁', '首次註冊 同意條款畫面', '首次註冊 機關憑證確認畫面']);
    await signInOrg(flow, d, 'ORG-10001', '10001');
    await step(flow, 'citizen-card');
    await crumbsAre(el, [
      '首頁',
      '首次註冊 同意條款畫面',
      '首次註冊 機關憑證確認畫面',
      '首次註冊 自然人憑證確認畫面',
    ]);
    await expect(el).to.be.accessible();
    await signInCitizen(flow, d, 'CIT-WANG', 'A123456789');
    await step(flow, 'confirm');
    const toConfirm = [
      '首頁',
      '首次註冊 同意條款畫面',
      '首次註冊 機關憑證確認畫面',
      '首次註冊 自然人憑證確認畫面',
      '首次註冊畫面',
    ];
    await crumbsAre(el, toConfirm);
    await submitContact(flow, { name: '王大明', email: 'wang.daming@example.org', phone: '02-2701-3411' });
    await step(flow, 'registered');
    // The result adds no screen of its own.
    await crumbsAre(el, toConfirm);

    // Another page starts a new trail.
    el.open('query-receipts');
    await el.updateComplete;
    await crumbsAre(el, ['首頁', '查詢作業', '查詢憑證註冊收件紀錄 查詢條件畫面']);
    await d.close();
  });

  it('goes back along the trail when 授權指派 returns to its list', async () => {
    const d = await desk();
    const el = await portal(d);
    el.open('authorization');
    await el.updateComplete;
    const flow = await view(el, 'gepi-authorization');
    await step(flow, 'org-card');
    await signInOrg(flow, d, 'ORG-10002', '10002');
    await step(flow, 'citizen-card');
    await signInCitizen(flow, d, 'CIT-LIN', 'F223456786');
    await step(flow, 'list');
    const toList = [
      '首頁',
      '授權指派 機關憑證確認畫面',
      '授權指派 自然人憑證確認畫面',
      '授權指派 查詢結果畫面',
    ];
    await crumbsAre(el, toList);
    press(await view(flow, 'gepi-handler-list'), 'add-button');
    await step(flow, 'add');
    await crumbsAre(el, [...toList, '授權指派 新增授權經辦人畫面']);
    press(await view(flow, 'gepi-handler-editor'), 'cancel-button');
    await step(flow, 'list');
    await crumbsAre(el, toList);
    await expect(el).to.be.accessible();
    await d.close();
  });

  it('speaks English', async () => {
    const d = await desk();
    const el = await portal(d, 'en');
    el.open('swap-org');
    await el.updateComplete;
    const flow = await view(el, 'gepi-cert-swap');
    await step(flow, 'terms');
    await crumbsAre(el, [
      'Home',
      'Certificate replacement',
      'Replace organization certificate: terms of use',
    ]);
    await d.close();
  });
});
