/** The teacher's guide and the glossary, in English (es: prose.es.tsx, same structure). */
import type { GuideProse } from './guide-prose';

export const guideProseEn: GuideProse = {
  labels: {
    printButton: 'Print the guide',
    printHint: 'Prints the three plans with every answer open, one plan per page.',
    contents: 'Lesson plans',
    goal: 'Goal',
    prerequisites: 'Before the lesson',
    timing: 'Timing',
    minutes: 'Minutes',
    step: 'What happens',
    chapter: 'Chapter',
    noChapter: 'Discussion',
    total: 'minutes in all',
    activities: 'Activities',
    questions: 'Questions for the class',
    showAnswer: 'Answer',
    misconceptions: 'Misconceptions to expect',
    glossaryIndex: 'Terms',
    seeChapter: 'See:',
    glossaryLink: 'Glossary of the terms used in the chapters',
  },
  teachIntro: (
    <>
      <p className="lede">
        Three lessons of about 45 minutes each: one for secondary school, one for an introductory
        university course, one for a course on security or machine learning. Every number your
        students see is computed live in their own browser, from real hashes or real Bitcoin
        headers, with its seed shown.
      </p>
      <p>
        The app needs no accounts and sends nothing anywhere; once the page is loaded it works
        offline. Phones work, but a laptop shows the charts better. Runs take seconds to a few
        minutes: try each chapter once before the lesson, on the kind of device the class will use.
      </p>
      <p>
        Every experiment shows its seed and lets you type one. The same seed replays the same run on
        any device, so the class can check one result together: write the seed on the board (for
        example 7), and everyone who types it gets the same numbers. Every chapter also keeps its
        seed and settings in its address, such as <code>#/bets?tournamentSeed=7</code>, and each
        result has a button that copies that link: share it and every browser replays the same run.
        Results also download as CSV or JSON, to pool them in a spreadsheet.
      </p>
    </>
  ),
  lessons: [
    {
      id: 'lesson-secondary',
      title: 'Secondary school: mining is a lottery',
      goal: (
        <p>
          Students can say what a hash is, why a miner cannot do better than trying numbers one
          after another, and why the time to find a block is luck that only averages out over many
          tries.
        </p>
      ),
      prerequisites: (
        <p>
          None beyond powers of two (2, 4, 8, … 2<sup>10</sup> ≈ 1,000). Hexadecimal digits are
          explained on the pages. One device per student or per pair.
        </p>
      ),
      steps: [
        {
          minutes: 5,
          route: '/hash',
          what: 'Hook: everyone types their name, then changes one letter. How much of the fingerprint changed?',
        },
        {
          minutes: 8,
          route: '/hash',
          what: 'Flip one bit and watch about half the output bits change (the avalanche). Look for a pattern; there is none to find.',
        },
        {
          minutes: 8,
          route: '/header',
          what: 'The 80 bytes of a real block: six fields, the nonce the miner may change, and the target the hash must not exceed. Check the genesis block.',
        },
        {
          minutes: 12,
          route: '/mine',
          what: 'Everyone mines at the same low difficulty, several blocks in a row, and writes down how many hashes each took. Add one bit of difficulty: what happens to the counts?',
        },
        {
          minutes: 10,
          route: '/luck',
          what: 'Race many times. Short races are common, a few run very long; the average settles at 1/p. Is a block ever “due”?',
        },
        {
          minutes: 2,
          route: null,
          what: 'Wrap-up: a hash is a fresh lottery ticket; more tickets per second is the only way to win more often.',
        },
      ],
      activities: [
        <>
          <strong>The class histogram.</strong> In <em>Mine a block</em>, every student uses the
          same difficulty, picks a block from the list and mines several times in a row (each run
          continues after the last nonce found). Everyone calls out their counts; draw them on the
          board: a few are tiny, a few are huge, most are smallish. The class average lands near 2
          <sup>N</sup> for N bits, closer the more counts there are. Two students on the same block
          get the same counts: the search is an ordinary count from nonce 0, and the randomness is
          in the hash, not in the device.
        </>,
        <>
          <strong>Same seed, same races.</strong> In <em>Luck</em>, half the class uses seed 7 and
          half a seed of their own. Everyone with seed 7 gets identical races; the others differ,
          yet their averages come out close.
        </>,
        <>
          <strong>The lottery.</strong> Ask who would buy a ticket “because the last hundred draws
          lost”. Then look at the memoryless check in <em>Luck</em>, computed from the class’s own
          races.
        </>,
      ],
      questions: [
        {
          q: <p>If you change one letter of the input, how much of the hash changes?</p>,
          a: (
            <p>
              About half of its 256 bits, every time, in no predictable place. That is why a hash
              cannot be steered: a small change of input is a completely new draw.
            </p>
          ),
        },
        {
          q: <p>A block needs a hash with 20 leading zero bits. About how many tries is that?</p>,
          a: (
            <p>
              2<sup>20</sup>, about a million, on average. Each extra zero bit halves the chance, so
              it doubles the work. Any one block may take far fewer or far more.
            </p>
          ),
        },
        {
          q: <p>Does it help to try the nonces in a clever order, or to skip “unlucky” numbers?</p>,
          a: (
            <p>
              No. Every nonce has the same chance, whatever its value and whatever came before it.
              Skipping nonces only leaves tickets unbought. What helps is hashing faster.
            </p>
          ),
        },
        {
          q: <p>A miner has failed for an hour. Is a block now more likely in the next minute?</p>,
          a: (
            <p>
              No. The next hash does not know about the misses before it: mining is memoryless. The
              expected wait from now is the same as for a fresh start.
            </p>
          ),
        },
        {
          q: <p>Why does everybody accept a block that took the network ten minutes to find?</p>,
          a: (
            <p>
              Because checking it takes one hash. Anyone can hash the 80 bytes and compare the
              result with the target in a millisecond.
            </p>
          ),
        },
      ],
      misconceptions: [
        <>
          “Mining solves a hard maths puzzle.” It is a search by trial; there is nothing to solve.
        </>,
        <>
          “A faster computer is smarter at guessing.” It guesses exactly as well; it just makes more
          guesses per second.
        </>,
        <>“After many misses a hit is due.” That is the gambler’s fallacy; each hash is new.</>,
        <>
          “The hash encrypts the message.” A hash cannot be undone to get the message back; it is a
          fingerprint, not a locked box.
        </>,
      ],
    },
    {
      id: 'lesson-university',
      title: 'University introduction: testing a claim with an interval',
      goal: (
        <p>
          Students read a ratio with its 95 % confidence interval, explain why an interval for a
          useless strategy contains 1, see how testing many strategies produces false winners, and
          understand why a positive control is needed before a “no effect” result means anything.
        </p>
      ),
      prerequisites: (
        <p>
          Part I (<em>The hash</em> to <em>Luck</em>) read at home, or lesson 1. Basic probability:
          independent events, expected value. No statistics course is needed; the chapters explain
          intervals and p-values in their “go deeper” sections.
        </p>
      ),
      steps: [
        {
          minutes: 5,
          route: '/mine',
          what: 'Recap of Part I: a hash with N leading zero bits has chance 2^−N, so about 2^N tries on average.',
        },
        {
          minutes: 5,
          route: '/luck',
          what: 'The mean of many races and its interval: one race says little, hundreds pin down p.',
        },
        {
          minutes: 12,
          route: '/bets',
          what: 'Every student places and locks a bet, then reveals it: hits per hash against the counter on the same jobs, with the ratio and its 95 % interval.',
        },
        {
          minutes: 8,
          route: '/bets',
          what: 'The tournament: 20 strategies at once. Before running it, everyone guesses how many will look like winners. Then Holm’s correction and the re-test on fresh jobs.',
        },
        {
          minutes: 12,
          route: '/inside',
          what: 'The positive control: SHA-256d cut to R rounds. At R ≤ 3 the ratio is exactly 0, at R = 4 the model wins clearly, from R = 5 it is back to chance.',
        },
        {
          minutes: 3,
          route: null,
          what: 'Wrap-up: an interval around 1 plus a control that does detect a real signal is evidence of no edge, not just absence of evidence.',
        },
      ],
      activities: [
        <>
          <strong>Everyone bets, the class pools.</strong> In <em>Place your bets</em>, each student
          picks a different strategy or their own lucky numbers. Collect every ratio and interval on
          the board. Count how many intervals contain 1, and compare with what 95 % predicts for a
          class of your size.
        </>,
        <>
          <strong>Predict the tournament.</strong> Before running the 20 strategies, have each
          student write down how many “winners” they expect if no strategy works. Run it with one
          shared seed, then run the re-test on fresh jobs.
        </>,
        <>
          <strong>Replay a surprising result.</strong> If a student’s interval excludes 1, everyone
          types that student’s seed and gets the same result, then tries a new seed. A real edge
          would survive the new seed.
        </>,
      ],
      questions: [
        {
          q: <p>What does “95 % confidence interval” mean here?</p>,
          a: (
            <p>
              It is made by a procedure that, repeated on new data, covers the true ratio in 95 % of
              runs. It is not a 95 % chance that this particular interval holds the truth, and it
              says nothing about the 5 % of runs where it misses.
            </p>
          ),
        },
        {
          q: <p>Why is 1 inside the interval for almost every bet?</p>,
          a: (
            <p>
              Because the true ratio is 1. The hash behaves like a random function, so every nonce,
              whichever strategy chose it, hits with the same chance p = 2<sup>−N</sup>. The
              interval shows how far the measured ratio can wander by chance with this many hits.
            </p>
          ),
        },
        {
          q: (
            <p>
              In a class of 40, no strategy works. About how many intervals should still exclude 1?
            </p>
          ),
          a: (
            <p>
              About 2 (5 % of 40), sometimes more, sometimes none. Those students did nothing
              special: re-testing on fresh jobs brings them back to 1.
            </p>
          ),
        },
        {
          q: <p>What does Holm’s correction protect against?</p>,
          a: (
            <p>
              Testing many ideas and reporting the best. It tests the smallest p-value at 0.05/20,
              the next at 0.05/19, and so on, so that the chance of even one false winner among all
              20 stays at 5 %.
            </p>
          ),
        },
        {
          q: <p>Why does the Inside SHA-256 chapter break the hash on purpose?</p>,
          a: (
            <p>
              A test that never says “yes” proves nothing. If the same kind of model, trained the
              same honest way, wins clearly on a weakened hash, the test can detect a real signal,
              and its “no” on the full hash means something.
            </p>
          ),
        },
        {
          q: <p>With only 3 rounds, why is the ratio exactly 0 rather than about 1?</p>,
          a: (
            <p>
              The nonce is first read in round 4, so with 3 rounds or fewer it never enters the
              hash, and the bytes the target checks are a fixed constant that never starts with
              enough zeros. No nonce hits, so no strategy can.
            </p>
          ),
        },
      ],
      misconceptions: [
        <>
          “The interval contains 1, so the strategy is proven useless.” The interval bounds how big
          an edge could be with this many hits; a small edge needs more hashes. The argument that
          there is no edge at all is the hash itself, backed by the positive control.
        </>,
        <>“p &lt; 0.05 means a 95 % chance the strategy works.” It does not; see the tournament.</>,
        <>
          “A ratio of 1.1 means 10 % better.” With a few hundred hits, 1.1 or 0.9 is ordinary noise:
          read the interval, not the point.
        </>,
        <>
          “If a model fails, the model was bad.” The control shows the same model wins where there
          is something to learn.
        </>,
      ],
    },
    {
      id: 'lesson-security',
      title: 'Security or machine learning: how a model can look good and be useless',
      goal: (
        <p>
          Students run their own nonce predictor against the counter, reproduce how fake labels and
          scoring on training data print high precision, tell a real skew in the data apart from
          predictability, and compute what a majority of the hash rate can and cannot do.
        </p>
      ),
      prerequisites: (
        <p>
          Lesson 2, or familiarity with held-out evaluation, precision and AUC. Some JavaScript for
          the predictor activity (a few lines suffice; the page has examples).
        </p>
      ),
      steps: [
        {
          minutes: 3,
          route: '/bets',
          what: 'Recap: hits per hash against the counter, a ratio with its interval. Nothing beats the counter on the full hash.',
        },
        {
          minutes: 12,
          route: '/predictor',
          what: 'Bring your own predictor: students write a scoring function, which is sandboxed and tested on fresh jobs. Who tries hashing inside the function?',
        },
        {
          minutes: 12,
          route: '/oracle',
          what: 'The nonce oracle: the filter that rejects every nonce, the honest held-out test, then the leakage demo (fake row-parity labels, a memorising model scored on its own training rows).',
        },
        {
          minutes: 8,
          route: '/real',
          what: 'Real winning nonces are not spread evenly: miners search in a fixed order. Does a predictor of where winners fell beat the area it covers on later blocks, and does that make a hash likelier to win?',
        },
        {
          minutes: 8,
          route: '/attack',
          what: 'The majority attack: how the chance of rewriting history falls with each confirmation, and what changes at half the hash rate.',
        },
        {
          minutes: 2,
          route: null,
          what: 'Wrap-up: optimise throughput, never luck per hash; measure on held-out data with real labels.',
        },
      ],
      activities: [
        <>
          <strong>Red team the counter.</strong> Pairs write predictors in{' '}
          <em>Bring your own predictor</em> and try to get an interval above 1. Rule: the function
          may not hash. Then let one pair break the rule and compare its time with what the device
          could have hashed in that time.
        </>,
        <>
          <strong>Print a fake 92 %.</strong> In <em>The nonce oracle</em>, look at the leakage
          section: the claimed dashboard figures next to what the page measures with fake labels,
          with a memorising model on its training rows, and on held-out rows. Ask which number a
          reviewer should demand.
        </>,
        <>
          <strong>Test the claim, not the person.</strong> The case studies are publicly posted
          designs. Discuss what evidence would have convinced you, and how the authors could have
          found the problem themselves (held-out data, real labels, a positive control).
        </>,
      ],
      questions: [
        {
          q: <p>Your predictor hashes each candidate and returns only the hits. Did it predict?</p>,
          a: (
            <p>
              No, it mined. Its “hits” cost the same hashes the counter would have done; the page
              shows its run time next to what the device could have hashed in that time.
            </p>
          ),
        },
        {
          q: <p>How does a model trained on labels “1 if the row index is even” print 100 %?</p>,
          a: (
            <p>
              Give it a feature that identifies the row (the nonce itself), let the trees grow
              fully, and score it on the rows it was trained on: it memorises them. On rows it has
              not seen, it does no better than a coin. The labels never had anything to do with the
              hash.
            </p>
          ),
        },
        {
          q: <p>What is the AUC, and what should it be for a nonce predictor on the real hash?</p>,
          a: (
            <p>
              The chance that the model ranks a random hit above a random miss. On a hash that
              behaves like a random function it should be 0.5, a coin toss, and the interval the
              page shows should contain 0.5.
            </p>
          ),
        },
        {
          q: (
            <p>
              Winning nonces of real blocks cluster in some ranges. Should a miner hash only those
              ranges?
            </p>
          ),
          a: (
            <p>
              No. The ranges are crowded because that is where miners’ software started counting,
              not because a hash there is likelier to win. Every nonce still hits with the same
              chance p; a miner who hashes only the popular ranges finds blocks at exactly the same
              rate per hash.
            </p>
          ),
        },
        {
          q: <p>Why do merchants wait for several confirmations?</p>,
          a: (
            <p>
              An attacker with less than half of the hash rate who is z blocks behind catches up
              with a chance that falls steeply with z. With half or more, it catches up eventually
              whatever z is; confirmations then only buy time.
            </p>
          ),
        },
        {
          q: <p>What can a majority attacker not do?</p>,
          a: (
            <p>
              Spend coins it has no keys for, or break the rules every node checks (for example,
              create more coins than allowed). It can reverse its own recent payments (a double
              spend) and leave others’ transactions out of its blocks.
            </p>
          ),
        },
      ],
      misconceptions: [
        <>“High accuracy on the training data means the model works.” Only held-out data tells.</>,
        <>
          “An AI finds patterns humans cannot.” The positive control shows the same method finds a
          pattern where one exists; on the full hash there is none.
        </>,
        <>
          “A skew in real data means the thing is predictable.” Skew in where winners fell reflects
          how miners search, not which hashes win.
        </>,
        <>
          “A filter that skips bad nonces saves energy.” A skipped nonce is a lost ticket: skipping
          a fraction f of hashes skips a fraction f of blocks.
        </>,
        <>
          “Below 51 % an attack is impossible.” It is less likely, falling with each confirmation.
        </>,
      ],
    },
  ],
  glossaryIntro: (
    <p className="lede">
      Short, plain definitions of the words the chapters use. Each links to the chapter where you
      can see the idea at work. A chapter can link straight to a term, for example{' '}
      <code>#/glossary?term=nonce</code>.
    </p>
  ),
  glossary: [
    {
      id: 'hash',
      term: 'Hash',
      route: '/hash',
      definition:
        'The fixed-size output of a hash function: a fingerprint of any input. A tiny change of input gives a completely different hash, and the input cannot be worked out from it.',
    },
    {
      id: 'avalanche',
      term: 'Avalanche effect',
      route: '/hash',
      definition:
        'Flipping one input bit flips about half of the output bits, in no predictable places.',
    },
    {
      id: 'sha256',
      term: 'SHA-256',
      route: '/sha256',
      definition:
        'The hash function Bitcoin uses: 256-bit output, computed by mixing 64-byte blocks of input in 64 rounds.',
    },
    {
      id: 'sha256d',
      term: 'Double SHA-256 (SHA-256d)',
      route: '/header',
      definition:
        'SHA-256 applied twice: the hash of the hash. Bitcoin hashes block headers this way.',
    },
    {
      id: 'round',
      term: 'Round',
      route: '/sha256',
      definition:
        'One mixing step of SHA-256’s compression. Each round mixes one message word into the state; there are 64.',
    },
    {
      id: 'round-reduced',
      term: 'Round-reduced hash',
      route: '/inside',
      definition:
        'A hash cut to fewer rounds than the real one, weak on purpose. Used as a positive control: a test should find its weakness.',
    },
    {
      id: 'nonce',
      term: 'Nonce',
      route: '/mine',
      definition:
        'A 4-byte number in the block header that the miner is free to change. Each new nonce gives a new hash, a new lottery ticket.',
    },
    {
      id: 'extranonce',
      term: 'extraNonce',
      route: '/geometric',
      definition:
        'Extra bytes a miner can change in the block’s first transaction when the 4-byte nonce runs out. Changing it changes the Merkle root, so every hash is drawn afresh.',
    },
    {
      id: 'block-header',
      term: 'Block header',
      route: '/header',
      definition:
        'The 80 bytes at the start of a block: version, previous block hash, Merkle root, timestamp, bits and nonce. Proof of work is done on these bytes.',
    },
    {
      id: 'merkle-root',
      term: 'Merkle root',
      route: '/header',
      definition:
        'A single hash that fingerprints all of a block’s transactions. Change one transaction and the root, and so the header’s hash, changes.',
    },
    {
      id: 'target',
      term: 'Target',
      route: '/header',
      definition:
        'The largest hash a block may have. A block is valid proof of work when its hash, read as a 256-bit number, is at most the target.',
    },
    {
      id: 'bits',
      term: 'Bits (compact target)',
      route: '/header',
      definition:
        'The header field that stores the target in 4 bytes: one exponent byte and three bytes of mantissa.',
    },
    {
      id: 'leading-zeros',
      term: 'Leading zero bits',
      route: '/mine',
      definition:
        'The zeros at the front of a hash read as a number. Each one halves the chance of a random hash, so each doubles the expected work.',
    },
    {
      id: 'difficulty',
      term: 'Difficulty',
      route: '/difficulty',
      definition:
        'How much harder the current target is than the easiest one allowed: the easiest target divided by the current target.',
    },
    {
      id: 'retarget',
      term: 'Retarget',
      route: '/difficulty',
      definition:
        'Every 2,016 blocks Bitcoin resets the target so that blocks keep coming about every ten minutes, whatever the network’s hash rate.',
    },
    {
      id: 'proof-of-work',
      term: 'Proof of work (PoW)',
      route: '/mine',
      definition:
        'Evidence that work was done: an input whose hash meets a target. Hard to find, one hash to check.',
    },
    {
      id: 'hash-rate',
      term: 'Hash rate',
      route: '/mine',
      definition:
        'Hashes computed per second. The only thing a miner controls: more hashes per second find more blocks per hour.',
    },
    {
      id: 'expected-hashes',
      term: 'Expected hashes',
      route: '/mine',
      definition:
        'The average number of tries until a hit: 1/p, where p is the chance per hash. For N leading zero bits, 2^N.',
    },
    {
      id: 'asic',
      term: 'ASIC',
      route: '/mine',
      definition:
        'A chip built only to compute SHA-256d, far faster per watt than any general-purpose processor.',
    },
    {
      id: 'midstate',
      term: 'Midstate',
      route: '/inside',
      definition:
        'The state of SHA-256 after the header’s first 64 bytes. It does not depend on the nonce, so miners compute it once per job.',
    },
    {
      id: 'share',
      term: 'Share',
      route: '/luck',
      definition:
        'A hash that meets an easier target set by a mining pool. Shares show the pool how much each member worked.',
    },
    {
      id: 'pool',
      term: 'Mining pool',
      route: '/luck',
      definition:
        'Miners who share work and rewards. A pool smooths out luck; it does not add a single hash.',
    },
    {
      id: 'geometric',
      term: 'Geometric distribution',
      route: '/luck',
      definition:
        'The law of the number of tries until the first success when each try has the same chance p. Its mean is 1/p.',
    },
    {
      id: 'memoryless',
      term: 'Memoryless',
      route: '/luck',
      definition:
        'Past misses do not change the chance of the next try. After any number of failures, the expected wait is still 1/p.',
    },
    {
      id: 'seed',
      term: 'Seed',
      route: '/bets',
      definition:
        'The number that fixes every random choice of an experiment. The same seed replays the same run on any device.',
    },
    {
      id: 'confidence-interval',
      term: 'Confidence interval',
      route: '/bets',
      definition:
        'A range made by a procedure that covers the true value in 95 % of repeated experiments (for a 95 % interval). Its width shows how much chance alone can move the result.',
    },
    {
      id: 'p-value',
      term: 'p-value',
      route: '/bets',
      definition:
        'How often a result at least this extreme would appear by chance if there were no effect. Small p-values are evidence against “no effect”; they are not the chance that the effect is real.',
    },
    {
      id: 'multiple-comparisons',
      term: 'Multiple comparisons (Holm)',
      route: '/bets',
      definition:
        'Testing many ideas makes some look significant by chance. Holm’s method tightens each test so that the chance of any false winner stays at 5 %.',
    },
    {
      id: 'positive-control',
      term: 'Positive control',
      route: '/inside',
      definition:
        'A case where the answer is known to be “yes”, run through the same test. If the test finds it, a “no” elsewhere means something.',
    },
    {
      id: 'predictor',
      term: 'Predictor (model)',
      route: '/predictor',
      definition:
        'A function that scores or proposes nonces before hashing. Tested against the plain counter on the same jobs.',
    },
    {
      id: 'auc',
      term: 'AUC',
      route: '/oracle',
      definition:
        'The chance that a model scores a random hit above a random miss. 0.5 is a coin toss; 1 is perfect ranking.',
    },
    {
      id: 'overfitting',
      term: 'Overfitting',
      route: '/oracle',
      definition:
        'A model that learns its training examples by heart, noise included. It looks excellent on those examples and fails on new ones.',
    },
    {
      id: 'data-leakage',
      term: 'Data leakage',
      route: '/oracle',
      definition:
        'When information the model should not have reaches its evaluation, for example by testing on the training rows. It makes useless models look good.',
    },
    {
      id: 'held-out',
      term: 'Held-out data',
      route: '/oracle',
      definition:
        'Data kept aside and never used in training, on which a model is measured. The only honest test of a predictor.',
    },
    {
      id: 'chainwork',
      term: 'Chainwork',
      route: '/chain',
      definition:
        'The total expected number of hashes behind a chain of blocks. Nodes follow the valid chain with the most work, not the longest.',
    },
    {
      id: 'confirmation',
      term: 'Confirmations',
      route: '/attack',
      definition:
        'The number of blocks on top of the one holding a transaction, that block included. Each one makes reversing the transaction harder.',
    },
    {
      id: 'majority-attack',
      term: '51 % attack',
      route: '/attack',
      definition:
        'A miner with more than half of the hash rate can eventually outpace everyone else and replace recent blocks.',
    },
    {
      id: 'double-spend',
      term: 'Double spend',
      route: '/attack',
      definition:
        'Paying with coins, then replacing the block that holds the payment with one where the same coins go elsewhere.',
    },
  ],
};
