// Registers <gepi-cert-info>. The only module of the certificate panels element with a side effect.
import { defineElement } from '../../internal/define.js';
import { GepiCertInfo } from './cert-info.component.js';

export { GepiCertInfo };

defineElement('gepi-cert-info', GepiCertInfo);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-cert-info': GepiCertInfo;
  }
}
