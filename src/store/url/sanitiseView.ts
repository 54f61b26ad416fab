import type { Dataset, FundingScale } from '../../model';
import type { ParsedView } from './viewParams';
import { loopById } from '../derived';

/**
 * A funding scale no intervention is tied to would hide every intervention and leave an empty map
 * with no word why (the scale control is not even shown when nothing has a scale): drop it, saying so.
 */
function keepScales(scales: readonly FundingScale[], dataset: Dataset, notices: string[]): FundingScale[] {
  const held = new Set(dataset.interventions.flatMap((i) => (i.scale ? [i.scale] : [])));
  return scales.filter((scale) => {
    if (held.has(scale)) return true;
    notices.push(
      held.size === 0
        ? `Ignored scale=${scale}: no intervention in this dataset is tied to a funding scale (its sources give none), so this filter would hide them all.`
        : `Ignored scale=${scale}: no intervention in this dataset is tied to that funding scale, so this filter would hide them all.`,
    );
    return false;
  });
}

/** Drops what a link names but this dataset does not have (a type, a domain, a node), saying so. */
export function sanitiseView({ state, notices }: ParsedView, dataset: Dataset): ParsedView {
  const more: string[] = [...notices];
  const keep = (ids: readonly string[], known: Set<string>, what: string) =>
    ids.filter((id) => {
      if (known.has(id)) return true;
      more.push(`Ignored ${what} "${id}": this dataset has no such ${what}.`);
      return false;
    });
  const vocab = (list: ReadonlyArray<{ id: string }>) => new Set(list.map((v) => v.id));
  const nodes = new Set([...dataset.factors.map((f) => f.id), ...dataset.interventions.map((i) => i.id)]);
  // A link (its arrow clicked on the map) and a gap are selectable too, so a shared address reopens their details.
  const selectable = new Set([...nodes, ...dataset.sources.map((s) => s.id), ...dataset.links.map((l) => l.id), ...dataset.gaps.map((g) => g.id)]);
  const filter = {
    ...state.filter,
    types: keep(state.filter.types, vocab(dataset.vocabularies.interventionTypes), 'intervention type'),
    domains: keep(state.filter.domains, vocab(dataset.vocabularies.domains), 'domain'),
    stages: keep(state.filter.stages, vocab(dataset.vocabularies.stages), 'stage'),
    scales: keepScales(state.filter.scales, dataset, more),
  };
  const focusOk = state.focus === null || nodes.has(state.focus.id);
  if (!focusOk) more.push(`Ignored focus "${state.focus?.id}": this dataset has no such factor or intervention.`);
  const selectOk = state.selectedId === null || selectable.has(state.selectedId);
  if (!selectOk) more.push(`Ignored select "${state.selectedId}": this dataset has no such item.`);
  const factors = new Set(dataset.factors.map((f) => f.id));
  const pathOk = state.path === null || (factors.has(state.path.from) && factors.has(state.path.to) && state.path.from !== state.path.to);
  if (!pathOk) more.push(`Ignored path "${state.path?.from},${state.path?.to}": it needs two different factors of this dataset.`);
  const pins = state.pins.filter((pin) => {
    if (nodes.has(pin.id)) return true;
    more.push(`Ignored pin "${pin.id}": this dataset has no such factor or intervention.`);
    return false;
  });
  const fund = keep(state.fund, new Set(dataset.interventions.map((i) => i.id)), 'intervention');
  const compare = keep(state.compare, new Set(dataset.interventions.map((i) => i.id)), 'intervention');
  const columns = vocab(state.axis === 'domain' ? dataset.vocabularies.domains : dataset.vocabularies.stages);
  const gapsInOk = state.gapsIn === null || columns.has(state.gapsIn);
  if (!gapsInOk) more.push(`Ignored gapsin "${state.gapsIn}": this dataset has no such ${state.axis}.`);
  const loopOk = state.loopId === null || loopById(dataset, state.loopId) !== null;
  if (!loopOk) more.push(`Ignored loop "${state.loopId}": no feedback loop found in this dataset goes that way.`);
  return {
    state: {
      ...state,
      filter,
      path: pathOk ? state.path : null,
      fund,
      pins,
      compare,
      gapsIn: gapsInOk ? state.gapsIn : null,
      loopId: loopOk ? state.loopId : null,
      focus: focusOk ? state.focus : null,
      selectedId: selectOk ? state.selectedId : null,
    },
    notices: more,
  };
}

