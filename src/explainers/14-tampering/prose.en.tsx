import type { TamperingProse } from './prose';

export const tamperingProseEn: TamperingProse = {
  hook: (
    <p className="lede">
      Could someone quietly change an old payment in a blockchain? Only if they redo the work. Build
      a small chain, change one transaction, and count what it would cost to hide it.
    </p>
  ),
  tryIt: (
    <p>
      The five blocks below use Bitcoin’s real format: 80-byte headers, each holding the hash of the
      block before it. Each merkle root is computed by Bitcoin’s rule from the block’s transactions.
      The transactions are toys: a line of text, and its id is the double SHA-256 of that text.
      Press the button to mine the chain in your browser. Then edit any transaction.
    </p>
  ),
  why: (
    <>
      <h2>Why one edit breaks every later block</h2>
      <p>
        An edit changes the transaction’s id, so the merkle root changes, so the header changes. Its
        new hash is a fresh random number, almost surely above the target. That block needs a new
        nonce: it must be mined again.
      </p>
      <p>
        Mining it gives it a new hash. The next block’s previous-hash field still holds the old one,
        so that block must change and be mined too, and so on up to the tip. The cost of a lie grows
        with its age: every block on top adds its full work.
      </p>
      <p>
        Meanwhile honest miners keep adding blocks. To catch up, the forger needs more hashing power
        than all of them; the chapter on majority attacks puts numbers on that race.
      </p>
    </>
  ),
  branchesIntro: (
    <p>
      When two branches compete, which one do nodes follow? Not the longer one: the one with the
      most work. A block’s work is the number of hashes expected to find it, 2²⁵⁶/(target+1). Set
      two branches and compare.
    </p>
  ),
  branchesWhy: (
    <p>
      If length decided, a forger could make many blocks at an easy target cheaply. Counting work
      makes each block worth what it cost. The difficulty is written in every header (the bits
      field), so any node can add up the work itself.
    </p>
  ),
  deeperSummary: 'Go deeper: the exact rules used here',
  deeper: (genesisLine) => (
    <>
      <p>
        The merkle tree: hash each pair of ids as double SHA-256 of the 64 bytes left-then-right. If
        a level has an odd number of hashes, the last one is paired with itself. Repeat until one
        hash is left. With a single transaction, the root is its id, as in the genesis block. Hashes
        sit in the header in internal byte order and are shown reversed, as block explorers do.
      </p>
      <p>
        Valid here means three checks: the hash is at or below the target that the bits field
        encodes; the previous-hash field equals the parent’s hash (zeros for the first block); and
        the parent is valid. Real nodes check much more (signatures, amounts, timestamps); the toy
        transactions have no signatures.
      </p>
      <p>
        Work per block is Bitcoin Core’s GetBlockProof: (~target / (target + 1)) + 1 in 256-bit
        arithmetic, which equals 2²⁵⁶/(target+1) rounded down. For the real genesis block it is
        0x100010001. {genesisLine}
      </p>
      <p>
        The repair cost adds the work of every block from the first invalid one to the tip. The time
        divides it by the hash rate measured in this session. Mining uses the same worker pool as
        the chapter “Mine a block”. Nonces are scanned from 0 in order, so the same transactions
        always give the same chain.
      </p>
    </>
  ),
};
