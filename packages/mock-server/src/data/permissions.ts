// The permission catalog (功能選單) the server offers when its host gives none: the menu of the GEPI
// e-system that a manager assigns to handlers, as the manual lists it. It is the server's own data,
// not the demo dataset's (@gepi/sdk/testing is test tooling and stays out of the API's module
// graph); the demo dataset carries the same catalog, and a test keeps the two equal.
import type { Permission } from '@gepi/sdk/api';

export const DEFAULT_PERMISSIONS: readonly Permission[] = Object.freeze([
  {
    id: 'premium',
    label: '保費申報作業',
    children: [
      { id: 'premium.change', label: '異動登錄' },
      { id: 'premium.submit', label: '申報與傳送' },
      { id: 'premium.print', label: '申報資料列印' },
      { id: 'premium.query', label: '申報資料查詢' },
      { id: 'premium.attach', label: '附件補送' },
      { id: 'premium.coordinate', label: '問題協調' },
      { id: 'premium.offline', label: '離線異動登錄檔案下載' },
    ],
  },
  { id: 'benefit-calc', label: '給付試算作業', children: [{ id: 'benefit.calc', label: '給付試算' }] },
  { id: 'benefit-claim', label: '給付申辦作業', children: [{ id: 'benefit.claim', label: '給付申辦' }] },
  { id: 'query', label: '一般查詢作業', children: [{ id: 'query.general', label: '一般資料查詢' }] },
]);
