import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@sinergi/web/i18n';
import { allowedPages } from './tenant-ability';
import { TenantAccess } from '@sinergi/web/ui';

/** The tenant area: its name, a tab bar of the pages the user may open (the landing page first), and the page. */
@Component({
  selector: 'sg-tenant-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  template: `
    @let state = store.state();
    @if (state.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">
        {{ state.error.message }}
        <button mat-button type="button" (click)="store.retry()">{{ 'common.retry' | translate }}</button>
        <a mat-button routerLink="/workspace">{{ 'tenantArea.backToWorkspace' | translate }}</a>
      </div>
    } @else if (state.status === 'loading' && !state.value) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }

    @if (store.me(); as me) {
      <p class="tenant-name sg-muted">{{ me.tenant.name }}</p>
      <nav class="tabs" [attr.aria-label]="'tenantArea.nav.label' | translate">
        @for (page of pages(); track page.path) {
          <a class="tab" [routerLink]="[base(), page.path]" routerLinkActive="tab--active" ariaCurrentWhenActive="page">
            {{ page.label | translate }}
          </a>
        }
        <a class="tab" [routerLink]="[base(), 'overview']" routerLinkActive="tab--active" ariaCurrentWhenActive="page">
          {{ 'tenantArea.nav.overview' | translate }}
        </a>
      </nav>
      <router-outlet />
    }
  `,
  styles: `
    .tenant-name { margin: 0 0 8px; font: var(--mat-sys-title-small); }
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin-bottom: 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .tab {
      padding: 8px 12px;
      color: var(--mat-sys-on-surface-variant);
      text-decoration: none;
      border-bottom: 2px solid transparent;
    }
    .tab:hover { color: var(--mat-sys-on-surface); }
    .tab--active { color: var(--mat-sys-primary); border-bottom-color: var(--mat-sys-primary); }
  `,
})
export class TenantLayoutComponent {
  protected readonly store = inject(TenantAccess);
  protected readonly base = computed(() => `/t/${this.store.slug()}`);
  protected readonly pages = computed(() => {
    this.store.me();
    return allowedPages((action, subject) => this.store.can(action, subject));
  });
}
