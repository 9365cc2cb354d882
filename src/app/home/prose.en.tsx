import type { HomeProse } from './home-prose';

export const homeProseEn: HomeProse = {
  intro: (
    <p className="lede">
      To add a block to Bitcoin, a miner must find a number, the <em>nonce</em>, that makes the
      block’s hash come out small enough. People say an AI can guess it. This site lets you test
      that claim yourself, with real hashing in your browser and honest statistics.
    </p>
  ),
  audience: (
    <p>
      It is written for teachers and students, for science communicators, and for anyone who has
      been offered an “AI that predicts nonces”. No account, no install, nothing to download.
    </p>
  ),
  demoIntro: (
    <p>
      Press Start and your device computes double SHA-256 hashes, the same way a Bitcoin miner does.
      Watch how many it manages each second.
    </p>
  ),
  demoNote: (
    <p className="note">
      This is the real header of block 0, the first Bitcoin block. The demo sets an impossible
      target, so it never finds a block: it only measures speed. The hashing runs in background
      workers, pauses when you hide this tab, and stops when you press Stop or leave the page.
    </p>
  ),
  lessonWhy: (
    <p>
      Every hash is a fresh lottery ticket with the same tiny chance of winning, whatever nonce you
      pick. A miner can only buy more tickets per second. The chapters below show why, and put four
      public “AI mining” designs to a live test.
    </p>
  ),
};
