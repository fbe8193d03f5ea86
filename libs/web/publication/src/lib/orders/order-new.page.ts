import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type { DistributionRow, Product, PublicationSettings } from '@sinergi/contracts';
import { type ApiError, INITIAL_LOAD_STATE, PublicationApi, isApiError, loadStates } from '@sinergi/web/api-client';
import { RupiahPipe, TranslatePipe } from '@sinergi/web/i18n';
import { catchError, forkJoin, of, throwError } from 'rxjs';
import { TenantAccess } from '@sinergi/web/ui';
import { ApiProblemComponent } from '../api-problem.component';
import { currentFiscalYear, fiscalYearOptions, mediaTypeKey, todayWib } from '../shared';

type Draft = { productCode: string; quantity: number | null; title: string; body: string; publishFrom: string; publishUntil: string };

/** What the form would send, or the first problem per field (the API's own rules, checked as the user types). */
export function checkOrderDraft(draft: Draft, today: string): Map<keyof Draft | 'agreement', 'required' | 'quantity' | 'title' | 'window' | 'past'> {
  const problems = new Map<keyof Draft | 'agreement', 'required' | 'quantity' | 'title' | 'window' | 'past'>();
  if (!draft.productCode) problems.set('productCode', 'required');
  if (draft.quantity === null || !Number.isInteger(draft.quantity) || draft.quantity < 1 || draft.quantity > 100_000) problems.set('quantity', 'quantity');
  if (draft.title.trim().length < 3) problems.set('title', 'title');
  if (!draft.body.trim()) problems.set('body', 'required');
  if (!draft.publishFrom) problems.set('publishFrom', 'required');
  else if (draft.publishFrom < today) problems.set('publishFrom', 'past');
  if (!draft.publishUntil) problems.set('publishUntil', 'required');
  else if (draft.publishFrom && draft.publishUntil < draft.publishFrom) problems.set('publishUntil', 'window');
  return problems;
}

/** The unit price of a product for an agreement: the agreement's own price, else its tier's. */
export function unitPriceFor(settings: PublicationSettings | null, row: DistributionRow | null, productCode: string): { price: number; source: 'agreement' | 'tier' } | null {
  if (!settings || !row || !productCode) return null;
  const own = settings.agreementRates.find((r) => r.agreementId === row.agreementId && r.productCode === productCode);
  if (own) return { price: own.unitPrice, source: 'agreement' };
  const tier = settings.rates.find((r) => r.productCode === productCode && r.tier === row.tier);
  return tier ? { price: tier.unitPrice, source: 'tier' } : null;
}

