import { useEffect, useRef } from 'react';
import type { Snapshot } from './svgSnapshot';

/**
 * While the export dialog is open, printing (its button, or the browser's own Print) prints the
 * export image alone on one A4 landscape page: the sheet is built just before the browser lays out
 * the print, as an inline SVG so it is there synchronously, and removed after.
 */
export function usePrintSheet(snapshot: () => Snapshot | null): void {
  const latest = useRef(snapshot);
  useEffect(() => {
    latest.current = snapshot;
  });
  useEffect(() => {
    const sheet = document.createElement('div');
    sheet.className = 'print-sheet';
    document.body.append(sheet);
    const before = () => {
      const shot = latest.current();
      if (!shot) return;
      const parsed = new DOMParser().parseFromString(shot.svg, 'image/svg+xml').documentElement;
      const svg = document.importNode(parsed, true);
      svg.setAttribute('width', '100%');
      svg.setAttribute('height', '100%');
      svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
      sheet.replaceChildren(svg);
    };
    const after = () => sheet.replaceChildren();
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      sheet.remove();
    };
  }, []);
}
