import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { TaxSettingsRequest } from '@sinergi/contracts';
import { type ApiError, BillingApi, INITIAL_LOAD_STATE, isApiError, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe } from '@sinergi/web/i18n';
import { ApiProblemComponent, currentFiscalYear, fiscalYearOptions } from '@sinergi/web/publication';
import { TenantAccess } from '@sinergi/web/ui';
import { catchError, combineLatest, forkJoin, of, throwError } from 'rxjs';

/** The effective PPN rate in percent (12% on a base of 11/12 → 11). */
export function effectivePpnPercent(s: Pick<TaxSettingsRequest, 'ppnRateBp' | 'ppnBaseNumerator' | 'ppnBaseDenominator'>): number {
  return s.ppnBaseDenominator > 0 ? Math.round((s.ppnRateBp * s.ppnBaseNumerator) / s.ppnBaseDenominator) / 100 : 0;
}

const NUMBER_FIELDS = ['ppnRateBp', 'ppnBaseNumerator', 'ppnBaseDenominator', 'pph23RateBp', 'pph23RateWithoutNpwpBp', 'ppnCollectionThreshold'] as const;

/** `/t/:tenant/taxes`: PPN and PPh 23 rates and the collection threshold per year, saved as versions. */
@Component({
  selector: 'sg-taxes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule, TranslatePipe, RupiahPipe, LocalDatePipe, ApiProblemComponent],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'billing.taxes.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'billing.taxes.lead' | translate }}</p>
      </div>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.fiscalYear' | translate }}</mat-label>
        <mat-select [value]="fiscalYear()" (valueChange)="fiscalYear.set($event); draft.set(null)">
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
      <p class="sg-alert sg-alert--success" role="status">{{ 'billing.taxes.saved' | translate: { version: saved() ?? '' } }}</p>
    }
    @if (data.value; as t) {
      @if (t.current; as c) {
        <p>{{ 'billing.taxes.current' | translate: { version: c.version, ppn: effective(c), pph: c.pph23RateBp / 100, threshold: (c.ppnCollectionThreshold | rupiah) } }}</p>
      } @else {
        <p class="sg-alert sg-alert--info" role="status">{{ 'billing.taxes.none' | translate: { year: fiscalYear() } }}</p>
      }
      @if (access.can('update', 'TaxSettings')) {
        @if (!draft()) {
          <div class="sg-actions">
            @if (t.current) {
              <button mat-flat-button type="button" (click)="edit(t.current)">{{ 'billing.taxes.edit' | translate }}</button>
            }
            <button mat-stroked-button type="button" (click)="edit(t.starting)">{{ 'billing.taxes.fromStarting' | translate }}</button>
          </div>
        } @else {
          @let d = draft()!;
          <form class="taxes" [attr.aria-label]="'billing.taxes.formLabel' | translate" (submit)="$event.preventDefault(); save(d)">
            <div class="row">
              <mat-form-field>
                <mat-label>{{ 'billing.taxes.ppnRate' | translate }}</mat-label>
                <input matInput type="number" name="ppnRateBp" [(ngModel)]="d.ppnRateBp" (ngModelChange)="touch()" />
                <mat-hint>{{ 'billing.taxes.bpHint' | translate }}</mat-hint>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'billing.taxes.numerator' | translate }}</mat-label>
                <input matInput type="number" name="num" [(ngModel)]="d.ppnBaseNumerator" (ngModelChange)="touch()" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'billing.taxes.denominator' | translate }}</mat-label>
                <input matInput type="number" name="den" [(ngModel)]="d.ppnBaseDenominator" (ngModelChange)="touch()" />
              </mat-form-field>
            </div>
            <p class="sg-muted" role="status">{{ 'billing.taxes.effective' | translate: { ppn: effectiveDraft() } }}</p>
            <div class="row">
              <mat-form-field>
                <mat-label>{{ 'billing.taxes.pph23' | translate }}</mat-label>
                <input matInput type="number" name="pph" [(ngModel)]="d.pph23RateBp" (ngModelChange)="touch()" />
                <mat-hint>{{ 'billing.taxes.bpHint' | translate }}</mat-hint>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'billing.taxes.pph23NoNpwp' | translate }}</mat-label>
                <input matInput type="number" name="pphNo" [(ngModel)]="d.pph23RateWithoutNpwpBp" (ngModelChange)="touch()" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'billing.taxes.threshold' | translate }}</mat-label>
                <input matInput type="number" name="threshold" [(ngModel)]="d.ppnCollectionThreshold" (ngModelChange)="touch()" />
              </mat-form-field>
            </div>
            <mat-form-field>
              <mat-label>{{ 'billing.taxes.legalBasis' | translate }}</mat-label>
              <input matInput name="legalBasis" [(ngModel)]="d.legalBasis" />
            </mat-form-field>
            @if (error(); as e) {
              <sg-api-problem [error]="e" />
            }
            <div class="sg-actions">
              <button mat-flat-button type="submit" [disabled]="saving()">{{ 'billing.taxes.save' | translate }}</button>
              <button mat-button type="button" (click)="draft.set(null); error.set(null)">{{ 'common.cancel' | translate }}</button>
            </div>
          </form>
        }
      }
      @if (t.versions.length) {
        <section class="card" aria-labelledby="versions-title">
          <h2 id="versions-title">{{ 'billing.taxes.versions' | translate }}</h2>
          <ul>
            @for (v of t.versions; track v.version) {
              <li>v{{ v.version }} · {{ 'billing.taxes.versionLine' | translate: { ppn: effective(v), pph: v.pph23RateBp / 100, threshold: (v.ppnCollectionThreshold | rupiah) } }} · {{ v.createdBy }} · {{ v.createdAt | localDate: 'dateTime' }}</li>
            }
          </ul>
        </section>
      }
    }
  `,
  styles: `
    .taxes { display: flex; flex-direction: column; max-width: 760px; margin-top: 12px; }
    .row { display: flex; flex-wrap: wrap; gap: 0 12px; }
    .row > * { flex: 1 1 180px; }
    .card { margin: 16px 0; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .card h2 { margin: 0 0 8px; font: var(--mat-sys-title-medium); }
  `,
})
export class TaxesPage {
  private readonly api = inject(BillingApi);
  protected readonly access = inject(TenantAccess);
  protected readonly years = fiscalYearOptions();
  protected readonly effective = effectivePpnPercent;
  protected readonly fiscalYear = signal(currentFiscalYear());
  private readonly reloads = signal(0);
  private readonly edits = signal(0);
  protected readonly draft = signal<TaxSettingsRequest | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal<number | null>(null);
  protected readonly error = signal<ApiError | null>(null);

  protected readonly state = toSignal(
    combineLatest([toObservable(this.fiscalYear), toObservable(this.reloads)]).pipe(
      loadStates(([year]) =>
        forkJoin({
          current: this.api.taxSettings(this.access.slug(), year).pipe(catchError((e: unknown) => (isApiError(e) && e.statusCode === 404 ? of(null) : throwError(() => e)))),
          versions: this.api.taxSettingsVersions(this.access.slug(), year),
          starting: this.api.startingTaxSettings(this.access.slug()),
        }),
      ),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly effectiveDraft = computed(() => {
    this.edits();
    const d = this.draft();
    return d ? effectivePpnPercent(d) : 0;
  });

  protected touch(): void {
    this.edits.update((n) => n + 1);
  }

  protected edit(from: TaxSettingsRequest): void {
    this.saved.set(null);
    this.draft.set({
      ppnRateBp: from.ppnRateBp,
      ppnBaseNumerator: from.ppnBaseNumerator,
      ppnBaseDenominator: from.ppnBaseDenominator,
      pph23RateBp: from.pph23RateBp,
      pph23RateWithoutNpwpBp: from.pph23RateWithoutNpwpBp,
      ppnCollectionThreshold: from.ppnCollectionThreshold,
      legalBasis: from.legalBasis,
    });
  }

  protected save(draft: TaxSettingsRequest): void {
    const body = { ...draft };
    for (const field of NUMBER_FIELDS) body[field] = Number(body[field]);
    this.saving.set(true);
    this.error.set(null);
    this.api.saveTaxSettings(this.access.slug(), this.fiscalYear(), body).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.draft.set(null);
        this.saved.set(saved.version);
        this.reloads.update((n) => n + 1);
      },
      error: (e: ApiError) => {
        this.saving.set(false);
        this.error.set(e);
      },
    });
  }
}
