import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { CLAIM_STATUSES, type ClaimStatus } from '@sinergi/contracts';
import { BillingApi, type ClaimQuery } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe, type TranslationKey } from '@sinergi/web/i18n';
import { claimStatusKey, currentFiscalYear, fiscalYearOptions } from '@sinergi/web/publication';
import { TenantAccess, paginatedList } from '@sinergi/web/ui';

type ClaimSort = NonNullable<ClaimQuery['sort']>;
const SORTS: readonly ClaimSort[] = ['-submittedAt', 'submittedAt', '-gross', 'gross', 'number', 'status', 'outlet'];

/** `/t/:tenant/claims`: the claims (tagihan) with filters, sorting and pages. */
@Component({
  selector: 'sg-claims-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormFieldModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule, RouterLink, TranslatePipe, LocalDatePipe, RupiahPipe],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'billing.claims.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'billing.claims.lead' | translate }}</p>
      </div>
    </header>
    <form class="sg-filters" role="search" [attr.aria-label]="'billing.claims.filters' | translate" (submit)="$event.preventDefault()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.fiscalYear' | translate }}</mat-label>
        <mat-select [value]="list.filters().fiscalYear" (valueChange)="list.set({ fiscalYear: $event })">
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'billing.claims.status' | translate }}</mat-label>
        <mat-select [value]="list.filters().status" (valueChange)="list.set({ status: $event })">
          <mat-option value="">{{ 'orders.any' | translate }}</mat-option>
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ statusKey(s) | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.list.sort' | translate }}</mat-label>
        <mat-select [value]="list.filters().sort" (valueChange)="list.set({ sort: $event })">
          @for (s of sorts; track s) {
            <mat-option [value]="s">{{ sortKey(s) | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </form>
    @let result = list.state();
    @if (result.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ result.error.message }}</div>
    }
    <div class="sg-table-scroll" tabindex="0" [attr.aria-busy]="result.status === 'loading'">
      @if (result.status === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <table class="plain" [attr.aria-label]="'billing.claims.tableLabel' | translate">
        <thead>
          <tr>
            <th scope="col">{{ 'billing.claims.number' | translate }}</th>
            <th scope="col">{{ 'orders.list.outlet' | translate }}</th>
            <th scope="col">{{ 'billing.claims.status' | translate }}</th>
            <th scope="col" class="num">{{ 'billing.claims.gross' | translate }}</th>
            <th scope="col" class="num">{{ 'billing.claims.net' | translate }}</th>
            <th scope="col">{{ 'billing.claims.submittedAt' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (c of result.value?.items ?? []; track c.id) {
            <tr>
              <td><a [routerLink]="[c.id]">{{ c.number }}</a></td>
              <td>{{ c.outlet.name }}<div class="sg-muted">{{ c.company.legalName }}</div></td>
              <td><span class="chip">{{ statusKey(c.status) | translate }}</span></td>
              <td class="num">{{ c.gross | rupiah }}</td>
              <td class="num">{{ c.net | rupiah }}</td>
              <td>{{ c.submittedAt | localDate: 'dateTime' }}</td>
            </tr>
          }
        </tbody>
      </table>
      @if (result.status === 'loaded' && result.value.total === 0) {
        <p class="sg-empty">{{ 'billing.claims.empty' | translate }}</p>
      }
      <mat-paginator [length]="result.value?.total ?? 0" [pageIndex]="list.page() - 1" [pageSize]="list.pageSize()" [pageSizeOptions]="[25, 50, 100]" (page)="list.onPage($event)" />
    </div>
  `,
  styles: `
    table.plain { border-collapse: collapse; }
    table.plain th, table.plain td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    table.plain .num { text-align: right; white-space: nowrap; }
    .chip { padding: 2px 8px; border-radius: 8px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); font: var(--mat-sys-label-medium); }
  `,
})
export class ClaimsPage {
  private readonly api = inject(BillingApi);
  private readonly access = inject(TenantAccess);
  protected readonly years = fiscalYearOptions();
  protected readonly statuses = CLAIM_STATUSES;
  protected readonly sorts = SORTS;
  protected readonly statusKey = claimStatusKey;
  protected sortKey(sort: ClaimSort): TranslationKey {
    return `billing.claims.sort.${sort}`;
  }
  protected readonly list = paginatedList({
    filters: { fiscalYear: currentFiscalYear(), status: '' as ClaimStatus | '', sort: '-submittedAt' as ClaimSort },
    url: true,
    load: ({ status, ...query }) => this.api.claims(this.access.slug(), { ...query, status: CLAIM_STATUSES.includes(status as ClaimStatus) ? (status as ClaimStatus) : undefined }),
  });
}
