// <gepi-cert-info>: the two panels with the manual's labels in zh-TW and English, ROC validity,
// the masked national ID, expiry warnings against a fixed clock, and axe.
import { expect, fixture, html } from '@open-wc/testing';
import type { ResultOf } from '@gepi/sdk';
import '../src/components/cert-info/gepi-cert-info.js';
import type {
  CitizenCertPanel,
  GepiCertInfo,
  OrgCertPanel,
} from '../src/components/cert-info/cert-info.component.js';
import { describe, it } from './support/mocha.js';
import { activeIn, clean, part, parts } from './support/views.js';

// The API's panels must fit the element as they are.
type Session = ResultOf<'getSession'>;
const _orgFits = (panel: NonNullable<Session['org']>): OrgCertPanel => panel;
const _citizenFits = (panel: NonNullable<Session['citizen']>): CitizenCertPanel => panel;
void _orgFits;
void _citizenFits;

const NOW = new Date('2022-11-14T06:46:46Z');
const clock = (): Date => NOW;

const ORG: OrgCertPanel = {
  agencyCode: '10001',
  agencyName: '測試機關',
  orgId: '2.16.886.101.20003.20065',
  serial: '5A3F0E2B9C',
  cardNumber: 'GC01234567890123',
  subjectDn: 'C=TW, O=測試機關',
  notBefore: '2022-11-14T00:00:00+08:00',
  notAfter: '2027-11-13T23:59:59+08:00',
  ca: 'GCA',
  caName: { 'zh-TW': '政府憑證管理中心', en: 'Government Certification Authority (GCA)' },
  cardType: { 'zh-TW': '正卡', en: 'primary card' },
};

const CITIZEN: CitizenCertPanel = {
  nationalId: 'A123456789',
  serial: '1A2B3C4D',
  cardNumber: null,
  subjectDn: 'C=TW, CN=王小明, serialNumber=0000000112831644',
  notBefore: new Date('2020-01-01T00:00:00+08:00'),
  notAfter: new Date('2022-12-20T23:59:59+08:00'),
};

/** Term → description pairs of a panel's description list. */
function rows(panel: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const group of panel.querySelectorAll('dl > div')) {
    out[clean(group.querySelector('dt')!.textContent)] = clean(group.querySelector('dd')!.textContent);
  }
  return out;
}

const info = (lang = 'zh-TW'): Promise<GepiCertInfo> =>
  fixture<GepiCertInfo>(
    html`<gepi-cert-info lang=${lang} .org=${ORG} .citizen=${CITIZEN} .clock=${clock}></gepi-cert-info>`,
  );

