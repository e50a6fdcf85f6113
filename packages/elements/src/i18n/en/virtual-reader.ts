// The English of <gepi-virtual-reader>, the demo's card reader panel: the virtualReader part of the English catalog (../en.ts). Typed by its zh-TW
// part, so a missing, extra or misspelled key fails the type check.
import type { virtualReaderZh } from '../zh-TW/virtual-reader.js';
import type { EnglishOf } from '../words.js';

export const virtualReaderEn: EnglishOf<typeof virtualReaderZh> = {
  // <gepi-virtual-reader>, the demo's card reader panel
  'virtualReader.label': 'Virtual card reader',
  'virtualReader.none': '(no card inserted)',
  'virtualReader.noReader': 'No reader',
  'virtualReader.empty': 'There is no IC card in the reader.',
  'virtualReader.inserted': 'An IC card is in the reader.',
  'virtualReader.triesLeft': 'IC card inserted; the PIN can be tried {count} more times.',
  'virtualReader.locked': 'The IC card is locked; {ca} must unlock it.',
  'virtualReader.theCa': 'the issuing certification authority',
  'virtualReader.unlock': 'Unlock as the CA would',
};
