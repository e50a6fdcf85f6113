// The registration API's problem catalog: every failure the API can answer with, as one stable code
// mapped to its HTTP status and a zh-TW and English title and detail. The server builds its
// RFC 9457 problem documents from this table and the SDK and elements explain errors from it, so a
// code means the same words everywhere. Codes are never renamed once released.
import type { LocalizedText } from '../errors.js';
import { REVIEW_PENDING_TEXT, REVIEW_REQUIRED_TEXT, flowProblems } from './flow-problems.js';

export interface ProblemDefinition {
  status: number;
  title: LocalizedText;
  detail: LocalizedText;
}

const t = (zh: string, en: string): LocalizedText => ({ 'zh-TW': zh, en });

// The review texts live with the few words the SDK's main entry needs at once (flow-problems.ts).
export { REVIEW_PENDING_TEXT, REVIEW_REQUIRED_TEXT };

export const problemCatalog = {
  // ── request shape ────────────────────────────────────────────────────────────────────────────
  JSON_MALFORMED: {
    status: 400,
    title: t('請求格式錯誤', 'Malformed JSON'),
    detail: t('請求內容不是有效的 JSON。', 'The request body is not valid JSON.'),
  },
  BODY_TOO_LARGE: {
    status: 413,
    title: t('請求內容過大', 'Request body too large'),
    detail: t('請求內容超過允許的大小上限。', 'The request body exceeds the size limit.'),
  },
  BODY_TOO_DEEP: {
    status: 400,
    title: t('請求內容層次過深', 'Request body nested too deeply'),
    detail: t('請求內容的巢狀層次超過上限。', 'The request body is nested more deeply than allowed.'),
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: t('不支援的內容類型', 'Unsupported media type'),
    detail: t('請以 application/json 傳送請求內容。', 'Send the request body as application/json.'),
  },
  FIELD_REQUIRED: {
    status: 400,
    title: t('必填欄位未填', 'Required field missing'),
    detail: t('此欄位為必填欄位。', 'This field is required.'),
  },
  FIELD_INVALID: {
    status: 400,
    title: t('欄位格式錯誤', 'Invalid field'),
    detail: t('此欄位的內容或格式不正確。', 'The value or format of this field is not valid.'),
  },
  FIELD_UNKNOWN: {
    status: 400,
    title: t('不明的欄位', 'Unknown field'),
    detail: t(
      '請求內容含有本系統不接受的欄位。',
      'The request contains a field that this API does not accept.',
    ),
  },
  AGENCY_CODE_INVALID: {
    status: 400,
    title: t('機關代號格式錯誤', 'Invalid agency code'),
    detail: t('機關代號須為五碼數字。', 'The agency code must be exactly 5 digits.'),
  },
  NATIONAL_ID_INVALID: {
    status: 400,
    title: t('身分證統一編號格式錯誤', 'Invalid national ID'),
    detail: t(
      '身分證統一編號格式或檢查碼不正確，請重新輸入。',
      'The national ID (or resident certificate number) has a wrong format or check digit.',
    ),
  },
  PHONE_INVALID: {
    status: 400,
    title: t('電話格式錯誤', 'Invalid phone number'),
    detail: t(
      '請輸入正確的電話號碼，範例：(02)2701-3411。',
      'Enter a valid phone number, e.g. (02)2701-3411.',
    ),
  },
  EXTENSION_INVALID: {
    status: 400,
    title: t('分機格式錯誤', 'Invalid extension'),
    detail: t('分機只能填寫數字，最多 6 碼。', 'The extension may contain digits only, at most 6.'),
  },
  EMAIL_INVALID: {
    status: 400,
    title: t('電子信箱格式錯誤', 'Invalid email address'),
    detail: t('請輸入正確的電子信箱。', 'Enter a valid email address.'),
  },
  NAME_INVALID: {
    status: 400,
    title: t('姓名格式錯誤', 'Invalid name'),
    detail: t(
      '姓名須為 1 至 50 個字，且不得含數字或控制字元。',
      'The name must be 1 to 50 characters, without digits or control characters.',
    ),
  },
  SERIAL_INVALID: {
    status: 400,
    title: t('憑證序號格式錯誤', 'Invalid certificate serial number'),
    detail: t(
      '憑證序號須為十六進位數字（0-9、A-F），最多 40 碼。',
      'The certificate serial number must be hexadecimal (0-9, A-F), at most 40 digits.',
    ),
  },
  PAGE_SIZE_INVALID: {
    status: 400,
    title: t('顯示筆數錯誤', 'Invalid page size'),
    detail: t('顯示筆數只能是 10、25、50 或 100。', 'The page size must be 10, 25, 50 or 100.'),
  },
  PERMISSION_REQUIRED: flowProblems.PERMISSION_REQUIRED,
  PERMISSION_UNKNOWN: flowProblems.PERMISSION_UNKNOWN,
  CERT_MALFORMED: {
    status: 400,
    title: t('憑證無法解讀', 'Malformed certificate'),
    detail: t('無法解讀卡片提供的憑證。', 'The certificate sent from the card cannot be parsed.'),
  },
  ALGORITHM_NOT_ALLOWED: {
    status: 400,
    title: t('不接受的簽章演算法', 'Signature algorithm not allowed'),
    detail: t(
      '此簽章演算法不在允許清單中，或與憑證金鑰不符。',
      'The signature algorithm is not on the allow-list, or does not fit the certificate key.',
    ),
  },

  // ── routing and limits ───────────────────────────────────────────────────────────────────────
  ROUTE_NOT_FOUND: {
    status: 404,
    title: t('查無此功能', 'Not found'),
    detail: t('沒有這個 API 路徑。', 'There is no such API path.'),
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    title: t('不支援的請求方法', 'Method not allowed'),
    detail: t('此 API 路徑不支援這個請求方法。', 'This API path does not support this method.'),
  },
  RATE_LIMITED: {
    status: 429,
    title: t('請求次數過多', 'Too many requests'),
    detail: t('短時間內請求次數過多，請稍後再試。', 'Too many requests in a short time; try again later.'),
  },
  INTERNAL: {
    status: 500,
    title: t('系統發生錯誤', 'Internal error'),
    detail: t(
      '系統發生未預期的錯誤，請稍後再試；如持續發生，請與本部聯絡並提供請求編號。',
      'An unexpected error occurred. Try again later; if it persists, contact us with the request ID.',
    ),
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    title: t('請求識別碼重複使用', 'Idempotency key reused'),
    detail: t(
      '此請求識別碼（Idempotency-Key）已用於內容不同的另一個請求，請以新的識別碼重新送出。',
      'This Idempotency-Key was already used for a request with a different body; send the new request with a new key.',
    ),
  },
  IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    title: t('相同請求處理中', 'Request in progress'),
    detail: t(
      '使用相同請求識別碼的請求仍在處理中，請稍候再試。',
      'A request with the same Idempotency-Key is still being processed; try again in a moment.',
    ),
  },
  CRL_UNAVAILABLE: {
    status: 503,
    title: t('無法確認憑證狀態', 'Revocation status unavailable'),
    detail: t(
      '目前無法取得有效的憑證廢止清冊，暫時無法確認憑證狀態，請稍後再試。',
      'No valid certificate revocation list is available, so the certificate status cannot be checked now. Try again later.',
    ),
  },

  // ── challenges ───────────────────────────────────────────────────────────────────────────────
  ORIGIN_NOT_ALLOWED: {
    status: 403,
    title: t('不允許的來源網站', 'Origin not allowed'),
    detail: t('此網站未獲准使用本系統的憑證登入。', 'This web origin is not allowed to sign in to this API.'),
  },
  ORIGIN_MISMATCH: {
    status: 403,
    title: t('來源網站不符', 'Origin mismatch'),
    detail: t(
      '簽章的來源網站與取得挑戰碼的網站不同。',
      'The origin of the signature differs from the origin the challenge was issued to.',
    ),
  },
  NONCE_UNKNOWN: {
    status: 401,
    title: t('挑戰碼無效', 'Unknown challenge'),
    detail: t('查無此挑戰碼，請重新操作。', 'The challenge nonce is not known; start again.'),
  },
  NONCE_EXPIRED: {
    status: 401,
    title: t('挑戰碼已逾時', 'Challenge expired'),
    detail: t(
      '挑戰碼已超過 5 分鐘有效時間，請重新操作。',
      'The challenge nonce is older than 5 minutes; start again.',
    ),
  },
  CHALLENGE_MISMATCH: {
    status: 401,
    title: t('挑戰碼用途不符', 'Challenge for another purpose'),
    detail: t(
      '此挑戰碼是為其他作業項目或機關取得的，請重新操作。',
      'This challenge was issued for another function or agency; start again.',
    ),
  },
  NONCE_REUSED: {
    status: 401,
    title: t('挑戰碼已使用', 'Challenge already used'),
    detail: t(
      '每個挑戰碼只能使用一次，請重新操作。',
      'Each challenge nonce can be used only once; start again.',
    ),
  },

  // ── certificate and signature ───────────────────────────────────────────────────────────────
  CERT_UNKNOWN_CA: {
    status: 401,
    title: t('憑證發卡單位不明', 'Unknown certification authority'),
    detail: t(
      '此憑證不是由本系統接受的憑證管理中心所簽發。',
      'The certificate was not issued by a certification authority this system trusts.',
    ),
  },
  CERT_EXPIRED: {
    status: 401,
    title: t('憑證已過期', 'Certificate expired'),
    detail: t(
      '此憑證已超過有效期限，請向所屬憑證管理中心辦理展期或換發。',
      'The certificate has expired; renew it at its CA.',
    ),
  },
  CERT_NOT_YET_VALID: {
    status: 401,
    title: t('憑證尚未生效', 'Certificate not yet valid'),
    detail: t('此憑證尚未到生效時間。', 'The certificate is not valid yet.'),
  },
  CERT_REVOKED: {
    status: 401,
    title: t('憑證已廢止', 'Certificate revoked'),
    detail: t(
      '此憑證已被廢止，無法使用，請洽所屬憑證管理中心。',
      'The certificate has been revoked; contact its CA.',
    ),
  },
  CERT_KEY_USAGE: {
    status: 401,
    title: t('憑證用途不符', 'Wrong certificate usage'),
    detail: t('請使用卡片上的簽章用憑證。', 'Use the signing certificate of the card.'),
  },
  CERT_POLICY: {
    status: 401,
    title: t('憑證政策不符', 'Certificate policy not accepted'),
    detail: t(
      '此憑證的憑證政策不被本系統接受。',
      'The certificate policy of this certificate is not accepted.',
    ),
  },
  CERT_WRONG_KIND: {
    status: 422,
    title: t('卡片種類不符', 'Wrong kind of card'),
    detail: t(
      '此步驟需要另一種卡片：機關憑證請放入機關憑證IC卡，自然人憑證請放入自然人憑證IC卡。',
      'This step needs the other kind of card: an organization card or a citizen card.',
    ),
  },
  SIGNATURE_INVALID: {
    status: 401,
    title: t('簽章驗證失敗', 'Signature invalid'),
    detail: t('卡片簽章無法以此憑證驗證。', 'The card signature does not verify with this certificate.'),
  },

  // ── identity and registry rules ─────────────────────────────────────────────────────────────
  AGENCY_UNKNOWN: {
    status: 404,
    title: t('查無此機關代號', 'Unknown agency code'),
    detail: t(
      '查無此機關代號，請確認後重新輸入。',
      'No insured agency has this code; check it and try again.',
    ),
  },
  AGENCY_MISMATCH: {
    status: 403,
    title: t('機關憑證與機關代號不符', 'Organization card does not match the agency'),
    detail: t(
      '此機關憑證不屬於所輸入機關代號之機關。',
      'This organization certificate does not belong to the agency with the code entered.',
    ),
  },
  ORG_CARD_NOT_REGISTERED: {
    status: 403,
    title: t('機關憑證未註冊', 'Organization card not registered'),
    detail: t(
      '此機關憑證不是貴機關註冊的機關憑證；如已更換或展期，請先辦理「更換機關憑證」。',
      'This is not the organization card registered for the agency; if the card was replaced or renewed, use the org-card swap first.',
    ),
  },
  NATIONAL_ID_MISMATCH: {
    status: 422,
    title: t('身分證統一編號與憑證不符', 'National ID does not match the card'),
    detail: t(
      '所輸入的身分證統一編號與自然人憑證不符。',
      'The national ID entered does not match the citizen certificate.',
    ),
  },
  NOT_REGISTERED_MANAGER: {
    status: 403,
    title: t('非授權管理者', 'Not the registered manager'),
    detail: t(
      '此自然人憑證不是貴機關註冊的授權管理者憑證；如已更換或展期，請辦理「更換授權管理者自然人憑證」。',
      "This citizen card is not the registered manager's card; if it was replaced or renewed, use the manager-card swap.",
    ),
  },
  AGENCY_NOT_REGISTERED: {
    status: 409,
    title: t('機關尚未註冊', 'Agency not registered'),
    detail: t(
      '貴機關尚未完成首次註冊，請先辦理首次註冊。',
      'Your agency has not registered yet; do the first registration first.',
    ),
  },
  ALREADY_REGISTERED: {
    status: 409,
    title: t('機關已註冊', 'Already registered'),
    detail: t(
      '貴機關已完成註冊；如需更換憑證，請使用「更換憑證」功能。',
      'Your agency is already registered; to replace a card use the certificate swap.',
    ),
  },
  REVIEW_REQUIRED: {
    status: 409,
    title: t('需進行審核', 'Review required'),
    detail: REVIEW_REQUIRED_TEXT,
  },
  REVIEW_PENDING: {
    status: 409,
    title: t('申請資料審核中', 'Review pending'),
    detail: REVIEW_PENDING_TEXT,
  },
  CARD_UNCHANGED: {
    status: 409,
    title: t('憑證未更換', 'Card not changed'),
    detail: t(
      '放入的是目前已註冊的憑證；更換憑證請放入更換後的IC卡。',
      'This is the card already registered; insert the new card to swap.',
    ),
  },

  // ── sessions ────────────────────────────────────────────────────────────────────────────────
  SESSION_REQUIRED: {
    status: 401,
    title: t('請先以憑證登入', 'Sign-in required'),
    detail: t('請先完成機關憑證及自然人憑證確認。', 'Sign in with the cards first.'),
  },
  SESSION_INVALID: {
    status: 401,
    title: t('作業階段無效', 'Invalid session'),
    detail: t('作業階段無效或已結束，請重新操作。', 'The session is not valid or has ended; start again.'),
  },
  SESSION_EXPIRED: {
    status: 401,
    title: t('作業階段已逾時', 'Session expired'),
    detail: t('作業時間過久，請重新放入IC卡確認。', 'The session has expired; confirm the cards again.'),
  },
  SESSION_EXTENSION_LIMIT: {
    status: 409,
    title: t('作業時間已達上限', 'Session at its time limit'),
    detail: t(
      '作業時間已達上限，無法再延長；請完成作業，或結束作業後重新以IC卡登入。',
      'The session has reached its maximum lifetime and cannot be extended; finish, or end it and sign in with the cards again.',
    ),
  },
  SESSION_PURPOSE_MISMATCH: {
    status: 403,
    title: t('作業項目不符', 'Wrong session purpose'),
    detail: t(
      '此作業階段不能執行這個功能，請由選單重新進入。',
      'This session was opened for another function; start again from the menu.',
    ),
  },
  SESSION_INCOMPLETE: {
    status: 403,
    title: t('憑證確認未完成', 'Card confirmation incomplete'),
    detail: t(
      '本作業需先完成機關憑證及授權管理者自然人憑證確認。',
      'This function needs both the organization card and the manager card confirmed first.',
    ),
  },
  SESSION_STEP_DONE: {
    status: 409,
    title: t('已完成此步驟', 'Step already done'),
    detail: t('此作業階段已完成這張卡的確認。', 'This card step is already done in this session.'),
  },

  // ── handlers ────────────────────────────────────────────────────────────────────────────────
  HANDLER_NOT_FOUND: flowProblems.HANDLER_NOT_FOUND,
  HANDLER_DUPLICATE_NATIONAL_ID: {
    status: 409,
    title: t('經辦人已存在', 'Handler already assigned'),
    detail: t(
      '此身分證統一編號已是貴機關的授權經辦人。',
      'A handler with this national ID is already assigned in your agency.',
    ),
  },
  HANDLER_DUPLICATE_SERIAL: {
    status: 409,
    title: t('憑證序號重複', 'Serial number already used'),
    detail: t(
      '此憑證序號已指派給貴機關的其他經辦人。',
      'This certificate serial number is already assigned to a handler of your agency.',
    ),
  },
  // [choice] The manual keeps the two roles apart (授權管理者 assigns, 經辦人 are assigned) and never
  // shows a manager in the handler list; one person holding both would grant themselves permissions.
  HANDLER_IS_MANAGER: {
    status: 422,
    title: t('授權管理者不得為經辦人', 'The manager cannot be a handler'),
    detail: t(
      '此為貴機關授權管理者之自然人憑證，授權管理者不得同時為授權經辦人；請放入經辦人的自然人憑證IC卡。',
      "This is your agency's authorization manager's citizen card; the manager cannot also be a handler. Insert the handler's own citizen card.",
    ),
  },
  HANDLER_VERSION_CONFLICT: {
    status: 409,
    title: t('資料已被修改', 'Changed meanwhile'),
    detail: t(
      '此經辦人資料已被他人修改，請重新查詢後再修改。',
      'The handler was changed meanwhile; reload it and try again.',
    ),
  },
  CERT_SERIAL_MISMATCH: {
    status: 422,
    title: t('憑證序號與卡片不符', 'Serial number does not match the card'),
    detail: t(
      '讀取的自然人憑證序號與輸入的憑證序號（SN）不同；請重新讀取憑證。',
      'The citizen card that was read has another serial number than the one entered; read the card again.',
    ),
  },
  TEMPLATE_NOT_FOUND: flowProblems.TEMPLATE_NOT_FOUND,
  TEMPLATE_NAME_INVALID: {
    status: 400,
    title: t('範本名稱格式錯誤', 'Invalid template name'),
    detail: t(
      '範本名稱須為1至30個字，不得含換行或控制字元。',
      'A template name has 1 to 30 characters, without line breaks or control characters.',
    ),
  },
  TEMPLATE_DUPLICATE_NAME: {
    status: 409,
    title: t('範本名稱重複', 'Template name already used'),
    detail: t('貴機關已有同名的權限範本。', 'Your agency already has a permission template with this name.'),
  },
  TEMPLATE_VERSION_CONFLICT: {
    status: 409,
    title: t('資料已被修改', 'Changed meanwhile'),
    detail: t(
      '此權限範本已被他人修改，請重新查詢後再修改。',
      'The permission template was changed meanwhile; reload it and try again.',
    ),
  },

  // ── reviews and administration ──────────────────────────────────────────────────────────────
  REVIEW_NOT_FOUND: {
    status: 404,
    title: t('查無此審核案件', 'Review not found'),
    detail: t('查無此審核案件。', 'There is no such review.'),
  },
  REVIEW_ALREADY_DECIDED: {
    status: 409,
    title: t('審核案件已處理', 'Review already decided'),
    detail: t('此審核案件已核准或駁回。', 'This review has already been approved or rejected.'),
  },
  ADMIN_UNAUTHORIZED: {
    status: 401,
    title: t('需要審核人員權限', 'Reviewer authorization required'),
    detail: t('請提供有效的審核人員權杖。', 'Provide a valid reviewer token.'),
  },
  ADMIN_DISABLED: {
    status: 404,
    title: t('審核功能未啟用', 'Reviewer functions disabled'),
    detail: t('本伺服器未設定審核人員權杖。', 'This server has no reviewer token configured.'),
  },
} as const satisfies Record<string, ProblemDefinition>;

export type ProblemCode = keyof typeof problemCatalog;

export const problemCodes = Object.keys(problemCatalog) as ProblemCode[];

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(problemCatalog, value);
}

/** The `type` URI of a problem document: stable, and anchored in the API docs page. */
export function problemType(code: ProblemCode): string {
  return `urn:gepi:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}
