/** Limits of the predictor sandbox, shared by the worker and the page that explains them. */

/** Bytes the code may allocate through the metered constructors, in total over the run. */
export const SANDBOX_MEMORY_BUDGET_BYTES = 128 * 2 ** 20;
