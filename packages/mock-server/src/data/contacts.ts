// Contacts shown where a card problem or a pending review is explained, served as data so that hosts
// need not hard-code them. The facts are the SDK's (one copy, shared with the elements); the names
// are the SDK's authority names.
import type * as z from 'zod';
import { BANK_CONTACT_FACTS, CARD_AUTHORITY_NAMES, CA_CONTACT_FACTS } from '@gepi/sdk';
import type { contactsSchema } from '@gepi/sdk/api';

const CA_ORDER = ['GCA', 'XCA', 'MOEACA', 'HCA', 'MOICA'] as const;

export const contacts: z.infer<typeof contactsSchema> = {
  certificationAuthorities: CA_ORDER.map((id) => {
    const { web, phone, applyUrl, unlockUrl } = CA_CONTACT_FACTS[id];
    return {
      id,
      name: CARD_AUTHORITY_NAMES[id],
      web,
      phone,
      applyUrl,
      ...(unlockUrl !== undefined ? { unlockUrl } : {}),
    };
  }),
  bank: {
    name: { 'zh-TW': '臺灣銀行公教保險部', en: 'Bank of Taiwan, Government Employees Insurance Department' },
    phone: BANK_CONTACT_FACTS.phone,
    fax: BANK_CONTACT_FACTS.fax,
    address: BANK_CONTACT_FACTS.address,
    sections: BANK_CONTACT_FACTS.sections.map(({ section, extension, regions }) => ({
      id: `underwriting-${section}`,
      name: { 'zh-TW': section === 1 ? '承保第一科' : '承保第二科', en: `Underwriting Section ${section}` },
      extension,
      regions: regions.map((region) => region['zh-TW']),
    })),
  },
};
