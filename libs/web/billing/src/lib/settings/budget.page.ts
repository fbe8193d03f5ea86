import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { BUDGET_REVISION_KINDS, MEDIA_TYPES, type BudgetRevisionKind, type MediaType, type SetBudgetRequest } from '@sinergi/contracts';
import { type ApiError, BillingApi, INITIAL_LOAD_STATE, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe, type TranslationKey } from '@sinergi/web/i18n';
import { ApiProblemComponent, currentFiscalYear, fiscalYearOptions, mediaTypeKey, parseRupiah, todayWib } from '@sinergi/web/publication';
import { TenantAccess } from '@sinergi/web/ui';
import { combineLatest } from 'rxjs';

export type BudgetDraft = { kind: BudgetRevisionKind; documentNumber: string; effectiveOn: string; total: string; split: Partial<Record<MediaType, string>>; note: string };

/** The request of a budget draft, or the problems the API would answer (shares must add up to the total). */
export function budgetRequest(draft: BudgetDraft): SetBudgetRequest | { problems: ('total' | 'effectiveOn' | 'split' | `share.${MediaType}`)[] } {
  const problems: ('total' | 'effectiveOn' | 'split' | `share.${MediaType}`)[] = [];
  const total = parseRupiah(draft.total);
  if (total === null) problems.push('total');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.effectiveOn)) problems.push('effectiveOn');
  const shares: Partial<Record<MediaType, number>> = {};
  for (const [type, text] of Object.entries(draft.split) as [MediaType, string][]) {
    if (!text?.trim()) continue;
    const value = parseRupiah(text);
    if (value === null) problems.push(`share.${type}`);
    else shares[type] = value;
  }
  const split = Object.keys(shares).length > 0;
  if (split && total !== null && Object.values(shares).reduce((a, b) => a + (b ?? 0), 0) !== total) problems.push('split');
  if (problems.length) return { problems };
  return {
    kind: draft.kind,
    documentNumber: draft.documentNumber.trim() || null,
    effectiveOn: draft.effectiveOn,
    total: total!,
    byMediaType: split ? shares : null,
    note: draft.note.trim() || null,
  };
}

