// The English chunk of the catalog parts only the registration flows show (first registration and
// certificate replacement): <gepi-terms>, <gepi-cert-info>, <gepi-contact-form> and
// <gepi-applicant-form>. Each part's loader imports this module and takes its own words, so that an
// authorization or a query page, which shows none of them, has no English of theirs to fetch.
export { applicantFormEn } from './applicant-form.js';
export { certInfoEn } from './cert-info.js';
export { contactFormEn } from './contact-form.js';
export { termsEn } from './terms.js';
