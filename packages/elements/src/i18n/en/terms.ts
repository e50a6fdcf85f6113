// The English of <gepi-terms> (用戶約定條款): the terms part of the English catalog (../en.ts). Typed by its zh-TW
// part, so a missing, extra or misspelled key fails the type check.
import type { termsZh } from '../zh-TW/terms.js';
import type { EnglishOf } from '../words.js';

export const termsEn: EnglishOf<typeof termsZh> = {
  'terms.title': "Public Servants' and Teachers' Insurance Online e-System: User Terms",
  'terms.downloadTime': 'Page downloaded: {time}',
  'terms.intro':
    'Having read them, this insured agency fully understands and agrees to comply with the user terms (the "Terms") of the "Public Servants\' and Teachers\' Insurance Online e-System" (the "System"):',
  'terms.clause1':
    'This insured agency shall use the computer environment and secure applications the System requires, and take appropriate protective control measures.',
  'terms.clause2':
    'This insured agency shall ensure that its data are correct; if erroneous or false data harm the rights of the insured or others, it shall resolve the matter and bear the responsibility itself.',
  'terms.clause3':
    "This insured agency shall register with its organization certificate and the citizen certificate of its authorization manager, and set its handlers' permissions (including assigning, changing or ending their authorization), so that they act for this insured agency in Public Servants' and Teachers' Insurance matters. This insured agency shall duly manage its handlers' filings and supervise the correctness and security of their use of the System.",
  'terms.clause4':
    'This insured agency shall not hand its certificates to others and shall prevent their impersonation or misuse by others, taking due care of their custody.',
  'terms.clause5':
    'This insured agency agrees that the electronic documents produced and transmitted after filing (applying) through the System serve as the originals of the written documents, so that written documents bearing its official seal or its insurance seal need not be sent.',
  'terms.clause6':
    'When the System cannot operate, this insured agency shall still file (apply) within the time limits set by the applicable rules.',
  'terms.clause7':
    'If the parties dispute the result of a filing (application), they agree that the insurer will handle it according to the applicable laws and procedures.',
  'terms.clause8':
    'This insured agency shall keep confidential the data it obtains from the System (by query or print); for any improper use or invasion of personal privacy it is legally liable under the Personal Data Protection Act and other applicable rules.',
  'terms.clause9': 'If this insured agency is dissolved, the insurer may stop providing the System to it.',
  'terms.clause10':
    "Matters these Terms do not cover are handled according to the applicable laws and the insurer's operating rules.",
  'terms.agree': 'I agree to the terms',
  'terms.disagree': 'I do not agree to the terms',
};
