// <gepi-query-result>: the two one-record result screens of 查詢作業: 機關憑證OID查詢結果畫面
// (機關名稱, 機關憑證OID) and 查詢自然人憑證結果畫面 (姓名, 自然人憑證序號), as a description list.
import { html } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { GepiElementBase } from '../../internal/gepi-element.js';
import { renderHeading } from '../../internal/heading.js';
import { sharedStyles } from '../../styles/shared.js';
import { queryResultStyles } from './query-result.styles.js';
import { queriesWords } from '../../i18n/zh-TW/queries.js';

/** Which result: the organization certificate's OID, or a citizen certificate's serial number. */
export type QueryResultVariant = 'org-oid' | 'citizen-serial';

interface Entry {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  /** Identifiers (OID, serial) are shown in a monospace face, where 0/O and 1/l differ. */
  readonly code: boolean;
}

/**
 * A query's single result.
 *
 * @tagname gepi-query-result
 * @summary 機關憑證OID查詢結果畫面 / 查詢自然人憑證結果畫面, as a `<dl>`.
 *
 * @csspart base - The region holding everything.
 * @csspart title - The heading; it takes focus when the step is shown.
 * @csspart list - The `<dl>`.
 * @csspart term - A label (`<dt>`).
 * @csspart value - A value (`<dd>`).
 *
 * @cssproperty --gepi-query-result-padding - Space inside the box. Default `--gepi-space-lg`.
 * @cssproperty --gepi-query-result-border-color - Box border. Default `--gepi-color-border`.
 * @cssproperty --gepi-query-result-bg - Background. Default `--gepi-color-bg`.
 * @cssproperty --gepi-query-result-title-font-size - Heading size. Default `--gepi-font-size-lg`.
 */
export class GepiQueryResult extends GepiElementBase {
  static override catalogParts = [...GepiElementBase.catalogParts, queriesWords];

  static override styles = [sharedStyles, queryResultStyles];

  static override properties: PropertyDeclarations = {
    variant: { type: String, reflect: true },
    agencyName: { type: String, attribute: 'agency-name' },
    oid: { type: String },
    name: { type: String },
    serial: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** `org-oid` (機關憑證OID查詢結果畫面) or `citizen-serial` (查詢自然人憑證結果畫面). Default `org-oid`. */
  declare variant: QueryResultVariant;

  /** 機關名稱 (org-oid). */
  declare agencyName: string;

  /** 機關憑證OID (org-oid). */
  declare oid: string;

  /** 姓名 (citizen-serial). */
  declare name: string;

  /** 自然人憑證序號 (citizen-serial). */
  declare serial: string;

  /** Level of the heading. Default 2. */
  declare headingLevel: number;

  constructor() {
    super();
    this.variant = 'org-oid';
    this.agencyName = '';
    this.oid = '';
    this.name = '';
    this.serial = '';
    this.headingLevel = 2;
  }

  /** Moves focus to the heading, as a new step does. */
  async focusHeading(options?: FocusOptions): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus(options);
  }

  protected override firstUpdated(): void {
    if (this.autofocus) void this.focusHeading();
  }

  protected override render(): TemplateResult {
    const citizen = this.variant === 'citizen-serial';
    const entries: Entry[] = citizen
      ? [
          { key: 'name', label: this.t('serialResult.name'), value: this.name, code: false },
          { key: 'serial', label: this.t('serialResult.serial'), value: this.serial, code: true },
        ]
      : [
          { key: 'agency-name', label: this.t('oidResult.agencyName'), value: this.agencyName, code: false },
          { key: 'oid', label: this.t('oidResult.oid'), value: this.oid, code: true },
        ];
    const title = this.t(citizen ? 'serialResult.title' : 'oidResult.title');

    return html`
      <section part="base" class="base" lang=${this.resolvedLocale} aria-labelledby="title">
        ${renderHeading(this.headingLevel, title, {
          id: 'title',
          part: 'title',
          className: 'title',
          focusable: true,
        })}
        <dl part="list" class="list">
          ${entries.map(
            (e) =>
              html`<div>
                <dt part="term" class="term">${e.label}</dt>
                <dd part="value" class=${e.code ? 'value value--code' : 'value'} data-key=${e.key}>
                  ${e.value ?? ''}
                </dd>
              </div>`,
          )}
        </dl>
      </section>
    `;
  }
}
