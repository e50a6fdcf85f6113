// <gepi-cert-info>: the two information panels of first registration and the swaps, 機關(組織)憑證資訊
// and 授權管理者自然人憑證資訊, as the server reports them after both cards signed in, with a
// warning on a certificate that expires soon.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { maskNationalId } from '@gepi/sdk';
import type { CardAuthority, LocalizedText } from '@gepi/sdk';
import { systemClock } from '../../internal/clock.js';
import type { Clock } from '../../internal/clock.js';
import { GepiElementBase } from '../../internal/gepi-element.js';
import { sharedStyles } from '../../styles/shared.js';
import type { ContactWords } from '../ca-contacts/contact-list.js';
import type { PlainKey } from '../../internal/form-element.js';
import { renderHeading } from '../../internal/heading.js';
import { certInfoStyles } from './cert-info.styles.js';
import { EXPIRY_WARNING_DAYS, renderValidityRange, validityOf, validityWarning } from './validity.js';
import type { DateInput } from './validity.js';
import { validityStyles } from './validity.styles.js';
import { certInfoWords } from '../../i18n/zh-TW/cert-info.js';

/** 機關(組織)憑證資訊: the API's `OrgCardPanel` fits as is. */
export interface OrgCertPanel {
  agencyCode: string;
  agencyName: string;
  /** 機關(組織)OID. */
  orgId: string;
  /** 機關憑證序號. */
  serial: string;
  /** 機關憑證卡號; null when the card did not report it. */
  cardNumber?: string | null;
  /** 憑證DN. */
  subjectDn: string;
  notBefore: DateInput;
  notAfter: DateInput;
  /** The issuing authority. */
  ca?: CardAuthority;
  /** The issuing authority's name as the server words it (not shown: 卡別 is not the authority). */
  caName?: LocalizedText;
  /** 卡別: 正卡 or 附卡, as the API reads it from the certificate (`OrgCardPanel.cardType`). */
  cardType?: LocalizedText;
}

/** 授權管理者自然人憑證資訊: the API's `CitizenCardPanel` fits as is. */
export interface CitizenCertPanel {
  /** Shown masked (`A12****789`) whichever of the two is given. */
  nationalId?: string;
  nationalIdMasked?: string;
  /** 自然人憑證序號. */
  serial: string;
  /** 憑證卡號; null when the card did not report it. */
  cardNumber?: string | null;
  subjectDn: string;
  notBefore: DateInput;
  notAfter: DateInput;
}

type Row = readonly [label: PlainKey, value: unknown];

/**
 * The organization certificate's and the manager's citizen certificate's details, each in a
 * description list under its heading. Either panel may be left out.
 *
 * @tagname gepi-cert-info
 * @summary 機關(組織)憑證資訊 and 授權管理者自然人憑證資訊, with expiry warnings.
 *
 * @csspart base - The wrapper of both panels.
 * @csspart panel - Each panel; also `org-panel` or `citizen-panel`.
 * @csspart org-panel - 機關(組織)憑證資訊.
 * @csspart citizen-panel - 授權管理者自然人憑證資訊.
 * @csspart panel-title - A panel's heading; the first takes focus with focusHeading().
 * @csspart warning - The note on a certificate that expires soon, has expired or is not yet valid.
 * @csspart details - A panel's description list.
 *
 * @cssproperty --gepi-cert-info-gap - Space between the panels. Default `--gepi-space-lg`.
 * @cssproperty --gepi-cert-info-padding - Space inside a panel. Default `--gepi-space-md`.
 * @cssproperty --gepi-cert-info-bg - Panel background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-cert-info-border-color - Panel border. Default `--gepi-color-border`.
 * @cssproperty --gepi-cert-info-title-font-size - Panel heading size. Default `--gepi-font-size-lg`.
 * @cssproperty --gepi-warning-color - Edge of an expiry warning. Default `#8a5300`.
 * @cssproperty --gepi-warning-bg - Background of an expiry warning. Default `#fff7e0`.
 */
export class GepiCertInfo extends GepiElementBase {
  static override catalogParts = [...GepiElementBase.catalogParts, certInfoWords];

  static override styles = [sharedStyles, validityStyles, certInfoStyles];

  static override properties: PropertyDeclarations = {
    org: { attribute: false },
    citizen: { attribute: false },
    clock: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    expiryWarningDays: { type: Number, attribute: 'expiry-warning-days' },
  };

