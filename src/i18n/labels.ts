/** The status, kind and rollup words live in the vocabulary (src/words/labels.ts): add new ones there. */
export * from '../words/labels.js';
