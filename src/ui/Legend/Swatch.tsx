/** Small shapes that match the map's own: a circle for a factor, a diamond for an intervention. */
export function Swatch({ shape, colour }: { shape: 'circle' | 'diamond'; colour: string }) {
  return (
    <svg className="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {shape === 'circle' ? (
        <circle cx="8" cy="8" r="6" fill={colour} stroke="#1b1b1b" strokeWidth="1" />
      ) : (
        <path d="M8,1L15,8L8,15L1,8Z" fill={colour} stroke="#1b1b1b" strokeWidth="1" />
      )}
    </svg>
  );
}

export function LineSample({ variant }: { variant: 'same' | 'opposite' | 'action' | 'inferred' }) {
  return (
    <svg className={`line-sample line-sample--${variant}`} width="36" height="12" viewBox="0 0 36 12" aria-hidden="true">
      <line x1="1" y1="6" x2="28" y2="6" />
      <path d="M27,1L35,6L27,11Z" />
    </svg>
  );
}
