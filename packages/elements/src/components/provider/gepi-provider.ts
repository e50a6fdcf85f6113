// Registers <gepi-provider>. The only module of the provider element with a side effect.
import { defineElement } from '../../internal/define.js';
import { GepiProvider } from './provider.component.js';

export { GepiProvider };

defineElement('gepi-provider', GepiProvider);

declare global {
  interface HTMLElementTagNameMap {
    'gepi-provider': GepiProvider;
  }
}
