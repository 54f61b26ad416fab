import { useRef, useState, type KeyboardEvent } from 'react';

export interface MapToolbarProps {
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
}

/** Zoom and fit: one tab stop; arrow keys move between its buttons (the ARIA toolbar pattern). */
export function MapToolbar({ onZoomIn, onZoomOut, onFit }: MapToolbarProps) {
  const buttons = [
    { label: 'Zoom in', text: '+', act: onZoomIn },
    { label: 'Zoom out', text: '−', act: onZoomOut },
    { label: 'Fit map to screen', text: '⤢', act: onFit },
  ];
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const next = (active + step + buttons.length) % buttons.length;
    setActive(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map view" aria-orientation="vertical" onKeyDown={onKeyDown}>
      {buttons.map((b, i) => (
        <button
          key={b.label}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          aria-label={b.label}
          title={b.label}
          tabIndex={i === active ? 0 : -1}
          onFocus={() => setActive(i)}
          onClick={b.act}
        >
          {b.text}
        </button>
      ))}
    </div>
  );
}
