/**
 * A reader's bet, made before anything is hashed: the kind of bet (lucky numbers, regions of
 * the nonce map, or a named strategy), the run settings and the seed. `commitmentText` writes
 * it as one canonical line set, and its SHA-256 is shown when the bet is locked: anyone can
 * recompute it from the text to check that the bet was not changed after the reveal.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Strategies a reader can bet on, in the order the page lists them. */
export const BET_STRATEGIES = [
  'sequentialCopy',
  'random',
  'even',
  'primes',
  'small',
  'nearLastWinner',
  'realRanges',
  'learnedModel',
] as const;

export type BetStrategy = (typeof BET_STRATEGIES)[number];

export type Bet =
  | { kind: 'nonces'; nonces: number[] }
  | { kind: 'regions'; topBytes: number[] }
  | { kind: 'strategy'; id: BetStrategy };

export interface BetSettings {
  seed: number;
  zeroBits: number;
  jobs: number;
  budgetPerJob: number;
}

export const BET_LIMITS = {
  zeroBits: { min: 4, max: 16 },
  jobs: { min: 8, max: 256 },
  budgetPerJob: { min: 256, max: 8192 },
  luckyNumbers: 1000,
} as const;

/** Why typed lucky numbers were not accepted. */
export type LuckyError =
  | { reason: 'empty' }
  | { reason: 'notNumber'; token: string }
  | { reason: 'outOfRange'; token: string }
  | { reason: 'tooMany'; count: number };

/**
 * Parses "7, 42 1234567" (commas, spaces or new lines between whole numbers 0..4294967295).
 * Repeats are kept once: a nonce hashed twice is still one ticket.
 */
export function parseLuckyNumbers(text: string): { nonces: number[] } | { error: LuckyError } {
  const tokens = text.split(/[\s,;]+/).filter((t) => t.length > 0);
  if (tokens.length === 0) return { error: { reason: 'empty' } };
  const out = new Set<number>();
  for (const token of tokens) {
    if (!/^\d+$/.test(token)) return { error: { reason: 'notNumber', token: token.slice(0, 20) } };
    const value = Number(token);
    if (token.length > 10 || value > 0xffffffff) {
      return { error: { reason: 'outOfRange', token: token.slice(0, 20) } };
    }
    out.add(value);
    if (out.size > BET_LIMITS.luckyNumbers) {
      return { error: { reason: 'tooMany', count: tokens.length } };
    }
  }
  return { nonces: [...out] };
}

/** The canonical text of a bet (what the commitment hash covers). */
export function commitmentText(bet: Bet, settings: BetSettings): string {
  const what =
    bet.kind === 'nonces'
      ? `nonces:${bet.nonces.join(',')}`
      : bet.kind === 'regions'
        ? `regions:${[...bet.topBytes].sort((a, b) => a - b).join(',')}`
        : `strategy:${bet.id}`;
  return [
    'nonce-sense bet v1',
    `seed=${settings.seed}`,
    `zeroBits=${settings.zeroBits}`,
    `jobs=${settings.jobs}`,
    `budgetPerJob=${settings.budgetPerJob}`,
    `bet=${what}`,
  ].join('\n');
}

/** SHA-256 of the commitment text (UTF-8), as 64 hex digits. */
export function commitmentHash(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}

/** The worker's form of a bet ('sequentialCopy' is the counter itself: 0, 1, 2, ...). */
export function workerBet(
  bet: Bet,
  budgetPerJob: number,
):
  | { kind: 'nonces'; nonces: number[] }
  | { kind: 'regions'; topBytes: number[] }
  | { kind: 'strategy'; id: string } {
  if (bet.kind === 'strategy' && bet.id === 'sequentialCopy') {
    return { kind: 'nonces', nonces: Array.from({ length: budgetPerJob }, (_, i) => i) };
  }
  return bet;
}

/** The nonce range of one region of the map (top byte b): [b 2^24, (b + 1) 2^24 - 1]. */
export function regionRange(topByte: number): [number, number] {
  return [topByte * 2 ** 24, (topByte + 1) * 2 ** 24 - 1];
}
