import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ApiError } from '@sinergi/web/api-client';
import { RupiahPipe, TranslatePipe, isTranslationKey, type TranslationKey } from '@sinergi/web/i18n';

/** The rupiah figures an error may carry in its details (BUDGET_EXCEEDED, AGREEMENT_CEILING_EXCEEDED, …). */
const FIGURES = ['pagu', 'ceiling', 'committed', 'realised', 'ordered', 'available', 'requested'] as const;

/** A server error shown in place: its message, each detail, and the budget figures when it has them. */
@Component({
  selector: 'sg-api-problem',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RupiahPipe],
  template: `
    @let e = error();
    <div class="sg-alert sg-alert--error" role="alert">
      <p class="message">{{ e.message }}</p>
      @for (d of details(); track $index) {
        @if (d.figures.length) {
          <dl class="figures" [attr.aria-label]="'orders.problem.figures' | translate">
            @for (f of d.figures; track f.key) {
              <div>
                <dt>{{ f.label | translate }}</dt>
                <dd>{{ f.value | rupiah }}</dd>
              </div>
            }
          </dl>
        } @else if (showDetails()) {
          <p class="detail">{{ d.field ? d.field + ': ' : '' }}{{ d.message }}</p>
        }
      }
    </div>
  `,
  styles: `
    .message { margin: 0; }
    .detail { margin: 4px 0 0; font: var(--mat-sys-body-small); }
    .figures { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 8px 0 0; }
    .figures dt { font: var(--mat-sys-label-medium); }
    .figures dd { margin: 0; font: var(--mat-sys-title-small); }
  `,
})
export class ApiProblemComponent {
  readonly error = input.required<ApiError>();
  /** Whether to list the details that carry no figures (field messages). */
  readonly showDetails = input(true);

  protected readonly details = computed(() =>
    this.error().details.map((detail) => ({
      field: detail.field ?? '',
      message: detail.message,
      figures: FIGURES.flatMap((key) => {
        const value = detail[key];
        const label = `orders.problem.${key}`;
        return typeof value === 'number' && isTranslationKey(label) ? [{ key, value, label: label as TranslationKey }] : [];
      }),
    })),
  );
}
