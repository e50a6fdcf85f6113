// Templates of the contact lists, shared by <gepi-ca-contacts>, the lock warning and locked-card
// panel of <gepi-card-confirm> and the pending-review preset of <gepi-message>. Rendered into the
// caller's own shadow root (rather than nesting <gepi-ca-contacts>) so that the caller's locale and
// string overrides apply and no second tag has to be registered for it to work.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { CardAuthority } from '@gepi/sdk';
import { BANK_CONTACT, CA_CONTACTS } from '../../data/contacts.js';
import type { Translator } from '../../i18n/words.js';
import type { Translate } from '../../i18n/translation.js';

/** The caller's lookups: `t` and `parts` bound to its resolved locale and overrides. */
export interface ContactWords {
  readonly t: Translate;
  readonly parts: Translator['parts'];
}

const SECTION_REGIONS = {
  section1: 'bank.section1Regions',
  section2: 'bank.section2Regions',
} as const;

function externalLink(w: ContactWords, url: string, part: string): TemplateResult {
  // A new window keeps the registration step (and its card session) open behind the CA's site;
  // the hidden note tells screen-reader users before they follow the link.
  return html`<a part=${part} href=${url} target="_blank" rel="noopener noreferrer"
    >${url}<span class="visually-hidden"> ${w.t('caContacts.newWindow')}</span></a
  >`;
}

/**
 * The authorities in `ids`, each with its website and service line.
 * Parts: `ca-list`, `ca` (with `data-ca`), `ca-name`, `ca-web`, `ca-phone`.
 */
export function renderCaContactList(w: ContactWords, ids: readonly CardAuthority[]): TemplateResult {
  return html`<ul part="ca-list" class="ca-list">
    ${ids.map((id) => {
      const contact = CA_CONTACTS[id];
      const phone = html`<a part="ca-phone" href=${`tel:${contact.tel}`}>${contact.phone}</a>`;
      return html`<li part="ca" class="ca" data-ca=${id}>
        <span part="ca-name" class="ca__name">${w.t(`ca.${id}`)}</span>
        <span class="ca__line"
          >${w.parts('ca.website', { url: externalLink(w, contact.web, 'ca-web') })}</span
        >
        <span class="ca__line">${w.parts('ca.phone', { phone })}</span>
      </li>`;
    })}
  </ul>`;
}

/**
 * The bank's switchboard and fax, and its two underwriting sections with their extensions and
 * regions. `heading` is the bank's name, as a heading of the caller's choosing or plain text.
 * Parts: `bank`, `bank-name`, `bank-phone`, `bank-fax`, `bank-sections`, `bank-section`.
 */
export function renderBankContact(
  w: ContactWords,
  heading: (text: string) => TemplateResult,
): TemplateResult {
  const phone = html`<a href=${`tel:${BANK_CONTACT.tel}`}>${BANK_CONTACT.phone}</a>`;
  return html`<div part="bank" class="bank">
    ${heading(w.t('bank.name'))}
    <p class="bank__lines">
      <span part="bank-phone" class="bank__line">${w.parts('bank.switchboard', { phone })}</span>
      <span part="bank-fax" class="bank__line">${w.t('caContacts.fax', { fax: BANK_CONTACT.fax })}</span>
    </p>
    <ul part="bank-sections" class="bank__sections">
      ${BANK_CONTACT.sections.map(
        (section) =>
          html`<li part="bank-section" class="bank__section" data-section=${section.id}>
            <span class="bank__section-name">${w.t(`bank.${section.id}`)}</span>
            <a href=${`tel:${BANK_CONTACT.tel},${section.extension}`}
              >${w.t('bank.extension', { ext: section.extension })}</a
            >
            <span class="bank__regions">${w.t(SECTION_REGIONS[section.id])}</span>
          </li>`,
      )}
    </ul>
  </div>`;
}
