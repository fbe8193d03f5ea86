import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@sinergi/web/i18n';

/** A table header that sorts its column by keyboard or click, and tells screen readers how it is sorted. */
@Component({
  selector: 'th[sgSortHeader]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  host: { scope: 'col', '[attr.aria-sort]': "direction() === 'asc' ? 'ascending' : direction() === 'desc' ? 'descending' : 'none'" },
  template: `
    <button type="button" class="sort" [attr.aria-label]="'public.sortBy' | translate: { column: label() }" (click)="sort.emit()">
      {{ label() }} <span aria-hidden="true">{{ direction() === 'asc' ? '▲' : direction() === 'desc' ? '▼' : '' }}</span>
    </button>
  `,
  styles: `
    .sort { min-height: 44px; padding: 0; border: 0; background: none; color: inherit; font: inherit; font-weight: 600; cursor: pointer; text-align: start; }
    .sort:focus-visible { outline: 2px solid var(--mat-sys-primary); }
  `,
})
export class SortHeaderComponent {
  readonly label = input.required<string>();
  /** This column's direction, or null when the table is sorted by another. */
  readonly direction = input<'asc' | 'desc' | null>(null);
  readonly sort = output<void>();
}
