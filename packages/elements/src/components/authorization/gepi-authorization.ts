// Registers <gepi-authorization> and the views it renders. The only module of the element with a
// side effect.
import { defineElement } from '../../internal/define.js';
import '../card-confirm/gepi-card-confirm.js';
import '../handler-list/gepi-handler-list.js';
import '../handler-editor/gepi-handler-editor.js';
import '../confirm-dialog/gepi-confirm-dialog.js';
import '../message/gepi-message.js';
import { GepiAuthorization } from './authorization.component.js';

export { GepiAuthorization };

defineElement('gepi-authorization', GepiAuthorization);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-authorization': GepiAuthorization;
  }
}
