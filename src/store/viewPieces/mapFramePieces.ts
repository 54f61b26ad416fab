import { ID_PATTERN } from '../../model';
import { ZOOM_LIMITS, pinsFromParam, pinsToParam, zoomFromParam, zoomToParam } from '../url/mapFrame';
import type { CorePiece } from './viewPiece';
import { shown } from './readParams';
import { nodeIds } from './nameOf';

/** `z=x,y,k`: where the person zoomed and panned the map (none: the map's own fit). */
export const zoomPiece: CorePiece<'zoom'> = {
  field: 'zoom',
  params: ['z'],
  initial: null,
  write: (zoom, params) => void (zoom && params.set('z', zoomToParam(zoom))),
  read(params, notices) {
    const value = params.get('z');
    if (!value) return null;
    const zoom = zoomFromParam(value);
    if (!zoom) notices.push(`Ignored z=${shown(value)}: expected "x,y,scale" with a scale from ${ZOOM_LIMITS.minK} to ${ZOOM_LIMITS.maxK}.`);
    return zoom;
  },
};

/** `pin=id:x:y,…`: the nodes the person dragged and dropped, where they dropped them. */
export const pinsPiece: CorePiece<'pins'> = {
  field: 'pins',
  params: ['pin'],
  initial: [],
  write: (pins, params) => void (pins.length && params.set('pin', pinsToParam(pins))),
  read(params, notices) {
    const value = params.get('pin');
    if (!value) return [];
    const { pins, bad } = pinsFromParam(value, (id) => ID_PATTERN.test(id));
    for (const part of bad) notices.push(`Ignored pin ${shown(part)}: expected "node-id:x:y".`);
    return pins;
  },
  sanitise(pins, { dataset, notices }) {
    const nodes = nodeIds(dataset);
    return pins.filter((pin) => {
      if (nodes.has(pin.id)) return true;
      notices.push(`Ignored pin "${pin.id}": this dataset has no such factor or intervention.`);
      return false;
    });
  },
};
