import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@sinergi/contracts';
import { PartnershipApi } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, type TranslationKey } from '@sinergi/web/i18n';
import { TenantAccess, paginatedList } from '@sinergi/web/ui';
import { currentFiscalYear, fiscalYearOptions, statusKey } from '../shared';

export const APPLICATION_SORTS = ['-submittedAt', 'submittedAt', 'outlet', 'company', 'status'] as const;

/** `/t/:tenant/applications`: filter, sort and page through the applications. */
@Component({
  selector: 'sg-application-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatFormFieldModule, MatInputModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule, RouterLink, TranslatePipe, LocalDatePipe],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'partnership.apps.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'partnership.apps.lead' | translate }}</p>
      </div>
    </header>

    <form class="sg-filters" role="search" [attr.aria-label]="'partnership.apps.filters' | translate" (submit)="$event.preventDefault()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'partnership.fiscalYear' | translate }}</mat-label>
        <mat-select [value]="list.filters().fiscalYear" (valueChange)="list.set({ fiscalYear: $event })">
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'partnership.apps.status' | translate }}</mat-label>
        <mat-select [value]="list.filters().status" (valueChange)="list.set({ status: $event })">
          <mat-option value="">{{ 'partnership.apps.anyStatus' | translate }}</mat-option>
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ statusKey(s) | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'partnership.apps.search' | translate }}</mat-label>
        <input matInput name="q" [ngModel]="list.filters().q" (ngModelChange)="list.set({ q: $event })" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'partnership.apps.sort' | translate }}</mat-label>
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
    <div class="sg-table-scroll" [attr.aria-busy]="result.status === 'loading'">
      @if (result.status === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <table class="plain" [attr.aria-label]="'partnership.apps.tableLabel' | translate">
        <thead>
          <tr>
            <th scope="col">{{ 'partnership.apps.outlet' | translate }}</th>
            <th scope="col">{{ 'partnership.apps.company' | translate }}</th>
            <th scope="col">{{ 'partnership.apps.status' | translate }}</th>
            <th scope="col">{{ 'partnership.apps.tier' | translate }}</th>
            <th scope="col">{{ 'partnership.apps.documents' | translate }}</th>
            <th scope="col">{{ 'partnership.apps.submittedAt' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (a of result.value?.items ?? []; track a.id) {
            <tr>
              <td><a [routerLink]="[a.id]">{{ a.outlet.name }}</a></td>
              <td>{{ a.company.legalName }}</td>
              <td><span class="chip" [attr.data-status]="a.status">{{ statusKey(a.status) | translate }}</span></td>
              <td>{{ a.tier ?? '—' }}</td>
              <td>{{ 'partnership.apps.docCounts' | translate: { pending: a.pendingDocuments, rejected: a.rejectedDocuments } }}</td>
              <td>{{ a.submittedAt | localDate: 'dateTime' }}</td>
            </tr>
          }
        </tbody>
      </table>
      @if (result.status === 'loaded' && result.value.total === 0) {
        <p class="sg-empty">{{ 'partnership.apps.empty' | translate }}</p>
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
    table.plain th, table.plain td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .chip { padding: 2px 8px; border-radius: 8px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); font: var(--mat-sys-label-medium); }
  `,
})
export class ApplicationListPage {
  private readonly api = inject(PartnershipApi);
  private readonly access = inject(TenantAccess);

  protected readonly years = fiscalYearOptions();
  protected readonly statuses = APPLICATION_STATUSES;
  protected readonly sorts = APPLICATION_SORTS;
  protected readonly statusKey = statusKey;
  protected sortKey(sort: (typeof APPLICATION_SORTS)[number]): TranslationKey {
    return `partnership.apps.sort.${sort}`;
  }

  protected readonly list = paginatedList({
    filters: { fiscalYear: currentFiscalYear(), status: '' as ApplicationStatus | '', q: '', sort: '-submittedAt' as string },
    debounced: ['q'],
    load: ({ status, q, ...query }) => this.api.applications(this.access.slug(), { ...query, status: status || undefined, q: q || undefined }),
  });
}
