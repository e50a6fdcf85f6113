// <gepi-virtual-reader>: the hands of the person at the desk in a demo without smart cards. It puts a
// virtual card into one reader of a VirtualTokenProvider (or takes it out) and shows what the card
// says about its PIN, so that a demo or a developer can walk every flow, locked cards included.
import { ContextConsumer } from '@lit/context';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { CARD_AUTHORITY_NAMES } from '@gepi/sdk';
import type { ReaderInfo, Unsubscribe } from '@gepi/sdk';
import type { VirtualCard, VirtualTokenProvider } from '@gepi/sdk/virtual';
import { tokensContext } from '../../context/contexts.js';
import { GepiElementBase } from '../../internal/gepi-element.js';
import { sharedStyles } from '../../styles/shared.js';
import { virtualReaderStyles } from './virtual-reader.styles.js';
import { virtualReaderWords } from '../../i18n/zh-TW/virtual-reader.js';

/** A card the panel offers, with the name to list it by (default: the card's own label). */
export interface VirtualReaderCard {
  readonly card: VirtualCard;
  readonly label?: string;
}

export interface GepiCardChangeDetail {
  /** The reader the card went into or came out of. */
  readonly readerId: string;
  /** The card now in the reader, or null when the person took it out. */
  readonly cardId: string | null;
}

export type GepiCardChangeEvent = CustomEvent<GepiCardChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gepi-card-change': GepiCardChangeEvent;
  }
}

/** The part of VirtualTokenProvider the panel uses: the desk's hands plus the events. */
type Desk = Pick<VirtualTokenProvider, 'insert' | 'remove' | 'listReaders' | 'on'>;

function isDesk(value: unknown): value is VirtualTokenProvider {
  const candidate = value as Partial<Desk> | undefined;
  return typeof candidate?.insert === 'function' && typeof candidate.remove === 'function';
}

// The provider contract has no event for a PIN try (a real card does not announce one either), so
// the panel reads the inserted card's counter this often. Reading it is a property access.
const CARD_STATE_POLL_MS = 300;

/**
 * The demo's card reader panel: a `<select>` (虛擬讀卡機) listing virtual cards and (未插入卡片);
 * choosing a card takes the previous one out of the reader and puts the chosen one in. Below it, the
 * state of the inserted card: PIN tries left, or locked, with a button that does what the
 * certification authority does at 鎖卡解碼. Demo and development only: real cards are put into real
 * readers.
 *
 * The token provider comes from the `tokens` property, else the nearest <gepi-provider> (it must be
 * a `VirtualTokenProvider`). The panel follows cards inserted or removed by other code too.
 *
 * @tagname gepi-virtual-reader
 * @summary 虛擬讀卡機: puts a virtual card into a reader, or takes it out, and shows its PIN state.
 *
 * @fires gepi-card-change - The person put a card into the reader or took it out. `detail: { readerId, cardId }` (`cardId` null when removed).
 *
 * @csspart base - The panel.
 * @csspart label - The select's label (虛擬讀卡機).
 * @csspart reader - The name of the reader the cards go into.
 * @csspart select - The `<select>` of cards.
 * @csspart state - The inserted card's PIN state (a live region).
 * @csspart unlock-button - Restores a locked card's PIN tries, as its certification authority would.
 * @csspart error - Why the last insertion failed.
 *
 * @cssproperty --gepi-virtual-reader-bg - Panel background. Default `--gepi-color-surface`.
 * @cssproperty --gepi-virtual-reader-border-color - Panel edge. Default `--gepi-color-border`.
 * @cssproperty --gepi-virtual-reader-padding - Space inside the panel. Default `--gepi-space-md`.
 */
export class GepiVirtualReader extends GepiElementBase {
  static override catalogParts = [...GepiElementBase.catalogParts, virtualReaderWords];

  static override styles = [sharedStyles, virtualReaderStyles];

  static override properties: PropertyDeclarations = {
    tokens: { attribute: false },
    cards: { attribute: false },
    readerId: { attribute: 'reader-id' },
    reader: { state: true },
    inserted: { state: true },
    triesLeft: { state: true },
    locked: { state: true },
    failure: { state: true },
  };

  /** The virtual token provider; unset, the nearest <gepi-provider>'s (when it is a virtual one). */
  declare tokens: VirtualTokenProvider | undefined;

  /** The cards to offer, in order: each a VirtualCard, or `{ card, label }` to list it by another name. */
  declare cards: ReadonlyArray<VirtualCard | VirtualReaderCard>;

  /** The reader to use; unset, the provider's first reader. */
  declare readerId: string | undefined;

  declare private reader: ReaderInfo | undefined;
  declare private inserted: VirtualCard | undefined;
  declare private triesLeft: number | undefined;
  declare private locked: boolean;
  declare private failure: string | undefined;

