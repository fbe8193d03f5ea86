import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MAX_PAGE_SIZE, type ConfigurationPreview, type RulesContent } from '@sinergi/contracts';
import { INITIAL_LOAD_STATE, PartnershipApi, loadStates } from '@sinergi/web/api-client';
import { TranslatePipe } from '@sinergi/web/i18n';
import { TenantAccess } from '@sinergi/web/ui';
import { type Observable, debounceTime, map, of } from 'rxjs';
import { injectLocalized } from '../shared';

/**
 * "Test against this media company": the requirements and rules being edited, judged by the server
 * against a company that applied this year, again each time the draft changes (nothing is saved).
 */
@Component({
  selector: 'sg-rules-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormFieldModule, MatProgressBarModule, MatSelectModule, TranslatePipe],
  template: `
    <section class="panel" aria-labelledby="preview-title">
      <h2 id="preview-title">{{ 'partnership.preview.title' | translate }}</h2>
      <p class="sg-muted">{{ 'partnership.preview.lead' | translate }}</p>
      @let known = companies();
      @if (known.status === 'error') {
        <div class="sg-alert sg-alert--error" role="alert">{{ known.error.message }}</div>
      } @else if (known.status === 'loaded' && !known.value.length) {
        <p class="sg-empty">{{ 'partnership.preview.noCompanies' | translate }}</p>
      } @else {
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'partnership.preview.company' | translate }}</mat-label>
          <mat-select [value]="companyId()" (valueChange)="companyId.set($event)">
            @for (c of known.value ?? []; track c.id) {
              <mat-option [value]="c.id">{{ c.legalName }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }

      @let result = preview();
      <div aria-live="polite" [attr.aria-busy]="result.status === 'loading'">
        @if (companyId() && result.status === 'loading') {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
        @if (result.status === 'error') {
          <div class="sg-alert sg-alert--error" role="alert">{{ result.error.message }}</div>
        }
        @if (result.value; as p) {
          @for (o of p.outlets; track o.outlet.id) {
            <article class="outlet" [attr.aria-label]="o.outlet.name">
              <h3>{{ o.outlet.name }}</h3>
              <p>
                <strong>{{ (o.evaluation.eligible ? 'partnership.preview.eligible' : 'partnership.preview.notEligible') | translate }}</strong>
                · {{ 'partnership.preview.score' | translate: { score: o.evaluation.score } }}
                · {{ 'partnership.preview.tier' | translate: { tier: o.evaluation.tier ?? '—' } }}
              </p>
              <p class="sg-muted">{{ localized(o.evaluation.tierExplanation) }}</p>
              @let failed = failedLines(o.evaluation.lines);
              @if (failed.length) {
                <ul>
                  @for (line of failed; track line.ruleId) {
                    <li>{{ localized(line.message) }}</li>
                  }
                </ul>
              }
              @let missing = missingDocuments(o.requirements);
              @if (missing.length) {
                <p>{{ 'partnership.preview.missing' | translate: { count: missing.length } }}</p>
                <ul>
                  @for (line of missing; track line.documentType + line.level) {
                    <li>{{ localized(line.message) }}</li>
                  }
                </ul>
              } @else {
                <p>{{ 'partnership.preview.complete' | translate }}</p>
              }
            </article>
          } @empty {
            <p class="sg-empty">{{ 'partnership.preview.noOutlets' | translate }}</p>
          }
        }
      </div>
    </section>
  `,
  styles: `
    .panel { margin-bottom: 16px; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    h3 { font: var(--mat-sys-title-small); margin: 12px 0 4px; }
    .outlet { border-top: 1px solid var(--mat-sys-outline-variant); margin-top: 8px; }
  `,
})
export class RulesPreviewComponent {
  /** The draft being edited: replaced (its content edited in place) on each change. */
  readonly draft = input.required<{ content: RulesContent }>();
  readonly fiscalYear = input.required<number>();

  private readonly api = inject(PartnershipApi);
  private readonly access = inject(TenantAccess);
  protected readonly localized = injectLocalized();
  protected readonly companyId = signal('');

  /** The companies that applied in the year (a tenant sees only the dossiers shown to it). */
  protected readonly companies = toSignal(
    toObservable(this.fiscalYear).pipe(
      loadStates((fiscalYear) =>
        this.api.applications(this.access.slug(), { fiscalYear, pageSize: MAX_PAGE_SIZE, sort: 'company' }).pipe(
          map((page) => [...new Map(page.items.map((a) => [a.company.id, a.company])).values()]),
        ),
      ),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );

  // The content is edited in place: its JSON tells whether it changed.
  private readonly request = computed(() => ({ companyId: this.companyId(), content: JSON.stringify(this.draft().content) }));
  protected readonly preview = toSignal(
    toObservable(this.request).pipe(
      debounceTime(400),
      loadStates(({ companyId, content }): Observable<ConfigurationPreview | null> =>
        companyId ? this.api.configurationPreview(this.access.slug(), { companyId, content: JSON.parse(content) as RulesContent }) : of(null),
      ),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );

  protected failedLines(lines: ConfigurationPreview['outlets'][number]['evaluation']['lines']) {
    return lines.filter((line) => line.outcome === 'failed');
  }

  protected missingDocuments(lines: ConfigurationPreview['outlets'][number]['requirements']) {
    return lines.filter((line) => line.outcome === 'missing' || line.outcome === 'expired');
  }
}
