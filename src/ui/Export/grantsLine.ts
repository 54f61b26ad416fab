import { usePortfolioOverlay, type PortfolioOverlay } from '../../store';
import type { ViewState } from '../../store/viewState';

/**
 * The view's description, with whose grants the map shows and over when ("Grants: Indigo Trust,
 * 1 Apr 2015 to 3 Mar 2020.") while the portfolio overlay is drawn: never the grants themselves.
 */
export function withGrantsLine(lines: string[], view: Pick<ViewState, 'portfolio'>): string[] {
  const overlay: PortfolioOverlay | null = view.portfolio ? usePortfolioOverlay.getState().overlay : null;
  if (!overlay?.funders.length) return lines;
  return [...lines, `Grants: ${overlay.funders.join(', ')}${overlay.from && overlay.to ? `, ${overlay.from} to ${overlay.to}` : ''}.`];
}