  /** 機關(組織)憑證資訊; the panel is left out when unset. */
  declare org: OrgCertPanel | null | undefined;

  /** 授權管理者自然人憑證資訊; the panel is left out when unset. */
  declare citizen: CitizenCertPanel | null | undefined;

  /** Where "now" comes from, for the expiry warnings. */
  declare clock: Clock;

  /** The level of the panel headings (1–6). Default 2. */
  declare headingLevel: number;

  /** Days before expiry from which a certificate is flagged. Default 60. */
  declare expiryWarningDays: number;

  constructor() {
    super();
    this.clock = systemClock;
    this.headingLevel = 2;
    this.expiryWarningDays = EXPIRY_WARNING_DAYS;
  }

  /** Moves focus to the first panel's heading, as a new step does. */
  async focusHeading(options?: FocusOptions): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="panel-title"]')?.focus(options);
  }

  protected override firstUpdated(): void {
    if (this.autofocus) void this.focusHeading();
  }

  private get words(): ContactWords {
    return { t: (key, ...args) => this.t(key, ...args), parts: (key, slots) => this.tParts(key, slots) };
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.resolvedLocale}>
      ${this.org ? this.renderOrg(this.org) : nothing}
      ${this.citizen ? this.renderCitizen(this.citizen) : nothing}
    </div>`;
  }

  private text(value: string | null | undefined): unknown {
    return value ? value : html`<span class="empty">${this.t('certInfo.empty')}</span>`;
  }

  /** A serial, card number or OID: monospaced, so that 0 and O differ and 32 digits fit a phone. */
  private code(value: string | null | undefined): unknown {
    return value ? html`<span class="code">${value}</span>` : this.text(value);
  }

  private renderOrg(org: OrgCertPanel): TemplateResult {
    const locale = this.resolvedLocale;
    const cardType = org.cardType?.[locale] ?? '';
    return this.renderPanel('org', 'orgInfo.title', org.notBefore, org.notAfter, [
      ['orgInfo.agencyCode', this.text(org.agencyCode)],
      ['orgInfo.agencyName', this.text(org.agencyName)],
      ['orgInfo.oid', this.code(org.orgId)],
      ['orgInfo.serial', this.code(org.serial)],
      ['orgInfo.cardNumber', this.code(org.cardNumber)],
      ['orgInfo.dn', this.text(org.subjectDn)],
      ['orgInfo.validity', renderValidityRange(this.words, locale, org.notBefore, org.notAfter)],
      ['orgInfo.cardType', this.text(cardType)],
    ]);
  }

  private renderCitizen(citizen: CitizenCertPanel): TemplateResult {
    // Masked even when the full ID is given: the panel is for checking, not for reading the ID out.
    const id = maskNationalId(citizen.nationalIdMasked ?? citizen.nationalId ?? '');
    return this.renderPanel('citizen', 'managerInfo.title', citizen.notBefore, citizen.notAfter, [
      ['managerInfo.nationalId', this.text(id)],
      ['managerInfo.serial', this.code(citizen.serial)],
      ['managerInfo.cardNumber', this.code(citizen.cardNumber)],
      ['managerInfo.dn', this.text(citizen.subjectDn)],
      [
        'managerInfo.validity',
        renderValidityRange(this.words, this.resolvedLocale, citizen.notBefore, citizen.notAfter),
      ],
    ]);
  }

  private renderPanel(
    which: 'org' | 'citizen',
    title: PlainKey,
    notBefore: DateInput,
    notAfter: DateInput,
    rows: readonly Row[],
  ): TemplateResult {
    const titleId = `${which}-title`;
    const validity = validityOf(notBefore, notAfter, this.clock(), this.expiryWarningDays);
    const warning = validityWarning(this.words, this.resolvedLocale, validity, notBefore, notAfter);
    return html`<section part=${`panel ${which}-panel`} class="panel" aria-labelledby=${titleId}>
      ${renderHeading(this.headingLevel, this.t(title), {
        id: titleId,
        part: 'panel-title',
        className: 'panel__title',
        focusable: true,
      })}
      ${
        warning
          ? html`<p
              part="warning"
              class=${validity.state === 'expired' ? 'warning warning--expired' : 'warning'}
            >
              ${warning}
            </p>`
          : nothing
      }
      <dl part="details" class="details">
        ${rows.map(
          ([label, value]) =>
            html`<div>
              <dt>${this.t(label)}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
    </section>`;
  }
}
