import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { ID, type Dictionary, type TranslationKey } from './dictionaries/id.dictionary';
import { DEFAULT_LANG, LOCALE_BY_LANG, isLang, type Lang } from './lang';

export type TranslationParams = Readonly<Record<string, string | number>>;

const STORAGE_KEY = 'sinergi.lang';

/**
 * Only the default language ships in the initial bundle; the others are their own chunk, fetched
 * when chosen (or at start-up when stored: see `ready`).
 */
const LOADERS: Readonly<Partial<Record<Lang, () => Promise<Dictionary>>>> = {
  en: () => import('./dictionaries/en.dictionary').then((m) => m.EN),
};

/** Signal-based dictionary lookup: reading `t()` in a template re-renders it when the language changes. */
@Injectable({ providedIn: 'root' })
export class TranslateService {
  private readonly document = inject(DOCUMENT);
  private readonly dictionaries = signal<Partial<Record<Lang, Dictionary>>>({ [DEFAULT_LANG]: ID });
  private readonly current = signal<Lang>(DEFAULT_LANG);
  private readonly stored = this.readStoredLang();

  readonly lang = this.current.asReadonly();
  readonly locale = computed(() => LOCALE_BY_LANG[this.current()]);

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  /** Resolves once the stored language is loaded and in use (the app waits for it before the first render). */
  ready(): Promise<void> {
    return this.stored === DEFAULT_LANG ? Promise.resolve() : this.use(this.stored);
  }

  /** Switches once the language's dictionary is loaded; a failed load keeps the current language. */
  async use(lang: Lang): Promise<void> {
    await this.load(lang);
    this.current.set(lang);
    this.document.documentElement.lang = lang;
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Storage may be unavailable (private mode, quota): the choice then lasts for this page only.
    }
  }

  t(key: TranslationKey, params?: TranslationParams): string {
    const text = (this.dictionaries()[this.current()] ?? ID)[key];
    return params ? interpolate(text, params) : text;
  }

  private async load(lang: Lang): Promise<void> {
    const loader = LOADERS[lang];
    if (this.dictionaries()[lang] || !loader) return;
    const dictionary = await loader();
    this.dictionaries.update((known) => ({ ...known, [lang]: dictionary }));
  }

  private readStoredLang(): Lang {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLang(stored) ? stored : DEFAULT_LANG;
    } catch {
      return DEFAULT_LANG;
    }
  }
}

function interpolate(text: string, params: TranslationParams): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