describe('<gepi-cert-info>', () => {
  it('shows 機關(組織)憑證資訊 with the manual’s labels and ROC validity', async () => {
    const el = await info();
    const org = part(el, 'org-panel');
    expect(clean(org.querySelector('[part~="panel-title"]')!.textContent)).to.equal('機關（組織）憑證資訊');
    expect(rows(org)).to.deep.equal({
      機關代號: '10001',
      機關名稱: '測試機關',
      '機關（組織）OID': '2.16.886.101.20003.20065',
      機關憑證序號: '5A3F0E2B9C',
      機關憑證卡號: 'GC01234567890123',
      憑證DN: 'C=TW, O=測試機關',
      憑證效期: '111/11/14 ~ 116/11/13',
      卡別: '正卡',
    });
    expect(org.querySelector('time')!.getAttribute('datetime')).to.equal('2022-11-14');
    expect(org.querySelector('[part~="warning"]')).to.equal(null);
  });

  it('shows 授權管理者自然人憑證資訊 with the national ID masked, and a 60-day warning', async () => {
    const el = await info();
    const citizen = part(el, 'citizen-panel');
    expect(clean(citizen.querySelector('[part~="panel-title"]')!.textContent)).to.equal(
      '授權管理者自然人憑證資訊',
    );
    expect(rows(citizen)).to.deep.equal({
      授權管理者身分證統一編號: 'A12****789',
      自然人憑證序號: '1A2B3C4D',
      憑證卡號: '（無）',
      憑證DN: 'C=TW, CN=王小明, serialNumber=0000000112831644',
      憑證效期: '109/01/01 ~ 111/12/20',
    });
    expect(el.shadowRoot!.innerHTML).not.to.contain('A123456789');
    expect(clean(citizen.querySelector('[part~="warning"]')!.textContent)).to.equal(
      '此憑證將於111/12/20到期（剩餘37天），請儘速向發卡單位辦理展期或換發。',
    );
    await expect(el).to.be.accessible();
  });

  it('renders in English with ISO dates', async () => {
    const el = await info('en');
    expect(rows(part(el, 'org-panel'))['Certificate validity']).to.equal('2022-11-14 to 2027-11-13');
    expect(rows(part(el, 'org-panel'))['Card type']).to.equal('primary card');
    expect(rows(part(el, 'citizen-panel'))["Authorization manager's national ID number"]).to.equal(
      'A12****789',
    );
    expect(clean(part(el, 'citizen-panel').querySelector('[part~="warning"]')!.textContent)).to.equal(
      'This certificate expires on 2022-12-20 (days left: 37); renew it or apply for a new card at its certification authority soon.',
    );
    await expect(el).to.be.accessible();
  });

  it('warns about an expired organization certificate; 卡別 is never the authority’s name', async () => {
    const org: OrgCertPanel = {
      ...ORG,
      cardType: undefined,
      ca: 'MOEACA',
      notAfter: '2022-11-01T23:59:59+08:00',
    };
    const el = await fixture<GepiCertInfo>(
      html`<gepi-cert-info .org=${org} .clock=${clock}></gepi-cert-info>`,
    );
    expect(parts(el, 'panel')).to.have.length(1);
    // 卡別 is 正卡/附卡; unknown, it says so rather than showing the CA (政府憑證管理中心) again.
    expect(rows(part(el, 'org-panel'))['卡別']).to.equal('（無）');
    const warning = part(el, 'warning');
    expect(clean(warning.textContent)).to.equal('此憑證已於111/11/01到期，請向發卡單位申請換發。');
    expect(warning.classList.contains('warning--expired')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('fits 375 px: each label above its value, serials on one line, the DN not in a narrow column', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 343px">
        <gepi-cert-info
          .org=${{ ...ORG, serial: '5A6E2D14B39787D0886C37184AC90001' }}
          .citizen=${{ ...CITIZEN, serial: '100048210DD2DF2E128096A9282B0001' }}
          .clock=${clock}
        ></gepi-cert-info>
      </div>`,
    );
    const el = wrapper.querySelector('gepi-cert-info')!;
    await el.updateComplete;
    for (const panel of [part(el, 'org-panel'), part(el, 'citizen-panel')]) {
      const dl = panel.querySelector('dl')!;
      for (const group of panel.querySelectorAll('dl > div')) {
        const dt = group.querySelector('dt')!.getBoundingClientRect();
        const dd = group.querySelector('dd')!.getBoundingClientRect();
        expect(dd.top, clean(group.textContent)).to.be.at.least(dt.bottom - 1);
        expect(dd.width).to.be.at.least(dl.getBoundingClientRect().width - 1);
      }
    }
    // A 32-digit serial on one line (no break every 8 characters); the masked ID whole.
    const serial = [...part(el, 'citizen-panel').querySelectorAll('dd')][1]!;
    const lineHeight = parseFloat(getComputedStyle(serial).lineHeight);
    expect(serial.getBoundingClientRect().height).to.be.below(lineHeight * 1.5);
    const id = [...part(el, 'citizen-panel').querySelectorAll('dd')][0]!;
    expect(id.getBoundingClientRect().height).to.be.below(lineHeight * 1.5);
    await expect(el).to.be.accessible();
  });

  it('takes the server’s already masked ID and a later warning window', async () => {
    const citizen: CitizenCertPanel = { ...CITIZEN, nationalId: undefined, nationalIdMasked: 'B12****678' };
    const el = await fixture<GepiCertInfo>(
      html`<gepi-cert-info .citizen=${citizen} .clock=${clock} expiry-warning-days="30"></gepi-cert-info>`,
    );
    expect(rows(part(el, 'citizen-panel'))['授權管理者身分證統一編號']).to.equal('B12****678');
    expect(part(el, 'warning')).to.equal(null);
  });

  it('uses the host’s heading level and focuses the first heading', async () => {
    const el = await fixture<GepiCertInfo>(
      html`<gepi-cert-info
        heading-level="3"
        autofocus
        .org=${ORG}
        .citizen=${CITIZEN}
        .clock=${clock}
      ></gepi-cert-info>`,
    );
    await el.updateComplete;
    const titles = parts(el, 'panel-title');
    expect(titles.map((h) => h.tagName)).to.deep.equal(['H3', 'H3']);
    expect(activeIn(el)).to.equal(titles[0]);
  });
});
