import { quadtree, type Quadtree, type QuadtreeLeaf } from 'd3-quadtree';
import type { Box } from '../layout/box';

interface Entry {
  box: Box;
  /** Whose box it is: a query can leave out the asker's own. */
  owner: string;
  cx: number;
  cy: number;
}

export interface BoxIndex {
  add(box: Box, owner?: string): void;
  /** Whether the box overlaps any stored box (other than `except`'s). */
  overlapsAny(box: Box, except?: string): boolean;
}

/** The same test the pairwise check made: open boxes, so boxes that only touch do not overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Boxes in a quadtree of their centres (d3-quadtree), remembering the widest and tallest box
 * stored: a query looks only in the quads whose centres lie within the query box grown by those
 * half-sizes, so asking "does this label hit anything placed?" costs about log n, not n.
 */
export function createBoxIndex(): BoxIndex {
  const tree: Quadtree<Entry> = quadtree<Entry>()
    .x((e) => e.cx)
    .y((e) => e.cy);
  let halfWidth = 0;
  let halfHeight = 0;
  return {
    add(box, owner = '') {
      halfWidth = Math.max(halfWidth, (box.x1 - box.x0) / 2);
      halfHeight = Math.max(halfHeight, (box.y1 - box.y0) / 2);
      tree.add({ box, owner, cx: (box.x0 + box.x1) / 2, cy: (box.y0 + box.y1) / 2 });
    },
    overlapsAny(box, except) {
      const x0 = box.x0 - halfWidth;
      const x1 = box.x1 + halfWidth;
      const y0 = box.y0 - halfHeight;
      const y1 = box.y1 + halfHeight;
      let found = false;
      tree.visit((quad, qx0, qy0, qx1, qy1) => {
        if (found) return true;
        if (!quad.length) {
          for (let leaf: QuadtreeLeaf<Entry> | undefined = quad as QuadtreeLeaf<Entry>; leaf; leaf = leaf.next) {
            if (leaf.data.owner !== except && overlaps(leaf.data.box, box)) {
              found = true;
              return true;
            }
          }
          return false;
        }
        // Skip a quad whose centres all lie too far for their boxes to reach the query.
        return qx0 > x1 || qx1 < x0 || qy0 > y1 || qy1 < y0;
      });
      return found;
    },
  };
}
