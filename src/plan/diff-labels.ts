/** Diff words live in the vocabulary (src/words/diff.ts); re-exported for existing imports. */
export { CHANGE_LABELS, changeValueText, ENTITY_LABELS, WEAKENED_LABEL } from '../words/diff.js';
