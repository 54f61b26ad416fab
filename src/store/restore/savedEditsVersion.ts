/** The version of the autosaved edits' envelope this page writes (the steps up from older ones: savedEditsVersions.ts). */
export const SAVED_EDITS_VERSION = 3;
