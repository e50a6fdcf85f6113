// The English names of the certification authorities and the bank's sections: part of the English
// catalog (en.ts spreads them in), kept apart because the contact data (data/contacts.ts) carries
// every name in both languages from the start, while the rest of the English catalog is fetched
// only when an element renders in English.
export const enNames = {
  'bank.name': "Bank of Taiwan, Public Servants' and Teachers' Insurance Department",
  'bank.section1': 'Underwriting Section 1',
  'bank.section2': 'Underwriting Section 2',
  'ca.GCA': 'Government Certification Authority (GCA)',
  'ca.XCA': 'Organization and Group Certification Authority (XCA)',
  'ca.MOEACA': 'Ministry of Economic Affairs Certification Authority (MOEACA)',
  'ca.HCA': 'Healthcare Certification Authority (HCA)',
  'ca.MOICA': 'Ministry of the Interior Certification Authority (MOICA)',
} as const;
