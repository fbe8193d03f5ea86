import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import type { AuditVerification } from '@sinergi/contracts';
import { INITIAL_LOAD_STATE, SinergiApi, isApiError, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { debounceTime, map } from 'rxjs';
import { TypedCellDefDirective, TenantAccess, LoadErrorComponent } from '@sinergi/web/ui';
import { compactDetails, positiveInt, toAuditQuery } from '../audit-query';

const DEFAULT_PAGE_SIZE = 50;
const COLUMNS = ['occurredAt', 'actor', 'action', 'subject', 'details'] as const;
type QueryPatch = Record<string, string | number | null>;

/** `/t/:tenant/audit`: the tenant's audit trail, filtered by action and days, and its integrity check. */
@Component({
  selector: 'sg-audit-log-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadErrorComponent, 
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatTableModule,
    MatPaginatorModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalDatePipe,
    TypedCellDefDirective,
  ],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'audit.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'audit.lead' | translate }}</p>
      </div>
      <button mat-stroked-button type="button" [disabled]="verifying()" (click)="verify()">
        {{ (verifying() ? 'audit.verifying' : 'audit.verify') | translate }}
      </button>
    </header>

    <div aria-live="polite">
      @if (verification(); as check) {
        @if (check.valid) {
          <p class="sg-alert sg-alert--success">{{ 'audit.valid' | translate: { entries: check.entries } }}</p>
        } @else {
          <div class="sg-alert sg-alert--error" role="alert">
            <strong>{{ 'audit.broken' | translate: { entries: check.entries } }}</strong>
            @if (check.firstBrokenId) {
              <div>{{ 'audit.firstBroken' | translate }} <span class="sg-mono">{{ check.firstBrokenId }}</span></div>
            }
            @if (check.problem) {
              <div>{{ check.problem }}</div>
            }
          </div>
        }
      }
      @if (verifyError(); as message) {
        <p class="sg-alert sg-alert--error" role="alert">{{ message }}</p>
      }
    </div>

    <div class="sg-filters" role="search" [attr.aria-label]="'audit.filtersLabel' | translate">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'audit.filterAction' | translate }}</mat-label>
        <input matInput type="search" [formControl]="actionFilter" autocomplete="off" />
        <mat-hint>{{ 'audit.filterActionHint' | translate }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'audit.from' | translate }}</mat-label>
        <input matInput type="date" [value]="from() ?? ''" [max]="to() ?? ''" (change)="setDate('from', $event)" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'audit.to' | translate }}</mat-label>
        <input matInput type="date" [value]="to() ?? ''" [min]="from() ?? ''" (change)="setDate('to', $event)" />
      </mat-form-field>
    </div>

    @let result = state();
    @if (result.status === 'error') {
      <sg-load-error [error]="result.error" (retry)="reload()" />
    }

    <div class="sg-table-scroll" [attr.aria-busy]="result.status === 'loading'">
      @if (result.status === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <table mat-table [dataSource]="rows()" [attr.aria-label]="'audit.tableLabel' | translate">
        <ng-container matColumnDef="occurredAt">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'audit.col.occurredAt' | translate }}</th>
          <td mat-cell *matCellDef="let entry; dataSource: rows()" class="nowrap">{{ entry.occurredAt | localDate: 'dateTime' }}</td>
        </ng-container>
        <ng-container matColumnDef="actor">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'audit.col.actor' | translate }}</th>
          <td mat-cell *matCellDef="let entry; dataSource: rows()">
            {{ entry.actor.name }}
            @if (entry.onBehalfOf; as principal) {
              <div class="meta">{{ 'audit.onBehalfOf' | translate: { name: principal.name } }}</div>
            }
            @if (entry.ip) {
              <div class="meta sg-mono">{{ entry.ip }}</div>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="action">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'audit.col.action' | translate }}</th>
          <td mat-cell *matCellDef="let entry; dataSource: rows()" class="sg-mono">{{ entry.action }}</td>
        </ng-container>
        <ng-container matColumnDef="subject">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'audit.col.subject' | translate }}</th>
          <td mat-cell *matCellDef="let entry; dataSource: rows()">
            {{ entry.subject.type }}
            @if (entry.subject.id) {
              <div class="meta sg-mono">{{ entry.subject.id }}</div>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="details">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'audit.col.details' | translate }}</th>
          <td mat-cell *matCellDef="let entry; dataSource: rows()">
            <code class="details" [title]="details(entry.details, 2000)">{{ details(entry.details) }}</code>
          </td>
        </ng-container>

        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>

      @if (result.status === 'loaded' && result.value.total === 0) {
        <div class="sg-empty">
          @if (hasFilters()) {
            <p>{{ 'audit.emptyFiltered' | translate }}</p>
            <button mat-stroked-button type="button" (click)="clearFilters()">{{ 'common.clearFilters' | translate }}</button>
          } @else {
            <p>{{ 'audit.empty' | translate }}</p>
          }
        </div>
      }

      <mat-paginator
        [length]="result.value?.total ?? 0"
        [pageIndex]="filter().page - 1"
        [pageSize]="filter().pageSize"
        [pageSizeOptions]="[25, 50, 100, 200]"
        (page)="onPage($event)"
      />
    </div>
  `,
  styles: `
    .meta { margin-top: 2px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .nowrap { white-space: nowrap; }
    .details { font-size: 12px; word-break: break-all; }
  `,
})
export class AuditLogPage {
  /** Query parameters, bound by the router. */
  readonly action = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  private readonly api = inject(SinergiApi);
  private readonly store = inject(TenantAccess);
  private readonly i18n = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly reloads = signal(0);
  private readonly tenant = computed(() => this.store.slug());

  protected readonly columns = COLUMNS;
  protected readonly actionFilter = new FormControl('', { nonNullable: true });
  protected readonly verifying = signal(false);
  protected readonly verification = signal<AuditVerification | null>(null);
  protected readonly verifyError = signal<string | null>(null);

  protected readonly filter = computed(() => ({
    action: this.action() || undefined,
    from: this.from() || undefined,
    to: this.to() || undefined,
    page: positiveInt(this.page(), 1),
    pageSize: positiveInt(this.pageSize(), DEFAULT_PAGE_SIZE),
  }));
  protected readonly hasFilters = computed(() => Boolean(this.filter().action || this.filter().from || this.filter().to));
  protected readonly state = toSignal(
    toObservable(computed(() => ({ tenant: this.tenant(), query: toAuditQuery(this.filter()), reload: this.reloads() }))).pipe(
      loadStates(({ tenant, query }) => this.api.audit(tenant, query)),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly rows = computed(() => this.state().value?.items ?? []);

  constructor() {
    effect(() => {
      const value = this.action() ?? '';
      untracked(() => {
        if (value !== this.actionFilter.value.trim()) this.actionFilter.setValue(value, { emitEvent: false });
      });
    });
    this.actionFilter.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(300),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((value) => {
        if (value !== (this.action() ?? '')) this.navigate({ action: value || null, page: null }, true);
      });
  }

  protected details(details: Record<string, unknown>, max?: number): string {
    return compactDetails(details, max);
  }

  protected setDate(edge: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement | null)?.value ?? '';
    this.navigate({ [edge]: value || null, page: null });
  }

  protected clearFilters(): void {
    this.actionFilter.setValue('', { emitEvent: false });
    this.navigate({ action: null, from: null, to: null, page: null });
  }

  protected onPage(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected reload(): void {
    this.reloads.update((count) => count + 1);
  }

  protected verify(): void {
    this.verifying.set(true);
    this.verification.set(null);
    this.verifyError.set(null);
    this.api.verifyAudit(this.tenant()).subscribe({
      next: (result) => {
        this.verifying.set(false);
        this.verification.set(result);
      },
      error: (error: unknown) => {
        this.verifying.set(false);
        this.verifyError.set(isApiError(error) ? error.message : this.i18n.t('error.unexpected'));
      },
    });
  }

  private navigate(patch: QueryPatch, replaceUrl = false): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: patch, queryParamsHandling: 'merge', replaceUrl });
  }
}
