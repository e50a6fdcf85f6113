// Registers <gepi-card-confirm>. The only module of the card confirmation element with a side effect.
import { defineElement } from '../../internal/define.js';
import { GepiCardConfirm } from './card-confirm.component.js';

export { GepiCardConfirm };

defineElement('gepi-card-confirm', GepiCardConfirm);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-card-confirm': GepiCardConfirm;
  }
}
