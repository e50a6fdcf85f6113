// The zh-TW words of <gepi-virtual-reader>, the demo's card reader panel: one part of the zh-TW catalog (../zh-TW.ts, whose header says
// where the words come from). An element names the parts it shows (`static catalogParts`), so a page
// loads only those; `zhTW` is every part together.
import { englishWords } from '../words.js';
import type { CatalogPart } from '../words.js';

export const virtualReaderZh = {
  // <gepi-virtual-reader>, the demo's card reader panel (not in the manual: real cards go into real readers).
  'virtualReader.label': '虛擬讀卡機',
  'virtualReader.none': '（未插入卡片）',
  'virtualReader.noReader': '沒有讀卡機',
  'virtualReader.empty': '讀卡機中沒有IC卡。',
  'virtualReader.inserted': '已插入IC卡。',
  'virtualReader.triesLeft': '已插入IC卡，PIN碼尚可輸入 {count} 次。',
  'virtualReader.locked': 'IC卡已鎖卡，須由{ca}解碼。',
  'virtualReader.theCa': '發卡的憑證管理中心',
  'virtualReader.unlock': '模擬鎖卡解碼',
} as const;

// Defined here, not in ../english.ts, so that only the elements that show this part can fetch its English.
const virtualReaderEnglish = englishWords(() =>
  import('../en/virtual-reader.js').then((m) => m.virtualReaderEn),
);

/** The virtualReader part: these zh-TW words, and the chunk with their English. */
export const virtualReaderWords: CatalogPart = { 'zh-TW': virtualReaderZh, en: virtualReaderEnglish };
