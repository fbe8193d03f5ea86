import {
  type ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideApiClient } from '@sinergi/web/api-client';
import { TranslateService } from '@sinergi/web/i18n';
import { TranslatedTitleStrategy } from '@sinergi/web/shell';
import { APP_ROUTES } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      APP_ROUTES,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    // A stored non-default language is fetched before the first render (no flash of Bahasa Indonesia).
    provideAppInitializer(() => inject(TranslateService).ready().catch(() => undefined)),
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    provideApiClient(() => {
      const i18n = inject(TranslateService);
      return {
        baseUrl: '/api',
        language: () => i18n.lang(),
        fallbackMessages: {
          network: () => i18n.t('error.network'),
          unexpected: () => i18n.t('error.unexpected'),
        },
      };
    }),
  ],
};
