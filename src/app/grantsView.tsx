import { lazy, type ComponentType } from 'react';
import type { Dataset } from '../model';

/**
 * The grants view, lazily and apart from lazyViews' prefetch: a reader who never opens "Grants"
 * never downloads the 360Giving readers, the tagger or the portfolio.
 */
export const GrantsView: ComponentType<{ dataset: Dataset }> = lazy(async () => ({ default: (await import('../ui/Grants/GrantsView')).GrantsView }));

/** Feeds the map's portfolio overlay: loaded only once a funder turns the overlay on (`portfolio=on`). */
export const PortfolioOverlayFeed: ComponentType<{ dataset: Dataset }> = lazy(async () => ({ default: (await import('../ui/Grants/PortfolioOverlayFeed')).PortfolioOverlayFeed }));
