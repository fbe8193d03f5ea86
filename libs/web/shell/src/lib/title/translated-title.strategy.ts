import { Injectable, effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService, isTranslationKey } from '@sinergi/web/i18n';

const APP_NAME = 'Sinergi';

/**
 * Route `title`s are translation keys (`title: 'title.tenants' satisfies TranslationKey`);
 * the document title follows the language switch.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(TranslateService);
  private lastKey: string | undefined;

  constructor() {
    super();
    effect(() => {
      this.i18n.lang();
      this.apply(this.lastKey);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.lastKey = this.buildTitle(snapshot);
    this.apply(this.lastKey);
  }

  private apply(key: string | undefined): void {
    if (key === undefined) {
      this.title.setTitle(APP_NAME);
      return;
    }
    const text = isTranslationKey(key) ? this.i18n.t(key) : key;
    this.title.setTitle(`${text} · ${APP_NAME}`);
  }
}
