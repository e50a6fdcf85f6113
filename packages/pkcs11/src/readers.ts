// What changed between two looks at the PKCS#11 slots, as the provider's events need it: which
// cards left, which arrived, and whether the set of readers changed. Pure, so the ordering rules
// of the TokenProvider contract are tested without a reader being plugged in (SoftHSM2 cannot add
// or remove slots while it is loaded).

/** Reader id → key of the card in it (anything that tells two cards apart), or undefined when empty. */
export type ReaderSnapshot = ReadonlyMap<string, string | undefined>;

export interface ReaderChanges {
  /** Cards that left, in the earlier snapshot's order (also the cards of readers that went away). */
  removed: { readerId: string; cardKey: string }[];
  /** Cards that arrived, in the later snapshot's order (also swapped cards: removed, then inserted). */
  inserted: { readerId: string; cardKey: string }[];
  /** A reader was plugged in or out. */
  readersChanged: boolean;
}

export function diffReaders(before: ReaderSnapshot, after: ReaderSnapshot): ReaderChanges {
  const removed: ReaderChanges['removed'] = [];
  const inserted: ReaderChanges['inserted'] = [];
  for (const [readerId, cardKey] of before) {
    if (cardKey !== undefined && after.get(readerId) !== cardKey) removed.push({ readerId, cardKey });
  }
  for (const [readerId, cardKey] of after) {
    if (cardKey !== undefined && before.get(readerId) !== cardKey) inserted.push({ readerId, cardKey });
  }
  const readersChanged = before.size !== after.size || [...after.keys()].some((id) => !before.has(id));
  return { removed, inserted, readersChanged };
}
