// Registers <gepi-handler-editor> and the <gepi-permission-tree> it renders. The only module of the
// handler editor with a side effect.
import { defineElement } from '../../internal/define.js';
import '../permission-tree/gepi-permission-tree.js';
import { GepiHandlerEditor } from './handler-editor.component.js';

export { GepiHandlerEditor };

defineElement('gepi-handler-editor', GepiHandlerEditor);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-handler-editor': GepiHandlerEditor;
  }
}
