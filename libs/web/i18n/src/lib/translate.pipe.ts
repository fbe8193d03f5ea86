import { Pipe, type PipeTransform, inject } from '@angular/core';
import type { TranslationKey } from './dictionaries/dictionaries';
import { TranslateService, type TranslationParams } from './translate.service';

/**
 * `{{ 'login.title' | translate }}`. Impure on purpose: it reads the language signal, so a
 * language switch re-renders the view. The lookup is a property read, so running it on every
 * change detection costs nothing worth caching.
 */
@Pipe({ name: 'translate', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(TranslateService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
