/**
 * A page's settings in its URL, so that a class can replay the same run from a shared link.
 *
 * Routing is by hash (`#/bets`), so the settings sit in the hash after the route, as a query:
 * `#/bets?tournamentSeed=7&budget=20000`. A link to another chapter has no query, so settings
 * never leak from one chapter into the next. The router is given the path without the query
 * (`useHashPathLocation`), and settings are written with `history.replaceState` so typing a
 * seed does not fill the back button's history.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { navigate } from 'wouter/use-hash-location';

const SETTINGS_EVENT = 'nonce-sense:url-settings';

/** The route part of a location hash: `#/bets?seed=7` -> `/bets`. */
export function hashRoute(hash: string): string {
  const withoutMark = hash.replace(/^#?\/?/, '');
  const query = withoutMark.indexOf('?');
  return '/' + (query < 0 ? withoutMark : withoutMark.slice(0, query));
}

/** The settings part of a location hash: `#/bets?seed=7` -> `seed=7`. */
export function hashQuery(hash: string): string {
  const query = hash.indexOf('?');
  return query < 0 ? '' : hash.slice(query + 1);
}

/** The hash with one setting changed (or removed when `value` is null). */
export function withHashParam(hash: string, key: string, value: string | null): string {
  const params = new URLSearchParams(hashQuery(hash));
  if (value === null) params.delete(key);
  else params.set(key, value);
  const query = params.toString();
  const route = hashRoute(hash);
  return `#${route}${query ? `?${query}` : ''}`;
}

function subscribe(onChange: () => void): () => void {
  addEventListener('hashchange', onChange);
  addEventListener(SETTINGS_EVENT, onChange);
  return () => {
    removeEventListener('hashchange', onChange);
    removeEventListener(SETTINGS_EVENT, onChange);
  };
}

const currentRoute = () => hashRoute(location.hash);
const currentQuery = () => hashQuery(location.hash);

/** wouter's hash location hook, minus the settings query, so `/bets?seed=7` matches `/bets`. */
export function useHashPathLocation(): [string, typeof navigate] {
  return [useSyncExternalStore(subscribe, currentRoute, () => '/'), navigate];
}
useHashPathLocation.hrefs = (href: string) => '#' + href;

/**
 * One setting of the page, kept in the URL: the value in the link, else `fallback`. Setting
 * it rewrites the current history entry (no new back-button step). Give every widget its own
 * key (`tournamentSeed`, not `seed`, when a page has two seeds).
 */
export function useUrlParam(key: string, fallback: string): [string, (value: string) => void] {
  const query = useSyncExternalStore(subscribe, currentQuery, () => '');
  const value = new URLSearchParams(query).get(key) ?? fallback;
  const setValue = useCallback(
    (next: string) => {
      const hash = withHashParam(location.hash || '#/', key, next);
      history.replaceState(history.state, '', hash);
      dispatchEvent(new Event(SETTINGS_EVENT));
    },
    [key],
  );
  return [value, setValue];
}
