// Trampoline for the benchmark worker thread: worker threads do not inherit tsx's loader hooks
// from the main thread, so register tsx here, then load the TypeScript worker module.
import { register } from 'tsx/esm/api';

register();
await import('./node-bench-worker.ts');
