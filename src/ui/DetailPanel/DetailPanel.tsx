import { useEffect, useRef } from 'react';
import type { Dataset } from '../../model';
import { indexOf, useSelectedId, useViewStore } from '../../store';
import { FactorDetail } from './FactorDetail';
import { InterventionDetail } from './InterventionDetail';

const selectAction = (s: ReturnType<typeof useViewStore.getState>) => s.select;

/** What a selected factor or intervention is, how it connects, and why the map says so. */
export function DetailPanel({ dataset }: { dataset: Dataset }) {
  const selectedId = useSelectedId();
  const select = useViewStore(selectAction);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocusTo = useRef<Element | null>(null);
  const index = indexOf(dataset);
  const factor = selectedId ? index.factor.get(selectedId) : undefined;
  const intervention = selectedId ? index.intervention.get(selectedId) : undefined;
  const open = Boolean(factor ?? intervention);

  useEffect(() => {
    if (!open) return;
    if (!returnFocusTo.current) returnFocusTo.current = document.activeElement;
    headingRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      select(null);
      const back = returnFocusTo.current;
      returnFocusTo.current = null;
      if (back instanceof HTMLElement || back instanceof SVGElement) back.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, selectedId, select]);

  if (!open) return null;
  const label = factor?.label ?? intervention?.label ?? '';
  return (
    <aside className="detail-panel" aria-label="Details">
      <header className="detail-header">
        <h2 ref={headingRef} tabIndex={-1}>
          {label}
        </h2>
        <button type="button" className="close-button" aria-label="Close details" onClick={() => select(null)}>
          ×
        </button>
      </header>
      {factor && <FactorDetail factor={factor} index={index} onMove={select} />}
      {intervention && <InterventionDetail intervention={intervention} index={index} onMove={select} />}
    </aside>
  );
}
