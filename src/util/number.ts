/** Numbers and their one rounding rule live in the vocabulary; re-exported for computation code. */
export { formatNumber, round } from '../words/number.js';