/** `/t/:tenant/orders/new`: pick an outlet (with its orders and spend so far), a product, the material and window. */
@Component({
  selector: 'sg-order-new-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule, RouterLink, TranslatePipe, RupiahPipe, ApiProblemComponent],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'orders.new.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'orders.new.lead' | translate }}</p>
      </div>
      <a mat-button routerLink="..">{{ 'common.back' | translate }}</a>
    </header>

    <div class="sg-filters">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.fiscalYear' | translate }}</mat-label>
        <mat-select [value]="fiscalYear()" (valueChange)="fiscalYear.set($event); agreementId.set('')">
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>

    @let data = state();
    @if (data.status === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (data.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ data.error.message }}</div>
    }
    @if (data.value; as loaded) {
      @if (!loaded.settings) {
        <p class="sg-alert sg-alert--info" role="status">
          {{ 'orders.new.noSettings' | translate: { year: fiscalYear() } }}
          @if (access.can('update', 'PublicationSettings')) {
            <a routerLink="../../publication-settings">{{ 'orders.new.toSettings' | translate }}</a>
          }
        </p>
      }
      <section aria-labelledby="distribution-title">
        <h2 id="distribution-title" class="section-title">{{ 'orders.new.distribution' | translate }}</h2>
        <p class="sg-muted">{{ 'orders.new.distributionLead' | translate }}</p>
        <div class="sg-table-scroll" tabindex="0">
          <table class="plain" [attr.aria-label]="'orders.new.distributionTable' | translate">
            <thead>
              <tr>
                <th scope="col">{{ 'orders.new.choose' | translate }}</th>
                <th scope="col">{{ 'orders.list.outlet' | translate }}</th>
                <th scope="col">{{ 'orders.new.tier' | translate }}</th>
                <th scope="col" class="num">{{ 'orders.new.orders' | translate }}</th>
                <th scope="col" class="num">{{ 'orders.new.spend' | translate }}</th>
                <th scope="col" class="num">{{ 'orders.new.ceiling' | translate }}</th>
                <th scope="col">{{ 'orders.new.state' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of loaded.distribution; track row.agreementId) {
                <tr [class.selected]="row.agreementId === agreementId()">
                  <td>
                    <input
                      type="radio"
                      name="agreement"
                      [id]="'agreement-' + row.agreementId"
                      [value]="row.agreementId"
                      [checked]="row.agreementId === agreementId()"
                      [disabled]="!!row.refusal"
                      (change)="pick(row)"
                    />
                  </td>
                  <td>
                    <label [for]="'agreement-' + row.agreementId">{{ row.outlet.name }}</label>
                    <div class="sg-muted">{{ row.company.legalName }} · {{ mediaTypeKey(row.outlet.mediaType) | translate }}</div>
                  </td>
                  <td>{{ row.tier }}</td>
                  <td class="num">{{ row.orders }}</td>
                  <td class="num">{{ row.spend | rupiah }}</td>
                  <td class="num">{{ row.ceiling === null ? ('orders.new.noCeiling' | translate) : (row.ceiling | rupiah) }}</td>
                  <td>
                    @if (row.refusal === 'OUTLET_BLOCKED') {
                      {{ 'orders.new.blocked' | translate }}
                    } @else if (row.refusal === 'OUTLET_HAS_OVERDUE_PROOFS') {
                      {{ 'orders.new.overdue' | translate: { count: row.overdueProofs } }}
                    } @else if (row.overdueProofs) {
                      {{ 'orders.new.overdueWarning' | translate: { count: row.overdueProofs } }}
                    } @else {
                      {{ 'orders.new.open' | translate }}
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
          @if (!loaded.distribution.length) {
            <p class="sg-empty">{{ 'orders.new.noAgreements' | translate }}</p>
          }
        </div>
      </section>

      <form class="order-form" [attr.aria-label]="'orders.new.formLabel' | translate" (submit)="$event.preventDefault(); submit()">
        @let row = selected();
        <p class="sg-muted">
          @if (row) {
            {{ 'orders.new.selected' | translate: { outlet: row.outlet.name, tier: row.tier } }}
          } @else {
            {{ 'orders.new.pickFirst' | translate }}
          }
        </p>
        <mat-form-field>
          <mat-label>{{ 'orders.product' | translate }}</mat-label>
          <mat-select name="product" [value]="draft().productCode" (valueChange)="patch({ productCode: $event })" [disabled]="!row">
            @for (p of products(); track p.code) {
              <mat-option [value]="p.code">{{ p.name }} ({{ p.code }})</mat-option>
            }
          </mat-select>
          @if (shown('productCode')) {
            <mat-error>{{ 'orders.new.err.required' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'orders.quantity' | translate }}</mat-label>
          <input matInput type="number" min="1" max="100000" step="1" name="quantity" [ngModel]="draft().quantity" (ngModelChange)="patch({ quantity: $event })" required />
          @if (price(); as p) {
            <mat-hint>{{ (p.source === 'agreement' ? 'orders.new.priceAgreement' : 'orders.new.priceTier') | translate: { price: (p.price | rupiah), total: (p.price * (draft().quantity ?? 0) | rupiah) } }}</mat-hint>
          }
          @if (shown('quantity')) {
            <mat-error>{{ 'orders.new.err.quantity' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'orders.new.materialTitle' | translate }}</mat-label>
          <input matInput name="title" maxlength="300" [ngModel]="draft().title" (ngModelChange)="patch({ title: $event })" required />
          @if (shown('title')) {
            <mat-error>{{ 'orders.new.err.title' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'orders.new.materialBody' | translate }}</mat-label>
          <textarea matInput name="body" rows="6" maxlength="50000" [ngModel]="draft().body" (ngModelChange)="patch({ body: $event })" required></textarea>
          @if (shown('body')) {
            <mat-error>{{ 'orders.new.err.required' | translate }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'orders.new.publishFrom' | translate }}</mat-label>
            <input matInput type="date" name="publishFrom" [ngModel]="draft().publishFrom" (ngModelChange)="patch({ publishFrom: $event })" required />
            @if (shown('publishFrom')) {
              <mat-error>{{ (problems().get('publishFrom') === 'past' ? 'orders.new.err.past' : 'orders.new.err.required') | translate }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'orders.new.publishUntil' | translate }}</mat-label>
            <input matInput type="date" name="publishUntil" [ngModel]="draft().publishUntil" (ngModelChange)="patch({ publishUntil: $event })" required />
            @if (shown('publishUntil')) {
              <mat-error>{{ (problems().get('publishUntil') === 'window' ? 'orders.new.err.window' : 'orders.new.err.required') | translate }}</mat-error>
            }
          </mat-form-field>
        </div>
        @if (error(); as e) {
          <sg-api-problem [error]="e" />
        }
        <div class="sg-actions">
          <button mat-flat-button type="submit" [disabled]="saving() || !row">{{ 'orders.new.submit' | translate }}</button>
        </div>
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
      </form>
    }
  `,
  styles: `
    .section-title { font: var(--mat-sys-title-medium); margin: 16px 0 4px; }
    table.plain { border-collapse: collapse; }
    table.plain th, table.plain td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    table.plain .num { text-align: right; white-space: nowrap; }
    tr.selected { background: var(--mat-sys-secondary-container); }
    .order-form { display: flex; flex-direction: column; gap: 4px; max-width: 720px; margin-top: 24px; }
    .row { display: flex; flex-wrap: wrap; gap: 16px; }
    .row > * { flex: 1 1 200px; }
  `,
})
export class OrderNewPage {
  private readonly api = inject(PublicationApi);
  private readonly router = inject(Router);
  protected readonly access = inject(TenantAccess);
  protected readonly years = fiscalYearOptions();
  protected readonly mediaTypeKey = mediaTypeKey;

  protected readonly fiscalYear = signal(currentFiscalYear());
  protected readonly agreementId = signal('');
  protected readonly draft = signal<Draft>({ productCode: '', quantity: 1, title: '', body: '', publishFrom: todayWib(), publishUntil: todayWib() });
  protected readonly touched = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected readonly state = toSignal(
    toObservable(this.fiscalYear).pipe(
      loadStates((fiscalYear) =>
        forkJoin({
          distribution: this.api.distribution(this.access.slug(), { fiscalYear, sort: 'spend', direction: 'asc' }),
          settings: this.api.settings(this.access.slug(), fiscalYear).pipe(
            catchError((e: unknown) => (isApiError(e) && e.statusCode === 404 ? of(null) : throwError(() => e))),
          ),
        }),
      ),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );

  protected readonly selected = computed(() => this.state().value?.distribution.find((r) => r.agreementId === this.agreementId()) ?? null);
  protected readonly products = computed<Product[]>(() => {
    const row = this.selected();
    return row ? (this.state().value?.settings?.products ?? []).filter((p) => p.mediaType === row.outlet.mediaType) : [];
  });
  protected readonly price = computed(() => unitPriceFor(this.state().value?.settings ?? null, this.selected(), this.draft().productCode));
  protected readonly problems = computed(() => checkOrderDraft(this.draft(), todayWib()));

  protected shown(field: keyof Draft): boolean {
    return this.touched() && this.problems().has(field);
  }

  protected pick(row: DistributionRow): void {
    this.agreementId.set(row.agreementId);
    const products = (this.state().value?.settings?.products ?? []).filter((p) => p.mediaType === row.outlet.mediaType);
    if (!products.some((p) => p.code === this.draft().productCode)) this.patch({ productCode: products[0]?.code ?? '' });
  }

  protected patch(change: Partial<Draft>): void {
    this.draft.update((d) => ({ ...d, ...change, quantity: change.quantity !== undefined ? (change.quantity === null ? null : Number(change.quantity)) : d.quantity }));
  }

  protected submit(): void {
    this.touched.set(true);
    const row = this.selected();
    if (!row || this.problems().size) return;
    const d = this.draft();
    this.saving.set(true);
    this.error.set(null);
    this.api
      .createOrder(this.access.slug(), {
        agreementId: row.agreementId,
        productCode: d.productCode,
        quantity: d.quantity ?? 1,
        material: { title: d.title.trim(), body: d.body },
        publishFrom: d.publishFrom,
        publishUntil: d.publishUntil,
      })
      .subscribe({
        next: (order) => void this.router.navigate(['/t', this.access.slug(), 'orders', order.id]),
        error: (e: ApiError) => {
          this.saving.set(false);
          this.error.set(e);
        },
      });
  }
}

