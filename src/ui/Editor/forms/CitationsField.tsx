import type { Citation, Source } from '../../../model';
import type { FormIssues } from './fieldIssues';
import { EntryOptions } from '../../common/EntryOptions';

interface CitationsFieldProps {
  /** The field's path in the record: `citations` or `evidence.citations`. */
  path: string;
  citations: Citation[];
  sources: Source[];
  issues: FormIssues;
  onChange(next: Citation[]): void;
}

/** Citations as source + exact quote rows; each row's problems are shown beside it. */
export function CitationsField({ path, citations, sources, issues, onChange }: CitationsFieldProps) {
  const set = (i: number, patch: Partial<Citation>) => onChange(citations.map((c, n) => (n === i ? { ...c, ...patch } : c)));
  const listError = issues.byField.get(path);
  return (
    <fieldset className="citations-field">
      <legend>Citations (a short exact quote from each source)</legend>
      {citations.map((c, i) => {
        const sourceError = issues.byField.get(`${path}[${i}].source`);
        const quoteError = issues.byField.get(`${path}[${i}].quote`);
        return (
          <div className="citation-row" key={i}>
            <label>
              Source
              <select value={c.source} aria-invalid={sourceError ? true : undefined} onChange={(e) => set(i, { source: e.target.value })}>
                {!sources.some((s) => s.id === c.source) && <option value={c.source}>{c.source || 'Choose a source'}</option>}
                <EntryOptions entries={sources} labelOf={(s) => s.title} />
              </select>
            </label>
            {sourceError && <p className="field-error">{sourceError}</p>}
            <label>
              Quote
              <textarea rows={2} value={c.quote} aria-invalid={quoteError ? true : undefined} onChange={(e) => set(i, { quote: e.target.value })} />
            </label>
            {quoteError && <p className="field-error">{quoteError}</p>}
            <button type="button" onClick={() => onChange(citations.filter((_, n) => n !== i))}>
              Remove citation {i + 1}
            </button>
          </div>
        );
      })}
      {listError && citations.length === 0 && <p className="field-error">{listError}</p>}
      <button type="button" onClick={() => onChange([...citations, { source: sources[0]?.id ?? '', quote: '' }])}>
        Add a citation
      </button>
    </fieldset>
  );
}
