import { visibleText } from '../../io/visibleText';

/** A labelled list box of plain values (a file's funders, currencies, years), each shown with any hidden character by its code and chosen as it is, with an optional "all" entry that chooses null. */
export function ChoiceSelect({ label, values, value, all, onChange }: { label: string; values: readonly string[]; value: string | null; all?: string; onChange(value: string | null): void }) {
  return (
    <label>
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        {all !== undefined && <option value="">{all}</option>}
        {values.map((v) => (
          <option key={v} value={v}>
            {visibleText(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
