import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MEDIA_TYPES, PRODUCT_KINDS, PRODUCT_UNITS, PROOF_FIELD_TYPES, type PublicationSettingsRequest } from '@sinergi/contracts';
import { type ApiError, INITIAL_LOAD_STATE, PublicationApi, isApiError, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe } from '@sinergi/web/i18n';
import { catchError, combineLatest, forkJoin, of, throwError } from 'rxjs';
import { TenantAccess } from '@sinergi/web/ui';
import { ApiProblemComponent } from '../api-problem.component';
import { currentFiscalYear, fiscalYearOptions, mediaTypeKey, parseRupiah } from '../shared';

/** A deep copy of the settings to edit (the loaded value stays untouched until saved). */
export function editableCopy(settings: PublicationSettingsRequest): PublicationSettingsRequest {
  return {
    products: settings.products.map((p) => ({ ...p })),
    rates: settings.rates.map((r) => ({ ...r })),
    agreementRates: settings.agreementRates.map((r) => ({ ...r })),
    proofForms: settings.proofForms.map((f) => ({ ...f, fields: f.fields.map((x) => ({ ...x, label: { ...x.label } })) })),
    blockOutletsWithOverdueProofs: settings.blockOutletsWithOverdueProofs,
  };
}

/** `/t/:tenant/publication-settings`: the year's product catalogue, rate card, proof forms and overdue rule. */
@Component({
  selector: 'sg-publication-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule, TranslatePipe, LocalDatePipe, RupiahPipe, ApiProblemComponent],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'orders.settings.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'orders.settings.lead' | translate }}</p>
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
    @if (saved(); as s) {
      <p class="sg-alert sg-alert--success" role="status">{{ 'orders.settings.saved' | translate: { version: s } }}</p>
    }
    @if (data.value; as loaded) {
      @if (loaded.current; as c) {
        <p class="sg-muted">{{ 'orders.settings.current' | translate: { version: c.version, name: c.createdBy, date: (c.createdAt | localDate: 'dateTime') } }}</p>
      } @else {
        <p class="sg-alert sg-alert--info" role="status">{{ 'orders.settings.none' | translate: { year: fiscalYear() } }}</p>
      }
      @if (!draft() && canEdit()) {
        <div class="sg-actions">
          @if (loaded.current) {
            <button mat-flat-button type="button" (click)="edit(loaded.current)">{{ 'orders.settings.edit' | translate }}</button>
          }
          <button mat-stroked-button type="button" (click)="edit(loaded.starting)">{{ 'orders.settings.fromStarting' | translate }}</button>
        </div>
      }
      @let shown = draft() ?? loaded.current;
      @if (shown) {
        <form [attr.aria-label]="'orders.settings.formLabel' | translate" (submit)="$event.preventDefault(); save()">
          <section class="card" aria-labelledby="products-title">
            <h2 id="products-title">{{ 'orders.settings.products' | translate }}</h2>
            <div class="sg-table-scroll" tabindex="0">
              <table class="plain" [attr.aria-label]="'orders.settings.products' | translate">
                <thead>
                  <tr>
                    <th scope="col">{{ 'orders.settings.code' | translate }}</th>
                    <th scope="col">{{ 'orders.settings.name' | translate }}</th>
                    <th scope="col">{{ 'orders.mediaTypeLabel' | translate }}</th>
                    <th scope="col">{{ 'orders.settings.kind' | translate }}</th>
                    <th scope="col">{{ 'orders.settings.unit' | translate }}</th>
                    @for (t of tiers(); track t) {
                      <th scope="col">{{ 'orders.settings.tierPrice' | translate: { tier: t } }}</th>
                    }
                    @if (draft()) {
                      <th scope="col"><span class="visually-hidden">{{ 'orders.settings.actions' | translate }}</span></th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (p of shown.products; track $index; let i = $index) {
                    <tr>
                      @if (draft()) {
                        <td><input class="cell" [attr.aria-label]="'orders.settings.code' | translate" [name]="'code' + i" [(ngModel)]="p.code" /></td>
                        <td><input class="cell wide" [attr.aria-label]="'orders.settings.name' | translate" [name]="'name' + i" [(ngModel)]="p.name" /></td>
                        <td>
                          <select class="cell" [attr.aria-label]="'orders.mediaTypeLabel' | translate" [name]="'mt' + i" [(ngModel)]="p.mediaType">
                            @for (m of mediaTypes; track m) {
                              <option [value]="m">{{ mediaTypeKey(m) | translate }}</option>
                            }
                          </select>
                        </td>
                        <td>
                          <select class="cell" [attr.aria-label]="'orders.settings.kind' | translate" [name]="'kind' + i" [(ngModel)]="p.kind">
                            @for (k of kinds; track k) {
                              <option [value]="k">{{ k }}</option>
                            }
                          </select>
                        </td>
                        <td>
                          <select class="cell" [attr.aria-label]="'orders.settings.unit' | translate" [name]="'unit' + i" [(ngModel)]="p.unit">
                            @for (u of units; track u) {
                              <option [value]="u">{{ u }}</option>
                            }
                          </select>
                        </td>
                        @for (t of tiers(); track t) {
                          <td>
                            <input
                              class="cell num"
                              inputmode="numeric"
                              [attr.aria-label]="('orders.settings.tierPrice' | translate: { tier: t }) + ' ' + p.code"
                              [name]="'rate' + i + t"
                              [ngModel]="rateOf(p.code, t)"
                              (ngModelChange)="setRate(p.code, t, $event)"
                            />
                          </td>
                        }
                        <td><button mat-button type="button" (click)="removeProduct(i)">{{ 'orders.settings.remove' | translate }}</button></td>
                      } @else {
                        <td class="sg-mono">{{ p.code }}</td>
                        <td>{{ p.name }}</td>
                        <td>{{ mediaTypeKey(p.mediaType) | translate }}</td>
                        <td>{{ p.kind }}</td>
                        <td>{{ p.unit }}</td>
                        @for (t of tiers(); track t) {
                          <td class="num">{{ rateIn(shown, p.code, t) | rupiah }}</td>
                        }
                      }
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            @if (draft()) {
              <button mat-button type="button" (click)="addProduct()">{{ 'orders.settings.addProduct' | translate }}</button>
            }
            @if (shown.agreementRates.length) {
              <p class="sg-muted">{{ 'orders.settings.agreementRates' | translate: { count: shown.agreementRates.length } }}</p>
            }
          </section>

          <section class="card" aria-labelledby="forms-title">
            <h2 id="forms-title">{{ 'orders.settings.proofForms' | translate }}</h2>
            @for (f of shown.proofForms; track f.mediaType; let fi = $index) {
              <fieldset class="form">
                <legend>{{ mediaTypeKey(f.mediaType) | translate }}</legend>
                @if (draft()) {
                  <label>
                    {{ 'orders.settings.deadlineDays' | translate }}
                    <input class="cell num" type="number" min="0" max="60" [name]="'deadline' + fi" [(ngModel)]="f.deadlineDays" />
                  </label>
                } @else {
                  <p>{{ 'orders.settings.deadlineText' | translate: { days: f.deadlineDays } }}</p>
                }
                <ul class="fields">
                  @for (x of f.fields; track $index; let xi = $index) {
                    <li>
                      @if (draft()) {
                        <input class="cell" [attr.aria-label]="'orders.settings.fieldKey' | translate" [name]="'fk' + fi + '-' + xi" [(ngModel)]="x.key" />
                        <input class="cell" [attr.aria-label]="'orders.settings.fieldLabelId' | translate" [name]="'fid' + fi + '-' + xi" [(ngModel)]="x.label.id" />
                        <input class="cell" [attr.aria-label]="'orders.settings.fieldLabelEn' | translate" [name]="'fen' + fi + '-' + xi" [(ngModel)]="x.label.en" />
                        <select class="cell" [attr.aria-label]="'orders.settings.fieldType' | translate" [name]="'ft' + fi + '-' + xi" [(ngModel)]="x.type">
                          @for (t of fieldTypes; track t) {
                            <option [value]="t">{{ t }}</option>
                          }
                        </select>
                        <label><input type="checkbox" [name]="'fr' + fi + '-' + xi" [(ngModel)]="x.required" /> {{ 'orders.settings.required' | translate }}</label>
                        <button mat-button type="button" (click)="f.fields.splice(xi, 1); touch()">{{ 'orders.settings.remove' | translate }}</button>
                      } @else {
                        {{ x.label.id }} / {{ x.label.en }} · {{ x.type }}{{ x.required ? ' *' : '' }}
                      }
                    </li>
                  }
                </ul>
                @if (draft()) {
                  <button mat-button type="button" (click)="f.fields.push({ key: 'field' + (f.fields.length + 1), label: { id: '', en: '' }, type: 'text', required: false }); touch()">
                    {{ 'orders.settings.addField' | translate }}
                  </button>
                }
              </fieldset>
            }
          </section>

          <section class="card" aria-labelledby="rule-title">
            <h2 id="rule-title">{{ 'orders.settings.rule' | translate }}</h2>
            <mat-checkbox name="block" [disabled]="!draft()" [(ngModel)]="shown.blockOutletsWithOverdueProofs">{{ 'orders.settings.block' | translate }}</mat-checkbox>
          </section>

          @if (error(); as e) {
            <sg-api-problem [error]="e" />
          }
          @if (draft()) {
            <div class="sg-actions">
              <button mat-flat-button type="submit" [disabled]="saving()">{{ 'orders.settings.save' | translate }}</button>
              <button mat-button type="button" (click)="draft.set(null); error.set(null)">{{ 'common.cancel' | translate }}</button>
            </div>
          }
        </form>
      }
    }
  `,
  styles: `
    .card { margin: 16px 0; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .card h2 { margin: 0 0 8px; font: var(--mat-sys-title-medium); }
    table.plain { border-collapse: collapse; }
    table.plain th, table.plain td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .num { text-align: right; }
    .cell { min-height: 32px; padding: 0 6px; border: 1px solid var(--mat-sys-outline); border-radius: 6px; background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); max-width: 9rem; }
    .cell.wide { max-width: 18rem; width: 18rem; }
    .form { margin: 0 0 12px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
    .fields { padding-left: 16px; }
    .fields li { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 4px 0; }
  `,
})
export class PublicationSettingsPage {
  private readonly api = inject(PublicationApi);
  protected readonly access = inject(TenantAccess);
  protected readonly years = fiscalYearOptions();
  protected readonly mediaTypes = MEDIA_TYPES;
  protected readonly kinds = PRODUCT_KINDS;
  protected readonly units = PRODUCT_UNITS;
  protected readonly fieldTypes = PROOF_FIELD_TYPES;
  protected readonly mediaTypeKey = mediaTypeKey;

  protected readonly fiscalYear = signal(currentFiscalYear());
  private readonly reloads = signal(0);
  protected readonly draft = signal<PublicationSettingsRequest | null>(null);
  /** Bumped on in-place edits of the draft's arrays so computed views refresh. */
  private readonly edits = signal(0);
  protected readonly saving = signal(false);
  protected readonly saved = signal<number | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly canEdit = computed(() => this.access.can('update', 'PublicationSettings'));

  protected readonly state = toSignal(
    combineLatest([toObservable(this.fiscalYear), toObservable(this.reloads)]).pipe(
      loadStates(([fiscalYear]) =>
        forkJoin({
          current: this.api.settings(this.access.slug(), fiscalYear).pipe(catchError((e: unknown) => (isApiError(e) && e.statusCode === 404 ? of(null) : throwError(() => e)))),
          starting: this.api.startingSettings(this.access.slug()),
        }),
      ),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );

  /** The tiers of the rate card being shown. */
  protected readonly tiers = computed(() => {
    this.edits();
    const shown = this.draft() ?? this.state().value?.current ?? null;
    return [...new Set((shown?.rates ?? []).map((r) => r.tier))].sort();
  });

  protected edit(from: PublicationSettingsRequest): void {
    this.saved.set(null);
    this.error.set(null);
    this.draft.set(editableCopy(from));
  }

  protected touch(): void {
    this.edits.update((n) => n + 1);
  }

  protected rateIn(settings: PublicationSettingsRequest, code: string, tier: string): number | null {
    return settings.rates.find((r) => r.productCode === code && r.tier === tier)?.unitPrice ?? null;
  }

  protected rateOf(code: string, tier: string): number | string {
    const draft = this.draft();
    return draft ? (this.rateIn(draft, code, tier) ?? '') : '';
  }

  protected setRate(code: string, tier: string, text: string): void {
    const draft = this.draft();
    if (!draft) return;
    const value = parseRupiah(text);
    const index = draft.rates.findIndex((r) => r.productCode === code && r.tier === tier);
    if (value === null) {
      if (index >= 0 && text.trim() === '') draft.rates.splice(index, 1);
    } else if (index >= 0) draft.rates[index]!.unitPrice = value;
    else draft.rates.push({ productCode: code, tier, unitPrice: value });
  }

  protected addProduct(): void {
    this.draft()?.products.push({ code: '', mediaType: 'online', kind: 'advertorial', name: '', unit: 'item' });
    this.touch();
  }

  protected removeProduct(index: number): void {
    const draft = this.draft();
    if (!draft) return;
    const [removed] = draft.products.splice(index, 1);
    if (removed) draft.rates = draft.rates.filter((r) => r.productCode !== removed.code);
    this.touch();
  }

  protected save(): void {
    const draft = this.draft();
    if (!draft) return;
    this.saving.set(true);
    this.error.set(null);
    this.api.saveSettings(this.access.slug(), this.fiscalYear(), draft).subscribe({
      next: (settings) => {
        this.saving.set(false);
        this.draft.set(null);
        this.saved.set(settings.version);
        this.reloads.update((n) => n + 1);
      },
      error: (e: ApiError) => {
        this.saving.set(false);
        this.error.set(e);
      },
    });
  }
}
