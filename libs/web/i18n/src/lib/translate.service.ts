import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { DICTIONARIES, type TranslationKey } from './dictionaries/dictionaries';
import { DEFAULT_LANG, LOCALE_BY_LANG, isLang, type Lang } from './lang';

export type TranslationParams = Readonly<Record<string, string | number>>;

const STORAGE_KEY = 'sinergi.lang';

/** Signal-based dictionary lookup: reading `t()` in a template re-renders it when the language changes. */
@Injectable({ providedIn: 'root' })
export class TranslateService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Lang>(this.readStoredLang());

  readonly lang = this.current.asReadonly();
  readonly locale = computed(() => LOCALE_BY_LANG[this.current()]);

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  use(lang: Lang): void {
    this.current.set(lang);
    this.document.documentElement.lang = lang;
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Storage may be unavailable (private mode, quota): the choice then lasts for this page only.
    }
  }

  t(key: TranslationKey, params?: TranslationParams): string {
    const text = DICTIONARIES[this.current()][key];
    return params ? interpolate(text, params) : text;
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
