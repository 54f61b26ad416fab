import type { Gap } from '../../model';
import { useViewStore } from '../../store';

/** The named evidence gaps concerning an item: each question opens on its own, and the full list is one click away. */
export function GapsAbout({ gaps, title, onMove }: { gaps: readonly Gap[]; title: string; onMove(id: string): void }) {
  const { showGapsIn } = useViewStore.getState();
  if (gaps.length === 0) return null;
  return (
    <section className="detail-section">
      <h3>
        {title} ({gaps.length})
      </h3>
      <ul className="link-list gap-questions">
        {gaps.map((gap) => (
          <li key={gap.id}>
            <button type="button" className="link-button" onClick={() => onMove(gap.id)}>
              {gap.question}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => showGapsIn(null)}>
        All named evidence gaps
      </button>
    </section>
  );
}
