import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TENANT_SORTS, TENANT_STATUSES, type Tenant, type TenantQuery, type TenantStatus } from '@sinergi/contracts';
import { SinergiApi, isApiError } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { switchMap } from 'rxjs';
import { confirmFirst, type ConfirmDialogData, TypedCellDefDirective, loadOnChange, pagingOf, sortFromParam, sortToParam } from '@sinergi/web/ui';
import { LEVEL_LABEL, STATUS_LABEL } from '../shared/labels';
import { TenantStatusChipComponent } from '../shared/tenant-status-chip.component';
import { bindSearchToUrl, injectQueryUpdater, positiveInt } from '../shared/url-query';
import { ACTIONS_BY_STATUS, type StatusAction } from './status-actions';

const DEFAULT_PAGE_SIZE = 25;
const COLUMNS = ['name', 'slug', 'status', 'schemaVersion', 'createdAt', 'actions'] as const;

/** The fleet of tenants: filter by status, search, and suspend / resume / archive. */
@Component({
  selector: 'sg-tenant-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalDatePipe,
    TenantStatusChipComponent,
    TypedCellDefDirective,
  ],
  templateUrl: './tenant-list.page.html',
  styleUrl: './tenant-list.page.scss',
})
export class TenantListPage {
  /** Query parameters, bound by the router. */
  readonly q = input<string>();
  readonly status = input<string>();
  readonly sort = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  private readonly api = inject(SinergiApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(TranslateService);
  private readonly updateQuery = injectQueryUpdater();

  protected readonly statuses = TENANT_STATUSES;
  protected readonly statusLabel = STATUS_LABEL;
  protected readonly levelLabel = LEVEL_LABEL;
  protected readonly actionsByStatus = ACTIONS_BY_STATUS;
  protected readonly columns = COLUMNS;
  protected readonly search = new FormControl('', { nonNullable: true });
  /** Slug of the tenant whose status is being changed. */
  protected readonly busySlug = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  protected readonly selectedStatus = computed<TenantStatus | ''>(
    () => TENANT_STATUSES.find((known) => known === this.status()) ?? '',
  );
  protected readonly sorting = computed(() => sortFromParam(this.sort(), TENANT_SORTS));
  protected readonly query = computed<TenantQuery>(() => ({
    q: this.q() || undefined,
    status: this.selectedStatus() || undefined,
    sort: this.sorting().param,
    page: positiveInt(this.page(), 1),
    pageSize: positiveInt(this.pageSize(), DEFAULT_PAGE_SIZE),
  }));
  private readonly list = loadOnChange(this.query, (query) => this.api.tenants(query));
  protected readonly state = this.list.state;
  protected readonly rows = computed(() => this.state().value?.items ?? []);
  protected readonly hasFilters = computed(() => Boolean(this.query().q || this.query().status));

  constructor() {
    bindSearchToUrl(this.search, computed(() => this.q() ?? ''), (q) =>
      this.updateQuery({ q: q || null, page: null }, true),
    );
  }

  protected setStatus(value: unknown): void {
    const status = TENANT_STATUSES.find((known) => known === value);
    this.updateQuery({ status: status ?? null, page: null });
  }

  protected setSort(sort: Sort): void {
    this.updateQuery({ sort: sortToParam(sort), page: null });
  }

  protected onPage(event: PageEvent): void {
    this.updateQuery(pagingOf(event));
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.updateQuery({ q: null, status: null, page: null });
  }

  protected retry(): void {
    this.list.reload();
  }

  protected run(tenant: Tenant, action: StatusAction): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t(action.confirmTitle, { name: tenant.name }),
      message: this.i18n.t(action.confirmMessage, { name: tenant.name, slug: tenant.slug }),
      confirmLabel: this.i18n.t(action.label),
      destructive: action.destructive,
    };
    confirmFirst(this.dialog, data)
      .pipe(
        switchMap(() => {
          this.busySlug.set(tenant.slug);
          this.actionError.set(null);
          return this.api.updateTenantStatus(tenant.slug, action.target);
        }),
      )
      .subscribe({
        next: (updated) => {
          this.busySlug.set(null);
          this.snackBar.open(
            this.i18n.t('tenants.statusChanged', {
              name: updated.name,
              status: this.i18n.t(STATUS_LABEL[updated.status]),
            }),
            this.i18n.t('common.close'),
            { duration: 5000 },
          );
          this.retry();
        },
        error: (error: unknown) => {
          this.busySlug.set(null);
          this.actionError.set(isApiError(error) ? error.message : this.i18n.t('error.unexpected'));
        },
      });
  }
}
