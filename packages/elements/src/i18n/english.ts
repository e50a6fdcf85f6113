// The English chunk of the catalog parts every flow shows: the shared words, <gepi-card-confirm>
// and the flow elements' own words, fetched the first time an element that shows one of them
// renders in English. One chunk, so a whole flow in English fetches one chunk of words (two or
// three with the registration flows' views, the handler views or the queries, whose parts define
// their loaders beside their zh-TW words, so that only their elements can fetch them): a chunk per
// part would cost a file and a gzip dictionary each.
import { englishWords } from './words.js';

export const flowsEnglish = englishWords(() => import('./en/flows.js').then((m) => m.flowsEn));
