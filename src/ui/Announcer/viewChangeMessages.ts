import { costFilterLabel } from '../../analysis';
import { IMPACT_SCALE, type Dataset } from '../../model';
import type { ViewState } from '../../store';
import { effectsOf, indexOf } from '../../store';
import { signedShare } from '../common/signedShare';

/** What a selected id names, in words a screen reader can say: "Fear of recall, factor". */
function describeSelected(dataset: Dataset, id: string): string {
  const index = indexOf(dataset);
  const factor = index.factor.get(id);
  if (factor) return `${factor.label}, factor`;
  const intervention = index.intervention.get(id);
  if (intervention) return `${intervention.label}, intervention`;
  const source = index.source.get(id);
  if (source) return `${source.title}, source`;
  const link = index.link.get(id);
  if (link) {
    const label = (end: string) => index.factor.get(end)?.label ?? end;
    return `link from ${label(link.from)} to ${label(link.to)}`;
  }
  const gap = dataset.gaps.find((g) => g.id === id);
  return gap ? `evidence gap: ${gap.question}` : id;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The sentences a screen reader should hear when the view changes under a person's hands: what
 * was selected or cleared, what the what-if now funds and what it does to the outcome, which loop
 * or path is traced. Filters are announced by the filter bar's own count ("Showing 1 of 3 …");
 * the impact and cost filters also say what they now keep, since they decide what a funder avoids.
 */
export function viewChangeMessages(before: ViewState, after: ViewState, dataset: Dataset): string[] {
  const messages: string[] = [];
  const index = indexOf(dataset);
  if (after.selectedId !== before.selectedId) {
    messages.push(after.selectedId ? `Selected ${describeSelected(dataset, after.selectedId)}. Its details are open.` : 'Selection cleared.');
  }
  if (!sameList(after.fund, before.fund) || (after.fund.length > 0 && after.weighting !== before.weighting)) {
    if (after.fund.length === 0) messages.push('What-if: funding nothing.');
    else {
      const names = after.fund.map((id) => index.intervention.get(id)?.label ?? id).join(', ');
      const outcome = dataset.meta.outcome;
      const outcomeLabel = index.factor.get(outcome)?.label ?? outcome;
      const effect = effectsOf(dataset, after.fund, after.weighting).get(outcome) ?? 0;
      const weighting = after.weighting === 'evidence' ? 'weighted by evidence' : 'by the map’s structure alone';
      messages.push(`What-if, ${weighting}: funding ${names}. ${outcomeLabel} ${signedShare(effect)}.`);
    }
  }
  const impacts = after.filter.impacts ?? [];
  if (!sameList(impacts, before.filter.impacts ?? [])) {
    messages.push(impacts.length ? `Impact filter: showing ${impacts.map((level) => IMPACT_SCALE[level].label.toLowerCase()).join(' or ')}.` : 'Impact filter cleared.');
  }
  const costs = after.filter.costs ?? [];
  if (!sameList(costs, before.filter.costs ?? [])) {
    messages.push(costs.length ? `Cost filter: showing ${costs.map((value) => costFilterLabel(value).replace(/^£+ /, '').toLowerCase()).join(' or ')}.` : 'Cost filter cleared.');
  }
  if (after.loopId !== before.loopId) messages.push(after.loopId ? 'A feedback loop is traced on the map.' : 'Loop tracing cleared.');
  if (after.path?.from !== before.path?.from || after.path?.to !== before.path?.to) {
    const label = (id: string) => index.factor.get(id)?.label ?? id;
    messages.push(after.path ? `Paths from ${label(after.path.from)} to ${label(after.path.to)} are traced on the map.` : 'Path tracing cleared.');
  }
  return messages;
}
