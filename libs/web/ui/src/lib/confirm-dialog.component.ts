import { ChangeDetectionStrategy, Component, type WritableSignal, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, type MatDialog, MatDialogModule } from '@angular/material/dialog';
import { type ApiError, isApiError } from '@sinergi/web/api-client';
import { type Observable, filter, map, switchMap } from 'rxjs';
import { TranslatePipe } from '@sinergi/web/i18n';

export type ConfirmDialogData = {
  title: string;
  message: string;
  confirmLabel: string;
  /** Destructive actions get the error colour. */
  destructive: boolean;
};

/** Yes/no question; closes with `true` on confirm. Open via `MatDialog.open(ConfirmDialogComponent, { data })`. */
@Component({
  selector: 'sg-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'common.cancel' | translate }}</button>
      <button
        mat-flat-button
        type="button"
        cdkFocusInitial
        [class.destructive]="data.destructive"
        [mat-dialog-close]="true"
      >
        {{ data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ConfirmDialogComponent {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Asks first: emits once when the user confirms, completes without a value when they cancel. */
export function confirmFirst(dialog: MatDialog, data: ConfirmDialogData): Observable<true> {
  return dialog
    .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, { data, maxWidth: '480px' })
    .afterClosed()
    .pipe(
      filter((answer) => answer === true),
      map(() => true as const),
    );
}

/**
 * Asks first, then runs `action` with `busy` set to the row's key (its buttons disabled meanwhile);
 * a failure is put in `error` for the page to show in place, success goes to `done`.
 */
export function confirmThenRun<T>(
  dialog: MatDialog,
  data: ConfirmDialogData,
  step: { key: string; busy: WritableSignal<string | null>; error: WritableSignal<ApiError | null>; action: () => Observable<T>; done: (result: T) => void },
): void {
  confirmFirst(dialog, data)
    .pipe(
      switchMap(() => {
        step.busy.set(step.key);
        step.error.set(null);
        return step.action();
      }),
    )
    .subscribe({
      next: (result) => {
        step.busy.set(null);
        step.done(result);
      },
      error: (error: unknown) => {
        step.busy.set(null);
        step.error.set(isApiError(error) ? error : null);
      },
    });
}
