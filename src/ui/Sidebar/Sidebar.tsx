import { useId, useState, type ReactNode } from 'react';
import { useViewStore, viewStateOf, type ViewState } from '../../store';

export interface SidebarTab {
  id: string;
  label: string;
  content: ReactNode;
  /** Whether a view opening from a link needs this tab (its loop, paths, what-if, chosen source). */
  opens?(state: ViewState): boolean;
}

const startsOpen = () =>
  typeof window === 'undefined' || typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 760px)').matches;

/** The tab a shared link needs (the first that says it opens for this view), else the first tab. */
function firstTab(tabs: readonly SidebarTab[]): string {
  const state = viewStateOf(useViewStore.getState());
  return (tabs.find((tab) => tab.opens?.(state)) ?? tabs[0])?.id ?? '';
}

/** The panel beside the map: the legend and the analysis tools, one tab at a time; it folds away on a phone. */
export function Sidebar({ tabs }: { tabs: readonly SidebarTab[] }) {
  const [open, setOpen] = useState(startsOpen);
  const [active, setActive] = useState(() => firstTab(tabs));
  const base = useId();
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <details className="sidebar" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Legend and analysis</summary>
      <div role="tablist" aria-label="Legend and analysis" className="sidebar-tabs">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${base}-${tab.id}-tab`}
            aria-selected={tab.id === current?.id}
            aria-controls={`${base}-${tab.id}-panel`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
            onKeyDown={(e) => {
              const i = tabs.findIndex((t) => t.id === tab.id);
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = tabs[(i + step + tabs.length) % tabs.length];
              if (next) {
                setActive(next.id);
                document.getElementById(`${base}-${next.id}-tab`)?.focus();
              }
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={`${base}-${current.id}-panel`} aria-labelledby={`${base}-${current.id}-tab`} className="sidebar-panel">
          {current.content}
        </div>
      )}
    </details>
  );
}
