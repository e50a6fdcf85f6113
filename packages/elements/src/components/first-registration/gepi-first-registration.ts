// Registers <gepi-first-registration> and the views it renders. The only module of the element
// with a side effect.
import { defineElement } from '../../internal/define.js';
import '../terms/gepi-terms.js';
import '../card-confirm/gepi-card-confirm.js';
import '../applicant-form/gepi-applicant-form.js';
import '../cert-info/gepi-cert-info.js';
import '../contact-form/gepi-contact-form.js';
import '../message/gepi-message.js';
import { GepiFirstRegistration } from './first-registration.component.js';

export { GepiFirstRegistration };

defineElement('gepi-first-registration', GepiFirstRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-first-registration': GepiFirstRegistration;
  }
}
