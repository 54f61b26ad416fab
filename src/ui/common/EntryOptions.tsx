interface Props<T extends { id: string }> {
  entries: readonly T[];
  /** What a person reads for each entry; its id is what the choice stores. */
  labelOf(entry: T): string;
}

/** The options of a choice among records: each stores its id and reads as its label. */
export function EntryOptions<T extends { id: string }>({ entries, labelOf }: Props<T>) {
  return (
    <>
      {entries.map((entry) => (
        <option key={entry.id} value={entry.id}>
          {labelOf(entry)}
        </option>
      ))}
    </>
  );
}
