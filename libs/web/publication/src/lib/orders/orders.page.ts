import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { MEDIA_TYPES, ORDER_STATUSES, type MediaType, type OrderQuery, type OrderStatus } from '@sinergi/contracts';
import { PublicationApi } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe, type TranslationKey } from '@sinergi/web/i18n';
import { TenantAccess, paginatedList } from '@sinergi/web/ui';
import { currentFiscalYear, fiscalYearOptions, mediaTypeKey, orderStatusKey } from '../shared';
import { agreedOutlets } from './agreed-outlets';

type OrderSort = NonNullable<OrderQuery['sort']>;
const SORTS: readonly OrderSort[] = ['createdAt', 'publishFrom', 'amount', 'number'];

/** `/t/:tenant/orders`: the orders (surat pesanan) with filters, sorting and pages. */
@Component({
  selector: 'sg-orders-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    RupiahPipe,
  ],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'orders.list.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'orders.list.lead' | translate }}</p>
      </div>
      @if (access.can('create', 'Order')) {
        <a mat-flat-button routerLink="new">{{ 'orders.list.new' | translate }}</a>
      }
    </header>

    <form class="sg-filters" role="search" [attr.aria-label]="'orders.list.filters' | translate" (submit)="$event.preventDefault()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.fiscalYear' | translate }}</mat-label>
        <mat-select [value]="list.filters().fiscalYear" (valueChange)="list.set({ fiscalYear: $event })">
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.list.status' | translate }}</mat-label>
        <mat-select multiple [value]="list.filters().status" (valueChange)="list.set({ status: $event })">
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ statusKey(s) | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.mediaTypeLabel' | translate }}</mat-label>
        <mat-select [value]="list.filters().mediaType" (valueChange)="list.set({ mediaType: $event })">
          <mat-option value="">{{ 'orders.any' | translate }}</mat-option>
          @for (m of mediaTypes; track m) {
            <mat-option [value]="m">{{ mediaTypeKey(m) | translate }}</mat-option>
          }
        </mat-select>
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
        <mat-label>{{ 'orders.list.search' | translate }}</mat-label>
        <input matInput name="q" [ngModel]="list.filters().q" (ngModelChange)="list.set({ q: $event })" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.list.publishFrom' | translate }}</mat-label>
        <input matInput type="date" name="from" [ngModel]="list.filters().publishFrom" (ngModelChange)="list.set({ publishFrom: $event })" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.list.publishTo' | translate }}</mat-label>
        <input matInput type="date" name="to" [ngModel]="list.filters().publishTo" (ngModelChange)="list.set({ publishTo: $event })" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.list.sort' | translate }}</mat-label>
        <mat-select [value]="list.filters().sort" (valueChange)="list.set({ sort: $event })">
          @for (s of sorts; track s) {
            <mat-option [value]="s">{{ sortKey(s) | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.list.direction' | translate }}</mat-label>
        <mat-select [value]="list.filters().direction" (valueChange)="list.set({ direction: $event })">
          <mat-option value="desc">{{ 'orders.list.desc' | translate }}</mat-option>
          <mat-option value="asc">{{ 'orders.list.asc' | translate }}</mat-option>
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
      <table class="plain" [attr.aria-label]="'orders.list.tableLabel' | translate">
        <thead>
          <tr>
            <th scope="col">{{ 'orders.number' | translate }}</th>
            <th scope="col">{{ 'orders.list.outlet' | translate }}</th>
            <th scope="col">{{ 'orders.product' | translate }}</th>
            <th scope="col">{{ 'orders.window' | translate }}</th>
            <th scope="col" class="num">{{ 'orders.amount' | translate }}</th>
            <th scope="col">{{ 'orders.list.status' | translate }}</th>
            <th scope="col">{{ 'orders.proofDeadline' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (o of result.value?.items ?? []; track o.id) {
            <tr>
              <td><a [routerLink]="[o.id]">{{ o.number }}</a><div class="sg-muted">{{ o.title }}</div></td>
              <td>{{ o.outlet.name }}<div class="sg-muted">{{ mediaTypeKey(o.outlet.mediaType) | translate }}</div></td>
              <td>{{ o.product.name }} × {{ o.quantity }}</td>
              <td>{{ o.publishFrom | localDate }} – {{ o.publishUntil | localDate }}</td>
              <td class="num">{{ o.amount | rupiah }}</td>
              <td><span class="chip" [attr.data-status]="o.status">{{ statusKey(o.status) | translate }}</span></td>
              <td>{{ o.proofDeadline | localDate }}</td>
            </tr>
          }
        </tbody>
      </table>
      @if (result.status === 'loaded' && result.value.total === 0) {
        <p class="sg-empty">
          {{ 'orders.list.empty' | translate }}
          @if (access.can('create', 'Order')) {
            <a routerLink="new">{{ 'orders.list.emptyAction' | translate }}</a>
          }
        </p>
      }
      <mat-paginator
        [length]="result.value?.total ?? 0"
        [pageIndex]="list.page() - 1"
        [pageSize]="list.pageSize()"
        [pageSizeOptions]="[25, 50, 100]"
        (page)="list.onPage($event)"
      />
    </div>
  `,
  styles: `
    table.plain { border-collapse: collapse; }
    table.plain th, table.plain td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    table.plain .num { text-align: right; white-space: nowrap; }
    .chip { padding: 2px 8px; border-radius: 8px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); font: var(--mat-sys-label-medium); white-space: nowrap; }
  `,
})
export class OrdersPage {
  private readonly api = inject(PublicationApi);
  protected readonly access = inject(TenantAccess);

  protected readonly years = fiscalYearOptions();
  protected readonly statuses = ORDER_STATUSES;
  protected readonly mediaTypes = MEDIA_TYPES;
  protected readonly sorts = SORTS;
  protected readonly statusKey = orderStatusKey;
  protected readonly mediaTypeKey = mediaTypeKey;
  protected sortKey(sort: OrderSort): TranslationKey {
    return `orders.list.sort.${sort}`;
  }

  protected readonly list = paginatedList({
    filters: {
      fiscalYear: currentFiscalYear(),
      status: [] as OrderStatus[],
      mediaType: '' as MediaType | '',
      outletId: '',
      q: '',
      publishFrom: '',
      publishTo: '',
      sort: 'createdAt' as OrderSort,
      direction: 'desc' as NonNullable<OrderQuery['direction']>,
    },
    debounced: ['q'],
    load: (f) =>
      this.api.orders(this.access.slug(), {
        ...f,
        mediaType: f.mediaType || undefined,
        outletId: f.outletId || undefined,
        q: f.q || undefined,
        publishFrom: f.publishFrom || undefined,
        publishTo: f.publishTo || undefined,
      }),
  });

  /** The outlet filter's options (loaded when it is first opened). */
  protected readonly agreed = agreedOutlets(() => this.list.filters().fiscalYear);
}
