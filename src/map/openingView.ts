/**
 * Whether the map's own fit may still show only a readable part of the journey (a phone's first
 * view: readablePartBounds). Only until the whole map has been shown once in this page, or a person
 * has asked for Fit: after that every fit frames every shown node, through a panel opening, a
 * narrower window or the redraw after an edit (issue 23: with the editor open at 1280 px, Fit
 * showed 15 of the bundled map's 102 nodes). Kept for the page, not one drawing: an edit redraws the map.
 */
let partAllowed = true;

export const readablePartAllowed = (): boolean => partAllowed;

/** The whole map has been shown, or Fit asked for: from now on fits frame every shown node. */
export function wholeMapFromNowOn(): void {
  partAllowed = false;
}
