import { useEffect, useRef } from 'react';
import { useViewStore } from '../../store';
import { RECORD_KINDS, citedByWords, countOf, type CitingRecords } from './citedBy';

const KIND_HEADINGS = { factors: 'Factors', links: 'Links', interventions: 'Interventions (by their evidence)', gaps: 'Evidence gaps' } as const;

/**
 * What cites the chosen source, by kind; each record opens its details (and is marked on the map
 * as any selection is). Brought into sight when it appears, as a link opening on a source far down
 * the list would otherwise leave it out of view.
 */
export function CitingRecordList({ title, records, onClear }: { title: string; records: CitingRecords; onClear(): void }) {
  const { select } = useViewStore.getState();
  const own = useRef<HTMLElement>(null);
  useEffect(() => own.current?.scrollIntoView?.({ block: 'nearest' }), []);
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
