/**
 * The bundled real block headers (public/data/btc-headers.bin, NSH1 format), fetched once per
 * page load, parsed with core/data/header-file.ts and shared by every chapter that needs them.
 * A failed load is not cached, so showing the widget again retries.
 */
import { useEffect, useState } from 'react';
import { parseHeaderFile, type HeaderFile } from '../core/data/header-file';

/** Where the file is served, relative to the app's base. */
export const REAL_HEADERS_URL = `${import.meta.env.BASE_URL}data/btc-headers.bin`;

let cache: Promise<HeaderFile> | null = null;

/**
 * The parsed header file; the first call fetches, later calls share the same promise.
 * @param fetchFn - injectable for tests
 */
export function loadRealHeaders(
  fetchFn: typeof fetch = (...args) => fetch(...args),
  url = REAL_HEADERS_URL,
): Promise<HeaderFile> {
  cache ??= (async () => {
    const response = await fetchFn(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return parseHeaderFile(new Uint8Array(await response.arrayBuffer()));
  })().catch((error: unknown) => {
    cache = null;
    throw error;
  });
  return cache;
}

/** Forgets the cached file (tests only). */
export function resetRealHeadersCache(): void {
  cache = null;
}

export type RealHeadersState =
  | { status: 'loading' }
  | { status: 'ready'; file: HeaderFile }
  | { status: 'error'; message: string };

/** Loads the real headers when the component mounts (they are ~2.5 MB: mount it on demand). */
export function useRealHeaders(): RealHeadersState {
  const [state, setState] = useState<RealHeadersState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadRealHeaders().then(
      (file) => live && setState({ status: 'ready', file }),
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
