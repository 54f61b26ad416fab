/** A story file's `format` tag, without zod: saving a view as a story step is first-load code. */
export const STORY_FORMAT = 'reoffending-map-story';