/** `/t/:tenant/budget`: the year's pagu (DPA, APBD-P revisions with history), optionally split by media type. */
@Component({
  selector: 'sg-budget-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule, TranslatePipe, RupiahPipe, LocalDatePipe, ApiProblemComponent],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'billing.budget.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'billing.budget.lead' | translate }}</p>
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
    @if (saved()) {
      <p class="sg-alert sg-alert--success" role="status">{{ 'billing.budget.saved' | translate: { revision: saved() ?? '' } }}</p>
    }
    @if (data.value; as b) {
      <section class="card" aria-labelledby="figures-title">
        <h2 id="figures-title">{{ 'billing.budget.figures' | translate }}</h2>
        @if (!b.current) {
          <p class="sg-alert sg-alert--info" role="status">{{ 'billing.budget.none' | translate: { year: fiscalYear() } }}</p>
        }
        <div class="sg-table-scroll" tabindex="0">
          <table class="plain" [attr.aria-label]="'billing.budget.figures' | translate">
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
              <tr class="total">
                <th scope="row">{{ 'billing.budget.total' | translate }}</th>
                <td class="num">{{ b.total.pagu | rupiah }}</td>
                <td class="num">{{ b.total.committed | rupiah }}</td>
                <td class="num">{{ b.total.realised | rupiah }}</td>
                <td class="num">{{ b.total.available | rupiah }}</td>
              </tr>
              @for (row of b.byMediaType; track row.mediaType) {
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

      @if (access.can('update', 'Budget')) {
        <section class="card" aria-labelledby="revise-title">
          <h2 id="revise-title">{{ (b.current ? 'billing.budget.revise' : 'billing.budget.set') | translate }}</h2>
          <form class="revise" [attr.aria-label]="(b.current ? 'billing.budget.revise' : 'billing.budget.set') | translate" (submit)="$event.preventDefault(); save()">
            <div class="row">
              <mat-form-field>
                <mat-label>{{ 'billing.budget.kind' | translate }}</mat-label>
                <mat-select name="kind" [value]="draft().kind" (valueChange)="patch({ kind: $event })">
                  @for (k of kinds; track k) {
                    <mat-option [value]="k">{{ kindKey(k) | translate }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'billing.budget.documentNumber' | translate }}</mat-label>
                <input matInput name="doc" [ngModel]="draft().documentNumber" (ngModelChange)="patch({ documentNumber: $event })" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'billing.budget.effectiveOn' | translate }}</mat-label>
                <input matInput type="date" name="effectiveOn" [ngModel]="draft().effectiveOn" (ngModelChange)="patch({ effectiveOn: $event })" required />
              </mat-form-field>
            </div>
            <mat-form-field>
              <mat-label>{{ 'billing.budget.totalInput' | translate }}</mat-label>
              <input matInput inputmode="numeric" name="total" [ngModel]="draft().total" (ngModelChange)="patch({ total: $event })" required />
              @if (totalPreview() !== null) {
                <mat-hint>{{ totalPreview() | rupiah }}</mat-hint>
              }
              @if (shown('total')) {
                <mat-error>{{ 'billing.budget.err.total' | translate }}</mat-error>
              }
            </mat-form-field>
            <fieldset class="split">
              <legend>{{ 'billing.budget.split' | translate }}</legend>
              @for (m of mediaTypes; track m) {
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ mediaTypeKey(m) | translate }}</mat-label>
                  <input matInput inputmode="numeric" [name]="'share-' + m" [ngModel]="draft().split[m] ?? ''" (ngModelChange)="share(m, $event)" />
                </mat-form-field>
              }
            </fieldset>
            @if (shown('split')) {
              <p class="sg-alert sg-alert--error" role="alert">{{ 'billing.budget.err.split' | translate: { sum: (splitSum() | rupiah) } }}</p>
            }
            <mat-form-field>
              <mat-label>{{ 'billing.budget.note' | translate }}</mat-label>
              <input matInput name="note" [ngModel]="draft().note" (ngModelChange)="patch({ note: $event })" />
            </mat-form-field>
            @if (error(); as e) {
              <sg-api-problem [error]="e" />
            }
            <div class="sg-actions">
              <button mat-flat-button type="submit" [disabled]="saving()">{{ 'billing.budget.save' | translate }}</button>
            </div>
          </form>
        </section>
      }

      <section class="card" aria-labelledby="history-title">
        <h2 id="history-title">{{ 'billing.budget.history' | translate }}</h2>
        @if (b.revisions.length) {
          <table class="plain" [attr.aria-label]="'billing.budget.history' | translate">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{{ 'billing.budget.kind' | translate }}</th>
                <th scope="col">{{ 'billing.budget.effectiveOn' | translate }}</th>
                <th scope="col" class="num">{{ 'billing.budget.pagu' | translate }}</th>
                <th scope="col">{{ 'billing.budget.by' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (r of b.revisions; track r.revision) {
                <tr>
                  <td>{{ r.revision }}</td>
                  <td>{{ kindKey(r.kind) | translate }}{{ r.documentNumber ? ' · ' + r.documentNumber : '' }}</td>
                  <td>{{ r.effectiveOn | localDate }}</td>
                  <td class="num">{{ r.total | rupiah }}</td>
                  <td>{{ r.createdBy }} · {{ r.createdAt | localDate: 'dateTime' }}{{ r.note ? ' · ' + r.note : '' }}</td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p class="sg-muted">{{ 'billing.budget.noHistory' | translate }}</p>
        }
      </section>
    }
  `,
  styles: `
    .card { margin: 0 0 16px; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .card h2 { margin: 0 0 8px; font: var(--mat-sys-title-medium); }
    table.plain { border-collapse: collapse; width: 100%; }
    table.plain th, table.plain td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    table.plain .num { text-align: right; white-space: nowrap; }
    tr.total { font-weight: 600; }
    .revise { display: flex; flex-direction: column; max-width: 760px; }
    .row { display: flex; flex-wrap: wrap; gap: 0 12px; }
    .row > * { flex: 1 1 200px; }
    .split { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 8px 12px; margin: 0 0 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
  `,
})
export class BudgetPage {
  private readonly api = inject(BillingApi);
  protected readonly access = inject(TenantAccess);
  protected readonly years = fiscalYearOptions();
  protected readonly kinds = BUDGET_REVISION_KINDS;
  protected readonly mediaTypes = MEDIA_TYPES;
  protected readonly mediaTypeKey = mediaTypeKey;
  protected kindKey(kind: BudgetRevisionKind): TranslationKey {
    return `billing.budget.kind.${kind}`;
  }

  protected readonly fiscalYear = signal(currentFiscalYear());
  private readonly reloads = signal(0);
  protected readonly state = toSignal(
    combineLatest([toObservable(this.fiscalYear), toObservable(this.reloads)]).pipe(loadStates(([year]) => this.api.budget(this.access.slug(), year))),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly draft = signal<BudgetDraft>({ kind: 'dpa', documentNumber: '', effectiveOn: todayWib(), total: '', split: {}, note: '' });
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly saved = signal<number | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly checked = computed(() => budgetRequest(this.draft()));
  protected readonly totalPreview = computed(() => parseRupiah(this.draft().total));
  protected readonly splitSum = computed(() => Object.values(this.draft().split).reduce((sum, text) => sum + (parseRupiah(text) ?? 0), 0));

  protected shown(problem: string): boolean {
    const checked = this.checked();
    return this.submitted() && 'problems' in checked && (checked.problems as string[]).includes(problem);
  }

  protected patch(change: Partial<BudgetDraft>): void {
    this.draft.update((d) => ({ ...d, ...change }));
  }

  protected share(type: MediaType, text: string): void {
    this.draft.update((d) => ({ ...d, split: { ...d.split, [type]: text } }));
  }

  protected save(): void {
    this.submitted.set(true);
    const checked = this.checked();
    if ('problems' in checked) return;
    this.saving.set(true);
    this.error.set(null);
    this.saved.set(null);
    this.api.setBudget(this.access.slug(), this.fiscalYear(), checked).subscribe({
      next: (budget) => {
        this.saving.set(false);
        this.submitted.set(false);
        this.saved.set(budget.current?.revision ?? null);
        this.reloads.update((n) => n + 1);
      },
      error: (e: ApiError) => {
        this.saving.set(false);
        this.error.set(e);
      },
    });
  }
}
