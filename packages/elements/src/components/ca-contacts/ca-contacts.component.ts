// <gepi-ca-contacts>: where to turn about a card (the five certification authorities) or about a
// registration (the bank's insurance department and its underwriting sections).
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { CardAuthority } from '@gepi/sdk';
import { CA_ORDER, isCardAuthority } from '../../data/contacts.js';
import { GepiElementBase } from '../../internal/gepi-element.js';
import { sharedStyles } from '../../styles/shared.js';
import { renderHeading } from '../../internal/heading.js';
import { renderBankContact, renderCaContactList } from './contact-list.js';
import type { ContactWords } from './contact-list.js';
import { contactListStyles } from './contact-list.styles.js';
import { caContactsStyles } from './ca-contacts.styles.js';

/** Which contacts to show. */
export type CaContactsShow = 'all' | 'ca' | 'bank';

/** The authorities named by `ca` (a space- or comma-separated attribute, or an array), in the manual's order; all five when it names none. */
export function selectAuthorities(ca: string | readonly string[] | null | undefined): CardAuthority[] {
  const wanted = new Set(typeof ca === 'string' ? ca.split(/[\s,]+/) : (ca ?? []));
  const chosen = CA_ORDER.filter((id) => wanted.has(id) && isCardAuthority(id));
  return chosen.length > 0 ? chosen : [...CA_ORDER];
}

/**
 * Contact details of the certification authorities (服務網址, 服務專線) and of the bank
 * (臺灣銀行公教保險部: switchboard, fax, 承保第一科 / 承保第二科 with extensions and regions).
 *
 * @tagname gepi-ca-contacts
 * @summary The CA contact list and the bank contact, from the kit's contacts data.
 *
 * @csspart base - The wrapper of both blocks.
 * @csspart ca-section - The authorities block.
 * @csspart ca-title - Its heading, 憑證管理中心服務窗口.
 * @csspart ca-list - The list of authorities.
 * @csspart ca - One authority (`data-ca` holds its id, e.g. `MOICA`).
 * @csspart ca-name - The authority's name.
 * @csspart ca-web - Its website link (opens a new window).
 * @csspart ca-phone - Its service line (a `tel:` link).
 * @csspart bank-contact - The bank block.
 * @csspart bank-name - Its heading, the bank's name.
 * @csspart bank - The bank's details below the heading.
 * @csspart bank-phone - The switchboard number.
 * @csspart bank-fax - The fax number.
 * @csspart bank-sections - The list of underwriting sections.
 * @csspart bank-section - One section (`data-section`), with its extension and regions.
 *
 * @cssproperty --gepi-ca-contacts-gap - Space between the two blocks. Default `--gepi-space-lg`.
 * @cssproperty --gepi-ca-contacts-title-font-size - Heading size. Default `--gepi-font-size-lg`.
 * @cssproperty --gepi-link-color - Link colour. Default `--gepi-color-primary`.
 * @cssproperty --gepi-focus-ring-color - Focus ring. Default `--gepi-color-focus`.
 */
export class GepiCaContacts extends GepiElementBase {
  static override styles = [sharedStyles, contactListStyles, caContactsStyles];

  static override properties: PropertyDeclarations = {
    ca: {},
    show: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * The authorities to list: ids separated by spaces or commas (`ca="MOEACA"`, `ca="GCA XCA"`) or an
   * array. Unset, empty or naming no known authority: all five.
   */
  declare ca: string | readonly CardAuthority[] | undefined;

  /** `all` (default), `ca` (authorities only) or `bank` (the bank only). */
  declare show: CaContactsShow;

  /** The level of the two headings (1–6). Default 2. */
  declare headingLevel: number;

  constructor() {
    super();
    this.show = 'all';
    this.headingLevel = 2;
  }

  protected override render(): TemplateResult {
    const words: ContactWords = {
      t: (key, ...args) => this.t(key, ...args),
      parts: (key, slots) => this.tParts(key, slots),
    };
    const show = this.show === 'ca' || this.show === 'bank' ? this.show : 'all';
    return html`<div part="base" class="base" lang=${this.resolvedLocale}>
      ${
        show === 'bank'
          ? nothing
          : html`<section part="ca-section" aria-labelledby="ca-title">
              ${renderHeading(this.headingLevel, this.t('caContacts.caTitle'), {
                id: 'ca-title',
                part: 'ca-title',
                className: 'title',
              })}
              ${renderCaContactList(words, selectAuthorities(this.ca))}
            </section>`
      }
      ${
        show === 'ca'
          ? nothing
          : html`<section part="bank-contact" aria-labelledby="bank-title">
              ${renderBankContact(words, (text) =>
                renderHeading(this.headingLevel, text, {
                  id: 'bank-title',
                  part: 'bank-name',
                  className: 'title',
                }),
              )}
            </section>`
      }
    </div>`;
  }
}
