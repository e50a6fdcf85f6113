// Registers <gepi-virtual-reader>. The only module of the virtual reader panel with a side effect.
import { defineElement } from '../../internal/define.js';
import { GepiVirtualReader } from './virtual-reader.component.js';

export { GepiVirtualReader };

defineElement('gepi-virtual-reader', GepiVirtualReader);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-virtual-reader': GepiVirtualReader;
  }
}
