// Registers <gepi-confirm-dialog>. The only module of the confirm dialog with a side effect.
import { defineElement } from '../../internal/define.js';
import { GepiConfirmDialog } from './confirm-dialog.component.js';

export { GepiConfirmDialog };

defineElement('gepi-confirm-dialog', GepiConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-confirm-dialog': GepiConfirmDialog;
  }
}
