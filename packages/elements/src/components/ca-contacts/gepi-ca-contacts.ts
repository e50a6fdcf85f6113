// Registers <gepi-ca-contacts>. The only module of the contacts element with a side effect.
import { defineElement } from '../../internal/define.js';
import { GepiCaContacts } from './ca-contacts.component.js';

export { GepiCaContacts };

defineElement('gepi-ca-contacts', GepiCaContacts);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-ca-contacts': GepiCaContacts;
  }
}
