import { beforeEach, describe, expect, it } from 'vitest';
import { encodeHeaderFile } from '../core/data/header-file';
import { loadRealHeaders, resetRealHeadersCache } from './use-real-headers';

const file = encodeHeaderFile([
  { height: 0, header: new Uint8Array(80).fill(1) },
  { height: 5, header: new Uint8Array(80).fill(2) },
]);

function fakeFetch(responses: Response[]) {
  const calls: string[] = [];
  const fn = (async (url: string) => {
    calls.push(url);
    return responses.shift()!;
  }) as unknown as typeof fetch;
  return { fn, calls };
}

describe('loadRealHeaders(fetch)', () => {
  beforeEach(() => resetRealHeadersCache());

  it('fetches once, parses the NSH1 file and shares the result', async () => {
    const { fn, calls } = fakeFetch([new Response(file.slice())]);
    const first = await loadRealHeaders(fn, '/data/btc-headers.bin');
    const second = await loadRealHeaders(fn, '/data/btc-headers.bin');
    expect(second).toBe(first);
    expect(calls).toEqual(['/data/btc-headers.bin']);
    expect(first.count).toBe(2);
    expect(Array.from(first.heights)).toEqual([0, 5]);
    expect(first.headers[1]![0]).toBe(2);
  });

  it('rejects on an HTTP error and retries on the next call', async () => {
    const { fn, calls } = fakeFetch([
      new Response('missing', { status: 404 }),
      new Response(file.slice()),
    ]);
    await expect(loadRealHeaders(fn, '/x.bin')).rejects.toThrow('/x.bin: HTTP 404');
    expect((await loadRealHeaders(fn, '/x.bin')).count).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it('rejects a file that is not in the NSH1 format', async () => {
    const { fn } = fakeFetch([new Response(new Uint8Array([1, 2, 3, 4, 0, 0, 0, 0]))]);
    await expect(loadRealHeaders(fn, '/bad.bin')).rejects.toThrow(/not a header file/);
  });
});
