import { usePortfolioOverlay, useViewStore } from '../../store';

/** While the portfolio overlay is on: the funder's confirmed money reaching this node, as the map's halo shows it. */
export function YourGrants({ id }: { id: string }) {
  const on = useViewStore((s) => s.portfolio);
  const overlay = usePortfolioOverlay((s) => s.overlay);
  const words = on ? overlay?.words.get(id) : undefined;
  if (!overlay || !words) return null;
  const when = overlay.year ? `awarded in ${overlay.year}` : overlay.from && overlay.to ? `${overlay.from} to ${overlay.to}` : '';
  return (
    <p className="detail-your-grants">
      <strong>Your grants:</strong> {words} ({overlay.funders.join(', ')}
      {when ? `, ${when}` : ''}; confirmed tags only).
    </p>
  );
}
