// Every public entry of the four packages, as a consumer imports them; tsc checks them under
// moduleResolution bundler and node16, with skipLibCheck off (the packaged .d.ts are checked too).
import { GepiClient, createFirstRegistrationFlow, validateNationalId } from '@gepi/sdk';
import type { TokenProvider } from '@gepi/sdk';
import { parseCertificate } from '@gepi/sdk/certs';
import { buildOpenApiDocument } from '@gepi/sdk/api';
import { issueDemoPki, demoCardsFromExport } from '@gepi/sdk/testing';
import { VirtualTokenProvider } from '@gepi/sdk/virtual';
import { FortifyTokenProvider } from '@gepi/sdk/fortify';
import { planRosterSync } from '@gepi/sdk/roster';
import { Pkcs11TokenProvider, provisionSoftHsm } from '@gepi/pkcs11';
import { createRegistrationApi } from '@gepi/mock-server';
import { startServer } from '@gepi/mock-server/node';
import * as browserServer from '@gepi/mock-server/browser';
import { GepiPortal, defineElement } from '@gepi/elements';
import type { GepiStepChangeEvent } from '@gepi/elements';
import { loadElement } from '@gepi/elements/autoload.js';
import { GepiPortal as DefinedPortal } from '@gepi/elements/components/portal/gepi-portal.js';
import type { GepiJsxProps } from '@gepi/elements/react';
import { openFortifyCertificatePicker } from '@gepi/elements/fortify-picker';
import type { FortifyPickerTokens } from '@gepi/elements/fortify-picker';

const tokens: TokenProvider = new VirtualTokenProvider();
export const used = [
  GepiClient,
  createFirstRegistrationFlow,
  validateNationalId('A123456789'),
  parseCertificate,
  buildOpenApiDocument,
  issueDemoPki,
  demoCardsFromExport,
  tokens,
  FortifyTokenProvider,
  openFortifyCertificatePicker,
  planRosterSync,
  Pkcs11TokenProvider,
  provisionSoftHsm,
  createRegistrationApi,
  startServer,
  browserServer,
  GepiPortal === DefinedPortal,
  defineElement,
  loadElement,
];
export type Used = [GepiStepChangeEvent, GepiJsxProps<'gepi-portal'>];
// The SDK's Fortify provider is what the certificate picker takes over its selection with.
export const pickerTokens: FortifyPickerTokens = new FortifyTokenProvider({ autoConnect: false });
