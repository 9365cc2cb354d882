import type { ReactNode } from 'react';

/** The paragraphs of chapter 1, by place on the page. */
export interface HashProse {
  hook: ReactNode;
  playgroundIntro: ReactNode;
  flipIntro: ReactNode;
  avalancheIntro: ReactNode;
  avalancheWhy: ReactNode;
  avalancheDeeper: ReactNode;
  uniformityIntro: ReactNode;
  uniformityWhy: ReactNode;
  uniformityDeeper: ReactNode;
}

/** Chapter 1, "The hash", in English (es: prose.es.tsx). */
export const hashProseEn: HashProse = {
  hook: (
    <>
      <p className="lede">
        Change one letter of a message and its fingerprint changes completely. Not a little: about
        half of it, every time. Can you find any pattern in that? Try.
      </p>
      <p>
        A <strong>hash function</strong> turns any input, a word or a whole film, into a short
        fixed-size output: for SHA-256, 256 bits, written as 64 hex digits. Bitcoin mining is a
        search for an input whose hash is small. This page shows why that search can only be done by
        trying.
      </p>
    </>
  ),
  playgroundIntro: (
    <p>
      Type below. The hash updates with every key. Read the input as text, or as raw bytes written
      in hex. SHA-256d is SHA-256 applied twice, the version Bitcoin uses.
    </p>
  ),
  flipIntro: (
    <p>
      Now pick one bit of your input and flip it: a 0 becomes 1, or a 1 becomes 0. The grid shows
      which of the 256 output bits changed.
    </p>
  ),
  avalancheIntro: (
    <p>
      One flip proves little. So let us flip 10,000 random bits in 10,000 random messages and count,
      each time, how many output bits changed. The work runs in the background and uses the seed
      shown, so anyone can replay it.
    </p>
  ),
  avalancheWhy: (
    <>
      <h3>Why</h3>
      <p>
        Each output bit behaves like a fair coin: after a flip it changes with probability ½, no
        matter which input bit you touched. 256 coins give 128 on average, give or take about 8.
        That is the <strong>avalanche effect</strong>. A tiny change in, a coin-toss change out.
      </p>
      <p>
        So a hash that is close to what you want tells you nothing about the inputs near it. There
        is no “warmer” or “colder”.
      </p>
    </>
  ),
  avalancheDeeper: (
    <>
      <p>
        If the 256 bits flip independently with probability ½, the count of changed bits follows
        Binomial(256, ½): mean 256 · ½ = 128, standard deviation √(256 · ½ · ½) = 8. The mean of
        10,000 flips has a standard error of 8 / √10,000 = 0.08, so it should land within about 0.16
        of 128 in 95 runs out of 100.
      </p>
      <p>
        The fit is measured with Pearson’s chi-square test: bins with fewer than 5 expected flips
        are merged, and the p-value is the chance that a true Binomial(256, ½) would look at least
        this far off. Under the theory, p is spread evenly between 0 and 1; only very small values
        would be a warning.
      </p>
    </>
  ),
  uniformityIntro: (
    <p>
      A predictable input does not give a predictable output. Here the inputs are as boring as it
      gets: the texts “1:0”, “1:1”, “1:2” and so on (the seed is the first number). We hash them all
      and look at the first byte and at how many zero bits each digest starts with.
    </p>
  ),
  uniformityWhy: (
    <>
      <h3>Why</h3>
      <p>
        If the outputs are uniform, each of the 256 first-byte values is equally likely. And a
        digest starts with at least k zero bits with probability 2<sup>−k</sup>: one in 2 starts
        with a 0, one in 4 with 00, one in 256 with eight zeros. Each extra zero halves the chance.
      </p>
      <p>
        That halving is the whole of proof of work. To find a hash with 70 leading zero bits you
        expect to try 2<sup>70</sup> inputs. There is no shortcut, only more tries per second.
      </p>
    </>
  ),
  uniformityDeeper: (
    <>
      <p>
        “Exactly k zero bits” has probability 2<sup>−(k+1)</sup>: the first k bits are 0 and the
        next is 1. The chart uses a log scale, so the expected counts fall on a straight line.
        Whiskers are Wilson 95 % intervals for each count.
      </p>
      <p>
        The first-byte test has 255 degrees of freedom. Run it many times with different seeds and
        about 5 runs in 100 will show p below 0.05: that is what p-values do when nothing is wrong.
      </p>
      <p>
        Big inputs: paste more than 256 KB, or pick a file, and the page hashes it in a worker, 1 MB
        at a time, without showing the whole input.
      </p>
    </>
  ),
};
