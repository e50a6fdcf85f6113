// The few words of the problem catalog that the SDK's main entry needs at once: the manual's texts
// for the OID-mismatch branch and the pending review (first registration shows them verbatim), and
// the problems the flows raise themselves before asking the server (a row that left the list, no
// permission or an unknown one). The catalog (problems.ts) takes these entries from here, so each
// has one source; the main entry imports only this module, never the whole catalog (both
// languages of every code: a host passes it to GepiClient as `problemWords` if its server needs it).
import { apiErrorFromDefinition } from '../client/errors.js';
import type { ApiError, ProblemExtras } from '../client/errors.js';
import type { LocalizedText } from '../errors.js';
import type { ProblemDefinition } from './problems.js';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-TW': zh, en });

/** The manual's words for the OID-mismatch branch and the pending review (shown verbatim). */
export const REVIEW_REQUIRED_TEXT = t(
  '貴機關申請憑證註冊，因申請資料比對不符，需進行審核，請填聯絡資料。',
  'The application data of your agency do not match our records, so the registration needs review. Please leave your contact details.',
);
export const REVIEW_PENDING_TEXT = t(
  '申請資料審核中，若審核通過，於下一個營業日貴機關即可重新辦理註冊。若審核不通過，本部將與 貴機關聯絡。',
  'Your application is under review. If it is approved, your agency can register again from the next business day. If it is not approved, we will contact your agency.',
);

/** Catalog entries of the problems the flows find before any request. */
export const flowProblems = {
  PERMISSION_REQUIRED: {
    status: 400,
    title: t('請設定權限', 'Permission required'),
    detail: t('請至少勾選一項功能選單權限。', 'Select at least one permission.'),
  },
  PERMISSION_UNKNOWN: {
    status: 400,
    title: t('不明的權限', 'Unknown permission'),
    detail: t('所選的權限不在功能選單中。', 'A selected permission is not in the permission catalog.'),
  },
  HANDLER_NOT_FOUND: {
    status: 404,
    title: t('查無此經辦人', 'Handler not found'),
    detail: t('貴機關查無此授權經辦人。', 'Your agency has no such handler.'),
  },
  TEMPLATE_NOT_FOUND: {
    status: 404,
    title: t('查無此權限範本', 'Permission template not found'),
    detail: t(
      '貴機關沒有此權限範本，可能已被刪除。',
      'Your agency has no such permission template; it may have been deleted.',
    ),
  },
} as const satisfies Record<string, ProblemDefinition>;

export type FlowProblemCode = keyof typeof flowProblems;

/** The ApiError of a problem a flow finds itself, worded as the server would word it. */
export function flowProblemError(code: FlowProblemCode, extra?: ProblemExtras): ApiError {
  return apiErrorFromDefinition(code, flowProblems[code], extra);
}
