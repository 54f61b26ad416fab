import type { FactorGraph } from './factorGraph';

/**
 * The strongly connected components of the factor graph: the groups of factors that can each reach
 * every other, the only places a feedback loop can lie. Tarjan's algorithm, written iteratively:
 * graphology-components' version recurses once per factor and overflows the stack on a chain of
 * some thousands of factors, which the schema allows and a hostile file would use.
 */
export function stronglyConnectedComponents(graph: FactorGraph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of graph.nodes()) {
    if (index.has(root)) continue;
    // Each frame: a node and the position of the next out-neighbour to look at.
    const frames: Array<{ node: string; neighbours: string[]; next: number }> = [];
    const enter = (node: string) => {
      index.set(node, counter);
      lowLink.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      frames.push({ node, neighbours: graph.outNeighbors(node), next: 0 });
    };
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.next < frame.neighbours.length) {
        const neighbour = frame.neighbours[frame.next++]!;
        if (!index.has(neighbour)) enter(neighbour);
        else if (onStack.has(neighbour)) lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, index.get(neighbour)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) lowLink.set(parent.node, Math.min(lowLink.get(parent.node)!, lowLink.get(frame.node)!));
      if (lowLink.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}
