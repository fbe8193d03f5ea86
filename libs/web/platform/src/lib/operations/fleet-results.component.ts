import { ChangeDetectionStrategy, Component, computed, effect, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import type { FleetMigrationTenantResult } from '@sinergi/contracts';
import { LocalNumberPipe, TranslatePipe, type TranslationKey } from '@sinergi/web/i18n';
import { TypedCellDefDirective } from '@sinergi/web/ui';
import { debounceTime } from 'rxjs';
import { RESULT_STATUSES, type ResultSortColumn, type ResultView, viewResults } from './fleet-results';

const COLUMNS = ['slug', 'from', 'to', 'status', 'ms', 'error'] as const;
const SORTABLE: readonly string[] = ['slug', 'from', 'to', 'status', 'ms'] satisfies ResultSortColumn[];

export const RESULT_LABEL: Readonly<Record<FleetMigrationTenantResult['status'], TranslationKey>> = {
  migrated: 'ops.fleet.result.migrated',
  'up-to-date': 'ops.fleet.result.up-to-date',
  failed: 'ops.fleet.result.failed',
};

/** The per-tenant results of one fleet migration run: filter, sort, page (all in the browser). */
@Component({
  selector: 'sg-fleet-results',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    TranslatePipe,
    LocalNumberPipe,
    TypedCellDefDirective,
  ],
  template: `
    <div class="sg-filters" role="search" [attr.aria-label]="'ops.fleet.filtersLabel' | translate">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'ops.fleet.search' | translate }}</mat-label>
        <input matInput type="search" [formControl]="search" autocomplete="off" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'ops.fleet.result' | translate }}</mat-label>
        <mat-select [value]="status()" (valueChange)="setStatus($event)">
          <mat-option value="">{{ 'ops.fleet.allResults' | translate }}</mat-option>
          @for (value of statuses; track value) {
            <mat-option [value]="value">{{ resultLabel[value] | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>

    <div class="sg-table-scroll">
      <table
        mat-table
        matSort
        [dataSource]="pageRows()"
        [matSortActive]="sort().active"
        [matSortDirection]="sort().direction"
        (matSortChange)="setSort($event)"
        [attr.aria-label]="'ops.fleet.tableLabel' | translate"
      >
        @for (column of sortable; track column) {
          <ng-container [matColumnDef]="column">
            <th
              mat-header-cell
              *matHeaderCellDef
              mat-sort-header
              scope="col"
              [sortActionDescription]="'ops.fleet.sortBy' | translate: { column: (columnLabel(column) | translate) }"
            >
              {{ columnLabel(column) | translate }}
            </th>
            <td mat-cell *matCellDef="let row; dataSource: pageRows()" [class.sg-mono]="column === 'slug'">
              @switch (column) {
                @case ('slug') { {{ row.slug }} }
                @case ('from') { v{{ row.from }} }
                @case ('to') { v{{ row.to }} }
                @case ('status') {
                  <span class="result" [class.result--failed]="row.status === 'failed'">{{ resultLabel[row.status] | translate }}</span>
                }
                @case ('ms') { {{ row.ms | localNumber }} }
              }
            </td>
          </ng-container>
        }
        <ng-container matColumnDef="error">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'ops.fleet.col.error' | translate }}</th>
          <td mat-cell *matCellDef="let row; dataSource: pageRows()" class="error">{{ row.error ?? '' }}</td>
        </ng-container>

        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>

      @if (filtered().length === 0) {
        <div class="sg-empty">
          @if (results().length === 0) {
            <p>{{ 'ops.fleet.emptyResults' | translate }}</p>
          } @else {
            <p>{{ 'ops.fleet.emptyFiltered' | translate }}</p>
            <button mat-stroked-button type="button" (click)="clearFilters()">{{ 'common.clearFilters' | translate }}</button>
          }
        </div>
      }

      <mat-paginator
        [length]="filtered().length"
        [pageIndex]="pageIndex()"
        [pageSize]="pageSize()"
        [pageSizeOptions]="[25, 50, 100]"
        (page)="onPage($event)"
      />
    </div>
  `,
  styles: `
    .result { font-weight: 500; }
    .result--failed { color: var(--mat-sys-error); }
    .error { max-width: 420px; overflow-wrap: anywhere; font: var(--mat-sys-body-small); }
  `,
})
export class FleetResultsComponent {
  readonly results = input.required<readonly FleetMigrationTenantResult[]>();

  protected readonly columns = COLUMNS;
  protected readonly sortable = SORTABLE;
  protected readonly statuses = RESULT_STATUSES;
  protected readonly resultLabel = RESULT_LABEL;
  protected readonly search = new FormControl('', { nonNullable: true });

  private readonly q = toSignal(this.search.valueChanges.pipe(debounceTime(200)), { initialValue: '' });
  protected readonly status = signal<ResultView['status']>('');
  protected readonly sort = signal<ResultView['sort']>({ active: 'status', direction: '' });
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);

  protected readonly filtered = computed(() =>
    viewResults(this.results(), { q: this.q(), status: this.status(), sort: this.sort() }),
  );
  protected readonly pageRows = computed(() => {
    const start = this.pageIndex() * this.pageSize();
    return this.filtered().slice(start, start + this.pageSize());
  });

  constructor() {
    // A new filter, or another run, starts again at the first page.
    effect(() => {
      this.results();
      this.q();
      this.status();
      this.pageIndex.set(0);
    });
  }

  protected columnLabel(column: string): TranslationKey {
    switch (column) {
      case 'from':
        return 'ops.fleet.col.from';
      case 'to':
        return 'ops.fleet.col.to';
      case 'status':
        return 'ops.fleet.col.status';
      case 'ms':
        return 'ops.fleet.col.ms';
      default:
        return 'ops.fleet.col.slug';
    }
  }

  protected setStatus(value: unknown): void {
    this.status.set(RESULT_STATUSES.find((known) => known === value) ?? '');
  }

  protected setSort(sort: Sort): void {
    const active = SORTABLE.includes(sort.active) ? (sort.active as ResultSortColumn) : 'status';
    this.sort.set({ active, direction: sort.direction });
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected clearFilters(): void {
    this.search.setValue('');
    this.status.set('');
  }
}
