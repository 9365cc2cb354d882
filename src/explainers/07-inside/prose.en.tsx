import type { InsideProse } from './prose';

export const insideProseEn: InsideProse = {
  hook: (
    <>
      <p className="lede">
        Every other chapter finds that no model predicts a nonce. A fair question back: would these
        tests even notice if one could? A test that never says “yes” proves nothing.
      </p>
      <p>
        So here we break SHA-256d on purpose, and check that the same kind of model, trained the
        same honest way, wins where there is something to learn. That is a positive control.
      </p>
    </>
  ),
  tryIt: (
    <>
      <p>
        SHA-256 mixes its input in 64 rounds. We cut <strong>every</strong> compression of SHA-256d
        to its first R rounds: the header’s first 64-byte block (the midstate), its second block
        (the one that holds the nonce) and the single block of the second SHA-256. Each keeps its
        usual final step, adding the input back in. R = 64 is the real hash.
      </p>
      <p>
        For each R, on each of 64 fresh jobs (random headers), the model hashes 1,024 random nonces
        and learns from them which nonce bytes came with a hit. It is a naive Bayes classifier from
        the ml-naivebayes library over the nonce’s four bytes. Then it ranks 2,048 fresh random
        nonces and picks its top 512. Only those 512 picks are scored. A hit is a hash with at least
        4 leading zero bits, the hash read as Bitcoin reads it (the 32 bytes reversed, as one
        number). By chance a hash hits with p = 1/16, so 512 picks should give 32 hits per job. The
        chart shows the model’s hits divided by that.
      </p>
    </>
  ),
  why: (
    <>
      <h2>Why it goes like this</h2>
      <p>
        <strong>R ≤ 3: no hits at all, on every job, for every seed.</strong> The header is hashed
        as two blocks, and the nonce is message word W3 (counting from W0) of the second block.
        Round t reads word W<sub>t−1</sub>, so round 4 is the first to read the nonce. With 3 rounds
        or fewer, the nonce never enters the hash. Even the header barely matters to the bytes the
        target checks. Those bytes sit in the last word of the final hash, and after 3 rounds or
        fewer that word still holds one of SHA-256’s fixed starting constants, shifted along. So its
        first byte is always c4, a5 or 98 (hex) for R = 1, 2 or 3, and none of those starts with 4
        zero bits. No strategy can hit there: the ratio is exactly 0.
      </p>
      <p>
        <strong>R = 4: a clear win.</strong> Now the byte the target checks first is the nonce’s top
        byte plus a constant fixed by the job. So 16 of that byte’s 256 values hit, always. The
        model learns which 16 from its 1,024 examples and picks nonces that have them. It cannot do
        better than about 4 times chance, because only about 1 in 16 of the 2,048 nonces it ranks
        carries a good byte: about 128 hits out of 512 picks, where chance gives 32.
      </p>
      <p>
        <strong>R ≥ 5: nothing left to learn.</strong> One more round mixes the nonce with the rest
        of the state, and the model’s picks hit as often as random nonces do. The interval narrows
        around 1 and sits inside the margin. The AUC falls to 0.5, for hits and for single output
        bits alike.
      </p>
      <p>
        The model trains and is tested within one job, on different random nonces. Training on some
        jobs and testing on others fails even at R = 4, because the midstate of each job changes
        which 16 byte values hit.
      </p>
    </>
  ),
  intervals: (
    <p>
      The intervals are counted by job, not by hash. The 64 jobs are independent draws; the hashes
      within one job need not be. If a job’s hashes all hit or all miss together, as they would if
      the hash ignored the nonce, 32,768 hashes carry the information of only 64 jobs. An interval
      that counts hashes would then be far too narrow. Counting by job measures how much the jobs
      really vary. Where the hashes are independent, it gives the same answer as counting hashes
      (the table shows both).
    </p>
  ),
  diffusionIntro: (
    <p>
      What does one more round do? Take one nonce and the same nonce with a single bit flipped, and
      follow both through the compression of the nonce’s block, round by round. Count how many of
      the 256 bits of the working state (the eight words a to h) differ.
    </p>
  ),
  diffusionWhy: (
    <p>
      Each round mixes a new message word into two of the eight words and moves the others one step
      along. So one changed bit reaches the whole state within a few rounds. After that, the two
      states look as unrelated as any two random ones, and stay that way for the rest of the 64
      rounds. The real hash runs all 64 rounds three times.
    </p>
  ),
  lesson: (
    <>
      <h2>The lesson</h2>
      <p className="lesson" data-testid="inside-lesson">
        The model is able to learn: where the cut hash leaks, it wins clearly, with an interval well
        above 1. The full hash leaves nothing to learn: there the same model, trained the same way,
        does as well as picking nonces at random, and no better.
      </p>
    </>
  ),
  deeperSummary: 'Go deeper: the algebra of round 4, the model and the intervals',
  deeper: (
    <>
      <p>
        Why R = 4 leaks. In the first compression, round 4 adds W3 = the byte-swapped nonce into t1,
        so output words 0 and 4 become the nonce plus a constant (mod 2<sup>32</sup>). In the second
        SHA-256, cut to 4 rounds, the last word of the output is H7 + e after the first round, and
        that e is the first hash’s word 0 plus constants: again the byte-swapped nonce plus a
        constant. Its lowest byte, the hash’s most significant byte for Bitcoin, is the nonce’s top
        byte plus a constant, with no carry coming in from below.
      </p>
      <p>
        Why R ≤ 3 never hits. After R ≤ 3 rounds the working word h still holds the initial value
        H(7−R), moved along the chain e → f → g → h. With the final addition, word 7 of the hash is
        H7 + H(7−R), the same for every header and nonce.
      </p>
      <p>
        The model: categorical naive Bayes over the nonce’s 4 bytes (4 × 256 one-hot features,
        fitted by ml-naivebayes’ MultinomialNB with add-one smoothing). Its score is the log-odds of
        a hit. It can represent “the top byte decides”, and it cannot find anything in a random
        function, which is what a good hash looks like.
      </p>
      <p>
        The ratio interval is the Korn–Graubard interval (Korn and Graubard, 1998; the NCHS standard
        for proportions, 2017). It is a Clopper–Pearson interval on an effective number of hashes:
        the real number divided by the design effect (how much more the jobs vary than independent
        hashes would; never below 1), then shrunk for having only 64 − 1 degrees of freedom. When
        every job’s hashes stand or fall together it becomes Clopper–Pearson over the 64 jobs.
      </p>
      <p>
        The AUC compares a hit’s score with a miss’s score within the same job only, since each job
        has its own model. Jobs are pooled, weighted by their number of hit–miss pairs, with a
        Student t interval from the spread between jobs. It is undefined when every nonce of a job
        gives the same output, as at R ≤ 3. Output bit k counts on the hash read as a number: bit 0
        is its most significant bit, the first one the target compares.
      </p>
      <p>
        Equivalence: the page reports the smallest R whose 95 % interval lies wholly inside [0.9,
        1.1]. That is the budget’s promise: about 2,048 expected hits per R make the interval about
        ±0.045 wide, so a hash that behaves like chance lands inside.
      </p>
    </>
  ),
};
