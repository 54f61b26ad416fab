import type { CorePiece } from './viewPiece';

const MAX_QUERY = 200;

/** `q=`: the search text, kept as typed (it is data, shown in a text box), up to 200 characters. */
export const queryPiece: CorePiece<'query'> = {
  field: 'query',
  params: ['q'],
  initial: '',
  write: (query, params) => void (query && params.set('q', query)),
  read: (params) => (params.get('q') ?? '').slice(0, MAX_QUERY),
};
