import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@sinergi/web/i18n';
import { MediaContextStore } from './media-context.store';
import { LoadErrorComponent } from '@sinergi/web/ui';

/** The media portal: the company's name, a tab bar (dossier, regions, applications) and the page. */
@Component({
  selector: 'sg-media-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadErrorComponent, MatProgressBarModule, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  template: `
    @let state = store.state();
    @if (state.status === 'error') {
      <sg-load-error [error]="state.error" (retry)="store.reload()" />
    } @else if (state.status === 'loading' && !state.value) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }

    @if (store.me(); as me) {
      @if (store.company(); as company) {
        @if (me.companies.length > 1) {
          <div class="switcher">
            <label for="company-switcher">{{ 'media.layout.company' | translate }}</label>
            <select id="company-switcher" [value]="company.id" (change)="switchTo($event)">
              @for (c of me.companies; track c.id) {
                <option [value]="c.id" [selected]="c.id === company.id">{{ c.legalName }}</option>
              }
            </select>
          </div>
        } @else {
          <p class="company-name sg-muted">{{ company.legalName }}</p>
        }
        @if (!me.user.emailConfirmed) {
          <p class="sg-alert sg-alert--info" role="status">{{ 'media.layout.unconfirmed' | translate: { email: me.user.email } }}</p>
        }
        <nav class="tabs" [attr.aria-label]="'media.nav.label' | translate">
          @for (tab of tabs; track tab.path) {
            <a class="tab" [routerLink]="tab.path" routerLinkActive="tab--active" ariaCurrentWhenActive="page">
              {{ tab.label | translate }}
            </a>
          }
        </nav>
        <router-outlet />
      } @else {
        <p class="sg-empty">{{ 'media.layout.noCompany' | translate }}</p>
      }
    }
  `,
  styles: `
    .company-name { margin: 0 0 8px; font: var(--mat-sys-title-small); }
    .switcher { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 0 0 8px; }
    .switcher label { font: var(--mat-sys-label-large); }
    .switcher select {
      flex: 1 1 12rem;
      max-width: 100%;
      min-height: 44px;
      padding: 0 8px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-large);
    }
    .tabs {
      display: flex;
      gap: 4px;
      margin-bottom: 16px;
      overflow-x: auto;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .tab {
      padding: 12px;
      white-space: nowrap;
      color: var(--mat-sys-on-surface-variant);
      text-decoration: none;
      border-bottom: 2px solid transparent;
    }
    .tab:hover { color: var(--mat-sys-on-surface); }
    .tab--active { color: var(--mat-sys-primary); border-bottom-color: var(--mat-sys-primary); }
  `,
})
export class MediaLayoutComponent {
  protected readonly store = inject(MediaContextStore);
  protected readonly tabs = [
    { path: '/media/dossier', label: 'media.nav.dossier' },
    { path: '/media/regions', label: 'media.nav.regions' },
    { path: '/media/applications', label: 'media.nav.applications' },
    { path: '/media/colleagues', label: 'media.nav.colleagues' },
    { path: '/media/orders', label: 'mediaOrders.nav.orders' },
    { path: '/media/claims', label: 'mediaOrders.nav.claims' },
  ] as const;

  protected switchTo(event: Event): void {
    this.store.select((event.target as HTMLSelectElement).value);
  }
}
