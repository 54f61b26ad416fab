import type { MouseEvent } from 'react';

/** The page's first stop for keyboard users: straight to the map's own tab stop, past the header and filters. */
export function SkipToMap() {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const stop = document.querySelector<SVGGElement>('.map-canvas [tabindex="0"]');
    if (!stop) return;
    event.preventDefault();
    stop.focus();
  };
  return (
    <a className="skip-link" href="#map" onClick={onClick}>
      Skip to map
    </a>
  );
}
