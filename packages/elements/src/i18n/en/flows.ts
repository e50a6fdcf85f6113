// The English chunk of the catalog parts every flow shows (see ../english.ts).
import { cardConfirmEn } from './card-confirm.js';
import { flowEn } from './flow.js';
import { sharedEn } from './shared.js';
import { applicantFormEn } from './applicant-form.js';
import { certInfoEn } from './cert-info.js';
import { contactFormEn } from './contact-form.js';

export const flowsEn = {
  ...sharedEn,
  ...certInfoEn,
  ...contactFormEn,
  ...applicantFormEn,
  ...cardConfirmEn,
  ...flowEn,
};
