import { HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { PAYMENT_SORTS, type BillingDocumentKind, type PaymentSort } from '@sinergi/contracts';
import { BillingApi } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe, type TranslationKey } from '@sinergi/web/i18n';
import { ApiProblemComponent, DownloadButtonComponent, agreedOutlets, currentFiscalYear, fiscalYearOptions } from '@sinergi/web/publication';
import { TenantAccess, paginatedList } from '@sinergi/web/ui';

/**
 * `/t/:tenant/payments`: the payments (SP2D) recorded on claims, with filters, sorting, pages kept in
 * the URL, the totals of the filtered set, each claim's documents and the Excel register.
 */
@Component({
  selector: 'sg-payments-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    RupiahPipe,
    ApiProblemComponent,
    DownloadButtonComponent,
  ],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'billing.payments.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'billing.payments.lead' | translate }}</p>
      </div>
      <div class="register">
        <sg-download-button [url]="registerUrl()" [params]="registerParams()">{{ 'billing.payments.register' | translate }}</sg-download-button>
        <a routerLink="../registers">{{ 'billing.payments.registers' | translate }}</a>
      </div>
    </header>
    <form class="sg-filters" role="search" [attr.aria-label]="'billing.payments.filters' | translate" (submit)="$event.preventDefault()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.fiscalYear' | translate }}</mat-label>
        <mat-select [value]="list.filters().fiscalYear" (valueChange)="list.set({ fiscalYear: $event })">
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic" class="search">
        <mat-label>{{ 'billing.payments.search' | translate }}</mat-label>
        <input matInput name="q" type="search" [ngModel]="list.filters().q" (ngModelChange)="list.set({ q: $event })" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'billing.payments.from' | translate }}</mat-label>
        <input matInput type="date" name="from" [ngModel]="list.filters().from" (ngModelChange)="list.set({ from: $event ?? '' })" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'billing.payments.to' | translate }}</mat-label>
        <input matInput type="date" name="to" [ngModel]="list.filters().to" (ngModelChange)="list.set({ to: $event ?? '' })" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.list.outlet' | translate }}</mat-label>
        <mat-select [value]="list.filters().outletId" (valueChange)="list.set({ outletId: $event })" (openedChange)="$event && agreed.wanted.set(true)">
          <mat-option value="">{{ 'orders.any' | translate }}</mat-option>
          @if (agreed.state().status === 'loading' && agreed.wanted()) {
            <mat-option disabled>{{ 'common.loading' | translate }}</mat-option>
          }
          @for (o of agreed.outlets(); track o.id) {
            <mat-option [value]="o.id">{{ o.name }}</mat-option>
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
      <sg-api-problem [error]="result.error" />
    }
    @if (result.value; as value) {
      <p class="totals" role="status">
        {{ 'billing.payments.totals' | translate: { count: value.totals.count, amount: (value.totals.amount | rupiah) } }}
      </p>
    }
    <div class="sg-table-scroll" tabindex="0" [attr.aria-busy]="result.status === 'loading'">
      @if (result.status === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <table class="plain" [attr.aria-label]="'billing.payments.tableLabel' | translate">
        <thead>
          <tr>
            <th scope="col">{{ 'billing.payments.sp2d' | translate }}</th>
            <th scope="col">{{ 'billing.payments.claim' | translate }}</th>
            <th scope="col">{{ 'orders.list.outlet' | translate }}</th>
            <th scope="col" class="num">{{ 'billing.payments.gross' | translate }}</th>
            <th scope="col" class="num">{{ 'billing.payments.ppnWithheld' | translate }}</th>
            <th scope="col" class="num">{{ 'billing.payments.pph23' | translate }}</th>
            <th scope="col" class="num">{{ 'billing.payments.amount' | translate }}</th>
            <th scope="col">{{ 'billing.payments.recorded' | translate }}</th>
            <th scope="col">{{ 'billing.payments.documents' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (p of result.value?.items ?? []; track p.id) {
            <tr>
              <td>{{ p.sp2dNumber }}<div class="sg-muted">{{ p.sp2dDate | localDate }}</div></td>
              <td><a [routerLink]="['../claims', p.claim.id]">{{ p.claim.number }}</a></td>
              <td>{{ p.outlet.name }}<div class="sg-muted">{{ p.company.legalName }}</div></td>
              <td class="num">{{ p.claim.gross | rupiah }}</td>
              <td class="num">{{ p.claim.ppnWithheld | rupiah }}</td>
              <td class="num">{{ p.claim.pph23 | rupiah }}</td>
              <td class="num"><strong>{{ p.amount | rupiah }}</strong></td>
              <td>{{ p.recordedAt | localDate: 'dateTime' }}<div class="sg-muted">{{ 'billing.payments.recordedBy' | translate: { name: p.recordedBy } }}</div></td>
              <td>
                @for (d of p.documents; track d.kind) {
                  <sg-download-button
                    [url]="documentUrl(p.claim.id, d.kind)"
                    [ariaLabel]="'billing.payments.download' | translate: { document: (documentKey(d.kind) | translate), number: d.number, claim: p.claim.number }"
                    >{{ documentKey(d.kind) | translate }}</sg-download-button
                  >
                } @empty {
                  <span class="sg-muted">{{ 'billing.payments.noDocuments' | translate }}</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
      @if (result.status === 'loaded' && result.value.total === 0) {
        <div class="sg-empty">
          <p>{{ 'billing.payments.empty' | translate }}</p>
          <a routerLink="../claims" [queryParams]="{ status: 'approved', fiscalYear: list.filters().fiscalYear }">{{ 'billing.payments.toApproved' | translate }}</a>
        </div>
      }
      <mat-paginator [length]="result.value?.total ?? 0" [pageIndex]="list.page() - 1" [pageSize]="list.pageSize()" [pageSizeOptions]="[25, 50, 100]" (page)="list.onPage($event)" />
    </div>
  `,
  styles: `
    .register { display: flex; flex-direction: column; align-items: flex-end; gap: 4px; }
    .search { min-width: 280px; }
    .totals { margin: 8px 0; font: var(--mat-sys-title-small); }
    table.plain { border-collapse: collapse; }
    table.plain th, table.plain td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    table.plain .num { text-align: right; white-space: nowrap; }
    table.plain td sg-download-button { display: block; margin-bottom: 4px; }
  `,
})
export class PaymentsPage {
  private readonly api = inject(BillingApi);
  private readonly access = inject(TenantAccess);
  protected readonly years = fiscalYearOptions();
  protected readonly sorts = PAYMENT_SORTS;
  protected sortKey(sort: PaymentSort): TranslationKey {
    return `billing.payments.sort.${sort}`;
  }
  protected documentKey(kind: BillingDocumentKind): TranslationKey {
    return `billing.document.${kind}`;
  }

  protected readonly list = paginatedList({
    filters: { fiscalYear: currentFiscalYear(), q: '', from: '', to: '', outletId: '', sort: '-sp2dDate' as PaymentSort },
    debounced: ['q'],
    url: true,
    load: (f) =>
      this.api.payments(this.access.slug(), {
        ...f,
        q: f.q || undefined,
        from: f.from || undefined,
        to: f.to || undefined,
        outletId: f.outletId || undefined,
        // A hand-edited URL with an unknown sort falls back to the default instead of an error.
        sort: PAYMENT_SORTS.includes(f.sort) ? f.sort : undefined,
      }),
  });

  protected documentUrl(claimId: string, kind: BillingDocumentKind): string {
    return this.api.claimDocumentUrl(this.access.slug(), claimId, kind);
  }

  protected readonly registerUrl = computed(() => this.api.registerUrl(this.access.slug(), 'payments'));
  /** The register of the same year, SP2D period and outlet as the list. */
  protected readonly registerParams = computed(() => {
    const { fiscalYear, from, to, outletId } = this.list.filters();
    let params = new HttpParams().set('fiscalYear', fiscalYear);
    if (from) params = params.set('from', from);
    if (to) params = params.set('to', to);
    if (outletId) params = params.set('outletId', outletId);
    return params;
  });

  /** The outlet filter's options (loaded when it is first opened). */
  protected readonly agreed = agreedOutlets(() => this.list.filters().fiscalYear);
}
