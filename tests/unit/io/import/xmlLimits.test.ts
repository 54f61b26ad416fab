import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../src/io/import/importFile';
import { checkXmlLimits } from '../../../../src/io/formats/xmlLimits';
import { TODAY } from './fixtureFiles';

const graphml = (inner: string) => `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${inner}\n<graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>`;

describe('GEXF and GraphML limits are checked in the text, before an XML parser builds anything', () => {
  it('100,000 GraphML keys are refused at the key that passes the limit, with its line', async () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `<key id="k${i}" for="node" attr.name="a${i}"/>`).join('\n');
    const started = performance.now();
    const outcome = await importFile('keys.graphml', graphml(keys), { today: TODAY });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.message).toContain('it has more than 1,000 attribute keys (<key> elements)');
      expect(outcome.issues[0]?.record).toBe('keys.graphml, line 1003');
    }
  });

  it('an element with a million attributes is refused, named, without parsing it', () => {
    const attributes = Array.from({ length: 1_200_000 }, (_, i) => `a${i}="x"`).join(' ');
    const refused = checkXmlLimits(`<gexf>\n<graph><nodes><node id="n" ${attributes}/></nodes></graph></gexf>`, 'wide.gexf');
    expect(refused).toEqual({ where: 'wide.gexf, line 2', error: expect.stringContaining('its <node> element has more than 1,000 attributes (1,200,001)') });
  });

  it('a 60,000-node GEXF is refused at node 40,001; prefixed names count, comments and quoted ">" do not fool it', () => {
    const nodes = Array.from({ length: 60_000 }, (_, i) => `<g:node id="n${i}" label="a > b"/>`).join('\n');
    const refused = checkXmlLimits(`<g:gexf><!-- <node id="x"/> --><g:graph><g:nodes>\n${nodes}</g:nodes></g:graph></g:gexf>`, 'big.gexf');
    expect(refused).toEqual({ where: 'big.gexf, line 40002', error: expect.stringContaining('more than 40,000 nodes') });
  });

  it('leaves an ordinary file to the parser', () => {
    expect(checkXmlLimits(graphml('<key id="d0" for="node" attr.name="label"/>'), 'ok.graphml')).toBeNull();
  });
});
