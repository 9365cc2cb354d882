/**
 * Chapter 2's number words: problems with typed input, bytes as spaced hex, difficulty and
 * probabilities in the reader's number format (huge or tiny values as powers of ten).
 */
import type { FieldProblem } from '../../core/hash/header-fields';
import { bytesToHex } from '../../core/hex';
import { fill } from '../../ui/i18n/lang';
import type { HeaderStrings } from './strings';

interface NumberWords {
  integer: (value: number) => string;
  decimal: (value: number, digits: number) => string;
}

/** The explanation of a typing problem, in the reader's language. */
export function problemText(t: HeaderStrings, problem: FieldProblem, format: NumberWords): string {
  switch (problem.kind) {
    case 'empty':
      return t.problems.empty;
    case 'notWhole':
      return t.problems.notWhole;
    case 'range':
      return fill(t.problems.range, {
        min: format.integer(problem.min),
        max: format.integer(problem.max),
      });
    case 'badHexChar':
      return fill(t.problems.badHexChar, {
        position: format.integer(problem.position),
        char: problem.char,
      });
    case 'hexLength':
      return fill(t.problems.hexLength, {
        expected: problem.expected,
        digits: format.integer(problem.digits),
      });
  }
}

/** Bytes as lower-case hex pairs separated by spaces: "1d ac 2b 7c". */
export function spacedHex(bytes: Uint8Array): string {
  return bytesToHex(bytes).replace(/(..)(?!$)/g, '$1 ');
}

/** A difficulty for reading: whole below a million, else a power of ten; tiny ones too. */
export function difficultyText(
  difficulty: number,
  format: NumberWords,
  power: (value: number, digits?: number) => string,
): string {
  if (difficulty >= 1e6 || difficulty < 0.01) return power(difficulty, 2);
  return Number.isInteger(difficulty) ? format.integer(difficulty) : format.decimal(difficulty, 2);
}
