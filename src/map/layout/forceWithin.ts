import type { SimulationNodeDatum } from 'd3-force';

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * A force that keeps each node inside its own box (its journey column, or the interventions'
 * lane), so the map's reading order survives however hard the links pull.
 */
export function forceWithin<N extends SimulationNodeDatum>(boxOf: (node: N) => Box | undefined) {
  let nodes: N[] = [];
  const force = () => {
    for (const node of nodes) {
      const box = boxOf(node);
      if (!box || node.x === undefined || node.y === undefined || node.fx != null) continue;
      if (node.x < box.x0) [node.x, node.vx] = [box.x0, 0];
      else if (node.x > box.x1) [node.x, node.vx] = [box.x1, 0];
      if (node.y < box.y0) [node.y, node.vy] = [box.y0, 0];
      else if (node.y > box.y1) [node.y, node.vy] = [box.y1, 0];
    }
  };
  force.initialize = (next: N[]) => {
    nodes = next;
  };
  return force;
}
