import { memo, useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../model';
import { indexOf } from '../../store';
import { useGrantsStore } from '../../store/grants/grantsStore';
import { formatDay, formatGrantAmount } from './grantFormats';
import { FactorsThrough } from './FactorsThrough';
import { TagAdder } from './TagAdder';
import { shownTags, type GrantEntry } from './useGrantTaggings';
import { visibleText } from '../../io/visibleText';

interface GrantRowProps {
  entry: GrantEntry;
  decision: { interventions: string[] } | undefined;
  dataset: Dataset;
  showFunder: boolean;
}

/**
 * One grant: what it is, what the map suggests it funds and why (the words that matched), and the
 * person's decision. Every control is a button or a list box, so it works from the keyboard; each
 * names the grant, so a screen reader moving by control knows which grant it acts on.
 */
export const GrantRow = memo(function GrantRow({ entry, decision, dataset, showFunder }: GrantRowProps) {
  const { grant, tagging } = entry;
  // The list of every intervention is drawn only when asked for: 46 options on each of a hundred rows slowed a large file's first draw.
  const [adding, setAdding] = useState(false);
  // Where focus goes once an action has redrawn the row: the button pressed may be gone, and focus
  // left on the page's body would send a keyboard user back to the top.
  const [focusNext, setFocusNext] = useState<'add' | 'undo' | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusNext) return;
    (focusNext === 'undo' ? undoButton : addButton).current?.focus();
    setFocusNext(null);
  }, [focusNext, decision, adding]);
  const index = indexOf(dataset);
  const { decide, undecide } = useGrantsStore.getState();
  const shown = shownTags(entry, decision);
  const label = (id: string) => index.intervention.get(id)?.label ?? id;
  const matchedFor = (id: string) => (tagging.status === 'suggested' ? tagging.suggestions.find((s) => s.intervention === id)?.matched : undefined);
  const suggestions = tagging.status === 'suggested' ? tagging.suggestions.map((s) => s.intervention) : [];
  const status = decision
    ? decision.interventions.length === 0
      ? 'Not on the map (you cleared it)'
      : 'Confirmed'
    : tagging.status === 'suggested'
      ? 'Suggested, not yet confirmed'
      : tagging.status === 'unmatched'
        ? 'About justice, but no intervention on the map fits its words'
        : 'Not about the justice system';
  return (
    <li className={`grant-row grant-row--${decision ? 'decided' : tagging.status}`}>
      <div className="grant-row-head">
        <span className="grant-title">
          {grant.title}
        </span>{' '}
        <span className="grant-money">{formatGrantAmount(grant.amount, grant.currency)}</span>{' '}
        <span className="muted">
          {formatDay(grant.awardDate)}
          {grant.recipient ? ` · ${grant.recipient}` : ''}
          {showFunder ? ` · ${visibleText(grant.funderName)}` : ''}
        </span>
      </div>
      {grant.description && grant.description !== grant.title && <p className="grant-description">{grant.description}</p>}
      <p className="grant-status">{status}</p>
      {shown.interventions.length > 0 && (
        <ul className="grant-tags" aria-label={`${shown.confirmed ? 'Tags' : 'Suggested tags'} for ${grant.title}`}>
          {shown.interventions.map((id) => {
            const matched = matchedFor(id);
            return (
              <li key={id} className={`grant-tag${shown.confirmed ? ' grant-tag--confirmed' : ''}`}>
                {label(id)}
                {matched && <span className="muted"> (matched: {matched.join(', ')})</span>}{' '}
                <button
                  type="button"
                  className="grant-tag-remove"
                  aria-label={`Remove ${label(id)} from ${grant.title}`}
                  onClick={() => {
                    decide(grant.id, shown.interventions.filter((x) => x !== id));
                    setFocusNext('add');
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <FactorsThrough dataset={dataset} interventions={shown.interventions} />
      <div className="grant-actions">
        {!decision && suggestions.length > 0 && (
          <button
            type="button"
            aria-label={`Confirm suggestions for ${grant.title}`}
            onClick={() => {
              decide(grant.id, suggestions);
              setFocusNext('undo');
            }}
          >
            Confirm
          </button>
        )}
        {adding ? (
          <TagAdder
            dataset={dataset}
            grantTitle={grant.title}
            present={shown.interventions}
            onAdd={(id) => {
              decide(grant.id, [...new Set([...shown.interventions, id])]);
              setAdding(false);
              setFocusNext('add');
            }}
            onCancel={() => {
              setAdding(false);
              setFocusNext('add');
            }}
          />
        ) : (
          <button ref={addButton} type="button" aria-label={`Add an intervention to ${grant.title}`} onClick={() => setAdding(true)}>
            Add…
          </button>
        )}
        {!(decision && decision.interventions.length === 0) && (
          <button
            type="button"
            aria-label={`Clear tags from ${grant.title}`}
            onClick={() => {
              decide(grant.id, []);
              setFocusNext('undo');
            }}
          >
            Clear
          </button>
        )}
        {decision && (
          <button
            ref={undoButton}
            type="button"
            className="link-button"
            aria-label={`Back to suggestions for ${grant.title}`}
            onClick={() => {
              undecide(grant.id);
              setFocusNext('add');
            }}
          >
            Back to suggestions
          </button>
        )}
      </div>
    </li>
  );
});
