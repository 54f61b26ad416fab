import type { ComponentProps } from 'react';
import { EVIDENCE_SCALE, evidenceRank, type Dataset, type Factor, type Intervention, type Link } from '../../model';
import { indexOf, useSelectedId, useVisibility } from '../../store';
import { SortableTable, type Column } from './SortableTable';
import { SelectButton } from '../common/SelectButton';
import { CompareToggle } from '../Compare/CompareToggle';
import { CompareBar } from '../Compare/CompareBar';
import { EmptyBecauseFiltered } from './EmptyBecauseFiltered';
import { impactColumns } from './impactColumns';
import { actionWords } from '../common/actionWords';
import { factorLabel } from '../common/factorLabel';

/** How many of the shown links leave (or reach) each factor, counted once rather than per row and per sort. */
function countBy(links: readonly Link[], end: 'from' | 'to'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const link of links) counts.set(link[end], (counts.get(link[end]) ?? 0) + 1);
  return counts;
}

/** One of the view's tables: the dataset's records of one kind, keyed by id, saying why when none is shown. */
function RecordTable<T extends { id: string }>({ empty, ...table }: Omit<ComponentProps<typeof SortableTable<T>>, 'rowKey' | 'empty'> & { empty: string }) {
  return <SortableTable {...table} rowKey={(record) => record.id} empty={<EmptyBecauseFiltered what={empty} />} />;
}

/**
 * The map's non-visual twin: the items the map shows under the current filters and focus, as
 * sortable tables. Selecting a row opens the same detail panel as clicking a node.
 */
export function TableView({ dataset }: { dataset: Dataset }) {
  const visible = useVisibility(dataset);
  const selectedId = useSelectedId();
  const index = indexOf(dataset);
  const factors = dataset.factors.filter((f) => visible.nodes.has(f.id));
  const interventions = dataset.interventions.filter((i) => visible.nodes.has(i.id));
  const links = dataset.links.filter((l) => visible.edges.has(l.id));
  const label = (id: string) => factorLabel(index, id);
  // A column of names, each a button that selects its record; and one of plain words, sorted by them.
  const named = <T,>(key: string, header: string, id: (row: T) => string, name: (row: T) => string): Column<T> => ({
    key,
    header,
    sortValue: name,
    render: (row) => <SelectButton id={id(row)} label={name(row)} selectedId={selectedId} />,
  });
  const worded = <T,>(key: string, header: string, words: (row: T) => string): Column<T> => ({ key, header, sortValue: words, render: words });
  const outgoing = countBy(links, 'from');
  const incoming = countBy(links, 'to');
  const out = (f: Factor) => outgoing.get(f.id) ?? 0;
  const into = (f: Factor) => incoming.get(f.id) ?? 0;
  // The counts are of the links shown in the Links table; when filters hide some, say how many there are in all.
  const ofAll = (shown: number, all: number) => (all > shown ? `${shown} of ${all}` : String(shown));
  const allOut = (f: Factor) => index.linksFrom.get(f.id)?.length ?? 0;
  const allIn = (f: Factor) => index.linksTo.get(f.id)?.length ?? 0;
  const shownActions = (factor: Factor) => (index.actedOnBy.get(factor.id) ?? []).filter((a) => visible.nodes.has(a.intervention.id));

  const factorColumns: Array<Column<Factor>> = [
    named('label', 'Factor', (f) => f.id, (f) => f.label),
    worded('domain', 'Domain', (f) => index.domain.get(f.domain)?.label ?? f.domain),
    { key: 'stage', header: 'Stage', sortValue: (f) => dataset.vocabularies.stages.findIndex((s) => s.id === f.stage), render: (f) => index.stage.get(f.stage)?.label ?? f.stage },
    { key: 'out', header: 'Leads to (links shown)', sortValue: out, render: (f) => ofAll(out(f), allOut(f)) },
    { key: 'in', header: 'Comes from (links shown)', sortValue: into, render: (f) => ofAll(into(f), allIn(f)) },
    {
      key: 'acted',
      header: 'Interventions acting on it',
      sortValue: (f) => shownActions(f).length,
      render: (f) => {
        const acting = shownActions(f);
        return acting.length === 0 ? (
          <span className="muted">None shown</span>
        ) : (
          acting.map((a) => `${a.intervention.label} (${actionWords(a.intervention, a.effect)}; evidence ${EVIDENCE_SCALE[a.intervention.evidence.strength].label.toLowerCase()})`).join('; ')
        );
      },
    },
  ];
  const linkColumns: Array<Column<Link>> = [
    named('from', 'From', (l) => l.from, (l) => label(l.from)),
    { key: 'effect', header: 'Effect', sortValue: (l) => l.polarity, render: (l) => (l.polarity === '+' ? 'more → more (+)' : 'more → less (−)') },
    named('to', 'To', (l) => l.to, (l) => label(l.to)),
    { key: 'basis', header: 'Basis', sortValue: (l) => l.basis, render: (l) => (l.basis === 'stated' ? 'Stated by a source' : 'Inferred by the map’s authors') },
    worded('why', 'Why', (l) => l.description),
  ];
  const interventionColumns: Array<Column<Intervention>> = [
    named('label', 'Intervention', (i) => i.id, (i) => i.label),
    worded('type', 'Type', (i) => index.interventionType.get(i.type)?.label ?? i.type),
    {
      key: 'evidence',
      header: 'Evidence',
      sortValue: (i) => evidenceRank(i.evidence.strength),
      render: (i) => <span className={`evidence evidence--${i.evidence.strength}`}>{EVIDENCE_SCALE[i.evidence.strength].label}</span>,
    },
    ...impactColumns(index),
    { key: 'stages', header: 'Stages', sortValue: (i) => i.stages.length, render: (i) => i.stages.map((s) => index.stage.get(s)?.label ?? s).join(', ') },
    {
      key: 'targets',
      header: 'Acts on',
      sortValue: (i) => i.targets.length,
      render: (i) => i.targets.map((t) => `${actionWords(i, t.effect)} ${label(t.factor)}`).join('; '),
    },
    { key: 'compare', header: 'Compare', sortValue: (i) => i.label, render: (i) => <CompareToggle id={i.id} label={i.label} /> },
  ];

  return (
    <div className="table-view">
      <CompareBar dataset={dataset} />
      <RecordTable
        caption="Factors"
        rows={factors}
        total={dataset.factors.length}
        columns={factorColumns}
        rowAttributes={(f) => ({ 'data-dimmed': visible.dimmed.has(f.id) ? 'true' : undefined })}
        empty="No factor matches the current filters"
      />
      <RecordTable caption="Links" rows={links} total={dataset.links.length} columns={linkColumns} empty={dataset.links.length === 0 ? 'This dataset has no links' : 'No links among the factors shown'} />
      <RecordTable
        caption="Interventions"
        rows={interventions}
        total={dataset.interventions.length}
        columns={interventionColumns}
        empty={dataset.interventions.length === 0 ? 'This dataset has no interventions' : 'No intervention matches the current filters'}
      />
    </div>
  );
}
