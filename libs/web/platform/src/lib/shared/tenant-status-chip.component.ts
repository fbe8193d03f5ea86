import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TenantStatus } from '@sinergi/contracts';
import { TranslatePipe } from '@sinergi/web/i18n';
import { STATUS_LABEL } from './labels';

@Component({
  selector: 'sg-tenant-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  host: { '[class]': '"chip chip--" + status()' },
  template: `<span class="dot" aria-hidden="true"></span>{{ label() | translate }}`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 2px 10px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .dot { width: 8px; height: 8px; border-radius: 50%; background: currentColor; }
    :host(.chip--active) { background: #d7f5dd; color: #0c5a22; }
    :host(.chip--suspended) { background: #ffe4c2; color: #7a4100; }
    :host(.chip--archived) {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class TenantStatusChipComponent {
  readonly status = input.required<TenantStatus>();
  protected readonly label = computed(() => STATUS_LABEL[this.status()]);
}
