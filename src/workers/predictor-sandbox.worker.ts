/// <reference lib="webworker" />
/**
 * The predictor sandbox: a dedicated module worker that runs one reader's code once, then is
 * thrown away (the code may have changed anything in this realm). It takes what it needs
 * (postMessage, its message listener, the primordials) first. The page's first message gives
 * the seed, job count and budget: the worker derives the jobs from them (predictor-plan.ts, so
 * the page's thread does not), then installs the guard and says 'ready'. The second message
 * is the code; the worker runs it once and posts the proposals or the failure, handing the
 * typed arrays over instead of copying them. It never hashes: see predictor-sandbox-guard.ts
 * for what was measured and why it is built this way.
 */
import { createRandom } from '../core/random';
import { installSandboxGuard, type Guard } from './predictor-sandbox-guard';
import { SANDBOX_MEMORY_BUDGET_BYTES } from './predictor-sandbox-limits';
import { predictorPlan } from './predictor-plan';
import type { SandboxInbound, SandboxReply, SandboxRequest } from './predictor-sandbox-protocol';
import { runPredictor, takePrimordials } from './predictor-sandbox-run';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = scope.postMessage.bind(scope) as (
  reply: SandboxReply,
  transfer?: Transferable[],
) => void;
const primordials = takePrimordials();
let random: (() => number) | null = null;
let guard: Guard | null = null;
let planned: Omit<SandboxRequest, 'source'> | null = null;
let started = false;

function transferables(reply: SandboxReply): Transferable[] {
  if (reply.type === 'scores') return reply.scores.map((list) => list.buffer as ArrayBuffer);
  if (reply.type === 'proposals') return reply.nonces.map((list) => list.buffer as ArrayBuffer);
  return [];
}

scope.addEventListener('message', (event: MessageEvent<SandboxInbound>) => {
  const message = event.data;
  if (message?.type === 'plan' && planned === null) {
    const { seed, jobs, budget } = message;
    const plan = predictorPlan(seed, jobs, budget);
    planned = { type: 'run', seed, budget, headers: plan.headers, candidates: plan.candidates };
    const generator = createRandom(seed).derive('predictor-math-random');
    random = () => generator.next();
    // Nothing of the reader's has run yet; from here on it is guarded.
    guard = installSandboxGuard(scope, {
      memoryBudgetBytes: SANDBOX_MEMORY_BUDGET_BYTES,
      random: () => (random ? random() : 0),
    });
    post({ type: 'ready' });
    return;
  }
  if (message?.type !== 'run' || started || planned === null || guard === null) return;
  started = true;
  // Each list is built for this reply only (runPredictor makes fresh typed arrays per job).
  const reply = runPredictor(
    { ...planned, source: String(message.source) },
    guard,
    primordials,
    (done, total) => post({ type: 'progress', done, total }),
  );
  post(reply, transferables(reply));
});
