/**
 * Checks that two translations of one string table match: the same keys at every depth, no
 * empty string, the same `{placeholders}` in each string. Used by the test beside every table
 * (site dictionary, each chapter's strings), so a missing translation fails a test.
 */

/** Every leaf of a nested table as "a.b.c" -> value. */
export function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof node !== 'object' || node === null) {
    out.set(prefix, node);
    return out;
  }
  for (const [key, value] of Object.entries(node)) {
    for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) {
      out.set(path, leaf);
    }
  }
  return out;
}

/** Every problem found between two translations, as readable lines (none when they match). */
export function translationProblems(
  tables: Readonly<Record<string, unknown>>,
  isLeafOk: (value: unknown) => boolean = (value) =>
    typeof value === 'function' || (typeof value === 'string' && value.trim() !== ''),
): string[] {
  const entries = Object.entries(tables).map(([lang, table]) => [lang, leaves(table)] as const);
  const problems: string[] = [];
  const names = (text: unknown) =>
    typeof text === 'string' ? [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : [];
  for (const [lang, table] of entries) {
    for (const [key, value] of table) {
      if (!isLeafOk(value)) problems.push(`${lang}: ${key} is empty or not text`);
      for (const [other, otherTable] of entries) {
        if (other === lang) continue;
        if (!otherTable.has(key)) problems.push(`${other}: missing ${key}`);
        else if (names(value).join() !== names(otherTable.get(key)).join()) {
          problems.push(`${lang}/${other}: {placeholders} differ in ${key}`);
        }
      }
    }
  }
  return [...new Set(problems)];
}
