import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNROLLED_PATH, generateUnrolledFormatted } from '../../../scripts/gen-sha256d-unrolled';

describe('sha256d-unrolled.ts', () => {
  it('is exactly what scripts/gen-sha256d-unrolled.ts generates (never edited by hand)', async () => {
    expect(readFileSync(UNROLLED_PATH, 'utf8')).toBe(await generateUnrolledFormatted());
  });
});
