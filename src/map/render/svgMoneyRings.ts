import { select, type Selection } from 'd3-selection';
import type { MapNode } from '../../analysis';
import { MONEY_LOOK, moneyRingRadius } from './moneyRing';
import type { PaintedMoney } from './painter';

/** The portfolio overlay on SVG: a halo under each node the money reaches (moneyRing.ts sizes it). */
export function paintMoneyRings(nodes: Selection<SVGGElement, MapNode, SVGGElement, unknown>, money: PaintedMoney | null, radiusOf: (id: string) => number): void {
  nodes.each(function (n) {
    const r = money ? moneyRingRadius(money.amounts.get(n.id) ?? 0, money.max, radiusOf(n.id)) : 0;
    // Most nodes have no ring, before or after: nothing to join.
    if (!r && !this.querySelector('circle.map-money')) return;
    select(this)
      .selectAll<SVGCircleElement, number>('circle.map-money')
      .data(r ? [r] : [])
      .join((enter) =>
        enter.insert('circle', ':first-child').attr('class', 'map-money').attr('fill', MONEY_LOOK.fill).attr('stroke', MONEY_LOOK.stroke).attr('stroke-width', MONEY_LOOK.width),
      )
      .attr('r', (d) => d);
  });
}
