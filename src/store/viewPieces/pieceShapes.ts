import type { ViewPiece } from './viewPiece';
import { idList, oneOf, singleId } from './readParams';

/**
 * The common shapes of a piece's link half, so a piece states only what is its own: one word of a
 * fixed list (left out at its default), one id, or a list of ids, each in one parameter.
 */
export function wordPiece<K extends string, T extends string>(field: K, param: string, words: readonly T[], initial: T): ViewPiece<T> & { readonly field: K } {
  return {
    field,
    params: [param],
    initial,
    write: (value, params) => void (value !== initial && params.set(param, value)),
    read: (params, notices) => oneOf(params.get(param), words, param, notices) ?? initial,
  };
}

export function idPiece<K extends string>(field: K, param: string): ViewPiece<string | null> & { readonly field: K } {
  return {
    field,
    params: [param],
    initial: null,
    write: (id, params) => void (id && params.set(param, id)),
    read: (params, notices) => singleId(params.get(param), param, notices),
  };
}

export function idListPiece<K extends string>(field: K, param: string): ViewPiece<string[]> & { readonly field: K } {
  return {
    field,
    params: [param],
    initial: [],
    write: (ids, params) => void (ids.length && params.set(param, ids.join(','))),
    read: (params, notices) => idList(params.get(param), param, notices),
  };
}
