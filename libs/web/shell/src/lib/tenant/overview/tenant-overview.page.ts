import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { roleLabels } from '../../roles/role-labels';
import { allowedPages } from '../tenant-ability';
import { TenantAccess } from '@sinergi/web/ui';

/** `/t/:tenant`: the tenant, the user's roles there, and the pages they may open. */
@Component({
  selector: 'sg-tenant-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  template: `
    @if (store.me(); as me) {
      <header class="sg-page-header">
        <div>
          <h1 class="sg-page-title">{{ me.tenant.name }}</h1>
          <p class="sg-page-lead">{{ 'tenantArea.overview.greeting' | translate: { name: me.user.name } }}</p>
        </div>
      </header>

      <section class="block" aria-labelledby="roles-heading">
        <h2 id="roles-heading" class="block-title">{{ 'tenantArea.overview.yourRoles' | translate }}</h2>
        @if (roles().length) {
          <ul class="chips">
            @for (role of roles(); track role) {
              <li class="chip">{{ role }}</li>
            }
          </ul>
        } @else {
          <p class="sg-muted">{{ 'tenantArea.overview.noRoles' | translate }}</p>
        }
      </section>

      <section class="block" aria-labelledby="pages-heading">
        <h2 id="pages-heading" class="block-title">{{ 'tenantArea.overview.pages' | translate }}</h2>
        @if (pages().length) {
          <ul class="pages">
            @for (page of pages(); track page.path) {
              <li>
                <a mat-stroked-button [routerLink]="['/t', me.tenant.slug, page.path]">{{ page.label | translate }}</a>
                <span class="sg-muted">{{ page.description | translate }}</span>
              </li>
            }
          </ul>
        } @else {
          <p class="sg-empty">{{ 'tenantArea.overview.noPages' | translate }}</p>
        }
      </section>
    }
  `,
  styles: `
    .block { margin-bottom: 24px; }
    .block-title { margin: 0 0 8px; font: var(--mat-sys-title-medium); }
    .chips { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; list-style: none; }
    .chip {
      padding: 4px 12px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .pages { display: flex; flex-direction: column; gap: 12px; margin: 0; padding: 0; list-style: none; }
    .pages li { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; }
    .pages .sg-muted { margin: 0; }
  `,
})
export class TenantOverviewPage {
  protected readonly store = inject(TenantAccess);
  private readonly i18n = inject(TranslateService);

  protected readonly roles = computed(() => {
    this.i18n.lang();
    return roleLabels(this.store.me()?.roles ?? [], (key) => this.i18n.t(key));
  });
  protected readonly pages = computed(() => {
    this.store.me();
    return allowedPages((action, subject) => this.store.can(action, subject));
  });
}
