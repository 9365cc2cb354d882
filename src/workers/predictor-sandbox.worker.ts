/// <reference lib="webworker" />
/**
 * The predictor sandbox: a dedicated module worker that runs one reader's code once, then is
 * thrown away (the code may have changed anything in this realm). It takes what it needs
 * (postMessage, its message listener, the primordials) before installing the guard, says
 * 'ready', runs the one request it gets and posts the proposals or the failure. It never
 * hashes: see predictor-sandbox-guard.ts for what was measured and why it is built this way.
 */
import { createRandom } from '../core/random';
import { installSandboxGuard } from './predictor-sandbox-guard';
import { SANDBOX_MEMORY_BUDGET_BYTES } from './predictor-sandbox-limits';
import type { SandboxReply, SandboxRequest } from './predictor-sandbox-protocol';
import { runPredictor, takePrimordials } from './predictor-sandbox-run';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = scope.postMessage.bind(scope) as (reply: SandboxReply) => void;
const primordials = takePrimordials();
let random: (() => number) | null = null;
let started = false;

scope.addEventListener('message', (event: MessageEvent<SandboxRequest>) => {
  if (started || event.data?.type !== 'run') return;
  started = true;
  const generator = createRandom(event.data.seed).derive('predictor-math-random');
  random = () => generator.next();
  post(
    runPredictor(event.data, guard, primordials, (done, total) =>
      post({ type: 'progress', done, total }),
    ),
  );
});

const guard = installSandboxGuard(scope, {
  memoryBudgetBytes: SANDBOX_MEMORY_BUDGET_BYTES,
  random: () => (random ? random() : 0),
});
post({ type: 'ready' });
