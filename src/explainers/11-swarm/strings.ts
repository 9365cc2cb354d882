/** The swarm chapter's string tables by language, for `useStrings(SWARM_STRINGS)`. */
import { swarmStringsEn, type SwarmStrings } from './strings.en';
import { swarmStringsEs } from './strings.es';

export const SWARM_STRINGS: Readonly<Record<'en' | 'es', SwarmStrings>> = {
  en: swarmStringsEn,
  es: swarmStringsEs,
};
