import type { Lang } from '../lang';
import { EN } from './en.dictionary';
import { ID, type Dictionary } from './id.dictionary';

export type { Dictionary, TranslationKey } from './id.dictionary';

export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { id: ID, en: EN };
