import type { BaseType, Selection } from 'd3-selection';

/*
 * Writes to the page only where a value changes. d3's classed and attr write to every element
 * each time, and a filter change repaints the state of every node and link: most stay as they
 * were, and skipping their writes was most of the change's main-thread time (bench/profile-filter.ts).
 */

/** Adds or removes a class where it is not already as wanted. */
export function setClass<E extends Element, D, P extends BaseType, PD>(selection: Selection<E, D, P, PD>, name: string, wanted: (datum: D) => boolean): Selection<E, D, P, PD> {
  return selection.each(function (datum) {
    const on = wanted(datum);
    if (this.classList.contains(name) !== on) this.classList.toggle(name, on);
  });
}

/** Sets (or, for null, removes) an attribute where it does not already have that value. */
export function setAttr<E extends Element, D, P extends BaseType, PD>(selection: Selection<E, D, P, PD>, name: string, value: (datum: D, index: number) => string | null): Selection<E, D, P, PD> {
  return selection.each(function (datum, index) {
    const next = value(datum, index);
    if (this.getAttribute(name) === next) return;
    if (next === null) this.removeAttribute(name);
    else this.setAttribute(name, next);
  });
}

/** Sets an element's text where it differs (writing the same text still replaces its text node, which is laid out again). */
export function setText<E extends Element, D, P extends BaseType, PD>(selection: Selection<E, D, P, PD>, text: (datum: D) => string): Selection<E, D, P, PD> {
  return selection.each(function (datum) {
    const next = text(datum);
    if (this.textContent !== next) this.textContent = next;
  });
}
