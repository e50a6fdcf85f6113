// The public surface of @gepi/elements: classes, helpers and types, without side effects. Importing
// this registers no tag; import a define file (`components/<name>/gepi-<name>.js`) for that, or call
// `defineElement` with a registry of your own.

export { GepiTerms } from './components/terms/terms.component.js';
export type {
  GepiTermsAcceptedEvent,
  GepiTermsDeclinedEvent,
  GepiTermsEventDetail,
} from './components/terms/terms.component.js';
export { GepiProvider } from './components/provider/provider.component.js';

export { clientContext, localeContext, tokensContext, translationsContext } from './context/contexts.js';
export type { GepiClientLike, TokenProviderLike } from './context/sdk-types.js';

export { builtInCatalog, createTranslator, loadCatalog } from './i18n/catalogs.js';
export type { Translator } from './i18n/catalogs.js';
// The English catalog is not exported here: `await loadCatalog('en')` gives it (a chunk of its own).
// A static export would put it in the initial JavaScript of every page that imports this entry,
// with a bundler that splits code (esbuild), since the elements load it lazily.
export { zhTW } from './i18n/zh-TW.js';
export { DEFAULT_LOCALE, matchLocale } from './i18n/translation.js';
export type {
  Locale,
  Translate,
  TranslateArgs,
  Translation,
  TranslationKey,
  TranslationOverrides,
  TranslationParams,
} from './i18n/translation.js';

export { defineElement } from './internal/define.js';
export type { DefineOptions, VersionedConstructor } from './internal/define.js';
export { GepiElement } from './internal/host-element.js';
export type { EmitOptions, GepiEventDetail, GepiEventName } from './internal/gepi-element.js';
export { systemClock } from './internal/clock.js';
export type { Clock } from './internal/clock.js';
export { VERSION } from './internal/version.js';

export { defaultTheme, token, tokenDefaults } from './styles/tokens.js';
export type { TokenName } from './styles/tokens.js';
export {
  buttonStyles,
  errorSummaryStyles,
  fieldStyles,
  focusRingStyles,
  hostStyles,
  sharedStyles,
  visuallyHiddenStyles,
} from './styles/shared.js';

// Presentational views: card confirmation, certificate panels, contact forms, messages, contacts.
export { GepiCardConfirm } from './components/card-confirm/card-confirm.component.js';
export type {
  CardConfirmKind,
  CardConfirmVariant,
  CardInReader,
  GepiCardCancelDetail,
  GepiCardCancelEvent,
  GepiCardChooseEvent,
  GepiCardSubmitDetail,
  GepiCardSubmitEvent,
} from './components/card-confirm/card-confirm.component.js';
export { GepiCertInfo } from './components/cert-info/cert-info.component.js';
export type { CitizenCertPanel, OrgCertPanel } from './components/cert-info/cert-info.component.js';
export { EXPIRY_WARNING_DAYS, validityOf } from './components/cert-info/validity.js';
export type { DateInput, Validity, ValidityState } from './components/cert-info/validity.js';
export { GepiContactForm } from './components/contact-form/contact-form.component.js';
export type {
  ContactValue,
  GepiContactClearDetail,
  GepiContactClearEvent,
  GepiContactSubmitDetail,
  GepiContactSubmitEvent,
} from './components/contact-form/contact-form.component.js';
export { GepiApplicantForm } from './components/applicant-form/applicant-form.component.js';
export type {
  ApplicantValue,
  GepiApplicantCancelDetail,
  GepiApplicantCancelEvent,
  GepiApplicantSubmitDetail,
  GepiApplicantSubmitEvent,
} from './components/applicant-form/applicant-form.component.js';
export { GepiMessage } from './components/message/message.component.js';
export type { MessageKind, MessagePreset } from './components/message/message.component.js';
export { GepiCaContacts } from './components/ca-contacts/ca-contacts.component.js';
export type { CaContactsShow } from './components/ca-contacts/ca-contacts.component.js';
export {
  BANK_CONTACT,
  CA_CONTACTS,
  CA_ORDER,
  ORG_CARD_AUTHORITIES,
  isCardAuthority,
} from './data/contacts.js';
export type { BankContact, BankSection, CaContact } from './data/contacts.js';

