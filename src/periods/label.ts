/** Period names live in the vocabulary; re-exported here for the periods module's public surface. */
export { periodLabel, periodWithWindow } from '../words/period.js';
