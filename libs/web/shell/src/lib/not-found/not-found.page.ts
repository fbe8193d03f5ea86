import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@sinergi/web/i18n';

@Component({
  selector: 'sg-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  template: `
    <h1 class="sg-page-title">{{ 'notFound.title' | translate }}</h1>
    <p class="sg-empty">{{ 'notFound.body' | translate }}</p>
    <a mat-flat-button routerLink="/">{{ 'notFound.home' | translate }}</a>
  `,
})
export class NotFoundPage {}
