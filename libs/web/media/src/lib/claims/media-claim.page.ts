import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { BillingDocumentKind, Claim } from '@sinergi/contracts';
import { type ApiError, BillingApi, INITIAL_LOAD_STATE, loadStates } from '@sinergi/web/api-client';
import { ClaimViewComponent } from '@sinergi/web/billing';
import { RupiahPipe, TranslatePipe } from '@sinergi/web/i18n';
import { ApiProblemComponent } from '@sinergi/web/publication';
import { combineLatest, of } from 'rxjs';
import { MediaContextStore } from '../media-context.store';

/** `/media/claims/:tenant/:id`: the claim's status, taxes, payment and documents; resubmit or withdraw a returned claim. */
@Component({
  selector: 'sg-media-claim-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, RupiahPipe, ApiProblemComponent, ClaimViewComponent],
  template: `
    <a class="back" routerLink="/media/claims">{{ 'mediaClaims.back' | translate }}</a>
    @let data = state();
    @if (data.status === 'loading' && !claim()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (data.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ data.error.message }}</div>
    }
    @if (claim(); as c) {
      <h1 class="sg-page-title">{{ 'billing.claim.title' | translate: { number: c.number } }}</h1>
      <p class="sg-page-lead">{{ 'billing.claim.lead' | translate: { gross: (c.gross | rupiah), net: (c.net | rupiah) } }}</p>
      @if (error(); as e) {
        <sg-api-problem [error]="e" />
      }
      @if (c.status === 'returned') {
        <div class="sg-actions">
          <button mat-flat-button type="button" [disabled]="busy()" (click)="resubmit(c)">{{ 'mediaClaims.resubmit' | translate }}</button>
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="withdraw(c)">{{ 'mediaClaims.cancel' | translate }}</button>
        </div>
      }
      <sg-claim-view [claim]="c" [documentUrl]="documentUrl" />
    }
  `,
  styles: `
    .back { display: inline-block; min-height: 44px; line-height: 44px; }
  `,
})
export class MediaClaimPage {
  private readonly api = inject(BillingApi);
  private readonly store = inject(MediaContextStore);
  readonly tenant = input.required<string>();
  readonly id = input.required<string>();
  private readonly reloads = signal(0);
  protected readonly state = toSignal(
    combineLatest([toObservable(this.tenant), toObservable(this.id), toObservable(this.store.companyId), toObservable(this.reloads)]).pipe(
      loadStates(([tenant, id, companyId]) => (companyId ? this.api.mediaClaim(tenant, companyId, id) : of(null))),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  private readonly updated = signal<Claim | null>(null);
  protected readonly claim = computed(() => {
    const loaded = this.state().value ?? null;
    const updated = this.updated();
    return updated && (!loaded || updated.version >= loaded.version) ? updated : loaded;
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly documentUrl = (kind: BillingDocumentKind) => this.api.mediaClaimDocumentUrl(this.tenant(), this.store.companyId() ?? '', this.id(), kind);

  protected resubmit(claim: Claim): void {
    this.act(this.api.resubmitClaim(this.tenant(), this.store.companyId() ?? '', claim.id, { version: claim.version }));
  }

  protected withdraw(claim: Claim): void {
    this.act(this.api.cancelClaim(this.tenant(), this.store.companyId() ?? '', claim.id, claim.version));
  }

  private act(request: import('rxjs').Observable<Claim>): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (claim) => {
        this.busy.set(false);
        this.updated.set(claim);
      },
      error: (e: ApiError) => {
        this.busy.set(false);
        this.error.set(e);
      },
    });
  }
}
