// `@gepi/elements/react`: JSX types for React 19 (which renders custom elements natively). Types
// only: importing it at run time adds nothing. A React + TypeScript project writes
// `import type {} from '@gepi/elements/react';` once (or lists it in tsconfig `types`), and then
// every `gepi-*` tag type-checks in TSX with its properties and `on<event>` handlers:
//
//   <gepi-provider client={client} tokens={tokens} locale="zh-TW">
//     <gepi-portal ongepi-view-change={(event) => console.log(event.detail.view)} />
//   </gepi-provider>
//
// React 19 sets a prop as a property when the element has it (a defined element: import its
// define file before rendering), otherwise as an attribute; a prop `on<name>` with a function
// listens to the DOM event `<name>`, so the GEPI events are `ongepi-…` props.
/**
 * JSX types for React 19: every `gepi-*` tag with its properties and `ongepi-…` event props.
 * Types only.
 *
 * @module @gepi/elements/react
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type {
  GepiApplicantForm,
  GepiAuthorization,
  GepiCaContacts,
  GepiCardConfirm,
  GepiCertInfo,
  GepiCertSwap,
  GepiConfirmDialog,
  GepiContactForm,
  GepiEventName,
  GepiFirstRegistration,
  GepiHandlerEditor,
  GepiHandlerList,
  GepiMessage,
  GepiPager,
  GepiPermissionTree,
  GepiPortal,
  GepiProvider,
  GepiQuery,
  GepiQueryResult,
  GepiReceiptTable,
  GepiTerms,
  GepiVirtualReader,
} from './index.js';

/** Every GEPI tag and the class behind it. */
export interface GepiElementTagMap {
  'gepi-applicant-form': GepiApplicantForm;
  'gepi-authorization': GepiAuthorization;
  'gepi-ca-contacts': GepiCaContacts;
  'gepi-card-confirm': GepiCardConfirm;
  'gepi-cert-info': GepiCertInfo;
  'gepi-cert-swap': GepiCertSwap;
  'gepi-confirm-dialog': GepiConfirmDialog;
  'gepi-contact-form': GepiContactForm;
  'gepi-first-registration': GepiFirstRegistration;
  'gepi-handler-editor': GepiHandlerEditor;
  'gepi-handler-list': GepiHandlerList;
  'gepi-message': GepiMessage;
  'gepi-pager': GepiPager;
  'gepi-permission-tree': GepiPermissionTree;
  'gepi-portal': GepiPortal;
  'gepi-provider': GepiProvider;
  'gepi-query': GepiQuery;
  'gepi-query-result': GepiQueryResult;
  'gepi-receipt-table': GepiReceiptTable;
  'gepi-terms': GepiTerms;
  'gepi-virtual-reader': GepiVirtualReader;
}

/** An element's own public properties (not Lit's or HTMLElement's, no methods), all optional. */
export type GepiElementProperties<T> = {
  [
    K in keyof T as K extends keyof LitElement
      ? never
      : T[K] extends (...args: never[]) => unknown
        ? never
        : K
  ]?: T[K];
};

/**
 * `ongepi-<event>` props: React 19 adds a listener for `gepi-<event>`. GEPI events bubble and are
 * composed, so an element also hears those of the elements it renders (the portal hears a
 * registration's `gepi-registered`).
 */
export type GepiEventProps = {
  [E in GepiEventName as `on${E}`]?: (event: GlobalEventHandlersEventMap[E]) => void;
};

/** The JSX props of one GEPI tag: React's HTML attributes, the element's properties, its events. */
export type GepiJsxProps<T extends keyof GepiElementTagMap> = Omit<
  DetailedHTMLProps<HTMLAttributes<GepiElementTagMap[T]>, GepiElementTagMap[T]>,
  keyof GepiElementProperties<GepiElementTagMap[T]>
> &
  GepiElementProperties<GepiElementTagMap[T]> &
  GepiEventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'gepi-applicant-form': GepiJsxProps<'gepi-applicant-form'>;
      'gepi-authorization': GepiJsxProps<'gepi-authorization'>;
      'gepi-ca-contacts': GepiJsxProps<'gepi-ca-contacts'>;
      'gepi-card-confirm': GepiJsxProps<'gepi-card-confirm'>;
      'gepi-cert-info': GepiJsxProps<'gepi-cert-info'>;
      'gepi-cert-swap': GepiJsxProps<'gepi-cert-swap'>;
      'gepi-confirm-dialog': GepiJsxProps<'gepi-confirm-dialog'>;
      'gepi-contact-form': GepiJsxProps<'gepi-contact-form'>;
      'gepi-first-registration': GepiJsxProps<'gepi-first-registration'>;
      'gepi-handler-editor': GepiJsxProps<'gepi-handler-editor'>;
      'gepi-handler-list': GepiJsxProps<'gepi-handler-list'>;
      'gepi-message': GepiJsxProps<'gepi-message'>;
      'gepi-pager': GepiJsxProps<'gepi-pager'>;
      'gepi-permission-tree': GepiJsxProps<'gepi-permission-tree'>;
      'gepi-portal': GepiJsxProps<'gepi-portal'>;
      'gepi-provider': GepiJsxProps<'gepi-provider'>;
      'gepi-query': GepiJsxProps<'gepi-query'>;
      'gepi-query-result': GepiJsxProps<'gepi-query-result'>;
      'gepi-receipt-table': GepiJsxProps<'gepi-receipt-table'>;
      'gepi-terms': GepiJsxProps<'gepi-terms'>;
      'gepi-virtual-reader': GepiJsxProps<'gepi-virtual-reader'>;
    }
  }
}
