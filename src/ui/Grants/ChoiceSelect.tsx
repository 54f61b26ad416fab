/** A labelled list box of plain values, with an optional "all" entry that chooses null. */
export function ChoiceSelect({ label, values, value, all, onChange }: { label: string; values: readonly string[]; value: string | null; all?: string; onChange(value: string | null): void }) {
  return (
    <label>
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        {all !== undefined && <option value="">{all}</option>}
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}
