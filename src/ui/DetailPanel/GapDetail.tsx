import type { DatasetIndex } from '../../analysis';
import type { Gap } from '../../model';
import { useViewStore } from '../../store';
import { CitationList } from './CitationList';
import { SourceCaveats } from './SourceCaveats';

/** A named evidence gap: the question nobody has data on, the factors it concerns, and who says so. */
export function GapDetail({ gap, index, onMove }: { gap: Gap; index: DatasetIndex; onMove(id: string): void }) {
  const { showGapsIn } = useViewStore.getState();
  return (
    <>
      <p className="detail-kind">Named evidence gap: a question nobody has data on</p>
      <section className="detail-section">
        <h3>Concerns ({gap.factors.length})</h3>
        <ul className="link-list">
          {gap.factors.map((id) => (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => onMove(id)}>
                {index.factor.get(id)?.label ?? id}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="detail-section">
        <h3>Sources</h3>
        <CitationList citations={gap.citations} index={index} />
      </section>
      <SourceCaveats citations={gap.citations} index={index} />
      <button type="button" className="link-button" onClick={() => showGapsIn(null)}>
        All named evidence gaps
      </button>
    </>
  );
}
