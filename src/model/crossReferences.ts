import { describeValue, type DatasetIssue } from './datasetIssue';
import { recordNameAt } from './recordName';

/**
 * Checks that what a dataset refers to exists: unique ids, link ends, citation sources, targets,
 * vocabulary ids, the outcome. It reads the raw input leniently, so that it can report alongside
 * the shape errors instead of after they are fixed.
 */

type Obj = Record<string, unknown>;

interface Entry {
  item: Obj;
  name: string;
}

function asObj(value: unknown): Obj | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : undefined;
}

function entries(root: Obj, collection: string): Entry[] {
  const list = root[collection];
  if (!Array.isArray(list)) return [];
  return list.flatMap((value, index) => {
    const item = asObj(value);
    return item ? [{ item, name: recordNameAt(collection, index, item) }] : [];
  });
}

function str(item: Obj, key: string): string | undefined {
  const value = item[key];
  return typeof value === 'string' ? value : undefined;
}

function strings(item: Obj, key: string): Array<{ value: string; index: number }> {
  const list = item[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((value, index) => (typeof value === 'string' ? [{ value, index }] : []));
}

function idsOf(list: Entry[]): Set<string> {
  return new Set(list.flatMap(({ item }) => str(item, 'id') ?? []));
}

function vocabularyIds(root: Obj, name: string): Set<string> {
  const list = asObj(root.vocabularies)?.[name];
  if (!Array.isArray(list)) return new Set();
  return new Set(list.flatMap((entry) => str(asObj(entry) ?? {}, 'id') ?? []));
}

function known(ids: Set<string>, what: string, hint: string): string {
  const sample = [...ids].slice(0, 6).map((id) => JSON.stringify(id));
  const more = ids.size > sample.length ? ', …' : '';
  return ids.size === 0 ? `the id of ${what}; ${hint}` : `the id of ${what} (${sample.join(', ')}${more}); ${hint}`;
}

/** Whether an intervention's evidence, or any finding it cites, records that it made reoffending worse. */
function recordsHarm(evidence: Obj | undefined): boolean {
  if (!evidence) return false;
  if (str(evidence, 'direction') === 'increases') return true;
  const citations = Array.isArray(evidence.citations) ? evidence.citations : [];
  return citations.some((c) => str(asObj(c) ?? {}, 'direction') === 'increases');
}

export function checkCrossReferences(input: unknown): DatasetIssue[] {
  const root = asObj(input);
  if (!root) return [];
  const issues: DatasetIssue[] = [];
  const report = (record: string, field: string, found: unknown, expected: string) =>
    issues.push({ record, field, found: describeValue(found), expected });

  const sources = entries(root, 'sources');
  const factors = entries(root, 'factors');
  const links = entries(root, 'links');
  const interventions = entries(root, 'interventions');
  const gaps = entries(root, 'gaps');
  const loops = entries(root, 'loops');

  // Unique ids: factors and interventions share one namespace because both are nodes on the map.
  const checkUnique = (lists: Entry[][], what: string) => {
    const seen = new Map<string, string>();
    for (const { item, name } of lists.flat()) {
      const id = str(item, 'id');
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first) report(name, 'id', id, `an id not already used by ${first}; rename one of them (${what})`);
      else seen.set(id, name);
    }
  };
  // Sources can be chosen (search, links) like nodes, so one id names one thing of any kind.
  checkUnique([sources, factors, interventions], 'source, factor and intervention ids are unique together');
  checkUnique([links], 'link ids are unique');
  checkUnique([gaps], 'gap ids are unique');
  checkUnique([loops], 'loop ids are unique');
  for (const vocab of ['domains', 'stages', 'interventionTypes']) {
    const list = asObj(root.vocabularies)?.[vocab];
    if (!Array.isArray(list)) continue;
    const seen = new Set<string>();
    list.forEach((entry, index) => {
      const id = str(asObj(entry) ?? {}, 'id');
      if (id === undefined) return;
      if (seen.has(id)) report(`vocabularies.${vocab}[${index}]`, 'id', id, 'an id not already used in this vocabulary');
      seen.add(id);
    });
  }

  const sourceIds = idsOf(sources);
  const factorIds = idsOf(factors);
  const gapIds = idsOf(gaps);
  const domainIds = vocabularyIds(root, 'domains');
  const stageIds = vocabularyIds(root, 'stages');
  const typeIds = vocabularyIds(root, 'interventionTypes');

  const checkRef = (name: string, field: string, value: string | undefined, ids: Set<string>, what: string, hint: string) => {
    if (value !== undefined && !ids.has(value)) report(name, field, value, known(ids, what, hint));
  };
  const factorHint = 'add the factor or correct the id';
  // External sources are never quoted (they are not stored here) and stored ones are quoted, not summarised.
  const externalIds = new Set(sources.flatMap(({ item }) => (item.external === true ? (str(item, 'id') ?? []) : [])));
  const checkCitation = (name: string, value: unknown, at: string) => {
    const citation = asObj(value) ?? {};
    const source = str(citation, 'source');
    checkRef(name, `${at}.source`, source, sourceIds, 'a source in sources[]', 'add the source or correct the id');
    if (source === undefined || !sourceIds.has(source)) return;
    if (externalIds.has(source) && 'quote' in citation) {
      report(name, `${at}.quote`, citation.quote, `no quote from external source "${source}": it is not stored here, so write what it found in our own words as "finding", with a "locator"`);
    }
    if (!externalIds.has(source) && 'finding' in citation) {
      report(name, `${at}.finding`, citation.finding, `a "quote" from stored source "${source}", which can be checked word for word; findings summarise external sources only`);
    }
  };
  const checkCitations = (name: string, item: Obj, prefix = '') => {
    const list = item.citations;
    if (!Array.isArray(list)) return;
    list.forEach((value, index) => checkCitation(name, value, `${prefix}citations[${index}]`));
  };
  /** Cost, value-for-money and stake figures each carry one citation of their own. */
  const checkFigureCitations = (name: string, item: Obj) => {
    const cost = asObj(item.cost);
    if (cost && 'citation' in cost) checkCitation(name, cost.citation, 'cost.citation');
    if (Array.isArray(item.valueForMoney)) {
      item.valueForMoney.forEach((entry, index) => {
        const figure = asObj(entry);
        if (figure && 'citation' in figure) checkCitation(name, figure.citation, `valueForMoney[${index}].citation`);
      });
    }
  };

  const meta = asObj(root.meta);
  const outcome = meta ? str(meta, 'outcome') : undefined;
  if (meta) checkRef('meta', 'outcome', str(meta, 'outcome'), factorIds, 'a factor (the outcome, e.g. reoffending)', factorHint);

  for (const { item, name } of factors) {
    checkRef(name, 'domain', str(item, 'domain'), domainIds, 'a domain in vocabularies.domains', 'add it there or correct the id');
    checkRef(name, 'stage', str(item, 'stage'), stageIds, 'a stage in vocabularies.stages', 'add it there or correct the id');
    checkCitations(name, item);
  }

  // One claim, one link: a second link with the same ends and polarity only repeats the first.
  const linkByClaim = new Map<string, string>();
  for (const { item, name } of links) {
    const claim = `${str(item, 'from')}→${str(item, 'to')}→${str(item, 'polarity')}`;
    const first = linkByClaim.get(claim);
    if (first) report(name, 'to', str(item, 'to'), `a link not already made by ${first} (the same ends and polarity); merge their citations into one link and remove this one`);
    else linkByClaim.set(claim, name);
  }

  for (const { item, name } of links) {
    const from = str(item, 'from');
    const to = str(item, 'to');
    checkRef(name, 'from', from, factorIds, 'a factor', factorHint);
    checkRef(name, 'to', to, factorIds, 'a factor', factorHint);
    if (from !== undefined && from === to) report(name, 'to', to, 'a different factor from "from": a factor cannot cause itself');
    checkRef(name, 'openQuestion', str(item, 'openQuestion'), gapIds, 'a gap in gaps[]', 'add the gap or correct the id');
    checkCitations(name, item);
  }

  for (const { item, name } of interventions) {
    checkRef(name, 'type', str(item, 'type'), typeIds, 'an intervention type in vocabularies.interventionTypes', 'add it there or correct the id');
    checkRef(name, 'domain', str(item, 'domain'), domainIds, 'a domain in vocabularies.domains', 'add it there or correct the id');
    for (const { value, index } of strings(item, 'stages')) {
      checkRef(name, `stages[${index}]`, value, stageIds, 'a stage in vocabularies.stages', 'add it there or correct the id');
    }
    const targets = item.targets;
    if (Array.isArray(targets)) {
      const harmful = recordsHarm(asObj(item.evidence));
      targets.forEach((target, index) => {
        const factor = str(asObj(target) ?? {}, 'factor');
        checkRef(name, `targets[${index}].factor`, factor, factorIds, 'a factor', factorHint);
        // A target records what an intervention sets out to do and the evidence's direction what it did:
        // "raises the outcome" with a finding of harm flips the sign twice, and harm would read as a benefit.
        if (harmful && factor !== undefined && factor === outcome && str(asObj(target) ?? {}, 'effect') === 'raises') {
          report(name, `targets[${index}].effect`, 'raises', `"lowers": a target says what the intervention is meant to do (lower "${outcome}"); its evidence's direction "increases" already says it did the opposite, so "raises" here would turn the harm into a benefit`);
        }
      });
    }
    checkFigureCitations(name, item);
    const evidence = asObj(item.evidence);
    if (evidence) {
      checkCitations(name, evidence, 'evidence.');
      const cited = new Set(
        (Array.isArray(evidence.citations) ? evidence.citations : []).flatMap((c) => str(asObj(c) ?? {}, 'source') ?? []),
      );
      strings(asObj(evidence.basis) ?? {}, 'sources').forEach(({ value, index }) => {
        if (!cited.has(value)) report(name, `evidence.basis.sources[${index}]`, value, 'a source cited in evidence.citations: the rating rests on what is cited; cite it or remove it here');
      });
    }
  }

  for (const { item, name } of gaps) {
    for (const { value, index } of strings(item, 'factors')) checkRef(name, `factors[${index}]`, value, factorIds, 'a factor', factorHint);
    checkCitations(name, item);
  }

  const linkPairs = new Set(links.map(({ item }) => `${str(item, 'from')}→${str(item, 'to')}`));
  for (const { item, name } of loops) {
    const members = strings(item, 'factors');
    for (const { value, index } of members) checkRef(name, `factors[${index}]`, value, factorIds, 'a factor', factorHint);
    members.forEach(({ value, index }) => {
      const next = members[(index + 1) % members.length]?.value;
      if (next !== undefined && factorIds.has(value) && factorIds.has(next) && !linkPairs.has(`${value}→${next}`)) {
        report(name, `factors[${index}]`, value, `a link from "${value}" to "${next}", since a loop follows links in order; add the link or reorder the loop`);
      }
    });
  }

  for (const { item, name } of entries(root, 'stakes')) {
    if ('citation' in item) checkCitation(name, item.citation, 'citation');
  }

  const positions = asObj(root.positions);
  if (positions) {
    const nodeIds = new Set([...factorIds, ...idsOf(interventions)]);
    for (const key of Object.keys(positions)) {
      if (!nodeIds.has(key)) report('positions', key, key, 'the id of a factor or intervention; remove the position or correct the id');
    }
  }

  return issues;
}
