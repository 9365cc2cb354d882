/**
 * The shape every language must match: the English dictionary with its literal strings widened
 * to `string`. Assigning an object literal to `Dictionary` makes a missing key and an extra key
 * (at any depth) a type error.
 */
import type { en } from './en';

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

export type Dictionary = Widen<typeof en>;
