import { useEffect, useState, type ReactNode } from 'react';
import { mapPainted, soonAfterMapPaint } from './firstPaint';

/**
 * Renders its children once the map's first picture has been painted, so a panel beside the map
 * (the legend) is built after the map rather than before it. Give it a box of fixed size (the
 * sidebar is one), so the map's size never changes when the panel arrives.
 */
export function AfterMapPaint({ children, now = false }: { children: ReactNode; /** Renders at once (something needs it on the first picture). */ now?: boolean }) {
  const [ready, setReady] = useState(mapPainted);
  useEffect(() => {
    if (ready) return;
    return soonAfterMapPaint(() => setReady(true));
  }, [ready]);
  return ready || now ? children : null;
}
