import type { SwarmProse } from './prose';

export const swarmProseEn: SwarmProse = {
  hook: (
    <p className="lede">
      Of the four “AI mining” designs in these case studies, this is the one whose idea works. It is
      worth seeing why, and exactly where it stops working.
    </p>
  ),
  claim: (
    <>
      <p>
        The design note, publicly posted, describes an autonomous loop: perceive, reason, optimise,
        execute. A model reads structured logs (“neuro-log” events), proposes a change such as{' '}
        <code>batch_size = 512</code>, tries it on 10 % of the swarm, and rolls it out if
        performance goes up. The knobs it names are the batch size, thread affinity and “strategy
        aggression” (intensity against cooling).
      </p>
      <p>
        The code that goes with it has no A/B loop and no model: three fixed rules (for example,
        above 85 °C use batches of 512 with 500 ms pauses). And the system it steers searches for
        private keys of funded addresses. This page does not do that; further down it shows the odds
        as plain arithmetic.
      </p>
    </>
  ),
  tryIt: (
    <>
      <p>
        So here is the loop done honestly, on the miner this site uses. Three knobs: how many nonces
        each message to a worker carries, the share of time a worker is busy, and how many workers
        hash at once. We start from a setting that is poor on purpose: 64 nonces per message (every
        message costs a round trip), half the time idle, one worker.
      </p>
      <p>
        The tuner changes one knob one step and A/B-tests it against the current setting. The two
        arms run in short slices, back to back, in pairs, in a seeded random order. This machine’s
        speed drifts, and other programs load it; a drift slows both halves of a pair alike, so the
        paired difference still shows the effect. After 4, 6, 8, 12 and 16 pairs the tuner looks at
        the interval of the ratio. A step is rolled out only if that interval lies entirely above 1.
      </p>
    </>
  ),
  why: (
    <>
      <h2>Why this works</h2>
      <p>
        Every message to a worker costs a fixed amount: copying it, the worker looking up its job,
        the reply. With 64 nonces per message that cost is paid every few dozen hashes; with 16,384
        it almost vanishes. An idle worker does no hashes. A second worker on a second core almost
        doubles the rate, as long as a core is free. These are real engineering gains, and they are
        the only kind mining has: <strong>more hashes per second</strong>, or per joule.
      </p>
      <p>
        Peeking at an A/B test after every pair and stopping as soon as it “looks good” would roll
        out noise. Here each of the five looks uses level 1 − 0.05/5, so all five together keep the
        chance of rolling out a change that is not faster at most 5 %. The final number does not
        come from the tests that chose the winners: a separate confirmation runs the start against
        the final setting on fresh slices.
      </p>
    </>
  ),
  strategiesIntro: (
    <p>
      Now point the same machinery at the other thing a miner could try to tune: which nonces to
      hash. Same jobs for both arms, same rule (roll out only if the interval lies above 1), but the
      metric is hits per hash instead of hashes per second. Both arms hash real SHA-256d on fresh
      seeded jobs, and a hit is a hash with 8 leading zero bits.
    </p>
  ),
  keysIntro: (
    <>
      <p>
        The design’s swarm searches for private keys of addresses that hold funds. An address is a
        160-bit hash, so a blind search that tries <em>r</em> keys per second against <em>n</em>{' '}
        addresses expects <em>r</em> × <em>t</em> × <em>n</em> ÷ 2<sup>160</sup> hits in <em>t</em>{' '}
        seconds. No tuning changes the 2<sup>160</sup>.
      </p>
      <p>
        For scale, a toy space: a secret key of 20 to 28 bits drawn from the seed, whose toy
        “address” is the first 8 bytes of its SHA-256. Your device finds it by trying every key.
      </p>
    </>
  ),
  lesson: (
    <div className="lesson" data-testid="swarm-lesson">
      <h2>The lesson</h2>
      <p>
        <strong>Optimise hashes per second, never luck per hash.</strong> An honest tuner finds real
        gains in throughput, and the same honest test finds nothing in the nonces, because every
        hash has the same chance p. Structured logs are useful, as long as they record what was
        measured and leave unknown fields empty.
      </p>
    </div>
  ),
  deeperSummary: 'Go deeper: the statistics of the tuner',
  deeper: (
    <>
      <p>
        For pair <em>i</em> let <em>a</em>
        <sub>i</sub> and <em>b</em>
        <sub>i</sub> be the hashes per second of the incumbent and the challenger. The test uses{' '}
        <em>d</em>
        <sub>i</sub> = ln(<em>b</em>
        <sub>i</sub> / <em>a</em>
        <sub>i</sub>), its mean and a Student <em>t</em> interval with <em>n</em> − 1 degrees of
        freedom; exponentiated, it bounds the ratio. The table also gives the interval of the plain
        difference <em>b</em>
        <sub>i</sub> − <em>a</em>
        <sub>i</sub>. A slice’s rate is every hash it did divided by the time until its last reply,
        so a large batch that overruns a slice is not cut off. A slice that a hidden tab interrupts
        is measured again.
      </p>
      <p>
        Idle time for the duty cycle is paid in sleeps of at least 8 ms (browsers clamp short
        timers), and any idle time still owed at the end of a slice is slept before it ends. The
        workers are started before the first slice, so their start-up is not counted against any
        arm.
      </p>
      <p>
        The same run from the command line: <code>npx nonce-sense experiment tuner --seed 1</code>.
        Its hashes per second depend on the machine and its load; its nonce-strategy numbers are
        fixed by the seed.
      </p>
    </>
  ),
};
