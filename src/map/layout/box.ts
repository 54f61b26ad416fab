/** A rectangle in layout units. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
