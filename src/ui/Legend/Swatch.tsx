import { inkOn } from '../../map/glyphs';

/** Small shapes that match the map's own: a circle for a factor, a diamond for an intervention, with the vocabulary's glyph inside. */
export function Swatch({ shape, colour, glyph, ringed = false }: { shape: 'circle' | 'diamond'; colour?: string; glyph?: string; ringed?: boolean }) {
  const ink = colour === undefined ? undefined : inkOn(colour);
  // Outlined in the map's ink, and blank (the page's white) without a colour, by the stylesheet's tokens (legend.css).
  const className = `swatch-shape${colour === undefined ? ' swatch-shape--blank' : ''}`;
  return (
    <svg className="swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      {shape === 'circle' ? (
        <circle className={className} cx="9" cy="9" r="7.5" fill={colour} />
      ) : (
        <path className={className} d="M9,0.5L17.5,9L9,17.5L0.5,9Z" fill={colour} />
      )}
      {glyph && <path d={glyph} fill={ink} transform="translate(9 9) scale(5)" />}
      {ringed && <circle cx="9" cy="9" r="6" fill="none" stroke={ink} strokeWidth="1" />}
    </svg>
  );
}

/** An intervention's evidence pips as the map draws them: filled from the left, none for testimony. */
export function EvidencePips({ filled, count }: { filled: number; count: number }) {
  return (
    <svg className="evidence-pips" width={count * 9} height="10" viewBox={`0 0 ${count * 9} 10`} aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <circle key={i} cx={4.5 + i * 9} cy="5" r="3.2" className={`map-pip${i < filled ? ' is-filled' : ''}`} />
      ))}
    </svg>
  );
}

export function LineSample({ variant }: { variant: 'same' | 'opposite' | 'action' | 'inferred' | 'intended' }) {
  return (
    <svg className={`line-sample line-sample--${variant}`} width="36" height="12" viewBox="0 0 36 12" aria-hidden="true">
      <line x1="1" y1="6" x2="28" y2="6" />
      <path d="M27,1L35,6L27,11Z" />
    </svg>
  );
}
