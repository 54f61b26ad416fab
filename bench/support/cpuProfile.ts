/** Reading a Chrome DevTools CPU profile: where the main thread's time went, by function. */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const nameOf = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;
const IDLE = new Set(['(idle)', '(program)']);

/** Self and inclusive time per function over samples [from, to) (all by default), idle left out. */
export function timeByFunction(profile: CpuProfile, from = 0, to = profile.samples.length, within?: string) {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  for (let i = from; i < to; i++) {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = byId.get(profile.samples[i]!)!;
    if (IDLE.has(leaf.callFrame.functionName)) continue;
    if (within && !stackOf(leaf.id, parent, byId).some((n) => n.callFrame.functionName === within)) continue;
    busy += ms;
    self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const name = nameOf(byId.get(id)!);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  }
  return { self, inclusive, busy };
}

/** A sample's stack, leaf first. */
function stackOf(id: number, parent: Map<number, number>, byId: Map<number, ProfileNode>): ProfileNode[] {
  const stack: ProfileNode[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
  return stack;
}

export function printTimes(title: string, table: Map<string, number>, top: number): void {
  console.log(title);
  for (const [key, ms] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(0).padStart(8)} ms  ${key}`);
}
