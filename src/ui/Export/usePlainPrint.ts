import { useEffect, useState } from 'react';
import type { Dataset } from '../../model';
import type { Snapshot } from './svgSnapshot';
import { usePrintSheet } from './usePrintSheet';
import { soonAfterMapPaint } from '../../map/firstPaint';

type Builder = (dataset: Dataset) => Snapshot | null;

/**
 * The browser's own Print (Ctrl+P, the menu) with the Export dialog closed prints what Export's
 * print does: one A4 landscape sheet with the whole view, its title and legend, not the page's
 * layout cut across three sheets. The sheet must be built in `beforeprint`, synchronously, so
 * the code that draws it is fetched once the map has painted (not in the first download).
 */
export function usePlainPrint(dataset: Dataset, exportOpen: boolean): void {
  const [build, setBuild] = useState<Builder | null>(null);
  useEffect(() => {
    let live = true;
    // Fetched once the map has painted (or soon, on another view), so its download and start-up never hold the first picture back.
    const cancel = soonAfterMapPaint(() => {
      import('./viewSnapshot').then(
        (loaded) => live && setBuild(() => loaded.currentViewSnapshot),
        // Offline after the first load, say: the page prints as the stylesheet's print rules lay it out.
        () => {},
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);
  // While the dialog is open its own sheet (with its title and options) is the one printed.
  usePrintSheet(() => (!exportOpen && build ? build(dataset) : null));
}