  private readonly tokensFromContext = new ContextConsumer(this, { context: tokensContext, subscribe: true });
  private subscribedTo: Desk | undefined;
  private unsubscribe: Unsubscribe[] = [];
  private poll: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.cards = [];
    this.locked = false;
  }

  /** The provider in use: the property, else the provider's from context when it is a virtual one. */
  get provider(): VirtualTokenProvider | undefined {
    if (this.tokens) return this.tokens;
    const fromContext = this.tokensFromContext.value;
    return isDesk(fromContext) ? fromContext : undefined;
  }

  /** The card in the reader now, if the panel's provider put one there (or another caller did). */
  get card(): VirtualCard | undefined {
    return this.inserted;
  }

  /**
   * Puts `card` (one of `cards`, by id) into the reader after taking out what is there, or empties
   * the reader with `null`, as choosing in the select does (without the event).
   */
  choose(cardId: string | null): void {
    const desk = this.provider;
    const readerId = this.reader?.id;
    if (!desk || !readerId) return;
    this.failure = undefined;
    try {
      desk.remove(readerId);
      this.inserted = undefined;
      const entry = cardId === null ? undefined : this.entries().find((e) => e.card.id === cardId);
      if (entry) {
        desk.insert(readerId, entry.card);
        this.inserted = entry.card;
      }
    } catch (error) {
      this.failure = this.describe(error);
    }
    this.readCard();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const desk = this.isConnected ? this.provider : undefined;
    if (desk !== this.subscribedTo || changed.has('readerId')) this.attach(desk);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Set after the options exist; a `selected` attribute no longer moves a select the person used.
    const select = this.renderRoot.querySelector('select');
    if (select) select.value = this.currentValue();
  }

  protected override render(): TemplateResult {
    const reader = this.reader;
    const current = this.currentValue();
    const entries = this.entries();
    // A card put in by other code that is not among `cards`: listed, so the select does not claim
    // the reader is empty.
    const other = this.inserted ? undefined : reader?.card;
    return html`<div part="base" class="base" lang=${this.resolvedLocale}>
      <div class="field">
        <label part="label" class="field__label" for="card">${this.t('virtualReader.label')}</label>
        <span part="reader" class="reader" id="reader"
          >${reader?.name ?? this.t('virtualReader.noReader')}</span
        >
        <select
          part="select"
          class="field__input"
          id="card"
          aria-describedby="reader state"
          ?disabled=${!reader}
          @change=${this.onChange}
        >
          <option value="" ?selected=${current === ''}>${this.t('virtualReader.none')}</option>
          ${entries.map(
            ({ card, label }) =>
              html`<option value=${card.id} ?selected=${card.id === current}>${label ?? card.label}</option>`,
          )}
          ${other ? html`<option value=${other.id} disabled selected>${other.label}</option>` : nothing}
        </select>
      </div>
      <p part="state" class="state" id="state" role="status">${this.renderState()}</p>
      ${
        this.inserted && this.locked
          ? html`<button
              part="unlock-button"
              class="button button--secondary"
              type="button"
              @click=${this.unlock}
            >
              ${this.t('virtualReader.unlock')}
            </button>`
          : nothing
      }
      ${this.failure ? html`<p part="error" class="field__error" role="alert">${this.failure}</p>` : nothing}
    </div>`;
  }

  private currentValue(): string {
    return this.inserted?.id ?? this.reader?.card?.id ?? '';
  }

  private renderState(): string {
    const card = this.inserted ?? this.reader?.card;
    if (!card) return this.t('virtualReader.empty');
    const locked = this.inserted ? this.locked : card.pinLocked === true;
    const triesLeft = this.inserted ? this.triesLeft : card.pinTriesLeft;
    if (locked) {
      const ca = card.ca ? CARD_AUTHORITY_NAMES[card.ca][this.resolvedLocale] : this.t('virtualReader.theCa');
      return this.t('virtualReader.locked', { ca });
    }
    return triesLeft === undefined
      ? this.t('virtualReader.inserted')
      : this.t('virtualReader.triesLeft', { count: triesLeft });
  }

  private entries(): VirtualReaderCard[] {
    return (this.cards ?? []).map((entry) => ('card' in entry ? entry : { card: entry }));
  }

  private onChange(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const readerId = this.reader?.id;
    if (!readerId) return;
    const before = this.inserted?.id ?? null;
    this.choose(select.value === '' ? null : select.value);
    // A failed insertion has still emptied the reader: that is a change too.
    const after = this.inserted?.id ?? null;
    if (after !== before) this.emit('gepi-card-change', { readerId, cardId: after });
  }

  private unlock(): void {
    this.inserted?.unlock();
    this.readCard();
  }

  /** Follows `desk`: its readers and what other code puts in or takes out. */
  private attach(desk: Desk | undefined): void {
    this.detach();
    this.subscribedTo = desk;
    if (!desk) return;
    const refresh = () => void this.readReader(desk);
    this.unsubscribe = [
      desk.on('card-inserted', refresh),
      desk.on('card-removed', refresh),
      desk.on('readers-changed', refresh),
    ];
    refresh();
  }

  private detach(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.subscribedTo = undefined;
    this.stopPolling();
  }

  private async readReader(desk: Desk): Promise<void> {
    let readers: ReaderInfo[];
    try {
      readers = await desk.listReaders();
    } catch {
      readers = [];
    }
    if (desk !== this.subscribedTo) return;
    this.reader = this.readerId ? readers.find((r) => r.id === this.readerId) : readers[0];
    // The reader reports the card's id; the object with the live counter is the one in `cards`.
    const id = this.reader?.card?.id;
    this.inserted = id === undefined ? undefined : this.entries().find((e) => e.card.id === id)?.card;
    this.readCard();
  }

  /** Copies the inserted card's counter into the view, and polls it while a card is in. */
  private readCard(): void {
    const card = this.inserted;
    this.triesLeft = card?.pinTriesLeft;
    this.locked = card?.pinLocked ?? false;
    if (card && this.poll === undefined) {
      this.poll = setInterval(() => {
        const now = this.inserted;
        if (now && (now.pinTriesLeft !== this.triesLeft || now.pinLocked !== this.locked)) this.readCard();
      }, CARD_STATE_POLL_MS);
    } else if (!card) {
      this.stopPolling();
    }
  }

  private stopPolling(): void {
    if (this.poll !== undefined) clearInterval(this.poll);
    this.poll = undefined;
  }

  private describe(error: unknown): string {
    const text = (error as { text?: Partial<Record<string, string>> } | undefined)?.text;
    return text?.[this.resolvedLocale] ?? (error instanceof Error ? error.message : String(error));
  }
}
