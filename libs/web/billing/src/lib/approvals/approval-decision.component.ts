import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ApprovalDecisionRequest, ApprovalInstance } from '@sinergi/contracts';
import { type ApiError, BillingApi, newIdempotencyKey } from '@sinergi/web/api-client';
import { TranslatePipe } from '@sinergi/web/i18n';
import { ApiProblemComponent } from '@sinergi/web/publication';
import { TenantAccess } from '@sinergi/web/ui';
import { DecisionKeys } from './decision-keys';

/** Approve, or return with a note (to the previous step or to the submitter), for the current step. */
@Component({
  selector: 'sg-approval-decision',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslatePipe, ApiProblemComponent],
  template: `
    @let a = instance();
    <form class="decision" [attr.aria-label]="'billing.approvals.decideOn' | translate: { label: a.subjectLabel }" (submit)="$event.preventDefault()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'billing.approvals.note' | translate }}</mat-label>
        <input matInput name="note" [ngModel]="note()" (ngModelChange)="note.set($event)" />
      </mat-form-field>
      <mat-checkbox name="toSubmitter" [ngModel]="toSubmitter()" (ngModelChange)="toSubmitter.set($event)">{{ 'billing.approvals.toSubmitter' | translate }}</mat-checkbox>
      <div class="sg-actions">
        <button mat-flat-button type="button" [disabled]="busy()" (click)="decide('approve')">{{ 'billing.approvals.approve' | translate }}</button>
        <button mat-stroked-button type="button" [disabled]="busy() || note().trim().length < 3" (click)="decide('return')">
          {{ 'billing.approvals.return' | translate }}
        </button>
      </div>
      @if (error(); as e) {
        <sg-api-problem [error]="e" />
      }
    </form>
  `,
  styles: `
    .decision { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; }
    .decision mat-form-field { flex: 1 1 220px; }
  `,
})
export class ApprovalDecisionComponent {
  private readonly api = inject(BillingApi);
  private readonly access = inject(TenantAccess);
  private readonly keys = new DecisionKeys(newIdempotencyKey);
  readonly instance = input.required<ApprovalInstance>();
  readonly decided = output<ApprovalInstance>();

  protected readonly note = signal('');
  protected readonly toSubmitter = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected decide(action: 'approve' | 'return'): void {
    if (this.busy()) return;
    const instance = this.instance();
    const body: ApprovalDecisionRequest = {
      action,
      version: instance.version,
      ...(this.note().trim() ? { note: this.note().trim() } : {}),
      ...(action === 'return' && this.toSubmitter() ? { toSubmitter: true } : {}),
    };
    this.busy.set(true);
    this.error.set(null);
    this.api.decide(this.access.slug(), instance.id, body, this.keys.keyFor(instance.id, body)).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.note.set('');
        this.decided.emit(updated);
      },
      error: (e: ApiError) => {
        this.busy.set(false);
        this.error.set(e);
      },
    });
  }
}
