import { useEffect, useState, type ReactNode } from 'react';
import { afterMapPaint, mapPainted } from './firstPaint';

/** A map that has not painted within this long (a large map still loading its renderer) waits for nothing. */
const LONGEST_WAIT_MS = 1500;

/**
 * Renders its children once the map's first picture has been painted, so a panel beside the map
 * (the legend) is built after the map rather than before it. Give it a box of fixed size (the
 * sidebar is one), so the map's size never changes when the panel arrives.
 */
export function AfterMapPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(mapPainted);
  useEffect(() => {
    if (ready) return;
    const show = () => setReady(true);
    const timer = setTimeout(show, LONGEST_WAIT_MS);
    const cancel = afterMapPaint(show);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [ready]);
  return ready ? children : null;
}
