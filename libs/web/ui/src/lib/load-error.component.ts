import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ApiError } from '@sinergi/web/api-client';
import { TranslatePipe } from '@sinergi/web/i18n';

/** A page's data failed to load: the server's message in place, and a way to try again. */
@Component({
  selector: 'sg-load-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <div class="sg-alert sg-alert--error" role="alert">
      {{ error().message }}
      <button mat-button type="button" (click)="retry.emit()">{{ 'common.retry' | translate }}</button>
    </div>
  `,
})
export class LoadErrorComponent {
  readonly error = input.required<ApiError>();
  readonly retry = output<void>();
}
