import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { BillingDocumentKind, Claim } from '@sinergi/contracts';
import { type ApiError, BillingApi, INITIAL_LOAD_STATE, loadStates, newIdempotencyKey } from '@sinergi/web/api-client';
import { RupiahPipe, TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { ApiProblemComponent, parseRupiah, todayWib } from '@sinergi/web/publication';
import { TenantAccess } from '@sinergi/web/ui';
import { combineLatest } from 'rxjs';
import { ApprovalDecisionComponent } from '../approvals/approval-decision.component';
import { ClaimViewComponent } from './claim-view.component';
import { type PaymentDraft, paymentDraftFor, paymentProblems, paymentRequest } from './payment-draft';

/** `/t/:tenant/claims/:id`: the claim; the current approver decides, the treasurer records the payment. */
@Component({
  selector: 'sg-claim-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, RouterLink, TranslatePipe, RupiahPipe, ApiProblemComponent, ApprovalDecisionComponent, ClaimViewComponent],
  template: `
    @let data = state();
    @if (data.status === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (data.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ data.error.message }}</div>
    }
    @if (data.value; as c) {
      <header class="sg-page-header">
        <div>
          <h1 class="sg-page-title">{{ 'billing.claim.title' | translate: { number: c.number } }}</h1>
          <p class="sg-page-lead">{{ 'billing.claim.lead' | translate: { gross: (c.gross | rupiah), net: (c.net | rupiah) } }}</p>
        </div>
        <a mat-button routerLink="..">{{ 'billing.claim.backToList' | translate }}</a>
      </header>
      @if (notice(); as n) {
        <p class="sg-alert sg-alert--success" role="status">{{ n }}</p>
      }
      @if (c.approval; as a) {
        @if (a.status === 'in-progress' && access.can('update', 'Approval')) {
          <section class="card" aria-labelledby="decide-title">
            <h2 id="decide-title">{{ 'billing.claim.decide' | translate: { step: currentStepLabel() } }}</h2>
            <sg-approval-decision [instance]="a" (decided)="onDecided()" />
          </section>
        }
      }
      @if (c.status === 'approved' && access.can('create', 'Payment')) {
        @let d = draft();
        @if (d) {
          <section class="card" aria-labelledby="pay-title">
            <h2 id="pay-title">{{ 'billing.pay.title' | translate }}</h2>
            <form class="pay" [attr.aria-label]="'billing.pay.title' | translate" (submit)="$event.preventDefault(); pay(c, d)">
              <mat-form-field>
                <mat-label>{{ 'billing.pay.sp2dNumber' | translate }}</mat-label>
                <input matInput name="sp2d" [(ngModel)]="d.sp2dNumber" (ngModelChange)="touch()" required />
                @if (shown('sp2dNumber')) {
                  <mat-error>{{ 'billing.pay.err.sp2dNumber' | translate }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'billing.pay.sp2dDate' | translate }}</mat-label>
                <input matInput type="date" name="sp2dDate" [(ngModel)]="d.sp2dDate" (ngModelChange)="touch()" required />
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'billing.pay.amount' | translate }}</mat-label>
                <input matInput inputmode="numeric" name="amount" [ngModel]="d.amount" (ngModelChange)="d.amount = parse($event); touch()" required />
                <mat-hint>{{ 'billing.pay.amountHint' | translate: { net: (c.net | rupiah) } }}</mat-hint>
                @if (shown('amount')) {
                  <mat-error>{{ 'billing.pay.err.amount' | translate: { net: (c.net | rupiah) } }}</mat-error>
                }
              </mat-form-field>
              @for (r of d.receipts; track r.kind; let i = $index) {
                <fieldset class="receipt">
                  <legend>{{ 'billing.pay.receipt' | translate: { tax: r.kind === 'ppn' ? 'PPN' : 'PPh 23', amount: (r.amount | rupiah) } }}</legend>
                  <mat-form-field>
                    <mat-label>{{ 'billing.pay.ntpn' | translate: { tax: r.kind === 'ppn' ? 'PPN' : 'PPh 23' } }}</mat-label>
                    <input matInput [name]="'ntpn' + i" maxlength="16" [(ngModel)]="r.ntpn" (ngModelChange)="touch()" required />
                    @if (shown('receipt.' + i + '.ntpn')) {
                      <mat-error>{{ 'billing.pay.err.ntpn' | translate }}</mat-error>
                    }
                  </mat-form-field>
                  <mat-form-field>
                    <mat-label>{{ 'billing.pay.billingCode' | translate }}</mat-label>
                    <input matInput [name]="'billing' + i" maxlength="15" [(ngModel)]="r.billingCode" (ngModelChange)="touch()" />
                    @if (shown('receipt.' + i + '.billingCode')) {
                      <mat-error>{{ 'billing.pay.err.billingCode' | translate }}</mat-error>
                    }
                  </mat-form-field>
                  <mat-form-field>
                    <mat-label>{{ 'billing.pay.paidOn' | translate }}</mat-label>
                    <input matInput type="date" [name]="'paidOn' + i" [(ngModel)]="r.paidOn" (ngModelChange)="touch()" required />
                  </mat-form-field>
                </fieldset>
              }
              @if (payError(); as e) {
                <sg-api-problem [error]="e" />
              }
              <div class="sg-actions">
                <button mat-flat-button type="submit" [disabled]="paying()">{{ 'billing.pay.submit' | translate: { amount: (d.amount | rupiah) } }}</button>
              </div>
            </form>
          </section>
        }
      }
      <sg-claim-view [claim]="c" [documentUrl]="documentUrl" />
    }
  `,
  styles: `
    .card { margin: 0 0 16px; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .card h2 { margin: 0 0 8px; font: var(--mat-sys-title-medium); }
    .pay { display: flex; flex-direction: column; max-width: 640px; }
    .receipt { display: flex; flex-wrap: wrap; gap: 0 12px; margin: 0 0 12px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
    .receipt mat-form-field { flex: 1 1 180px; }
  `,
})
export class ClaimPage {
  private readonly api = inject(BillingApi);
  private readonly i18n = inject(TranslateService);
  protected readonly access = inject(TenantAccess);
  readonly id = input.required<string>();
  private readonly reloads = signal(0);
  protected readonly notice = signal<string | null>(null);

  protected readonly state = toSignal(
    combineLatest([toObservable(this.id), toObservable(this.reloads)]).pipe(loadStates(([id]) => this.api.claim(this.access.slug(), id))),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly currentStepLabel = computed(() => {
    const a = this.state().value?.approval;
    return a?.steps.find((s) => s.key === a.currentStep)?.label ?? '';
  });

  /** The payment form, prefilled from the claim as loaded (edits change this object, not the state). */
  private readonly edits = signal(0);
  protected readonly draft = computed(() => {
    const claim = this.state().value;
    return claim && claim.status === 'approved' ? paymentDraftFor(claim, todayWib()) : null;
  });
  protected readonly problems = computed(() => {
    this.edits();
    const claim = this.state().value;
    const draft = this.draft();
    return claim && draft ? paymentProblems(draft, claim) : new Set<string>();
  });
  protected readonly submitted = signal(false);
  protected readonly paying = signal(false);
  protected readonly payError = signal<ApiError | null>(null);
  /** One key per payment the treasurer means (same claim version and body): a retry never pays twice. */
  private paymentKey: { body: string; key: string } | null = null;

  protected readonly documentUrl = (kind: BillingDocumentKind) => this.api.claimDocumentUrl(this.access.slug(), this.id(), kind);
  protected readonly parse = (text: string) => parseRupiah(text) ?? Number.NaN;

  protected shown(problem: string): boolean {
    return this.submitted() && (this.problems() as Set<string>).has(problem);
  }

  protected touch(): void {
    this.edits.update((n) => n + 1);
  }

  protected onDecided(): void {
    this.notice.set(this.i18n.t('billing.claim.decided'));
    this.reloads.update((n) => n + 1);
  }

  protected pay(claim: Claim, draft: PaymentDraft): void {
    this.submitted.set(true);
    this.touch();
    if (this.paying() || paymentProblems(draft, claim).size) return;
    const body = paymentRequest(draft, claim);
    const text = JSON.stringify(body);
    if (this.paymentKey?.body !== text) this.paymentKey = { body: text, key: newIdempotencyKey() };
    this.paying.set(true);
    this.payError.set(null);
    this.api.pay(this.access.slug(), claim.id, body, this.paymentKey.key).subscribe({
      next: (payment) => {
        this.paying.set(false);
        this.notice.set(this.i18n.t('billing.pay.done', { sp2d: payment.sp2dNumber }));
        this.reloads.update((n) => n + 1);
      },
      error: (e: ApiError) => {
        this.paying.set(false);
        this.payError.set(e);
      },
    });
  }
}
