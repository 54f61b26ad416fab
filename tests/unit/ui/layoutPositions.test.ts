import { describe, expect, it } from 'vitest';
import { layoutPositions } from '../../../src/ui/Editor/layoutPositions';
import { settledPositions } from '../../../src/map/layout/datasetLayout';
import { smallMap } from '../../fixtures/loadFixture';

/** "Save layout" writes the picture the map shows: the map's own layout, with dragged nodes where they were dropped. */
describe('the positions the editor saves', () => {
  it('are the map’s own settled layout of the dataset, node for node', () => {
    const dataset = smallMap();
    const saved = layoutPositions(dataset);
    const shown = settledPositions(dataset);
    expect(Object.keys(saved).sort()).toEqual([...shown.keys()].sort());
    for (const [id, at] of shown) expect(saved[id]).toEqual({ x: at.x, y: at.y });
  });

  it('hold a dragged node where it was dropped, and ignore a pin for a node the dataset does not have', () => {
    const dataset = smallMap();
    const id = dataset.factors[0]!.id;
    const saved = layoutPositions(dataset, [{ id, x: 1234, y: -56 }, { id: 'not-in-the-dataset', x: 1, y: 2 }]);
    expect(saved[id]).toEqual({ x: 1234, y: -56 });
    expect(saved['not-in-the-dataset']).toBeUndefined();
  });

  it('keep published positions as published', () => {
    const dataset = smallMap();
    const id = dataset.factors[1]!.id;
    const saved = layoutPositions({ ...dataset, positions: { [id]: { x: 42, y: 24 } } });
    expect(saved[id]).toEqual({ x: 42, y: 24 });
  });
});
