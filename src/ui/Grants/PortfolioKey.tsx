import { usePortfolioOverlay, useViewStore } from '../../store';
import './portfolioKey.css';
import { visibleText } from '../../io/visibleText';

/**
 * The overlay's key on the map, and its off switch there: what the gold halos are and whose money,
 * or, when a shared link asks for the overlay in a browser with no grants loaded, where to load them.
 */
export function PortfolioKey() {
  const overlay = usePortfolioOverlay((s) => s.overlay);
  const hide = () => useViewStore.getState().setPortfolio({ portfolio: false });
  const when = overlay?.year ? `awarded in ${overlay.year}` : overlay?.from && overlay.to ? `${overlay.from} to ${overlay.to}` : '';
  return (
    <section className="portfolio-key" aria-label="Your grants on the map">
      {overlay ? (
        <p>
          <span className="portfolio-key-halo" aria-hidden="true" /> Gold halos: your confirmed grants ({overlay.funders.map(visibleText).join(', ')}
          {when ? `, ${when}` : ''}){overlay.amounts.size ? ', bigger for more money.' : ': none confirmed yet (confirm tags in Grants).'}
        </p>
      ) : (
        <p>Your grants are not loaded in this browser: open Grants to load your 360Giving file. They are never in a link.</p>
      )}
      <button type="button" className="link-button" onClick={hide}>
        Hide my grants
      </button>
    </section>
  );
}
