import { lazy, type ComponentType } from 'react';
import type { Dataset } from '../model';

/** Feeds the map's portfolio overlay: loaded only once a funder turns the overlay on (`portfolio=on`). */
export const PortfolioOverlayFeed: ComponentType<{ dataset: Dataset }> = lazy(async () => ({ default: (await import('../ui/Grants/PortfolioOverlayFeed')).PortfolioOverlayFeed }));
