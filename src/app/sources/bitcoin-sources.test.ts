import { describe, expect, it } from 'vitest';
import { BITCOIN_SOURCES, repoUrl } from './bitcoin-sources';

describe('BITCOIN_SOURCES', () => {
  it('credits every one of the 29,650 bundled headers to exactly one primary source', () => {
    const total = BITCOIN_SOURCES.reduce((sum, source) => sum + (source.headersCredited ?? 0), 0);
    expect(total).toBe(29_650);
  });

  it('names each repository once', () => {
    const repos = BITCOIN_SOURCES.map((source) => source.repo);
    expect(new Set(repos).size).toBe(repos.length);
  });

  it('links a repository at its recorded commit', () => {
    expect(repoUrl(BITCOIN_SOURCES[0]!)).toBe(
      'https://github.com/bitcoinj/bitcoinj/tree/13e137ec1dee',
    );
  });
});