// Presentational views: handler list, permission tree, handler editor, confirm dialog, query results.
export { GepiPager, PAGER_EXPORTPARTS } from './components/pager/pager.component.js';
export type {
  GepiPageChangeDetail,
  GepiPageChangeEvent,
  GepiSearchDetail,
  GepiSearchEvent,
} from './components/pager/pager.component.js';
export {
  DEFAULT_PAGE_SIZE,
  DEFAULT_PAGE_SIZES,
  clampPage,
  pageCount,
  pageRows,
  pageSlots,
  rowRange,
} from './components/pager/paging.js';
export type { PageSlot } from './components/pager/paging.js';
export { GepiHandlerList } from './components/handler-list/handler-list.component.js';
export type {
  GepiExportCsvEvent,
  GepiHandlerAddEvent,
  GepiHandlerDeleteEvent,
  GepiHandlerEditEvent,
  GepiHandlerIdDetail,
  GepiListExportDetail,
  GepiPrintEvent,
  HandlerListAgency,
  HandlerListItem,
} from './components/handler-list/handler-list.component.js';
export { GepiPermissionTree } from './components/permission-tree/permission-tree.component.js';
export type {
  GepiPermissionsChangeDetail,
  GepiPermissionsChangeEvent,
  PermissionNode,
} from './components/permission-tree/permission-tree.component.js';
export { GepiHandlerEditor } from './components/handler-editor/handler-editor.component.js';
export type {
  CardReadStatus,
  GepiHandlerCancelEvent,
  GepiHandlerSubmitDetail,
  GepiHandlerSubmitEvent,
  GepiReadCardEvent,
  HandlerEditorMode,
  HandlerField,
} from './components/handler-editor/handler-editor.component.js';
export { GepiConfirmDialog } from './components/confirm-dialog/confirm-dialog.component.js';
export type {
  GepiConfirmEvent,
  GepiDismissEvent,
} from './components/confirm-dialog/confirm-dialog.component.js';
export { GepiReceiptTable } from './components/receipt-table/receipt-table.component.js';
export type { ReceiptItemCode, ReceiptRow } from './components/receipt-table/receipt-table.component.js';
export { GepiQueryResult } from './components/query-result/query-result.component.js';
export type { QueryResultVariant } from './components/query-result/query-result.component.js';

// The demo's virtual card reader panel (demos, Storybook, development without cards).
export { GepiVirtualReader } from './components/virtual-reader/virtual-reader.component.js';
export type {
  GepiCardChangeDetail,
  GepiCardChangeEvent,
  VirtualReaderCard,
} from './components/virtual-reader/virtual-reader.component.js';

// Flow-bound elements: the SDK's headless flows rendered with the views above, and the portal that
// gathers them under the manual's menu.
export { FlowController } from './internal/flow-controller.js';
export type {
  FlowControllerHost,
  FlowHandle,
  GepiErrorDetail,
  GepiErrorEvent,
  GepiStepChangeDetail,
  GepiStepChangeEvent,
} from './internal/flow-controller.js';
export { GepiFlowElement, cardInReader } from './internal/flow-element.js';
export type { CertificatePickerOpener, FlowInputs } from './internal/flow-element.js';
export { flowStyles } from './styles/flow.js';
export { GepiFirstRegistration } from './components/first-registration/first-registration.component.js';
export type {
  GepiRegisteredDetail,
  GepiRegisteredEvent,
} from './components/first-registration/first-registration.component.js';
export { GepiAuthorization } from './components/authorization/authorization.component.js';
export type {
  GepiHandlerDeletedDetail,
  GepiHandlerDeletedEvent,
  GepiHandlerSavedDetail,
  GepiHandlerSavedEvent,
} from './components/authorization/authorization.component.js';
export { GepiCertSwap } from './components/cert-swap/cert-swap.component.js';
export type {
  CertSwapVariant,
  GepiCertSwappedDetail,
  GepiCertSwappedEvent,
} from './components/cert-swap/cert-swap.component.js';
export { GepiQuery } from './components/query/query.component.js';
export type { QueryVariant } from './components/query/query.component.js';
export { GepiPortal } from './components/portal/portal.component.js';
export type {
  GepiExitEvent,
  GepiViewChangeDetail,
  GepiViewChangeEvent,
  PortalFunctionTag,
  PortalView,
} from './components/portal/portal.component.js';

// Named by the elements' protected `tParts()` signatures, so the published .d.ts can refer to it.
export type { TranslationSlots } from './i18n/translation.js';
