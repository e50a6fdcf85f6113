// <gepi-ca-contacts> and the contacts data: the five CAs from the spec's table, the bank with its
// sections, selection by `ca` and `show`, English, links, and axe.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/ca-contacts/gepi-ca-contacts.js';
import type { GepiCaContacts } from '../src/components/ca-contacts/ca-contacts.component.js';
import { BANK_CONTACT, CA_CONTACTS, CA_ORDER } from '../src/data/contacts.js';
import { en } from '../src/i18n/en.js';
import { zhTW } from '../src/i18n/zh-TW.js';
import { describe, it } from './support/mocha.js';
import { clean, part, parts } from './support/views.js';

const catalogs = { 'zh-TW': zhTW, en } as const;

const ids = (el: GepiCaContacts): (string | undefined)[] => parts(el, 'ca').map((li) => li.dataset['ca']);

describe('contacts data', () => {
  it('holds the spec’s table of authorities', () => {
    const table = CA_ORDER.map((id) => [id, CA_CONTACTS[id].web, CA_CONTACTS[id].phone]);
    expect(table).to.deep.equal([
      ['GCA', 'http://gca.nat.gov.tw', '02-2192-7111'],
      ['XCA', 'http://xca.nat.gov.tw', '02-2192-7111'],
      ['MOEACA', 'http://moeaca.nat.gov.tw', '412-1166'],
      ['HCA', 'http://hca.nat.gov.tw', '0800-364-422'],
      ['MOICA', 'http://moica.nat.gov.tw', '0800-080-117'],
    ]);
    for (const id of CA_ORDER) {
      expect(CA_CONTACTS[id].tel).to.equal(CA_CONTACTS[id].phone.replace(/\D/g, ''));
      expect(CA_CONTACTS[id].name['zh-TW']).to.equal(catalogs['zh-TW'][`ca.${id}`]);
      expect(CA_CONTACTS[id].name.en).to.equal(catalogs.en[`ca.${id}`]);
    }
  });

  it('holds the bank’s numbers and the regions the catalogs name', () => {
    expect([BANK_CONTACT.phone, BANK_CONTACT.fax]).to.deep.equal(['(02)2701-3411', '(02)2701-5622']);
    const [first, second] = BANK_CONTACT.sections;
    expect([first!.extension, second!.extension]).to.deep.equal(['5312', '5353']);
    expect(first!.regions.map((r) => r['zh-TW']).join('、') + '等地要保機關').to.equal(
      catalogs['zh-TW']['bank.section1Regions'],
    );
    expect(second!.regions.map((r) => r['zh-TW']).join('、') + '等地要保機關').to.equal(
      catalogs['zh-TW']['bank.section2Regions'],
    );
    for (const region of first!.regions) expect(catalogs.en['bank.section1Regions']).to.contain(region.en);
    for (const region of second!.regions) expect(catalogs.en['bank.section2Regions']).to.contain(region.en);
  });
});

describe('<gepi-ca-contacts>', () => {
  it('lists all five authorities and the bank in zh-TW', async () => {
    const el = await fixture<GepiCaContacts>(html`<gepi-ca-contacts></gepi-ca-contacts>`);
    expect(clean(part(el, 'ca-title').textContent)).to.equal('憑證管理中心服務窗口');
    expect(part(el, 'ca-title').tagName).to.equal('H2');
    expect(ids(el)).to.deep.equal(['GCA', 'XCA', 'MOEACA', 'HCA', 'MOICA']);
    const moica = parts(el, 'ca')[4]!;
    expect(clean(moica.querySelector('[part~="ca-name"]')!.textContent)).to.equal(
      '內政部憑證管理中心（MOICA）',
    );
    expect(clean(moica.textContent)).to.contain('服務網址：http://moica.nat.gov.tw');
    expect(clean(moica.textContent)).to.contain('服務專線：0800-080-117');
    expect(moica.querySelector('[part~="ca-phone"]')!.getAttribute('href')).to.equal('tel:0800080117');
    const web = moica.querySelector<HTMLAnchorElement>('[part~="ca-web"]')!;
    expect(web.target).to.equal('_blank');
    expect(web.rel).to.contain('noopener');
    expect(clean(web.textContent)).to.equal('http://moica.nat.gov.tw （另開新視窗）');

    expect(clean(part(el, 'bank-name').textContent)).to.equal('臺灣銀行公教保險部');
    expect(clean(part(el, 'bank-phone').textContent)).to.equal('總機：(02)2701-3411');
    expect(clean(part(el, 'bank-fax').textContent)).to.equal('傳真：(02)2701-5622');
    const sections = parts(el, 'bank-section').map((s) => clean(s.textContent));
    expect(sections).to.deep.equal([
      '承保第一科 分機 5312 宜蘭、基隆、臺北、桃園、苗栗、新竹、花蓮、澎湖、金門、馬祖等地要保機關',
      '承保第二科 分機 5353 彰化、臺中、南投、雲林、嘉義、臺南、高雄、屏東、臺東等地要保機關',
    ]);
    await expect(el).to.be.accessible();
  });

  it('lists only the authorities named by ca, in the manual’s order', async () => {
    const one = await fixture<GepiCaContacts>(
      html`<gepi-ca-contacts ca="MOEACA" show="ca"></gepi-ca-contacts>`,
    );
    expect(ids(one)).to.deep.equal(['MOEACA']);
    expect(part(one, 'bank-contact')).to.equal(null);

    const two = await fixture<GepiCaContacts>(html`<gepi-ca-contacts ca="XCA, GCA"></gepi-ca-contacts>`);
    expect(ids(two)).to.deep.equal(['GCA', 'XCA']);

    const unknown = await fixture<GepiCaContacts>(html`<gepi-ca-contacts ca="ABC"></gepi-ca-contacts>`);
    expect(ids(unknown)).to.have.length(5);

    const array = await fixture<GepiCaContacts>(html`<gepi-ca-contacts .ca=${['HCA']}></gepi-ca-contacts>`);
    expect(ids(array)).to.deep.equal(['HCA']);
  });

  it('shows only the bank with show="bank"', async () => {
    const el = await fixture<GepiCaContacts>(
      html`<gepi-ca-contacts show="bank" heading-level="3"></gepi-ca-contacts>`,
    );
    expect(part(el, 'ca-section')).to.equal(null);
    expect(part(el, 'bank-name').tagName).to.equal('H3');
    await expect(el).to.be.accessible();
  });

  it('renders in English', async () => {
    const el = await fixture<GepiCaContacts>(html`<gepi-ca-contacts lang="en"></gepi-ca-contacts>`);
    expect(clean(part(el, 'ca-title').textContent)).to.equal('Certification authority service contacts');
    expect(clean(parts(el, 'ca')[0]!.textContent)).to.contain('Service line: 02-2192-7111');
    expect(clean(part(el, 'bank-name').textContent)).to.equal(
      "Bank of Taiwan, Public Servants' and Teachers' Insurance Department",
    );
    expect(clean(part(el, 'bank-fax').textContent)).to.equal('Fax: (02)2701-5622');
    expect(clean(parts(el, 'bank-section')[1]!.textContent)).to.contain('Underwriting Section 2 ext. 5353');
    await expect(el).to.be.accessible();
  });
});
