// Registers <gepi-contact-form>. The only module of the contact form element with a side effect.
import { defineElement } from '../../internal/define.js';
import { GepiContactForm } from './contact-form.component.js';

export { GepiContactForm };

defineElement('gepi-contact-form', GepiContactForm);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-contact-form': GepiContactForm;
  }
}
