import type { Link } from '../../model';
import type { DatasetIndex } from '../../analysis';
import { FactorSection, SourcesSection } from './FactorSections';
import { factorLabel } from '../common/factorLabel';
import { LinkEvidence } from './LinkEvidence';
import { polarityWords } from './polarityWords';

/** A causal link opened from the map (its arrow clicked): what it says, on what basis, and its sources. */
export function LinkDetail({ link, index, onMove }: { link: Link; index: DatasetIndex; onMove(id: string): void }) {
  return (
    <>
      <p className="detail-kind">
        Link · {link.polarity === '+' ? 'more means more (+)' : 'more means less (−)'}
        {link.basis === 'inferred' && <span className="badge badge--inferred">Inferred by the map’s authors</span>}
      </p>
      <p className="link-words">{polarityWords(factorLabel(index, link.from), factorLabel(index, link.to), link.polarity)}</p>
      <p className="detail-description">{link.description}</p>
      <FactorSection
        heading="Its two ends"
        factors={[
          { before: 'From', id: link.from },
          { before: 'To', id: link.to },
        ]}
        index={index}
        onMove={onMove}
      />
      <SourcesSection citations={link.citations} index={index}>
        <LinkEvidence link={link} index={index} />
      </SourcesSection>
    </>
  );
}

/** The heading a link's panel shows: "Fear of recall → Problems kept from probation". */
export function linkTitle(link: Link, index: DatasetIndex): string {
  return `${factorLabel(index, link.from)} → ${factorLabel(index, link.to)}`;
}
