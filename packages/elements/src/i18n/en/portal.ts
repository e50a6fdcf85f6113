// The English of <gepi-portal>: its home page, menu, skip link and breadcrumb: the portal part of the English catalog (../en.ts). Typed by its zh-TW
// part, so a missing, extra or misspelled key fails the type check.
import type { portalZh } from '../zh-TW/portal.js';
import type { EnglishOf } from '../words.js';

export const portalEn: EnglishOf<typeof portalZh> = {
  // Flow-bound elements and <gepi-portal>
  'portal.navLabel': 'Functions',
  'portal.home': 'Home',
  'portal.homeFirstRegistration':
    "Registration screens: first record the organization certificate's details, then the authorization manager's citizen certificate.",
  'portal.homeAuthorization':
    "Authorize handlers and set their permissions in the system, with the organization certificate and the authorization manager's citizen certificate.",
  'portal.homeCertSwap':
    "Replace the organization certificate or the authorization manager's citizen certificate.",
  'portal.homeReceipts':
    'Look up certificate registrations and replacements, and how applications and reviews stand.',
  'portal.homeCitizenSerial': 'Look up the serial number of a citizen certificate.',
  'portal.homeOrgOid':
    'Look up the OID of an organization certificate: government, business, organization and group, or medical.',
  'portal.skipToContent': 'Skip to main content',
  'portal.guideCenter': 'Main content',
  'portal.breadcrumbLabel': 'You are here',
  'portal.crumb': '{function}: {screen}',
  'screen.terms': 'terms of use',
  'screen.orgCard': 'organization certificate',
  'screen.citizenCard': 'citizen certificate',
  'screen.applicant': 'applicant',
  'screen.confirm': '{function}: confirmation',
  'screen.queryForm': 'search',
  'screen.results': 'results',
  'screen.add': 'add a handler',
  'screen.edit': 'change a handler',
  'screen.delete': 'delete a handler',
  'portal.goToAuthorization': 'Continue to authorization assignment',
  'portal.loading': 'Loading…',
  'portal.loadFailed': 'This function could not be loaded. Check your network connection and try again.',
  'portal.retry': 'Try again',
  // Menu
  'menu.firstRegistration': 'First registration',
  'menu.authorization': 'Authorization assignment',
  'menu.certSwap': 'Certificate replacement',
  'menu.swapOrgCert': 'Replace organization certificate',
  'menu.swapManagerCert': "Replace authorization manager's citizen certificate",
  'menu.swapBoth': "Replace organization certificate and authorization manager's citizen certificate",
  'menu.queries': 'Queries',
  'menu.queryOrgOid': 'Organization certificate OID',
  'menu.queryCitizenSerial': 'Citizen certificate serial number',
  'menu.queryAuthorizedList': 'Authorized handlers',
  'menu.home': 'Back to home',
  'menu.backToAgency': 'Back to insured agency services',
};
