import { describe, expect, it } from 'vitest';
import { formatIssue, parseDataset, type Dataset } from '../../../src/model';
import { smallMap } from '../../fixtures/loadFixture';

/** Breaks a copy of the fixture and returns every formatted problem the parser reports. */
function problemsAfter(breakIt: (d: Dataset & Record<string, unknown>) => void): string[] {
  const dataset = smallMap() as Dataset & Record<string, unknown>;
  breakIt(dataset);
  const result = parseDataset(dataset);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('parseDataset: a researcher checks a dataset file', () => {
  it('accepts a valid dataset and returns it typed', () => {
    const result = parseDataset(smallMap());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.factors).toHaveLength(9);
      expect(result.dataset.links[0]?.polarity).toBe('+');
    }
  });

  it('accepts a link marked as a claim the sources want tested, pointing to its gap', () => {
    expect(problemsAfter((d) => (d.links[0]!.openQuestion = 'release-night'))).toEqual([]);
  });

  it('rejects input that is not an object at all', () => {
    const result = parseDataset([1, 2]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatIssue(result.issues[0]!)).toBe('(the dataset): found a list; expected an object with meta, vocabularies, sources, factors, links, interventions and gaps');
  });

  const cases: Array<[string, (d: Dataset & Record<string, unknown>) => void, string]> = [
    [
      'a wrong polarity, naming the link by its ends',
      (d) => ((d.links[0] as Record<string, unknown>).polarity = 'plus'),
      'links[0] "homeless-on-release → missed-appointments", field "polarity": found "plus"; expected one of "+" or "-"',
    ],
    [
      'a link end that does not exist',
      (d) => (d.links[1]!.to = 'no-such-factor'),
      'links[1] "missed-appointments → no-such-factor", field "to": found "no-such-factor"; expected the id of a factor',
    ],
    [
      'a self-link',
      (d) => (d.links[2]!.to = d.links[2]!.from),
      'links[2] "recall → recall", field "to": found "recall"; expected a different factor from "from": a factor cannot cause itself',
    ],
    [
      'a duplicate factor id',
      (d) => (d.factors[1]!.id = 'homeless-on-release'),
      'factors[1] "homeless-on-release", field "id": found "homeless-on-release"; expected an id not already used by factors[0] "homeless-on-release"',
    ],
    [
      'an intervention sharing a factor id (both are map nodes)',
      (d) => (d.interventions[0]!.id = 'recall'),
      'interventions[0] "recall", field "id": found "recall"; expected an id not already used by factors[2] "recall"',
    ],
    [
      'a source sharing an id with a factor',
      (d) => (d.sources[1]!.id = 'recall'),
      'factors[2] "recall", field "id": found "recall"; expected an id not already used by sources[1] "recall"',
    ],
    [
      'a citation of an unknown source',
      (d) => (d.factors[3]!.citations[0]!.source = 'unknown-report'),
      'factors[3] "fear-of-recall", field "citations[0].source": found "unknown-report"; expected the id of a source in sources[]',
    ],
    [
      'an intervention target that does not exist',
      (d) => (d.interventions[1]!.targets[0]!.factor = 'housing'),
      'interventions[1] "housing-on-release", field "targets[0].factor": found "housing"; expected the id of a factor',
    ],
    [
      'a link marked as an open question whose gap does not exist',
      (d) => (d.links[5]!.openQuestion = 'gap-nobody-wrote'),
      'links[5] "unmet-needs → reoffending", field "openQuestion": found "gap-nobody-wrote"; expected the id of a gap in gaps[]',
    ],
    [
      'an unknown domain',
      (d) => (d.factors[0]!.domain = 'shelter'),
      'factors[0] "homeless-on-release", field "domain": found "shelter"; expected the id of a domain in vocabularies.domains',
    ],
    [
      'an unknown intervention stage',
      (d) => (d.interventions[0]!.stages[1] = 'parole'),
      'interventions[0] "peer-mentors", field "stages[1]": found "parole"; expected the id of a stage in vocabularies.stages',
    ],
    [
      'an unknown intervention type',
      (d) => (d.interventions[2]!.type = 'rehab'),
      'interventions[2] "treatment", field "type": found "rehab"; expected the id of an intervention type',
    ],
    [
      'an evidence strength off the scale',
      (d) => ((d.interventions[0]!.evidence as Record<string, unknown>).strength = 'proven'),
      'interventions[0] "peer-mentors", field "evidence.strength": found "proven"; expected one of "testimony", "weak", "limited", "moderate" or "strong"',
    ],
    [
      'a misspelt field',
      (d) => {
        const factor = d.factors[4] as Record<string, unknown>;
        factor.lable = factor.label;
      },
      'factors[4] "hidden-problems", field "lable": found a field the format does not have; expected no such field: check its spelling',
    ],
    [
      'a missing required field',
      (d) => delete (d.factors[5] as Partial<Dataset['factors'][number]>).description,
      'factors[5] "unmet-needs", field "description": found nothing (the field is missing); expected text',
    ],
    [
      'a wrong type',
      (d) => ((d.links[3] as Record<string, unknown>).citations = 'see report'),
      'links[3] "fear-of-recall → hidden-problems", field "citations": found "see report"; expected a list',
    ],
    [
      'an id that is not kebab-case',
      (d) => (d.factors[6]!.id = 'Drug Use'),
      'factors[6] "Drug Use", field "id": found "Drug Use"; expected a lower-case kebab-case id',
    ],
    [
      'a factor with no citation',
      (d) => (d.factors[7]!.citations = []),
      'factors[7] "trusted-worker", field "citations": found a list of 0; expected at least one citation',
    ],
    [
      'an outcome that is not a factor',
      (d) => (d.meta.outcome = 'recidivism'),
      'meta, field "outcome": found "recidivism"; expected the id of a factor (the outcome, e.g. reoffending)',
    ],
    [
      'a source address that is not http or https',
      (d) => (d.sources[0]!.url = 'javascript:alert(1)'),
      'sources[0] "interviews", field "url": found "javascript:alert(1)"; expected a web address starting with http:// or https://',
    ],
    [
      'a huge hostile string, shortened in the message',
      (d) => (d.factors[0]!.label = '<script>'.repeat(5000)),
      'factors[0] "homeless-on-release", field "label": found "<script><script>',
    ],
    [
      'a loop whose members are not joined by links in order',
      (d) => (d.loops![0]!.factors = ['recall', 'missed-appointments', 'homeless-on-release']),
      'loops[0] "recall-loop", field "factors[0]": found "recall"; expected a link from "recall" to "missed-appointments"',
    ],
    [
      'a position for a node that does not exist',
      (d) => (d.positions = { ghost: { x: 1, y: 2 } }),
      'positions, field "ghost": found "ghost"; expected the id of a factor or intervention',
    ],
    [
      'a second link with the same ends and polarity, naming the first and the fix',
      (d) => d.links.push({ ...d.links[0]!, id: 'again' }),
      'links[11] "homeless-on-release → missed-appointments", field "to": found "missed-appointments"; expected a link not already made by links[0] "homeless-on-release → missed-appointments" (the same ends and polarity); merge their citations into one link and remove this one',
    ],
    [
      'a position far beyond any layout',
      (d) => (d.positions = { recall: { x: 1e300, y: 0 } }),
      'positions, field "recall.x": found 1e+300; expected',
    ],
    [
      'a duplicate vocabulary id',
      (d) => d.vocabularies.stages.push({ ...d.vocabularies.stages[0]! }),
      'vocabularies.stages[4], field "id": found "community"; expected an id not already used in this vocabulary',
    ],
  ];

  it.each(cases)('reports %s, located by record and field', (_name, breakIt, expected) => {
    const problems = problemsAfter(breakIt);
    expect(problems.some((p) => p.startsWith(expected)), `expected a problem starting with:\n${expected}\ngot:\n${problems.join('\n')}`).toBe(true);
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsAfter((d) => {
      (d.links[0] as Record<string, unknown>).polarity = '?';
      d.links[5]!.to = 'nowhere';
      d.factors[0]!.domain = 'elsewhere';
    });
    expect(problems).toHaveLength(3);
  });

  it('accepts two links between the same factors when their polarity differs (sources disagree)', () => {
    expect(problemsAfter((d) => d.links.push({ ...d.links[0]!, id: 'opposite', polarity: '-' }))).toEqual([]);
  });

  it('refuses evidence of harm on an intervention recorded as raising the outcome (the sign would flip twice)', () => {
    const harm = (d: Dataset) => {
      d.interventions[0]!.evidence.direction = 'increases';
      d.interventions[0]!.targets = [{ factor: 'reoffending', effect: 'raises' }];
    };
    expect(problemsAfter(harm)).toEqual([
      'interventions[0] "peer-mentors", field "targets[0].effect": found "raises"; expected "lowers": a target says what the intervention is meant to do (lower "reoffending"); its evidence\'s direction "increases" already says it did the opposite, so "raises" here would turn the harm into a benefit',
    ]);
    // Recorded as intended (lowers), the same harm is accepted: its direction alone says it did the opposite.
    expect(problemsAfter((d) => (harm(d), (d.interventions[0]!.targets[0]!.effect = 'lowers')))).toEqual([]);
  });

  it('keeps the long hostile string out of the message', () => {
    const [problem] = problemsAfter((d) => (d.factors[0]!.label = 'x'.repeat(100_000)));
    expect(problem!.length).toBeLessThan(300);
    expect(problem).toContain('(100000 characters)');
  });
});
