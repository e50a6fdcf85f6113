// The English chunk of the catalog parts every flow shows (see ../english.ts).
import { cardConfirmEn } from './card-confirm.js';
import { flowEn } from './flow.js';
import { sharedEn } from './shared.js';

export const flowsEn = { ...sharedEn, ...cardConfirmEn, ...flowEn };
