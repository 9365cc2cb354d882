import type { OracleProse } from './prose';

export const oracleProseEn: OracleProse = {
  hook: (
    <p className="lede">
      Could a model learn which nonces are “good” before hashing them, and a filter throw away the
      “bad” ones? This chapter takes one publicly posted design that says so, rebuilds what its code
      computes, and tests each part against a plain counter. We test the claim, not the people
      behind it.
    </p>
  ),
  monero: (
    <>
      <h2>How a Monero miner actually works</h2>
      <p>
        A Monero miner gets a <strong>hashing blob</strong> from its pool: a block header plus a
        summary of the block’s transactions, about 76 bytes. The nonce is 4 bytes at byte 39 of that
        blob, stored little-endian (lowest byte first). The miner writes a nonce there, hashes the
        blob with <strong>RandomX</strong> (a proof-of-work built to run well on ordinary CPUs), and
        reads the 32-byte hash as one 256-bit number, again little-endian. The hash wins when that
        number times the difficulty is below 2<sup>256</sup>.
      </p>
      <p>
        For one attempt, the chance of a win is the same for every nonce, as long as the hash
        behaves like a random function of its input. RandomX is designed to, and so is SHA-256d.
        This page runs its live tests with SHA-256d (Bitcoin’s hash), because it is fast enough to
        run millions of times in your browser, and RandomX needs 2 GB of memory for full speed. The
        statistics of “hits per hash” are the same for any hash that behaves like a random function.
      </p>
    </>
  ),
  tryIt: (
    <p>
      One button runs all seven tests in a background worker, so the page stays responsive. You can
      stop it at any time, and it pauses while the tab is hidden. Each test uses fresh random jobs
      (headers), a share target of 6 leading zero bits (one hash in 64 hits, so hits are frequent)
      and real hashing. The seed fixes every random choice: the same seed gives the same numbers
      here and in the command line (<code>npx nonce-sense experiment oracle --seed 1</code>).
    </p>
  ),
  filtersWhy: (
    <>
      <p>
        The “six filters” are a weighted blend of four statistics of the nonce’s own 4 bytes:
        entropy (35%), autocorrelation (25%), a chi-square test (20%) and a runs test on its bits
        (20%). A nonce passes at a score of 0.75. But 4 bytes can carry at most 2 bits of entropy,
        while the entropy part only gives full marks at 7.5 bits. So even a perfect nonce scores at
        most 0.35 × 2 / 7.5 + 0.25 + 0.20 + 0.20 = 0.743, just under the threshold.{' '}
        <strong>The filter rejects every nonce</strong>, including every nonce that would have won.
      </p>
      <p>
        A later rewrite blends four other scores (bit entropy, a bit-transition “pattern”, distinct
        4-bit chunks, zero density). Its entropy part is divided by 8 bits, and 4 bytes never get
        near that, so it tops out near 0.63. The “ethical” filter needs a hex entropy of 3.5 bits (8
        hex digits carry at most 3) and a “diversity” above 0.5 that the code sets to exactly 0.5.
        Nothing ever passes either.
      </p>
    </>
  ),
  sweepWhy: (
    <p>
      Suppose we lower the threshold until some nonces pass. The hash cannot see the filter’s score,
      so the nonces that pass hit just as often as any others (the ratios above sit around 1). The
      filter still costs time for every candidate it looks at, and most candidates are thrown away.
      So the miner does fewer hashes per second, and finds fewer shares per second. With RandomX,
      where one hash takes far longer than one filter score, that overhead is small. But the gain is
      still exactly zero.
    </p>
  ),
  predictorWhy: (
    <>
      <p>
        The predictor scores the nonces 0 to 9,999 with a random forest (100 trees, as in the
        design) and hashes its top 300. Its features describe the nonce <em>as text</em>: the
        lengths of its decimal and hex forms, how varied their characters are, and how many hex
        digits are letters. We train it honestly. The labels are real hits of the real hash on
        separate training jobs. Then we test it on 64 jobs it has never seen.
      </p>
      <p>
        Those features only take 129 different values across the 10,000 nonces, and none of them
        says anything about the hash. So the forest’s picks hit as often as the counter’s (the ratio
        interval contains 1), and its AUC is about 0.5. AUC is the chance that the model ranks a
        random hit above a random miss, so 0.5 is a coin toss. The design’s miner alternates one
        model nonce with one plain nonce, which is a built-in A/B test. Run honestly, that test
        shows the same thing.
      </p>
    </>
  ),
  leakageWhy: (
    <p>
      The design trained its forest on labels that were <code>1 if the row index is even</code>{' '}
      (marked in its code as fake labels), and it measured the model on the same rows it had trained
      on. With the text features alone, even that only reaches about 52%. The features cannot tell
      most rows apart. To print a number like “92%”, a model has to be able to memorise each row:
      give it a feature that identifies the row (here, the nonce itself), let the trees grow fully,
      and score it on its own training rows. It then prints 100%. On rows it has not seen, the same
      model does no better than a coin (here even worse, because its nearest training row usually
      has the opposite parity). The fix is to measure on held-out data with real labels. The number
      then falls to chance, as in section 3. The design’s dashboard percentages were fixed text, and
      its own status file showed a hashrate of 0 and no shares.
    </p>
  ),
  generatorsWhy: (
    <>
      <p>
        The design has other generators too. A “range bandit” prefers whichever of three nonce
        ranges has hit most often so far. A softmax over 48 bins raises the weight of a bin after
        each hit. A retraining loop draws six times more candidates than it needs and scores them
        with a forest on bit features. It keeps the best, and retrains every 500 samples on the last
        8,000. All three learn from noise. A range that hit more often so far is no likelier to hit
        next, because every hash is a fresh draw. Their ratios to the counter stay near 1, and the
        learning curve stays flat. In the design itself, the validator called every nonce “valid”,
        so every training label was 1, and there was nothing to learn even from noise.
      </p>
    </>
  ),
  controlWhy: (
    <p>
      Would these tests notice a real signal? We weaken SHA-256d on purpose: every compression is
      cut to 4 of its 64 rounds. A hit then depends only on the nonce’s top byte and on the job. The
      same forest gets the nonce’s 4 bytes as features. On each job it labels 512 random nonces by
      hashing them, trains, and then ranks fresh nonces. The text features would not see the top
      byte, and the midstate changes which top bytes win from job to job, so the training happens
      within each job. Against this broken hash, the forest finds about four times as many hits as
      chance, with an interval far above 1. The method works when there is something to find.
      Against the real hash, there is nothing.
    </p>
  ),
  helps: (
    <>
      <h2>What genuinely helps a Monero miner</h2>
      <ul>
        <li>
          <strong>More hashes per second per watt:</strong> enable huge pages and the full 2 GB
          RandomX dataset, use one thread per core with enough L3 cache (about 2 MB each), and keep
          the CPU cool so it keeps its clock speed.
        </li>
        <li>
          <strong>Check shares locally</strong> against the pool’s target before sending them, so
          none is rejected as too weak.
        </li>
        <li>
          <strong>Never hash the same nonce twice</strong> on the same job: give each thread its own
          range. A repeated nonce is wasted work, never a second ticket.
        </li>
        <li>
          <strong>Stay connected:</strong> a backup pool (failover), fast reconnection and switching
          to new jobs at once, so no work goes to a stale block.
        </li>
        <li>
          <strong>Lower costs:</strong> cheaper electricity, lower pool fees, or a decentralised
          pool such as P2Pool.
        </li>
      </ul>
    </>
  ),
  lesson: (
    <p className="lesson">
      A filter or a model can help only if the nonces it picks hit more often than others. For a
      hash that behaves like a random function they never do, so its cost is pure loss. Optimise
      hashes per second, never luck per hash.
    </p>
  ),
  deeperSummary: 'Go deeper: exactly what was computed, and the choices made',
  deeper: (
    <>
      <p>
        <strong>Original filter.</strong> Bytes are taken little-endian, as they sit in the blob,
        and bits most significant first. H is the Shannon entropy of the 4 byte values. r1 = Σ(x
        <sub>i</sub> − m)(x<sub>i+1</sub> − m) / Σ(x<sub>i</sub> − m)². chi2 is summed over the
        observed byte values only, with expected count 4/256, and p = 1 − erf(|chi2 − 255| / √510).
        The runs test uses the usual Wald–Wolfowitz mean and variance on the 32 bits. A term that
        would divide by zero (all bytes equal, or all bits equal) scores 0, as the original’s NaN
        does.
      </p>
      <p>
        <strong>Rewrite.</strong> 0.4 × bitEntropy/8 + 0.3 × (1 − pattern) + 0.2 × distinct 4-bit
        chunks / 8 + 0.1 × (1 − zeroDensity/0.5). The description leaves bitEntropy and pattern
        open. The default reading is the entropy of the byte values, with pattern = |transitions/31
        − 0.5| × 2. The table also shows the entropy of the 32 bits, and pattern = transitions/31.
        Under every reading bitEntropy stays at or below 2 bits and the other terms sum to at most
        0.6, so no reading can reach 0.75.
      </p>
      <p>
        <strong>The forest.</strong> The forest is CART trees with Gini splits, trained on bootstrap
        samples and fully grown (as scikit-learn, which the design used, grows them). A row’s score
        is the mean fraction of hits in its leaves. It is a small implementation of our own. The
        JavaScript library ml-random-forest took 103 s for 100 trees on 1,000 rows here, and its
        results were cross-checked against ours on small data. The honest forest trains on 20,000
        labelled nonces (0..9,999 on 2 training jobs). The AUC pools 16 held-out jobs × 10,000
        nonces, with a Hanley–McNeil interval. Ratios use the exact conditional interval for two
        Poisson rates, and the control uses Garwood’s interval against hashes × p. The retraining
        loop uses 20 trees (the design used 80 boosted trees or a forest), 500 samples per job for
        20 jobs, and retrains on the last 8,000 after each job. The bandit and softmax generators
        hash 1,024 nonces per job on 32 jobs, in chunks of 64. The threshold sweep draws random
        32-bit candidates and hashes 256 passing ones per job on 24 jobs.
      </p>
    </>
  ),
};
