import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { MAX_PAGE_SIZE, REGION_LEVELS, REGION_SORTS, type RegionLevel, type RegionQuery } from '@sinergi/contracts';
import { SinergiApi } from '@sinergi/web/api-client';
import { LocalNumberPipe, TranslatePipe } from '@sinergi/web/i18n';
import { catchError, map, of } from 'rxjs';
import { LEVEL_LABEL } from '../shared/labels';
import { TypedCellDefDirective, loadOnChange, pagingOf, sortFromParam, sortToParam } from '@sinergi/web/ui';
import { bindSearchToUrl, injectQueryUpdater, positiveInt } from '../shared/url-query';

const DEFAULT_PAGE_SIZE = 25;
const COLUMNS = ['code', 'name', 'level', 'province', 'population', 'tenant'] as const;

/** The Kemendagri region catalogue: search, filter, and onboard a region as a tenant. */
@Component({
  selector: 'sg-region-list-page',
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
    LocalNumberPipe,
    TypedCellDefDirective,
  ],
  templateUrl: './region-list.page.html',
  styleUrl: './region-list.page.scss',
})
export class RegionListPage {
  /** Query parameters, bound by the router. */
  readonly q = input<string>();
  readonly level = input<string>();
  readonly province = input<string>();
  readonly sort = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  private readonly api = inject(SinergiApi);
  private readonly updateQuery = injectQueryUpdater();

  protected readonly levels = REGION_LEVELS;
  protected readonly levelLabel = LEVEL_LABEL;
  protected readonly columns = COLUMNS;
  protected readonly search = new FormControl('', { nonNullable: true });

  protected readonly sorting = computed(() => sortFromParam(this.sort(), REGION_SORTS));
  protected readonly query = computed<RegionQuery>(() => ({
    q: this.q() || undefined,
    level: this.selectedLevel() || undefined,
    provinceCode: this.province() || undefined,
    sort: this.sorting().param,
    page: positiveInt(this.page(), 1),
    pageSize: positiveInt(this.pageSize(), DEFAULT_PAGE_SIZE),
  }));
  protected readonly selectedLevel = computed<RegionLevel | ''>(() => {
    const level = this.level();
    return REGION_LEVELS.find((known) => known === level) ?? '';
  });
  private readonly list = loadOnChange(this.query, (query) => this.api.regions(query));
  protected readonly state = this.list.state;
  protected readonly provinces = toSignal(
    this.api.regions({ level: 'provinsi', pageSize: MAX_PAGE_SIZE }).pipe(
      map((page) => [...page.items].sort((a, b) => a.name.localeCompare(b.name, 'id'))),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  protected readonly rows = computed(() => this.state().value?.items ?? []);
  protected readonly hasFilters = computed(() => {
    const query = this.query();
    return Boolean(query.q || query.level || query.provinceCode);
  });

  constructor() {
    bindSearchToUrl(this.search, computed(() => this.q() ?? ''), (q) =>
      this.updateQuery({ q: q || null, page: null }, true),
    );
  }

  protected setLevel(value: unknown): void {
    const level = REGION_LEVELS.find((known) => known === value);
    this.updateQuery({ level: level ?? null, page: null });
  }

  protected setProvince(value: unknown): void {
    this.updateQuery({ province: typeof value === 'string' && value ? value : null, page: null });
  }

  protected setSort(sort: Sort): void {
    this.updateQuery({ sort: sortToParam(sort), page: null });
  }

  protected onPage(event: PageEvent): void {
    this.updateQuery(pagingOf(event));
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.updateQuery({ q: null, level: null, province: null, page: null });
  }

  protected retry(): void {
    this.list.reload();
  }
}
