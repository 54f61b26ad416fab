import { useMemo, useState } from 'react';
import type { Dataset } from '../../model';
import { taggingCounts } from '../../analysis/grants/grantTagging';
import { BulkTagActions } from './BulkTagActions';
import { GrantRow } from './GrantRow';
import { useGrantTags, type GrantEntry } from './useGrantTaggings';

const SHOWS = { review: 'To review (suggested or about justice)', tagged: 'Tagged by you', all: 'All grants' } as const;
type Show = keyof typeof SHOWS;
/** Rows drawn at once; a 6,000-grant file draws more on request, so the page keeps answering. */
const PAGE = 50;

/** The grants to tag: suggestions first, with the counts of those left untagged and why. */
export function GrantList({ dataset, entries, showFunder }: { dataset: Dataset; entries: GrantEntry[]; showFunder: boolean }) {
  const tags = useGrantTags();
  const [show, setShow] = useState<Show>('review');
  const [limit, setLimit] = useState(PAGE);
  const counts = useMemo(() => taggingCounts(entries.map((e) => e.tagging)), [entries]);
  const listed = useMemo(() => {
    const rank = (e: GrantEntry) => (e.tagging.status === 'suggested' ? 0 : e.tagging.status === 'unmatched' ? 1 : 2);
    const chosen =
      show === 'all' ? entries : show === 'tagged' ? entries.filter((e) => e.grant.id in tags) : entries.filter((e) => e.tagging.status !== 'off-map' || e.grant.id in tags);
    return [...chosen].sort((a, b) => rank(a) - rank(b));
  }, [entries, tags, show]);

  return (
    <section className="grant-list" aria-labelledby="grant-list-heading">
      <h3 id="grant-list-heading">Tag your grants</h3>
      <p>
        {counts.suggested.toLocaleString('en-GB')} of {entries.length.toLocaleString('en-GB')} grants have suggested tags.{' '}
        Left untagged: {counts.unmatched.toLocaleString('en-GB')} about justice that fit no intervention on the map, and{' '}
        {counts.offMap.toLocaleString('en-GB')} not about the justice system. Only tags you confirm count in the portfolio.
      </p>
      <div className="grant-list-controls">
        <BulkTagActions entries={entries} />
        <label>
          Show{' '}
          <select
            value={show}
            onChange={(e) => {
              setShow(e.currentTarget.value as Show);
              setLimit(PAGE);
            }}
          >
            {Object.entries(SHOWS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul className="grant-rows" aria-label="Grants">
        {listed.slice(0, limit).map((entry) => (
          <GrantRow key={entry.grant.id} entry={entry} decision={tags[entry.grant.id]} dataset={dataset} showFunder={showFunder} />
        ))}
      </ul>
      {listed.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, listed.length - limit)} more of {(listed.length - limit).toLocaleString('en-GB')}
        </button>
      )}
    </section>
  );
}
