/**
 * The chapter's chain and its miner. Blocks are mined one after the other with the shared worker
 * pool (each block needs its parent's final hash in its prev-hash field), one pool run per block,
 * until the tip or Stop. Nothing is mined before a click; the pool pauses while the page is
 * hidden and its workers end when the page is left. The reader's hash rate is measured over every
 * hash of this session's runs (hashes / mining time), the rate used for the repair estimate.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useMiningPool } from '../../ui/use-mining-pool';
import { headerHashInternal } from '../../core/hash/block-header';
import { bitsToTarget } from '../../core/hash/target';
import { bytesToHex, hexToBytes } from '../../core/hex';
import {
  checkChain,
  toyHeader,
  unminedChain,
  withMinedHeader,
  withParent,
  ZERO_HASH,
  type ToyBlock,
} from '../../core/chain/toy-chain';
import { MAX_TX_CHARS } from '../../core/chain/merkle';

export type MinerStatus = 'idle' | 'running' | 'paused' | 'stopped' | 'done' | 'error';

/** Toy transactions of the five blocks (language-neutral, so switching language keeps them). */
export const DEFAULT_TXS: readonly (readonly string[])[] = [
  ['coinbase: 50 → Alice'],
  ['Alice → Bob: 5', 'Bob → Carol: 2'],
  ['Carol → Dan: 1', 'Dan → Erin: 0.5', 'Erin → Alice: 0.2'],
  ['Alice → Frank: 3', 'Frank → Bob: 1'],
  ['Bob → Alice: 4'],
];

export interface MinerState {
  status: MinerStatus;
  /** First and current block of the run (-1 before any run). */
  from: number;
  current: number;
  hashesThisBlock: number;
  hashesPerSec: number;
  /** Hashes and mining milliseconds of the last run (Build or Re-mine). */
  runHashes: number;
  runMs: number;
  errorMessage: string | null;
}

const INITIAL: MinerState = {
  status: 'idle',
  from: -1,
  current: -1,
  hashesThisBlock: 0,
  hashesPerSec: 0,
  runHashes: 0,
  runMs: 0,
  errorMessage: null,
};

export function useChainMiner(initialBits: number) {
  const getPool = useMiningPool();
  const [blocks, setBlocksState] = useState<ToyBlock[]>(() =>
    unminedChain(DEFAULT_TXS, initialBits),
  );
  const blocksRef = useRef(blocks);
  const [state, setState] = useState<MinerState>(INITIAL);
  const [built, setBuilt] = useState(false);
  /** All hashes and mining time of this session, for the measured rate. */
  const [measured, setMeasured] = useState({ hashes: 0, ms: 0 });
  const generation = useRef(0);

  const setBlocks = useCallback((next: ToyBlock[]) => {
    blocksRef.current = next;
    setBlocksState(next);
  }, []);

  const checks = useMemo(() => checkChain(blocks), [blocks]);

  const mineFrom = useCallback(
    (from: number) => {
      const pool = getPool();
      const run = ++generation.current;
      const total = blocksRef.current.length;
      let runHashes = 0;
      let runMs = 0;
      setState({ ...INITIAL, status: 'running', from, current: from });

      const mineBlock = (index: number) => {
        const chain = blocksRef.current;
        const parent = index === 0 ? ZERO_HASH : headerHashInternal(toyHeader(chain[index - 1]!));
        const prepared = withParent({ ...chain[index]!, nonce: 0 }, parent);
        setState((s) => ({ ...s, current: index, hashesThisBlock: 0 }));
        pool.start(
          {
            headerHex: bytesToHex(toyHeader(prepared)),
            target: bitsToTarget(prepared.bits),
            maxSolutions: 1,
          },
          (event) => {
            if (run !== generation.current) return;
            switch (event.type) {
              case 'progress':
                setState((s) => ({
                  ...s,
                  hashesThisBlock: event.hashesDone,
                  hashesPerSec: event.hashesPerSec > 0 ? event.hashesPerSec : s.hashesPerSec,
                }));
                break;
              case 'solution': {
                const next = blocksRef.current.slice();
                next[index] = withMinedHeader(prepared, hexToBytes(event.headerHex));
                setBlocks(next);
                break;
              }
              case 'paused':
                setState((s) => ({ ...s, status: 'paused' }));
                break;
              case 'resumed':
                setState((s) => ({ ...s, status: 'running' }));
                break;
              case 'error':
                setState((s) => ({ ...s, status: 'error', errorMessage: event.message }));
                break;
              case 'done': {
                runHashes += event.hashesDone;
                runMs += event.elapsedMs;
                setMeasured((m) => ({
                  hashes: m.hashes + event.hashesDone,
                  ms: m.ms + event.elapsedMs,
                }));
                const last = event.reason === 'solutions' && index + 1 >= total;
                setState((s) => ({
                  ...s,
                  runHashes,
                  runMs,
                  status:
                    s.status === 'error'
                      ? 'error'
                      : event.reason !== 'solutions'
                        ? 'stopped'
                        : last
                          ? 'done'
                          : s.status,
                }));
                if (event.reason === 'solutions') {
                  if (last) setBuilt(true);
                  else mineBlock(index + 1);
                }
                break;
              }
            }
          },
        );
      };
      mineBlock(from);
    },
    [getPool, setBlocks],
  );

  const stop = useCallback(() => getPool().stop(), [getPool]);

  /** Replaces one transaction; text beyond MAX_TX_CHARS is cut (the caller shows why). */
  const editTx = useCallback(
    (blockIndex: number, txIndex: number, text: string) => {
      const next = blocksRef.current.slice();
      const block = next[blockIndex]!;
      const txs = block.txs.slice();
      txs[txIndex] = text.slice(0, MAX_TX_CHARS);
      next[blockIndex] = { ...block, txs };
      setBlocks(next);
    },
    [setBlocks],
  );

  /** The difficulty is part of every header: a change rewrites the bits field of every block. */
  const setBits = useCallback(
    (bits: number) => setBlocks(blocksRef.current.map((block) => ({ ...block, bits }))),
    [setBlocks],
  );

  const active = state.status === 'running' || state.status === 'paused';
  const measuredRate = measured.ms > 200 ? (measured.hashes * 1000) / measured.ms : 0;
  return {
    blocks,
    checks,
    state,
    active,
    built,
    measured,
    measuredRate,
    mineFrom,
    stop,
    editTx,
    setBits,
  };
}
