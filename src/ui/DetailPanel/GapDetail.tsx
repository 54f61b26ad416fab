import type { DatasetIndex } from '../../analysis';
import type { Gap } from '../../model';
import { useViewStore } from '../../store';
import { FactorSection, SourcesSection } from './FactorSections';
import { SourceCaveats } from './SourceCaveats';

/** A named evidence gap: the question nobody has data on, the factors it concerns, and who says so. */
export function GapDetail({ gap, index, onMove }: { gap: Gap; index: DatasetIndex; onMove(id: string): void }) {
  const { showGapsIn } = useViewStore.getState();
  return (
    <>
      <p className="detail-kind">Named evidence gap: a question nobody has data on</p>
      <FactorSection heading={`Concerns (${gap.factors.length})`} factors={gap.factors.map((id) => ({ id }))} index={index} onMove={onMove} />
      <SourcesSection citations={gap.citations} index={index} />
      <SourceCaveats citations={gap.citations} index={index} />
      <button type="button" className="link-button" onClick={() => showGapsIn(null)}>
        All named evidence gaps
      </button>
    </>
  );
}
