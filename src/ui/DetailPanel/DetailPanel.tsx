import { useCallback, useEffect, useRef } from 'react';
import type { Dataset } from '../../model';
import { indexOf, useSelectedId, useViewStore, useVisibility } from '../../store';
import { FactorDetail } from './FactorDetail';
import { YourGrants } from './YourGrants';
import { InterventionDetail } from './InterventionDetail';
import { SourceDetail } from './SourceDetail';
import { LinkDetail, linkTitle } from './LinkDetail';
import { GapDetail } from './GapDetail';
import { ShowEverythingButton } from '../common/ShowEverythingButton';

/** What a selected factor or intervention is, how it connects, and why the map says so. */
export function DetailPanel({ dataset }: { dataset: Dataset }) {
  const selectedId = useSelectedId();
  const { select, focusOn } = useViewStore.getState();
  const visible = useVisibility(dataset);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocusTo = useRef<Element | null>(null);
  const index = indexOf(dataset);
  const factor = selectedId ? index.factor.get(selectedId) : undefined;
  const intervention = selectedId && !factor ? index.intervention.get(selectedId) : undefined;
  const source = selectedId && !factor && !intervention ? index.source.get(selectedId) : undefined;
  const link = selectedId && !factor && !intervention && !source ? index.link.get(selectedId) : undefined;
  const gap = selectedId && !factor && !intervention && !source && !link ? dataset.gaps.find((g) => g.id === selectedId) : undefined;
  const open = Boolean(factor ?? intervention ?? source ?? link ?? gap);
  const isNode = Boolean(factor ?? intervention);
  const hidden = isNode && selectedId !== null && !visible.nodes.has(selectedId);

  // Closing, by Escape or the × button, hands focus back to what opened the panel (a map node, a
  // table row), if it is still on the page.
  const close = useCallback(() => {
    const back = returnFocusTo.current;
    returnFocusTo.current = null;
    select(null);
    if ((back instanceof HTMLElement || back instanceof SVGElement) && back.isConnected) back.focus();
  }, [select]);

  useEffect(() => {
    if (!open) {
      // Closed some other way (Back, a new dataset): forget the opener, so it is never used later.
      returnFocusTo.current = null;
      return;
    }
    // A story step opens details too: the player keeps focus then, so its arrow keys and Escape still work.
    if (!document.activeElement?.closest('[data-keeps-focus]')) {
      if (!returnFocusTo.current) returnFocusTo.current = document.activeElement;
      headingRef.current?.focus();
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, selectedId, close]);

  if (!open) return null;
  const label = factor?.label ?? intervention?.label ?? source?.title ?? (link ? linkTitle(link, index) : gap?.question) ?? '';
  return (
    <aside className="detail-panel" aria-label="Details">
      <header className="detail-header">
        <h2 ref={headingRef} tabIndex={-1}>
          {label}
        </h2>
        {isNode && selectedId && (
          <button type="button" className="focus-button" aria-label="Focus on its neighbourhood" title="Show only its neighbourhood on the map" onClick={() => focusOn(selectedId)}>
            Focus
          </button>
        )}
        <button type="button" className="close-button" aria-label="Close details" onClick={close}>
          ×
        </button>
      </header>
      {hidden && (
        <p className="hidden-note">
          Not on the map under the current filters or focus.{' '}
          <ShowEverythingButton>Show the whole map</ShowEverythingButton>
        </p>
      )}
      {isNode && selectedId && <YourGrants id={selectedId} />}
      {factor && <FactorDetail factor={factor} dataset={dataset} index={index} onMove={select} />}
      {intervention && <InterventionDetail intervention={intervention} dataset={dataset} index={index} onMove={select} />}
      {source && <SourceDetail source={source} dataset={dataset} onMove={select} />}
      {link && <LinkDetail link={link} index={index} onMove={select} />}
      {gap && <GapDetail gap={gap} index={index} onMove={select} />}
    </aside>
  );
}
