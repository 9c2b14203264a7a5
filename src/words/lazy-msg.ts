import type { Msg } from '../model/diagnostic.js';

/**
 * A Msg worded when it is read, not when it is made: `vi` and `en` are enumerable getters that run `render`
 * each time, so a run keeps the facts and a view pays for the language it shows. At national scale the
 * reasons of 100k results in both languages were ≈ 150 MB of the peak; with this they are made one at a time
 * as the JSON, table or Markdown view writes them, and dropped. It reads, spreads, compares and serialises
 * (JSON.stringify, structuredClone) as a plain `{ vi, en }`. `render` is a module function and `subject` the
 * object the Msg belongs to, so no closure keeps anything else alive.
 */
export function lazyMsg<T>(subject: T, render: (subject: T) => Msg): Msg {
  const m = {} as Msg;
  Object.defineProperty(m, SUBJECT, { value: subject });
  Object.defineProperty(m, RENDER, { value: render });
  return Object.defineProperties(m, DESCRIPTORS);
}

const SUBJECT = Symbol('subject');
const RENDER = Symbol('render');

type Holder = Msg & { [SUBJECT]: unknown; [RENDER]: (subject: unknown) => Msg };

// One pair of getter functions for every lazy Msg, so they share one hidden class.
const DESCRIPTORS: PropertyDescriptorMap = {
  vi: {
    enumerable: true,
    get(this: Holder) {
      return this[RENDER](this[SUBJECT]).vi;
    },
  },
  en: {
    enumerable: true,
    get(this: Holder) {
      return this[RENDER](this[SUBJECT]).en;
    },
  },
};
