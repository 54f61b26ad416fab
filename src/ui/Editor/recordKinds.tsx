import type { Dataset } from '../../model';
import type { RecordKindUi } from './RecordSection';
import { FactorForm } from './forms/FactorForm';
import { LinkForm } from './forms/LinkForm';
import { InterventionForm } from './forms/InterventionForm';
import { GapForm } from './forms/GapForm';
import { LoopForm } from './forms/LoopForm';
import { SourceForm } from './forms/SourceForm';

const firstCitation = (d: Dataset) => [{ source: d.sources[0]?.id ?? '', quote: '' }];

export const factorKind: RecordKindUi<'factors'> = {
  collection: 'factors',
  noun: 'factor',
  nameOf: (f) => f.label,
  idSource: (f) => f.label,
  blank: (d) => ({ id: '', label: '', domain: d.vocabularies.domains[0]!.id, stage: d.vocabularies.stages[0]!.id, description: '', citations: firstCitation(d) }),
  Form: FactorForm,
  isNode: true,
};

export const linkKind: RecordKindUi<'links'> = {
  collection: 'links',
  noun: 'link',
  nameOf: (l) => `${l.from} → ${l.to} (${l.polarity})`,
  idSource: (l) => `${l.from} to ${l.to}`,
  blank: (d) => ({ id: '', from: d.factors[0]!.id, to: d.factors[1]?.id ?? d.factors[0]!.id, polarity: '+', basis: 'stated', description: '', citations: firstCitation(d) }),
  Form: LinkForm,
};

export const interventionKind: RecordKindUi<'interventions'> = {
  collection: 'interventions',
  noun: 'intervention',
  nameOf: (i) => i.label,
  idSource: (i) => i.label,
  blank: (d) => ({
    id: '',
    label: '',
    type: d.vocabularies.interventionTypes[0]!.id,
    domain: d.vocabularies.domains[0]!.id,
    stages: [d.vocabularies.stages[0]!.id],
    description: '',
    targets: [{ factor: d.factors[0]!.id, effect: 'lowers' }],
    evidence: { strength: 'testimony', summary: '', citations: firstCitation(d) },
  }),
  Form: InterventionForm,
  isNode: true,
};

export const sourceKind: RecordKindUi<'sources'> = {
  collection: 'sources',
  noun: 'source',
  nameOf: (s) => s.title,
  idSource: (s) => s.title,
  blank: () => ({ id: '', title: '', kind: 'review', caveat: '' }),
  Form: SourceForm,
};

export const gapKind: RecordKindUi<'gaps'> = {
  collection: 'gaps',
  noun: 'gap',
  nameOf: (g) => g.question.slice(0, 90),
  idSource: (g) => `gap ${g.question.split(/\s+/).slice(0, 6).join(' ')}`,
  blank: (d) => ({ id: '', question: '', factors: [d.factors[0]!.id], citations: firstCitation(d) }),
  Form: GapForm,
};

export const loopKind: RecordKindUi<'loops'> = {
  collection: 'loops',
  noun: 'named loop',
  nameOf: (l) => l.name,
  idSource: (l) => l.name,
  blank: (d) => ({ id: '', name: '', description: '', factors: d.factors.slice(0, 2).map((f) => f.id) }),
  Form: LoopForm,
};
