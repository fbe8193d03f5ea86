import { ID, type TranslationKey } from './id.dictionary';

/** For keys that come from data (route titles, enum values): narrows a string to a known key. */
export function isTranslationKey(value: string): value is TranslationKey {
  return Object.prototype.hasOwnProperty.call(ID, value);
}
