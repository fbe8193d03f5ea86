import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { PublicPartner, PublicSpending } from '@sinergi/contracts';
import { INITIAL_LOAD_STATE, MediaApi, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { mediaTypeKey } from '@sinergi/web/publication';
import { publicYears } from './public-years';
import { SortHeaderComponent } from './sort-header.component';
import { type TableSort, nextSort, pageRows, sortRows } from './table-view';

const PAGE_SIZE = 20;
type PartnerKey = 'outlet' | 'company' | 'mediaType' | 'tier';
type OutletKey = 'outlet' | 'paid';

/** `/public/:tenant?year=`: a region's partner media and, when it publishes it, its spending; no login. */
@Component({
  selector: 'sg-public-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, RupiahPipe, LocalDatePipe, SortHeaderComponent],
  template: `
    <a class="back" routerLink="/public">{{ 'public.calls' | translate }}</a>
    @let result = state();
    @if (result.status === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (result.status === 'error') {
      @if (result.error.code === 'RESOURCE_NOT_FOUND') {
        <h1 class="sg-page-title">{{ 'public.title' | translate }}</h1>
        <p class="sg-alert sg-alert--info" role="status">{{ 'public.notPublished' | translate }}</p>
      } @else {
        <div class="sg-alert sg-alert--error" role="alert">{{ result.error.message }}</div>
      }
      <div class="sg-actions">
        <a mat-stroked-button routerLink="/public">{{ 'public.toRegions' | translate }}</a>
      </div>
    }
    @if (result.value; as view) {
      <header class="sg-page-header">
        <div>
          <h1 class="sg-page-title">{{ view.tenant.name }}</h1>
          <p class="sg-page-lead">{{ 'public.lead' | translate: { tenant: view.tenant.name, year: view.fiscalYear } }}</p>
        </div>
        <div class="year">
          <label for="public-year">{{ 'public.year' | translate }}</label>
          <select id="public-year" (change)="chooseYear($event)">
            @for (y of years; track y) {
              <option [value]="y" [selected]="y === view.fiscalYear">{{ y }}</option>
            }
          </select>
        </div>
      </header>

      <section class="card" aria-labelledby="contact-title">
        <h2 id="contact-title">{{ 'public.contact' | translate }}</h2>
        <p>{{ view.owningUnit }}</p>
        <dl class="facts">
          @if (view.address) {
            <div><dt>{{ 'public.address' | translate }}</dt><dd>{{ view.address }}</dd></div>
          }
          @if (view.email) {
            <div><dt>{{ 'public.email' | translate }}</dt><dd><a [href]="'mailto:' + view.email">{{ view.email }}</a></dd></div>
          }
          @if (view.phone) {
            <div><dt>{{ 'public.phone' | translate }}</dt><dd>{{ view.phone }}</dd></div>
          }
        </dl>
      </section>

      <section aria-labelledby="partners-title">
        <h2 id="partners-title" class="section-title">{{ 'public.partners' | translate }}</h2>
        @if (view.partners.length) {
          <p class="sg-muted" role="status">{{ 'public.partners.count' | translate: { count: view.partners.length } }}</p>
          @let partners = partnerPage();
          <div class="sg-table-scroll">
            <table [attr.aria-label]="'public.partners' | translate">
              <thead>
                <tr>
                  <th sgSortHeader [label]="'public.partners.outlet' | translate" [direction]="dir(partnerSort(), 'outlet')" (sort)="sortPartners('outlet')"></th>
                  <th sgSortHeader [label]="'public.partners.company' | translate" [direction]="dir(partnerSort(), 'company')" (sort)="sortPartners('company')"></th>
                  <th sgSortHeader [label]="'public.partners.mediaType' | translate" [direction]="dir(partnerSort(), 'mediaType')" (sort)="sortPartners('mediaType')"></th>
                  <th sgSortHeader [label]="'public.partners.tier' | translate" [direction]="dir(partnerSort(), 'tier')" (sort)="sortPartners('tier')"></th>
                  <th scope="col">{{ 'public.partners.period' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (p of partners.items; track $index) {
                  <tr>
                    <td>{{ p.outlet }}</td>
                    <td>{{ p.company }}</td>
                    <td>{{ mediaTypeKey(p.mediaType) | translate }}</td>
                    <td>{{ p.tier }}</td>
                    <td>{{ p.startsOn | localDate }} – {{ p.endsOn | localDate }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (partners.pages > 1) {
            <nav class="pager" [attr.aria-label]="'public.partners' | translate">
              <button mat-stroked-button type="button" [disabled]="partners.page <= 1" (click)="partnerPageNo.set(partners.page - 1)">{{ 'mediaOrders.inbox.previous' | translate }}</button>
              <span>{{ 'mediaOrders.inbox.pageOf' | translate: { page: partners.page, pages: partners.pages } }}</span>
              <button mat-stroked-button type="button" [disabled]="partners.page >= partners.pages" (click)="partnerPageNo.set(partners.page + 1)">{{ 'mediaOrders.inbox.next' | translate }}</button>
            </nav>
          }
        } @else {
          <p class="sg-empty">{{ 'public.partners.none' | translate }}</p>
        }
      </section>

      <section aria-labelledby="spending-title">
        <h2 id="spending-title" class="section-title">{{ 'public.spending' | translate }}</h2>
        @if (view.spending; as spending) {
          <p class="total">{{ 'public.spending.total' | translate: { year: spending.fiscalYear, amount: (spending.total | rupiah) } }}</p>
          <p class="sg-muted">{{ 'public.spending.note' | translate }}</p>
          @if (spending.byOutlet.length) {
            <h3 class="small-title">{{ 'public.spending.byMediaType' | translate }}</h3>
            <div class="sg-table-scroll narrow">
              <table [attr.aria-label]="'public.spending.byMediaType' | translate">
                <thead>
                  <tr><th scope="col">{{ 'public.partners.mediaType' | translate }}</th><th scope="col" class="amount">{{ 'public.spending.paid' | translate }}</th></tr>
                </thead>
                <tbody>
                  @for (row of spending.byMediaType; track row.mediaType) {
                    <tr><td>{{ mediaTypeKey(row.mediaType) | translate }}</td><td class="amount">{{ row.paid | rupiah }}</td></tr>
                  }
                </tbody>
              </table>
            </div>
            <h3 class="small-title">{{ 'public.spending.byOutlet' | translate }}</h3>
            @let outlets = outletPage(spending);
            <div class="sg-table-scroll">
              <table [attr.aria-label]="'public.spending.byOutlet' | translate">
                <thead>
                  <tr>
                    <th sgSortHeader [label]="'public.partners.outlet' | translate" [direction]="dir(outletSort(), 'outlet')" (sort)="sortOutlets('outlet')"></th>
                    <th scope="col">{{ 'public.partners.company' | translate }}</th>
                    <th scope="col">{{ 'public.partners.mediaType' | translate }}</th>
                    <th scope="col" class="amount">{{ 'public.spending.claims' | translate }}</th>
                    <th sgSortHeader class="amount" [label]="'public.spending.paid' | translate" [direction]="dir(outletSort(), 'paid')" (sort)="sortOutlets('paid')"></th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of outlets.items; track $index) {
                    <tr>
                      <td>{{ row.outlet }}</td>
                      <td>{{ row.company }}</td>
                      <td>{{ mediaTypeKey(row.mediaType) | translate }}</td>
                      <td class="amount">{{ row.claims }}</td>
                      <td class="amount">{{ row.paid | rupiah }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            @if (outlets.pages > 1) {
              <nav class="pager" [attr.aria-label]="'public.spending.byOutlet' | translate">
                <button mat-stroked-button type="button" [disabled]="outlets.page <= 1" (click)="outletPageNo.set(outlets.page - 1)">{{ 'mediaOrders.inbox.previous' | translate }}</button>
                <span>{{ 'mediaOrders.inbox.pageOf' | translate: { page: outlets.page, pages: outlets.pages } }}</span>
                <button mat-stroked-button type="button" [disabled]="outlets.page >= outlets.pages" (click)="outletPageNo.set(outlets.page + 1)">{{ 'mediaOrders.inbox.next' | translate }}</button>
              </nav>
            }
          } @else {
            <p class="sg-empty">{{ 'public.spending.none' | translate }}</p>
          }
        } @else {
          <p class="sg-muted">{{ 'public.spending.unpublished' | translate }}</p>
        }
      </section>
      <p class="register"><a routerLink="/register">{{ 'public.calls.register' | translate }}</a></p>
    }
  `,
  styles: `
    .back { display: inline-block; min-height: 44px; line-height: 44px; }
    .year { display: flex; flex-direction: column; gap: 4px; }
    .year select { min-height: 44px; padding: 0 8px; border: 1px solid var(--mat-sys-outline); border-radius: 8px; background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); font: var(--mat-sys-body-large); }
    .card { margin: 16px 0; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .card h2, .section-title { margin: 24px 0 8px; font: var(--mat-sys-title-medium); }
    .card h2 { margin-top: 0; }
    .small-title { margin: 16px 0 8px; font: var(--mat-sys-title-small); }
    .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 8px 16px; margin: 8px 0 0; }
    .facts dt { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    .facts dd { margin: 0; overflow-wrap: anywhere; }
    table { border-collapse: collapse; }
    th, td { padding: 8px 12px; text-align: start; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    .amount { text-align: end; white-space: nowrap; }
    .narrow table { min-width: 0; }
    .total { font: var(--mat-sys-title-medium); margin: 0; }
    .pager { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; margin-top: 8px; }
    .register { margin-top: 24px; }
  `,
})
export class PublicPagePage {
  private readonly api = inject(MediaApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslateService);
  /** Route parameter and query parameter, bound by the router. */
  readonly tenant = input.required<string>();
  readonly year = input<string>();

  protected readonly years = publicYears();
  protected readonly mediaTypeKey = mediaTypeKey;
  private readonly fiscalYear = computed(() => {
    const year = Number(this.year());
    return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : this.years[0]!;
  });
  private readonly query = computed(() => ({ tenant: this.tenant(), fiscalYear: this.fiscalYear() }));
  protected readonly state = toSignal(toObservable(this.query).pipe(loadStates(({ tenant, fiscalYear }) => this.api.publicPage(tenant, fiscalYear))), {
    initialValue: INITIAL_LOAD_STATE,
  });

  protected readonly partnerSort = signal<TableSort<PartnerKey>>({ key: 'outlet', direction: 'asc' });
  protected readonly partnerPageNo = signal(1);
  protected readonly partnerPage = computed(() =>
    pageRows(sortRows<PublicPartner, PartnerKey>(this.state().value?.partners ?? [], this.partnerSort(), this.i18n.locale()), this.partnerPageNo(), PAGE_SIZE),
  );
  protected readonly outletSort = signal<TableSort<OutletKey>>({ key: 'paid', direction: 'desc' });
  protected readonly outletPageNo = signal(1);

  protected outletPage(spending: PublicSpending) {
    return pageRows(sortRows(spending.byOutlet, this.outletSort(), this.i18n.locale()), this.outletPageNo(), PAGE_SIZE);
  }

  protected dir<K extends string>(sort: TableSort<K>, key: K): 'asc' | 'desc' | null {
    return sort.key === key ? sort.direction : null;
  }

  protected sortPartners(key: PartnerKey): void {
    this.partnerSort.update((current) => nextSort(current, key));
    this.partnerPageNo.set(1);
  }

  protected sortOutlets(key: OutletKey): void {
    this.outletSort.update((current) => nextSort(current, key, key === 'paid' ? 'desc' : 'asc'));
    this.outletPageNo.set(1);
  }

  protected chooseYear(event: Event): void {
    this.partnerPageNo.set(1);
    this.outletPageNo.set(1);
    void this.router.navigate([], { queryParams: { year: (event.target as HTMLSelectElement).value }, replaceUrl: true });
  }
}
