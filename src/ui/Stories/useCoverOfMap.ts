import { useLayoutEffect, type RefObject } from 'react';
import { setMapCoveredBottom } from '../../map/coveredBottom';

/**
 * Tells the map how much of its bottom the story card covers while it floats over it (a wide
 * screen), so a step's fit shows its subject above the card; nothing on a phone, where the card
 * stands under the map instead.
 */
export function useCoverOfMap(card: RefObject<HTMLElement | null>, shown: boolean): void {
  useLayoutEffect(() => {
    const element = card.current;
    if (!shown || !element) return;
    const measure = () => {
      const map = element.parentElement?.querySelector('.map-canvas');
      const floating = getComputedStyle(element).position === 'absolute';
      if (!map || !floating) {
        setMapCoveredBottom(0);
        return;
      }
      const below = map.getBoundingClientRect().bottom - element.getBoundingClientRect().top;
      setMapCoveredBottom(Math.max(0, below));
    };
    measure();
    const sizes = new ResizeObserver(measure);
    sizes.observe(element);
    if (element.parentElement) sizes.observe(element.parentElement);
    return () => {
      sizes.disconnect();
      setMapCoveredBottom(0);
    };
  }, [card, shown]);
}
