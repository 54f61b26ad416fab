/**
 * Where the person has zoomed and panned, and the nodes they dragged and dropped: part of the view,
 * so a link reopens the same picture. Written into the address as `z=x,y,k` (the view's translation
 * in whole screen pixels and its scale) and `pin=id:x:y,…` (layout units, to one decimal).
 */
export interface MapZoom {
  x: number;
  y: number;
  k: number;
}

export interface Pin {
  id: string;
  x: number;
  y: number;
}

/** The zoom's bounds (as the map's own zoom allows) and how far a view or a pin may sit from the origin. */
export const ZOOM_LIMITS = { minK: 0.15, maxK: 6, maxOffset: 1_000_000 } as const;

/** Snapped to the pixel grid, so the written zoom is the zoom reopened, exactly. */
export function snapZoom(zoom: MapZoom): MapZoom {
  return { x: Math.round(zoom.x), y: Math.round(zoom.y), k: Math.round(zoom.k * 10_000) / 10_000 };
}

export function zoomToParam(zoom: MapZoom): string {
  const { x, y, k } = snapZoom(zoom);
  return `${x},${y},${k}`;
}

const finiteWithin = (n: number, max: number) => Number.isFinite(n) && Math.abs(n) <= max;

export function zoomFromParam(value: string): MapZoom | null {
  const parts = value.split(',').map((part) => Number(part));
  if (parts.length !== 3 || value.trim() === '') return null;
  const [x, y, k] = parts as [number, number, number];
  if (!finiteWithin(x, ZOOM_LIMITS.maxOffset) || !finiteWithin(y, ZOOM_LIMITS.maxOffset)) return null;
  if (!(k >= ZOOM_LIMITS.minK && k <= ZOOM_LIMITS.maxK)) return null;
  return snapZoom({ x, y, k });
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function pinsToParam(pins: readonly Pin[]): string {
  return pins.map((p) => `${p.id}:${round1(p.x)}:${round1(p.y)}`).join(',');
}

/** Reads `pin=`; returns the pins it could read and the parts it could not. */
export function pinsFromParam(value: string, isId: (id: string) => boolean): { pins: Pin[]; bad: string[] } {
  const pins: Pin[] = [];
  const bad: string[] = [];
  for (const part of value.split(',').filter(Boolean)) {
    const [id = '', xs = '', ys = '', ...rest] = part.split(':');
    const x = Number(xs);
    const y = Number(ys);
    if (rest.length > 0 || !isId(id) || xs === '' || ys === '' || !finiteWithin(x, ZOOM_LIMITS.maxOffset) || !finiteWithin(y, ZOOM_LIMITS.maxOffset)) bad.push(part);
    else pins.push({ id, x: round1(x), y: round1(y) });
  }
  // One pin per node: the last one written wins, as the last drop did.
  const byId = new Map(pins.map((p) => [p.id, p]));
  return { pins: [...byId.values()], bad };
}
