/** How much one press of a zoom button or key zooms. */
export const ZOOM_STEP = 1.4;
