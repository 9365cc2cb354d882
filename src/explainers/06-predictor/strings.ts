/** Chapter 6's string tables by language, for `useStrings(PREDICTOR_STRINGS)`. */
import { predictorStringsEn, type PredictorStrings } from './strings.en';
import { predictorStringsEs } from './strings.es';

export const PREDICTOR_STRINGS: Readonly<Record<'en' | 'es', PredictorStrings>> = {
  en: predictorStringsEn,
  es: predictorStringsEs,
};
