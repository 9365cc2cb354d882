import type { PredictorProse } from './prose';

export const predictorProseEn: PredictorProse = {
  hook: (
    <p className="lede">
      A miner counts: nonce 0, 1, 2, … and hashes each one. Can you write a function that picks
      better nonces than that? Many people think a clever enough program, or an AI, could. Here you
      can try it: write the function, and it is tested on real hashes against the plain counter.
    </p>
  ),
  tryIt: (
    <p>
      Your code runs on fresh jobs it has never seen: 80-byte block headers made from the seed. It
      either scores candidate nonces (the best ones get hashed) or proposes nonces itself. Then
      every proposed nonce is hashed with real double SHA-256, and its hits are compared with the
      counter’s on the same jobs, with the same number of hashes.
    </p>
  ),
  why: (
    <>
      <h2>Why no function beats the counter</h2>
      <p>
        A hit depends on the hash of the whole header, nonce included. SHA-256d behaves like a
        random function: change one bit of the nonce and about half of the output bits flip, with no
        pattern anyone has found. So before hashing, every nonce has the same chance p of being a
        hit, whatever your function thinks of it.
      </p>
      <p>
        Scoring nonces only reorders tickets that all have the same odds. Small nonces,
        “random-looking” nonces, nonces copied from the header: each one is just another ticket. The
        only way to find more hits per second is to hash more nonces per second.
      </p>
      <p>
        There is one way to “win”: hash the nonces inside your own function and propose only the
        hits. That is mining, not predicting. The time your code takes is shown for that reason,
        together with what this device could have hashed in the same time.
      </p>
    </>
  ),
  sandbox: (
    <>
      <h2>How your code is kept in its box</h2>
      <p>
        Your code runs in its own Web Worker, a separate thread with no page to touch. Before it
        runs, the network, storage and other workers are switched off, and so is turning text into
        code. Code that mentions <code>import(</code> or <code>importScripts</code> is refused
        before it runs. Big allocations are counted against a memory budget. A watchdog on the page
        shuts the worker down if your code runs too long.
      </p>
      <p>
        Your code never scores itself. It only hands back nonces, or scores for the candidates it
        was given. Those are checked, then hashed and counted in a second, clean worker where no
        code of yours ever ran. So even code that tampers with everything it can reach cannot fake a
        result.
      </p>
    </>
  ),
  deeperSummary: 'Go deeper: the test, the interval and the limits of the sandbox',
  deeper: (
    <>
      <p>
        Each side’s hits are counted over the same number of hashes. If every hash hits with the
        same chance p, then, given the total number of hits k, your side’s share follows a
        Binomial(k, ½) law. The exact (Clopper–Pearson) interval for that share gives the 95 %
        interval for the ratio of hit rates. The exact binomial test of “share = ½” gives the
        p-value. With 32 jobs of 1,024 hashes at 8 bits, each side expects 128 hits, and the
        interval is roughly 0.78 to 1.28. Only a large edge could show up; a small one needs more
        hashes.
      </p>
      <p>
        In score mode your function rates 4 × budget random candidates per job, and the budget best
        are hashed. Ties go to the earlier candidate. The candidates and the jobs come from the
        seed, and Math.random inside your code is seeded from it too. So the same seed and the same
        code replay the same run, hit for hit.
      </p>
      <p>
        The guard cannot see everything. Memory grown by pushing onto ordinary arrays, or by
        doubling a string, is not counted, and only the time limit bounds it. The worst such code
        can do is slow or crash this tab. It can never change a count, because the counting happens
        elsewhere.
      </p>
    </>
  ),
};
