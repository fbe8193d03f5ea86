import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { CLAIM_STATUSES, type ClaimPaymentStatus, type ClaimStatus, MEDIA_CLAIM_SORTS, type MediaClaimSort } from '@sinergi/contracts';
import { BillingApi, INITIAL_LOAD_STATE, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe, type TranslationKey } from '@sinergi/web/i18n';
import { claimStatusKey, mediaTypeKey } from '@sinergi/web/publication';
import { of } from 'rxjs';
import { MediaContextStore } from '../media-context.store';

const PAGE_SIZE = 20;

type ClaimFilters = { status: ClaimStatus | undefined; tenant: string | undefined; sort: MediaClaimSort; page: number };

/** The list's state from the URL's query parameters; anything unknown falls back to the default. */
export function claimFilters(params: { status?: string; tenant?: string; sort?: string; page?: string }): ClaimFilters {
  const page = Number(params.page);
  return {
    status: (CLAIM_STATUSES as readonly string[]).includes(params.status ?? '') ? (params.status as ClaimStatus) : undefined,
    tenant: params.tenant || undefined,
    sort: (MEDIA_CLAIM_SORTS as readonly string[]).includes(params.sort ?? '') ? (params.sort as MediaClaimSort) : '-submittedAt',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** `/media/claims?status=&tenant=&sort=&page=`: every claim of the company in every region, with its payment. */
@Component({
  selector: 'sg-media-claims-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, RupiahPipe, LocalDatePipe],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'mediaClaims.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'mediaClaimsList.lead' | translate }}</p>
      </div>
      <a mat-flat-button class="big" routerLink="new">{{ 'mediaClaimsList.new' | translate }}</a>
    </header>

    <fieldset class="filters">
      <legend>{{ 'mediaClaimsList.filters' | translate }}</legend>
      <div class="filter">
        <label for="claims-status">{{ 'mediaClaimsList.status' | translate }}</label>
        <select id="claims-status" (change)="set({ status: value($event) })">
          <option value="" [selected]="!filters().status">{{ 'mediaClaimsList.allStatuses' | translate }}</option>
          @for (s of statuses; track s) {
            <option [value]="s" [selected]="filters().status === s">{{ statusKey(s) | translate }}</option>
          }
        </select>
      </div>
      <div class="filter">
        <label for="claims-region">{{ 'mediaClaimsList.region' | translate }}</label>
        <select id="claims-region" (change)="set({ tenant: value($event) })">
          <option value="" [selected]="!filters().tenant">{{ 'mediaClaimsList.allRegions' | translate }}</option>
          @for (t of tenants(); track t.slug) {
            <option [value]="t.slug" [selected]="filters().tenant === t.slug">{{ t.name }}</option>
          }
        </select>
      </div>
      <div class="filter">
        <label for="claims-sort">{{ 'mediaClaimsList.sort' | translate }}</label>
        <select id="claims-sort" (change)="set({ sort: value($event) })">
          @for (s of sorts; track s) {
            <option [value]="s" [selected]="filters().sort === s">{{ sortKey(s) | translate }}</option>
          }
        </select>
      </div>
    </fieldset>

    @let result = state();
    @if (result.status === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (result.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ result.error.message }}</div>
    }
    @if (result.value; as page) {
      <p class="sg-muted" role="status">{{ 'mediaClaimsList.count' | translate: { total: page.total } }}</p>
      <ul class="cards" [attr.aria-label]="'mediaClaimsList.listLabel' | translate">
        @for (c of page.items; track c.tenant.slug + c.id) {
          <li class="card">
            <div class="head">
              <a class="number" [routerLink]="[c.tenant.slug, c.id]">{{ c.number }}</a>
              <span class="chip">{{ statusKey(c.status) | translate }}</span>
            </div>
            <p>{{ c.tenant.name }} · {{ c.outlet.name }} ({{ mediaTypeKey(c.outlet.mediaType) | translate }})</p>
            <p class="sg-muted">
              {{ 'mediaClaims.amounts' | translate: { gross: (c.gross | rupiah), net: (c.net | rupiah) } }} ·
              {{ 'mediaClaimsList.submittedOn' | translate: { date: (c.submittedAt | localDate) } }}
            </p>
            <p class="payment" [class.payment--paid]="c.paymentStatus === 'paid'">
              <span class="visually-hidden">{{ 'mediaClaimsList.payment' | translate }}: </span>
              @if (c.paymentStatus === 'paid' && c.paidAt) {
                {{ 'mediaClaimsList.paidOn' | translate: { date: (c.paidAt | localDate), net: (c.net | rupiah) } }}
              } @else {
                {{ paymentKey(c.paymentStatus) | translate }}
              }
            </p>
            @if (c.status === 'returned') {
              <p class="sg-alert sg-alert--info">{{ 'mediaClaimsList.returnedHint' | translate }}</p>
            }
          </li>
        }
      </ul>
      @if (!page.items.length && result.status === 'loaded') {
        @if (filtered()) {
          <p class="sg-empty">
            {{ 'mediaClaimsList.emptyFiltered' | translate }}
            <button mat-button type="button" (click)="clear()">{{ 'mediaClaimsList.clear' | translate }}</button>
          </p>
        } @else {
          <p class="sg-empty">{{ 'mediaClaimsList.empty' | translate }} <a routerLink="new">{{ 'mediaClaimsList.new' | translate }}</a></p>
        }
      }
      @if (page.total > page.pageSize) {
        <nav class="pager" [attr.aria-label]="'mediaClaimsList.pages' | translate">
          <button mat-stroked-button type="button" [disabled]="page.page <= 1" (click)="set({ page: page.page - 1 })">{{ 'mediaOrders.inbox.previous' | translate }}</button>
          <span>{{ 'mediaOrders.inbox.pageOf' | translate: { page: page.page, pages: pages(page.total, page.pageSize) } }}</span>
          <button mat-stroked-button type="button" [disabled]="page.page * page.pageSize >= page.total" (click)="set({ page: page.page + 1 })">{{ 'mediaOrders.inbox.next' | translate }}</button>
        </nav>
      }
    }
  `,
  styles: `
    .sg-page-header { flex-wrap: wrap; gap: 8px; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px 16px; margin: 0 0 12px; padding: 8px 12px 12px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .filters legend { padding: 0 4px; font: var(--mat-sys-label-large); }
    .filter { display: flex; flex-direction: column; gap: 4px; flex: 1 1 10rem; }
    .filter select { min-height: 44px; padding: 0 8px; border: 1px solid var(--mat-sys-outline); border-radius: 8px; background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); font: var(--mat-sys-body-large); }
    .cards { margin: 8px 0 16px; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 12px; }
    .card { padding: 12px 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .card p { margin: 2px 0; overflow-wrap: anywhere; }
    .head { display: flex; justify-content: space-between; gap: 8px; align-items: center; flex-wrap: wrap; }
    .number { font: var(--mat-sys-title-medium); display: inline-block; min-height: 44px; line-height: 44px; }
    .chip { padding: 2px 8px; border-radius: 8px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); font: var(--mat-sys-label-medium); }
    .payment { font: var(--mat-sys-label-large); }
    .payment--paid { color: var(--mat-sys-primary); }
    .pager { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
    .big { min-height: 48px; }
  `,
})
export class MediaClaimsPage {
  private readonly store = inject(MediaContextStore);
  private readonly billing = inject(BillingApi);
  private readonly router = inject(Router);
  /** Query parameters, bound by the router. */
  readonly status = input<string>();
  readonly tenant = input<string>();
  readonly sort = input<string>();
  readonly page = input<string>();

  protected readonly statusKey = claimStatusKey;
  protected readonly mediaTypeKey = mediaTypeKey;
  protected readonly statuses = CLAIM_STATUSES;
  protected readonly sorts = MEDIA_CLAIM_SORTS;
  protected readonly tenants = computed(() => (this.store.company()?.partnerships ?? []).map((p) => p.tenant));
  protected readonly filters = computed(() => claimFilters({ status: this.status(), tenant: this.tenant(), sort: this.sort(), page: this.page() }));
  protected readonly filtered = computed(() => !!this.filters().status || !!this.filters().tenant);
  private readonly query = computed(() => ({ companyId: this.store.companyId(), ...this.filters() }));
  protected readonly state = toSignal(
    toObservable(this.query).pipe(
      loadStates(({ companyId, status, tenant, sort, page }) =>
        companyId ? this.billing.companyClaims(companyId, { status, tenant, sort, page, pageSize: PAGE_SIZE }) : of({ items: [], total: 0, page: 1, pageSize: PAGE_SIZE }),
      ),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  /** A new filter or sort starts again at the first page. */
  protected set(change: { status?: string; tenant?: string; sort?: string; page?: number }): void {
    const next = { ...this.filters(), page: 1, ...change };
    void this.router.navigate([], {
      queryParams: { status: next.status || null, tenant: next.tenant || null, sort: next.sort === '-submittedAt' ? null : next.sort, page: next.page > 1 ? next.page : null },
      replaceUrl: true,
    });
  }

  protected clear(): void {
    this.set({ status: '', tenant: '' });
  }

  protected sortKey(sort: MediaClaimSort): TranslationKey {
    return `mediaClaimsList.sort.${sort}`;
  }

  protected paymentKey(status: ClaimPaymentStatus): TranslationKey {
    return `mediaClaimsList.payment.${status}`;
  }

  protected pages(total: number, pageSize: number): number {
    return Math.max(1, Math.ceil(total / pageSize));
  }
}
