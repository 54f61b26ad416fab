import { useEffect } from 'react';
import type { Dataset } from '../../model';
import { startGrantTagsStorage } from '../../store/grants/grantTagsStorage';
import { useGrantsStore, type GrantsStore } from '../../store/grants/grantsStore';
import { formatGrantAmount } from './grantFormats';
import { GrantList } from './GrantList';
import { GrantsLoader } from './GrantsLoader';
import { PortfolioSection } from './PortfolioSection';
import { TagsFileButtons } from './TagsFileButtons';
import { useGrantEntries } from './useGrantTaggings';
import './grants.css';
import { visibleText } from '../../io/visibleText';

const selectFiles = (s: GrantsStore) => s.files;

/**
 * "Your grants on the map": a funder loads its 360Giving file, confirms the suggested tags and
 * reads where its money sits against leverage, evidence and impact. Loaded only when opened, so a
 * reader who never opens it never downloads it. Nothing here leaves the browser.
 */
export function GrantsView({ dataset }: { dataset: Dataset }) {
  const files = useGrantsStore(selectFiles);
  const entries = useGrantEntries(dataset);
  useEffect(() => void startGrantTagsStorage(), []);
  const funders = [...new Set(files.flatMap((f) => f.funders))].sort();
  return (
    <div className="grants-view">
      <h2>Your grants on the map</h2>
      <p className="grants-privacy">
        Your grants stay in this browser: they are never uploaded, and never go into a link. Only your tags are kept here, by grant identifier, so they are
        there when you load the file again.
      </p>
      <GrantsLoader dataset={dataset} />
      {files.length > 0 && (
        <ul className="grants-files" aria-label="Loaded grants files">
          {files.map((f) => {
            const currency = f.grants[0]?.currency ?? 'GBP';
            const total = f.grants.filter((g) => g.currency === currency).reduce((s, g) => s + g.amount, 0);
            return (
              <li key={f.fileName}>
                <strong>{f.funders.map(visibleText).join(', ')}</strong> ({visibleText(f.fileName)}): {f.grants.length.toLocaleString('en-GB')} grants, {formatGrantAmount(total, currency)}
                {f.grants.some((g) => g.currency !== currency) ? ' and more in other currencies' : ''}{' '}
                <button type="button" className="link-button" aria-label={`Close ${visibleText(f.fileName)}`} onClick={() => useGrantsStore.getState().removeFile(f.fileName)}>
                  Close
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <TagsFileButtons />
      {files.length > 0 && (
        <>
          <GrantList dataset={dataset} entries={entries} showFunder={funders.length > 1} />
          <PortfolioSection dataset={dataset} entries={entries} funders={funders} />
        </>
      )}
    </div>
  );
}
