import { describe, expect, it } from 'vitest';
import { suggestTags, taggingCounts, type GrantTagging } from '../../../../src/analysis/grants/grantTagging';
import { readGrantsFile } from '../../../../src/io/grants/readGrantsFile';
import type { Grant } from '../../../../src/io/grants/grant';
import { bundledDataset, grantFixture } from '../../io/grants/grantFixtures';

const dataset = bundledDataset();
const grant = (title: string, description = '', programme = '', classifications: string[] = []) => ({ id: title, title, description, programme, classifications });
const suggested = (t: GrantTagging) => (t.status === 'suggested' ? t.suggestions.map((s) => s.intervention) : []);

async function fixture(name: string): Promise<Grant[]> {
  const result = await readGrantsFile(name, grantFixture(name));
  if (!result.ok) throw new Error(`${name} did not read`);
  return result.file.grants;
}

describe('suggesting what a grant funds', () => {
  it('suggests arts for a grant about theatre in prison, with the words that matched', () => {
    const tagging = suggestTags(grant('Prison theatre', 'Drama workshops with men in HMP Bristol'), dataset);
    expect(tagging.status).toBe('suggested');
    if (tagging.status !== 'suggested') return;
    expect(tagging.suggestions[0]).toMatchObject({ intervention: 'arts-and-creativity', matched: expect.arrayContaining(['theatre', 'drama']) });
    expect(tagging.suggestions[0]?.factors.length).toBeGreaterThan(0);
    expect(tagging.context).toContain('prison');
  });

  it('suggests nothing for a village hall, however the map’s words appear in it', () => {
    expect(suggestTags(grant('Village hall roof', 'Repairs so the hall can host education classes and a family drop-in'), dataset)).toEqual({ status: 'off-map' });
  });

  it('leaves a justice grant whose words fit no intervention unmatched, not forced onto the nearest', () => {
    expect(suggestTags(grant('Core costs', 'Towards the running costs of a criminal justice think tank'), dataset)).toMatchObject({ status: 'unmatched', context: ['criminal justice', 'criminal'] });
  });

  it('reads the programme and classifications too', () => {
    expect(suggested(suggestTags(grant('Core grant', '', 'Prisoners and families', ['Housing']), dataset))).toEqual(expect.arrayContaining(['family-support', 'accommodation-support']));
  });

  it('tells interventions of one type apart by their own words', () => {
    expect(suggested(suggestTags(grant('Construction employment programme for ex-offenders'), dataset))[0]).toBe('apprenticeships-and-employment-support');
    expect(suggested(suggestTags(grant('Dictionaries and educational books for prisoners'), dataset))[0]).toBe('education-and-training');
    expect(suggested(suggestTags(grant('Mentoring young offenders'), dataset))).toEqual(['mentoring']);
  });

  it('does not take a lifeboat crew’s probationer course for probation', () => {
    expect(suggestTags(grant('an Inshore Lifeboat (ILB) probationer training course'), dataset).status).toBe('off-map');
  });
});

describe('the two funders’ files', () => {
  it('Dulverton: the prison and resettlement grants get suggestions, the rest are left untagged and counted', async () => {
    const grants = await fixture('dulverton-trust.json');
    const taggings = new Map(grants.map((g) => [g.id, suggestTags(g, dataset)]));
    const counts = taggingCounts(taggings.values());
    expect(counts.suggested + counts.unmatched + counts.offMap).toBe(1860);
    expect(counts.suggested).toBeGreaterThanOrEqual(25);
    expect(counts.offMap).toBeGreaterThan(1700);
    const byTitle = (title: string) => suggested(taggings.get(grants.find((g) => g.title === title)!.id)!);
    // A sample checked by hand against what each title says it funds.
    expect(byTitle('accommodation for homeless ex-prisoners')).toContain('accommodation-support');
    expect(byTitle('the befriending service for prisoners')).toContain('mentoring');
    expect(byTitle('grants for prisoners\' families')).toContain('family-support');
    expect(byTitle('the Restore programme in prisons')).toContain('restorative-justice');
    expect(byTitle('the resettlement of prisoners due for release')).toContain('holistic-support-worker-into-the-community');
    expect(byTitle('Towards an alternative to custody for young offenders')).toContain('community-sentences-instead-of-short-custody');
  });

  it('Indigo: writing, dance and families in the justice system are suggested; the rest of its grants are not', async () => {
    const grants = await fixture('indigo-trust.json');
    const taggings = grants.map((g) => ({ g, t: suggestTags(g, dataset) }));
    const counts = taggingCounts(taggings.map((x) => x.t));
    expect(counts.suggested + counts.unmatched + counts.offMap).toBe(269);
    expect(counts.suggested).toBeGreaterThanOrEqual(8);
    const about = (id: string) => suggested(taggings.find((x) => x.g.id === id)!.t);
    expect(about('360G-indigotrust:IND6')).toContain('arts-and-creativity');
    expect(about('360G-indigotrust:IND66')).toContain('arts-and-creativity');
    expect(about('360G-indigotrust:IND85')).toContain('family-support');
    // Every suggestion rests on a justice word in the grant's own text.
    for (const { t } of taggings) if (t.status === 'suggested') expect(t.context.length).toBeGreaterThan(0);
  });
});
