// Registers <gepi-applicant-form>. The only module of the applicant form element with a side effect.
import { defineElement } from '../../internal/define.js';
import { GepiApplicantForm } from './applicant-form.component.js';

export { GepiApplicantForm };

defineElement('gepi-applicant-form', GepiApplicantForm);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-applicant-form': GepiApplicantForm;
  }
}
