/**
 * Errors the CLI reports as bad input (exit code 2), and the one-line form of any error.
 */
import { HexError } from '../core/hex';
import { TargetError } from '../core/hash/target';

/** Bad command-line input: a missing or malformed argument, an unknown command or option. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** True for errors caused by the user's input rather than by a fault in the program. */
export function isInputError(error: unknown): boolean {
  return error instanceof UsageError || error instanceof HexError || error instanceof TargetError;
}

/** The message of any thrown value, squeezed onto one line. */
export function oneLineMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
