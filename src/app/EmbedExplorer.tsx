import { useState } from 'react';
import type { Dataset } from '../model';
import { pageAddressWith } from '../store';
import { MapView } from '../map/MapView';
import { Legend } from '../ui/Legend/Legend';
import { DetailPanel } from '../ui/DetailPanel/DetailPanel';
import { ViewAnnouncer } from '../ui/Announcer/ViewAnnouncer';

/**
 * The map as another site shows it in an <iframe> (`embed=1`): the view's title, the map, a
 * compact legend and a way out to the full map; no filter bar, search or editing. Usable from 320×240.
 */
export function EmbedExplorer({ dataset }: { dataset: Dataset }) {
  const [legendOpen, setLegendOpen] = useState(false);
  return (
    <div className="app app--embed">
      <header className="embed-header">
        <h1 className="embed-title">{dataset.meta.title}</h1>
        <button type="button" className="embed-legend-button" aria-expanded={legendOpen} onClick={() => setLegendOpen((open) => !open)}>
          Legend
        </button>
        {/* The page's own address, so always http(s); a new tab leaves the host's page in place. */}
        <a href={pageAddressWith('embed', null)} className="embed-open" target="_blank" rel="noopener">
          Open the full map<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </header>
      <main className="app-main">
        {legendOpen && (
          <aside className="embed-legend" aria-label="Legend">
            <Legend dataset={dataset} />
          </aside>
        )}
        <MapView dataset={dataset} />
        <DetailPanel dataset={dataset} />
      </main>
      <ViewAnnouncer dataset={dataset} />
    </div>
  );
}
