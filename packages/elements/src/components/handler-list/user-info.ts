// The 使用者資訊 box of 授權指派 (機關代號, 機關名稱, 授權管理者姓名), shared by the handler list and the
// handler editor: the manual's list (figure 3-14) and its add and edit screens (figures 3-15, 3-18)
// show the same box above their content. Rendered into the caller's own shadow root, so its locale
// and string overrides apply; the caller includes `userInfoStyles`.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Translate } from '../../i18n/translation.js';
import { renderHeading } from '../../internal/heading.js';

/** 使用者資訊: the agency and its authorization manager. */
export interface UserInfoAgency {
  readonly code: string;
  readonly name: string;
  readonly managerName?: string;
}

export interface UserInfoOptions {
  /** Level of the 使用者資訊 heading. */
  readonly headingLevel: number;
  /** Buttons beside the information (the list's 新增, or 匯出CSV and 列印); none when left out. */
  readonly actions?: unknown;
}

/**
 * The box, with `agency`'s values (blank while unknown).
 * Parts: `user-info`, `user-info-title`, `agency`, and `actions` when there are actions.
 */
export function renderUserInfo(
  t: Translate,
  agency: UserInfoAgency | undefined,
  options: UserInfoOptions,
): TemplateResult {
  return html`
    <div part="user-info" class="user-info">
      <div>
        ${renderHeading(options.headingLevel, t('handlers.userInfo'), {
          id: 'user-info-title',
          part: 'user-info-title',
          className: 'user-info__title',
          focusable: true,
        })}
        <dl part="agency" class="agency">
          <dt>${t('handlers.agencyCode')}</dt>
          <dd>${agency?.code ?? ''}</dd>
          <dt>${t('handlers.agencyName')}</dt>
          <dd>${agency?.name ?? ''}</dd>
          <dt>${t('handlers.managerName')}</dt>
          <dd>${agency?.managerName ?? ''}</dd>
        </dl>
      </div>
      ${options.actions === undefined ? nothing : html`<div part="actions" class="actions">${options.actions}</div>`}
    </div>
  `;
}
