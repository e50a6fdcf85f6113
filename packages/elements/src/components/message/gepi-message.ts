// Registers <gepi-message>. The only module of the message element with a side effect.
import { defineElement } from '../../internal/define.js';
import { GepiMessage } from './message.component.js';

export { GepiMessage };

defineElement('gepi-message', GepiMessage);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-message': GepiMessage;
  }
}
