import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AuthStore, MediaApi, isApiError } from '@sinergi/web/api-client';
import { TranslatePipe, TranslateService } from '@sinergi/web/i18n';

/** `/confirm-email/:token`: the link of the confirmation mail (the path the API's mail uses). */
@Component({
  selector: 'sg-confirm-email-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe],
  template: `
    <h1 class="sg-page-title">{{ 'media.confirm.title' | translate }}</h1>
    @switch (state()) {
      @case ('pending') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        <p role="status">{{ 'media.confirm.pending' | translate }}</p>
      }
      @case ('done') {
        <p class="sg-alert sg-alert--success" role="status">{{ 'media.confirm.done' | translate }}</p>
        @if (auth.isLoggedIn()) {
          <a mat-flat-button routerLink="/">{{ 'media.confirm.toPortal' | translate }}</a>
        } @else {
          <a mat-flat-button routerLink="/login">{{ 'media.confirm.toLogin' | translate }}</a>
        }
      }
      @case ('error') {
        <p class="sg-alert sg-alert--error" role="alert">{{ error() }}</p>
        <div class="sg-actions">
          <button mat-stroked-button type="button" (click)="confirm()">{{ 'common.retry' | translate }}</button>
          <a mat-button routerLink="/login">{{ 'media.confirm.toLogin' | translate }}</a>
        </div>
      }
    }
  `,
  styles: `
    :host { display: block; max-width: 560px; margin: 0 auto; }
    h1 { margin-bottom: 16px; }
  `,
})
export class ConfirmEmailPage implements OnInit {
  readonly token = input.required<string>();

  protected readonly auth = inject(AuthStore);
  private readonly api = inject(MediaApi);
  private readonly i18n = inject(TranslateService);
  protected readonly state = signal<'pending' | 'done' | 'error'>('pending');
  protected readonly error = signal('');

  ngOnInit(): void {
    this.confirm();
  }

  protected confirm(): void {
    this.state.set('pending');
    this.api.confirmEmail(this.token()).subscribe({
      next: () => this.state.set('done'),
      error: (error: unknown) => {
        this.error.set(isApiError(error) ? error.message : this.i18n.t('error.unexpected'));
        this.state.set('error');
      },
    });
  }
}
