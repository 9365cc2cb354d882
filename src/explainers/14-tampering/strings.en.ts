/**
 * Chapter 14 UI strings (English, the source of truth). Spanish (strings.es.ts) is typed against
 * this table; strings.test.ts checks keys and placeholders. Paragraphs live in prose.*.tsx.
 */
export const tamperingStringsEn = {
  title: 'Chain and tampering',
  chain: {
    heading: 'Your chain',
    bits: 'Difficulty of every block (leading zero bits)',
    bitsHint: 'About {hashes} hashes per block. The same transactions always give the same chain.',
    build: 'Build the chain: {blocks} blocks, about {hashes} hashes',
    remine: 'Re-mine from block {from}: {blocks} blocks, about {hashes} hashes',
    remineWithTime:
      'Re-mine from block {from}: {blocks} blocks, about {hashes} hashes, about {time} here',
    allValid: 'Every block is valid: nothing to re-mine',
    stop: 'Stop',
    block: 'Block {index}',
    tx: 'Transaction {tx} of block {index}',
    txTooLong: 'A toy transaction has at most {max} characters; only the first {max} are kept.',
    fields: {
      prev: 'Previous-hash field',
      merkle: 'Merkle root',
      time: 'Time',
      bits: 'Bits',
      nonce: 'Nonce',
      hash: 'Block hash',
      target: 'Target',
    },
    valid: 'valid: hash below target, linked to its parent',
    validFirst: 'valid: hash below target, first block',
    problems: {
      'above-target': 'invalid: hash above target',
      'prev-mismatch': 'invalid: previous-hash field does not match the hash of block {parent}',
      'parent-invalid': 'invalid: builds on an invalid block',
    },
    unmined: 'not mined yet',
  },
  status: {
    idle: 'Not started. Nothing is mined until you press the button.',
    running: 'Mining block {index} ({done} of {total}): {hashes} hashes so far, {rate} hashes/s.',
    paused: 'Paused because this tab is hidden. It goes on when you come back.',
    done: 'Done: {total} blocks mined with {hashes} hashes in {seconds} s.',
    stopped: 'Stopped while mining block {index}. Blocks mined so far are kept.',
    error: 'Something went wrong: {message}',
  },
  cost: {
    heading: 'The cost to repair',
    blocks: 'Blocks to re-mine',
    hashes: 'Expected hashes (sum of 2²⁵⁶/(target+1))',
    rate: 'Your measured rate',
    rateValue: '{rate} hashes/s',
    time: 'Expected time here',
    noRate: 'measured once you mine',
    summary:
      'Changing one transaction in block {from} means re-mining {blocks} blocks: about {hashes} hashes, about {time} at your measured {rate} hashes/s.',
    summaryNoRate:
      'Changing one transaction in block {from} means re-mining {blocks} blocks: about {hashes} hashes.',
    measuredFrom: 'Rate measured from {hashes} hashes in {seconds} s of mining in this session.',
  },
  branches: {
    heading: 'Two competing branches',
    blocks: 'Blocks in branch {name}',
    bits: 'Difficulty of branch {name} (leading zero bits)',
    blocksError: 'Type a whole number from 1 to 1,000.',
    work: 'Chainwork of branch {name}',
    workValue: '{work} expected hashes ({hex})',
    length: '{blocks} blocks',
    verdict: {
      a: 'Branch A has more work ({workA} vs {workB} expected hashes): nodes follow A.',
      b: 'Branch B has more work ({workB} vs {workA} expected hashes): nodes follow B.',
      tie: 'Both branches have the same work ({workA} expected hashes): a node keeps the one it saw first.',
    },
    longerLoses: 'The longer branch loses: most work wins, not most blocks.',
    longerWins: 'Here the longer branch also has more work.',
    sameLength: 'Both have the same number of blocks, so only the work decides.',
  },
  deeper: {
    genesis: 'Computed now from the genesis block’s bits {bits}: {work}.',
  },
};

export type TamperingStrings = typeof tamperingStringsEn;
