import { useEffect, useRef } from 'react';
import { gapsInColumn, type MatrixAxis } from '../../analysis';
import type { Dataset } from '../../model';
import { indexOf, useSelectedId, useViewStore } from '../../store';
import { CitationList } from '../DetailPanel/CitationList';
import { SourceCaveats } from '../DetailPanel/SourceCaveats';
import { SelectButton } from '../common/SelectButton';
import './gaps.css';

interface GapListProps {
  dataset: Dataset;
  axis: MatrixAxis;
  /** Only the gaps concerning this domain or stage; all when null. */
  column: string | null;
}

/**
 * Every named evidence gap, as a funder reads it: the question nobody has data on, the factors it
 * concerns (each opens its details) and who says so. Narrowed to one column from the matrix's counts.
 */
export function GapList({ dataset, axis, column }: GapListProps) {
  const { showGapsIn } = useViewStore.getState();
  const selectedId = useSelectedId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const index = indexOf(dataset);
  const gaps = column ? gapsInColumn(dataset, axis, column) : dataset.gaps;
  const columnLabel = column ? ((axis === 'domain' ? index.domain : index.stage).get(column)?.label ?? column) : null;
  // A count in the matrix was chosen: bring its questions into view and put the reader there.
  // Only the view's own scroll area moves (scrollIntoView would scroll the whole page, header and all).
  useEffect(() => {
    const heading = headingRef.current;
    if (column === null || !heading) return;
    const area = heading.closest<HTMLElement>('.gap-matrix-view');
    if (area) area.scrollTop += heading.getBoundingClientRect().top - area.getBoundingClientRect().top - 8;
    heading.focus({ preventScroll: true });
  }, [column]);
  return (
    <section className="gap-list" aria-labelledby="gap-list-heading">
      <h3 id="gap-list-heading" ref={headingRef} tabIndex={-1}>
        {columnLabel
          ? `Named evidence gaps concerning ${axis === 'domain' ? 'the domain' : 'the stage'} “${columnLabel}” (${gaps.length} of ${dataset.gaps.length})`
          : `Named evidence gaps: what nobody has data on (${gaps.length})`}
      </h3>
      {columnLabel && (
        <button type="button" className="link-button" onClick={() => showGapsIn(null)}>
          Show all {dataset.gaps.length}
        </button>
      )}
      {gaps.length === 0 ? (
        <p className="muted">{dataset.gaps.length === 0 ? 'This dataset names no evidence gaps.' : 'No named evidence gap concerns a factor here.'}</p>
      ) : (
        <ol className="gap-list-items">
          {gaps.map((gap) => (
            <li key={gap.id} id={`gap-${gap.id}`} className="gap-item">
              <p className="gap-question">{gap.question}</p>
              <p className="gap-factors">
                Concerns:{' '}
                {gap.factors.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <SelectButton id={id} label={index.factor.get(id)?.label ?? id} selectedId={selectedId} />
                  </span>
                ))}
              </p>
              <details className="gap-citations">
                <summary>Who says so ({gap.citations.length})</summary>
                <CitationList citations={gap.citations} index={index} />
              </details>
            </li>
          ))}
        </ol>
      )}
      <SourceCaveats citations={gaps.flatMap((g) => g.citations)} index={index} />
    </section>
  );
}
