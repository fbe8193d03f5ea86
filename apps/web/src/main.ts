import { bootstrapApplication } from '@angular/platform-browser';
import { registerSinergiLocales } from '@sinergi/web/i18n';
import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';

registerSinergiLocales();

bootstrapApplication(AppComponent, appConfig).catch((error: unknown) => console.error(error));
