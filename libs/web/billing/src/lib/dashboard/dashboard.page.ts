import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { MediaType } from '@sinergi/contracts';
import { BillingApi, INITIAL_LOAD_STATE, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { currentFiscalYear, fiscalYearOptions, mediaTypeKey, orderStatusKey } from '@sinergi/web/publication';
import { TenantAccess } from '@sinergi/web/ui';
import { absorptionChart, percentOf } from './absorption-chart';

const CHART_HEIGHT = 180;
/** One colour per media type, each with enough contrast against the surface. */
const COLOURS: Record<MediaType, string> = {
  online: '#1f5fa8',
  'print-daily': '#a8511f',
  'print-weekly': '#6b4aa8',
  'print-monthly': '#2f7a3a',
  tv: '#9b1c4a',
  radio: '#5b6470',
  'social-media': '#0f7c80',
  videotron: '#7a6a10',
};

/** `/t/:tenant/dashboard`: budget absorption, spend per outlet, overdue proofs, approvals waiting. */
@Component({
  selector: 'sg-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormFieldModule, MatProgressBarModule, MatSelectModule, RouterLink, TranslatePipe, RupiahPipe, LocalDatePipe],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'billing.dashboard.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'billing.dashboard.lead' | translate }}</p>
      </div>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.fiscalYear' | translate }}</mat-label>
        <mat-select [value]="fiscalYear()" (valueChange)="fiscalYear.set($event)">
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </header>

    @let data = state();
    @if (data.status === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (data.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ data.error.message }}</div>
    }
    @if (data.value; as d) {
      <section class="tiles" [attr.aria-label]="'billing.dashboard.figures' | translate">
        <div class="tile">
          <span class="label">{{ 'billing.budget.pagu' | translate }}</span>
          <span class="value">{{ d.budget.total.pagu | rupiah }}</span>
          @if (!d.budget.current) {
            <span class="sg-muted">{{ 'billing.dashboard.noPagu' | translate }}</span>
          }
        </div>
        <div class="tile">
          <span class="label">{{ 'billing.budget.committed' | translate }}</span>
          <span class="value">{{ d.budget.total.committed | rupiah }}</span>
        </div>
        <div class="tile">
          <span class="label">{{ 'billing.budget.realised' | translate }}</span>
          <span class="value">{{ d.budget.total.realised | rupiah }}</span>
          <span class="sg-muted">{{ 'billing.dashboard.absorbed' | translate: { percent: percent(d.budget.total.realised, d.budget.total.pagu) } }}</span>
        </div>
        <div class="tile">
          <span class="label">{{ 'billing.budget.available' | translate }}</span>
          <span class="value">{{ d.budget.total.available | rupiah }}</span>
        </div>
        <a class="tile tile--link" routerLink="../approvals">
          <span class="label">{{ 'billing.dashboard.waitingOnMe' | translate }}</span>
          <span class="value">{{ d.approvalsWaitingOnMe }}</span>
        </a>
      </section>

      <section class="card" aria-labelledby="absorption-title">
        <h2 id="absorption-title">{{ 'billing.dashboard.absorption' | translate }}</h2>
        @let c = chart();
        @if (c.max === 0) {
          <p class="sg-empty">{{ 'billing.dashboard.noAbsorption' | translate }}</p>
        } @else {
          <figure class="chart">
            <svg [attr.viewBox]="'0 0 ' + (12 * 40 + 40) + ' ' + (height + 24)" role="img" [attr.aria-label]="'billing.dashboard.chartLabel' | translate: { year: d.fiscalYear }">
              @for (b of c.bars; track b.month; let i = $index) {
                @for (s of b.segments; track s.mediaType) {
                  <rect [attr.x]="40 + i * 40 + 6" [attr.y]="s.y" width="28" [attr.height]="s.height" [attr.fill]="colour(s.mediaType)">
                    <title>{{ monthName(b.month) }} · {{ mediaTypeKey(s.mediaType) | translate }} · {{ s.value | rupiah }}</title>
                  </rect>
                }
                <text [attr.x]="40 + i * 40 + 20" [attr.y]="height + 16" text-anchor="middle" class="axis">{{ monthShort(b.month) }}</text>
              }
              <line x1="40" [attr.y1]="height" [attr.x2]="12 * 40 + 40" [attr.y2]="height" class="base" />
            </svg>
            <figcaption>
              <ul class="legend">
                @for (m of c.mediaTypes; track m) {
                  <li><span class="swatch" [style.background]="colour(m)"></span>{{ mediaTypeKey(m) | translate }}</li>
                }
              </ul>
            </figcaption>
          </figure>
        }
        <details>
          <summary>{{ 'billing.dashboard.chartTable' | translate }}</summary>
          <table class="plain" [attr.aria-label]="'billing.dashboard.chartTable' | translate">
            <thead>
              <tr>
                <th scope="col">{{ 'billing.dashboard.month' | translate }}</th>
                <th scope="col" class="num">{{ 'billing.budget.realised' | translate }}</th>
                <th scope="col" class="num">{{ 'billing.dashboard.cumulative' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (b of c.bars; track b.month; let i = $index) {
                <tr>
                  <th scope="row">{{ monthName(b.month) }}</th>
                  <td class="num">{{ b.total | rupiah }}</td>
                  <td class="num">{{ c.cumulative[i] | rupiah }}</td>
                </tr>
              }
            </tbody>
          </table>
        </details>
        <div class="sg-table-scroll spaced" tabindex="0">
          <table class="plain" [attr.aria-label]="'billing.dashboard.byMediaType' | translate">
            <thead>
              <tr>
                <th scope="col">{{ 'orders.mediaTypeLabel' | translate }}</th>
                <th scope="col" class="num">{{ 'billing.budget.pagu' | translate }}</th>
                <th scope="col" class="num">{{ 'billing.budget.committed' | translate }}</th>
                <th scope="col" class="num">{{ 'billing.budget.realised' | translate }}</th>
                <th scope="col" class="num">{{ 'billing.budget.available' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of d.budget.byMediaType; track row.mediaType) {
                <tr>
                  <th scope="row">{{ mediaTypeKey(row.mediaType) | translate }}</th>
                  <td class="num">{{ row.pagu | rupiah }}</td>
                  <td class="num">{{ row.committed | rupiah }}</td>
                  <td class="num">{{ row.realised | rupiah }}</td>
                  <td class="num">{{ row.available | rupiah }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>

      <section class="card" aria-labelledby="spend-title">
        <h2 id="spend-title">{{ 'billing.dashboard.spend' | translate }}</h2>
        <div class="sg-table-scroll" tabindex="0">
          <table class="plain" [attr.aria-label]="'billing.dashboard.spend' | translate">
            <thead>
              <tr>
                <th scope="col">{{ 'orders.list.outlet' | translate }}</th>
                <th scope="col">{{ 'orders.mediaTypeLabel' | translate }}</th>
                <th scope="col" class="num">{{ 'orders.new.orders' | translate }}</th>
                <th scope="col" class="num">{{ 'billing.budget.committed' | translate }}</th>
                <th scope="col" class="num">{{ 'billing.dashboard.paid' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of d.spendPerOutlet; track row.outletId) {
                <tr>
                  <th scope="row">{{ row.outletName }}</th>
                  <td>{{ mediaTypeKey(row.mediaType) | translate }}</td>
                  <td class="num">{{ row.orders }}</td>
                  <td class="num">{{ row.committed | rupiah }}</td>
                  <td class="num">{{ row.paid | rupiah }}</td>
                </tr>
              }
            </tbody>
          </table>
          @if (!d.spendPerOutlet.length) {
            <p class="sg-empty">{{ 'billing.dashboard.noSpend' | translate }}</p>
          }
        </div>
      </section>

      <div class="columns">
        <section class="card" aria-labelledby="overdue-title">
          <h2 id="overdue-title">{{ 'billing.dashboard.overdue' | translate: { count: d.overdueProofs.total } }}</h2>
          @if (d.overdueProofs.items.length) {
            <ul class="list">
              @for (o of d.overdueProofs.items; track o.orderId) {
                <li>
                  <a [routerLink]="['../orders', o.orderId]">{{ o.orderNumber }}</a> · {{ o.outletName }} ·
                  {{ 'billing.dashboard.daysOverdue' | translate: { days: o.daysOverdue, date: (o.proofDeadline | localDate) } }} ·
                  {{ statusKey(o.status) | translate }}
                </li>
              }
            </ul>
          } @else {
            <p class="sg-muted">{{ 'billing.dashboard.noOverdue' | translate }}</p>
          }
        </section>
        <section class="card" aria-labelledby="waiting-title">
          <h2 id="waiting-title">{{ 'billing.dashboard.waiting' | translate }}</h2>
          @if (d.approvalsWaiting.length) {
            <table class="plain" [attr.aria-label]="'billing.dashboard.waiting' | translate">
              <thead>
                <tr>
                  <th scope="col">{{ 'billing.dashboard.official' | translate }}</th>
                  <th scope="col" class="num">{{ 'billing.dashboard.count' | translate }}</th>
                  <th scope="col" class="num">{{ 'billing.dashboard.oldest' | translate }}</th>
                  <th scope="col" class="num">{{ 'billing.dashboard.overdueCount' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (w of d.approvalsWaiting; track w.role) {
                  <tr>
                    <th scope="row">
                      {{ w.role }}
                      <div class="sg-muted">{{ holders(w.holders) }}</div>
                    </th>
                    <td class="num">{{ w.count }}</td>
                    <td class="num">{{ 'billing.dashboard.days' | translate: { days: w.oldestAgeDays } }}</td>
                    <td class="num">{{ w.overdue }}</td>
                  </tr>
                }
              </tbody>
            </table>
          } @else {
            <p class="sg-muted">{{ 'billing.dashboard.noWaiting' | translate }}</p>
          }
        </section>
      </div>
    }
  `,
  styles: `
    .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 12px; margin-bottom: 16px; }
    .tile { display: flex; flex-direction: column; gap: 4px; padding: 12px 16px; border-radius: 12px; background: var(--mat-sys-surface-container); color: inherit; text-decoration: none; }
    .tile--link:hover { background: var(--mat-sys-surface-container-high); }
    .tile .label { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    .tile .value { font: var(--mat-sys-title-large); }
    .card { margin: 0 0 16px; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .card h2 { margin: 0 0 8px; font: var(--mat-sys-title-medium); }
    .chart { margin: 0; }
    .chart svg { width: 100%; max-width: 720px; height: auto; }
    .axis { font-size: 11px; fill: var(--mat-sys-on-surface-variant); }
    .base { stroke: var(--mat-sys-outline); }
    .legend { display: flex; flex-wrap: wrap; gap: 8px 16px; padding: 0; list-style: none; }
    .swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; border-radius: 2px; vertical-align: middle; }
    table.plain { border-collapse: collapse; width: 100%; }
    table.plain th, table.plain td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    table.plain .num { text-align: right; white-space: nowrap; }
    .spaced { margin-top: 12px; }
    .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 16px; }
    .list { padding-left: 20px; }
  `,
})
export class DashboardPage {
  private readonly api = inject(BillingApi);
  private readonly access = inject(TenantAccess);
  private readonly i18n = inject(TranslateService);
  protected readonly years = fiscalYearOptions();
  protected readonly height = CHART_HEIGHT;
  protected readonly mediaTypeKey = mediaTypeKey;
  protected readonly statusKey = orderStatusKey;
  protected readonly percent = percentOf;
  protected readonly fiscalYear = signal(currentFiscalYear());

  protected readonly state = toSignal(
    toObservable(this.fiscalYear).pipe(loadStates((fiscalYear) => this.api.dashboard(this.access.slug(), fiscalYear))),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly chart = computed(() => absorptionChart(this.state().value?.absorption ?? [], CHART_HEIGHT));

  protected colour(mediaType: MediaType): string {
    return COLOURS[mediaType];
  }

  protected monthName(month: number): string {
    return new Intl.DateTimeFormat(this.i18n.locale(), { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, month - 1, 1));
  }

  protected monthShort(month: number): string {
    return new Intl.DateTimeFormat(this.i18n.locale(), { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, month - 1, 1));
  }

  protected holders(list: { name: string; delegatedBy: string | null }[]): string {
    return list.map((h) => (h.delegatedBy ? `${h.name} (${this.i18n.t('billing.dashboard.actingFor', { name: h.delegatedBy })})` : h.name)).join(', ');
  }
}
