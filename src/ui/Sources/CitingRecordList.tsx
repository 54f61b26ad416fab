import { useEffect, useRef } from 'react';
import { useViewStore } from '../../store';
import { RECORD_KINDS, citedByWords, countOf, type CitingRecords } from './citedBy';

const KIND_HEADINGS = { factors: 'Factors', links: 'Links', interventions: 'Interventions (by their evidence)', gaps: 'Evidence gaps' } as const;

/**
 * What cites the chosen source, by kind; each record opens its details (and is marked on the map
 * as any selection is). Brought into sight when it appears, as a link opening on a source far down
 * the list would otherwise leave it out of view: from the source's title down, below the tabs.
 */
export function CitingRecordList({ title, records, onClear }: { title: string; records: CitingRecords; onClear(): void }) {
  const { select } = useViewStore.getState();
  const own = useRef<HTMLElement>(null);
  // The source's own title comes into view with its list, so a reader sees which source this is.
  useEffect(() => {
    const chosen = own.current?.closest('li');
    if (chosen) scrollToTopOfPanel(chosen);
  }, []);
  return (
    <section ref={own} className="source-cited" aria-label={`What cites ${title}`}>
      <p>
        <strong>{citedByWords(countOf(records))}</strong>
      </p>
      {RECORD_KINDS.filter((kind) => records[kind].length > 0).map((kind) => (
        <div key={kind}>
          <h4>
            {KIND_HEADINGS[kind]} ({records[kind].length})
          </h4>
          <ul className="source-records">
            {records[kind].map((record) => (
              <li key={record.id}>
                <button type="button" className="link-button" onClick={() => select(record.id)}>
                  {record.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <button type="button" onClick={onClear}>
        Clear the chosen source
      </button>
    </section>
  );
}

/**
 * Scrolls the panel that holds `element` (its nearest scrolling ancestor) so the element starts at
 * the panel's top, below the panel's sticky tabs (its scroll-margin-top). Only that panel moves:
 * scrollIntoView also scrolled the page, pushing the header and the tabs off the top.
 */
function scrollToTopOfPanel(element: HTMLElement): void {
  let panel = element.parentElement;
  while (panel && !(panel.scrollHeight > panel.clientHeight && /auto|scroll/.test(getComputedStyle(panel).overflowY))) panel = panel.parentElement;
  if (!panel) return;
  const margin = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  panel.scrollTop += element.getBoundingClientRect().top - panel.getBoundingClientRect().top - margin;
}
