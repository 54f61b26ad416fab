import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SearchResult } from '../../analysis/search';
import type { Dataset } from '../../model';
import { useViewStore, type ViewStore } from '../../store';
import { useDismiss } from '../common/useDismiss';

const selectQuery = (s: ViewStore) => s.query;
const KIND_LABEL: Record<SearchResult['kind'], string> = { factor: 'Factor', intervention: 'Intervention', source: 'Source', gap: 'Evidence gap' };

/** Search with suggestions across factors, interventions and sources; choosing one selects and centres it. */
export function SearchBox({ dataset }: { dataset: Dataset }) {
  const query = useViewStore(selectQuery);
  const { setQuery, selectAndCentre } = useViewStore.getState();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  const listId = useId();
  // The search itself loads when first wanted (the box focused, or a link's query), not with the first paint.
  const [search, setSearch] = useState<typeof import('../../analysis/search').search | null>(null);
  const wanted = open || query.trim() !== '';
  useEffect(() => {
    if (!wanted || search) return;
    let live = true;
    void import('../../analysis/search').then((module) => {
      if (live) setSearch(() => module.search);
    });
    return () => {
      live = false;
    };
  }, [wanted, search]);
  const results = useMemo(() => (search ? search(dataset, query) : []), [search, dataset, query]);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);

  const choose = (result: SearchResult) => {
    selectAndCentre(result.id);
    setOpen(false);
  };
  const showList = open && query.trim() !== '';

  return (
    <div className="search" ref={ref} role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search factors, interventions, sources and named gaps
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? `${listId}-${active}` : undefined}
        placeholder="Search the map…"
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && showList && results[active]) {
            e.preventDefault();
            choose(results[active]);
          }
        }}
      />
      {showList && (
        <ul id={listId} role="listbox" aria-label="Suggestions" className="search-results">
          {results.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="search-empty">
              Nothing matches “{query}”
            </li>
          )}
          {results.map((result, i) => (
            <li
              key={`${result.kind}-${result.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(result)}
              onMouseEnter={() => setActive(i)}
            >
              <span className="search-label">{result.label}</span>
              <span className="search-kind">
                {KIND_LABEL[result.kind]}
                {result.matchedIn ? ` · ${result.matchedIn}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
