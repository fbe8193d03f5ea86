import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { type ApiError, BillingApi, type DownloadProgress } from '@sinergi/web/api-client';
import { TranslatePipe } from '@sinergi/web/i18n';
import type { HttpParams } from '@angular/common/http';
import type { Subscription } from 'rxjs';
import { saveBlob } from './shared';

/** A button that downloads a file behind the session's token, showing progress and any error in place. */
@Component({
  selector: 'sg-download-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe],
  template: `
    <span class="download">
      <button mat-stroked-button type="button" [disabled]="busy()" [attr.aria-label]="ariaLabel() || null" (click)="start()">
        <ng-content />
      </button>
      @if (busy()) {
        <span class="progress" role="status">
          @if (percent() === null) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'orders.download.running' | translate" />
          } @else {
            <mat-progress-bar mode="determinate" [value]="percent()" [attr.aria-label]="'orders.download.running' | translate" />
          }
          <span class="sg-muted">{{ 'orders.download.progress' | translate: { percent: percent() ?? '…' } }}</span>
        </span>
      }
      @if (error(); as e) {
        <span class="sg-alert sg-alert--error error" role="alert">{{ e.message }}</span>
      }
    </span>
  `,
  styles: `
    .download { display: inline-flex; flex-direction: column; gap: 4px; }
    .progress { display: flex; flex-direction: column; gap: 2px; min-width: 160px; }
    .error { margin: 0; }
  `,
})
export class DownloadButtonComponent {
  private readonly api = inject(BillingApi);
  readonly url = input.required<string>();
  readonly params = input<HttpParams | undefined>(undefined);
  readonly fileName = input('');
  readonly ariaLabel = input('');

  protected readonly busy = signal(false);
  protected readonly percent = signal<number | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  private running: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  protected start(): void {
    this.busy.set(true);
    this.percent.set(null);
    this.error.set(null);
    this.running = this.api.download(this.url(), this.params()).subscribe({
      next: (event: DownloadProgress) => {
        if (event.kind === 'progress') this.percent.set(event.percent);
        else saveBlob(event.blob, this.fileName() || event.fileName);
      },
      error: (e: ApiError) => {
        this.busy.set(false);
        this.error.set(e);
      },
      complete: () => this.busy.set(false),
    });
  }
}
