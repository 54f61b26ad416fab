import type { ViewPiece } from './viewPiece';
import { idList, oneOf, shown, singleId } from './readParams';

/**
 * The common shapes of a piece's link half, so a piece states only what is its own: one word of a
 * fixed list (left out at its default), one id, a list of ids, or one text of a set form, each in
 * one parameter.
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

/** One text of a set form (`form`), or none; a text of another form is ignored and named: "Ignored loop=…: not a loop id." */
export function patternPiece<K extends string>(field: K, param: string, form: RegExp, expected: string): ViewPiece<string | null> & { readonly field: K } {
  return {
    field,
    params: [param],
    initial: null,
    write: (text, params) => void (text && params.set(param, text)),
    read(params, notices) {
      const text = params.get(param);
      if (text && !form.test(text)) notices.push(`Ignored ${param}=${shown(text)}: ${expected}.`);
      return text && form.test(text) ? text : null;
    },
  };
}
