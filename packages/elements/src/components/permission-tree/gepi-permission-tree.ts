// Registers <gepi-permission-tree>. The only module of the permission tree with a side effect.
import { defineElement } from '../../internal/define.js';
import { GepiPermissionTree } from './permission-tree.component.js';

export { GepiPermissionTree };

defineElement('gepi-permission-tree', GepiPermissionTree);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-permission-tree': GepiPermissionTree;
  }
}
