/**
 * Argument parsing shared by the commands: node:util parseArgs in strict mode, with its errors
 * turned into one-line UsageErrors, plus strict integer parsing.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` for `command`; unknown options and missing values become UsageErrors. */
export function parseCommandArgs<T extends Options>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const ambiguous = /^Option '(-[^']+)' argument is ambiguous/.exec(message);
    if (ambiguous) {
      const option = ambiguous[1]!;
      throw new UsageError(
        `${command}: the value after ${option} starts with '-'; write ${option}=<value> if you mean it`,
      );
    }
    // parseArgs explains at length how to pass values starting with '-'; keep the first sentence.
    const first = message.split(/\.\s/)[0]!.replace(/\.$/, '');
    throw new UsageError(`${command}: ${first} (see 'nonce-sense ${command} --help')`);
  }
}

/**
 * Parses a whole number from `text` in [min, max] (decimal digits only).
 * @throws UsageError naming the option and the allowed range
 */
export function parseWholeNumber(
  command: string,
  option: string,
  text: string,
  range: { min: number; max: number },
): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
    throw new UsageError(
      `${command}: ${option} must be a whole number from ${range.min} to ${range.max}, got '${text}'`,
    );
  }
  return value;
}

/** Throws a UsageError unless there are exactly `count` positional arguments. */
export function expectPositionals(
  command: string,
  positionals: string[],
  count: number,
  what: string,
): void {
  if (positionals.length < count) {
    throw new UsageError(`${command}: missing ${what} (see 'nonce-sense ${command} --help')`);
  }
  if (positionals.length > count) {
    throw new UsageError(`${command}: unexpected extra argument '${positionals[count]}'`);
  }
}
