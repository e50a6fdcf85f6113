// The root of every error this kit raises: a stable code, a message in zh-TW and English, and
// (for input errors) the field at fault. UIs explain errors from these, never from `message` parsing.

export type Locale = 'zh-TW' | 'en';

/** A text in both of the kit's languages. */
export interface LocalizedText {
  'zh-TW': string;
  en: string;
}

export interface GepiErrorInit {
  /** Stable, SCREAMING_SNAKE code; never reworded once released. */
  code: string;
  text: LocalizedText;
  /** The input field at fault (e.g. `agencyCode`, `nationalId`), when there is one. */
  field?: string;
  /** Machine-readable extras a UI may need (tries left, the CA that unlocks a card, …). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class GepiError extends Error {
  override name = 'GepiError';
  readonly code: string;
  readonly text: LocalizedText;
  readonly field: string | undefined;
  readonly details: Record<string, unknown>;

  constructor(init: GepiErrorInit) {
    super(`${init.code}: ${init.text.en}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.text = init.text;
    this.field = init.field;
    this.details = init.details ?? {};
  }

  /** The message in one locale. */
  messageIn(locale: Locale): string {
    return this.text[locale];
  }
}

export function isGepiError(value: unknown): value is GepiError {
  return value instanceof GepiError;
}
