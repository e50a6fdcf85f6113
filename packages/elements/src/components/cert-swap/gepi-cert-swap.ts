// Registers <gepi-cert-swap> and the views it renders. The only module of the element with a side
// effect.
import { defineElement } from '../../internal/define.js';
import '../terms/gepi-terms.js';
import '../card-confirm/gepi-card-confirm.js';
import '../cert-info/gepi-cert-info.js';
import '../contact-form/gepi-contact-form.js';
import '../message/gepi-message.js';
import { GepiCertSwap } from './cert-swap.component.js';

export { GepiCertSwap };

defineElement('gepi-cert-swap', GepiCertSwap);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-cert-swap': GepiCertSwap;
  }
}
