export { LANGS, DEFAULT_LANG, LOCALE_BY_LANG, isLang, type Lang } from './lib/lang';
export type { Dictionary, TranslationKey } from './lib/dictionaries/dictionaries';
export { isTranslationKey } from './lib/dictionaries/translation-key.guard';
export { TranslateService, type TranslationParams } from './lib/translate.service';
export { TranslatePipe } from './lib/translate.pipe';
export { RupiahPipe, LocalNumberPipe, LocalDatePipe } from './lib/format.pipes';
export {
  registerSinergiLocales,
  formatRupiah,
  formatLocalNumber,
  formatLocalDate,
  type DateStyle,
} from './lib/locale-format';
