import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@sinergi/web/api-client';
import { TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { roleLabels } from '../roles/role-labels';

/** "Ruang kerja saya": the tenants and media companies the user belongs to. */
@Component({
  selector: 'sg-workspace-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'workspace.title' | translate }}</h1>
        @if (auth.user(); as user) {
          <p class="sg-page-lead">{{ 'workspace.greeting' | translate: { name: user.name } }}</p>
        }
      </div>
    </header>

    @if (tenantMemberships().length || mediaMemberships().length) {
      <ul class="memberships" [attr.aria-label]="'workspace.listLabel' | translate">
        @for (membership of tenantMemberships(); track membership.tenant) {
          <li>
            <a class="name sg-mono" [routerLink]="['/t', membership.tenant]">{{ membership.tenant }}</a>
            <span class="sg-muted">{{ 'workspace.tenantKind' | translate }} · {{ labelsOf(membership.roles) }}</span>
          </li>
        }
        @for (membership of mediaMemberships(); track membership.mediaCompanyId) {
          <li>
            <span class="name">{{ 'workspace.mediaKind' | translate }}</span>
            <span class="sg-muted">{{ membership.mediaCompanyId }} · {{ membership.roles.join(', ') }}</span>
          </li>
        }
      </ul>
    } @else {
      <p class="sg-empty">{{ 'workspace.empty' | translate }}</p>
    }

    @if (auth.isPlatformAdmin()) {
      <p><a mat-stroked-button routerLink="/platform/tenants">{{ 'workspace.toPlatform' | translate }}</a></p>
    }
  `,
  styles: `
    .memberships {
      margin: 0 0 16px;
      padding: 0;
      list-style: none;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    li {
      display: flex;
      flex-direction: column;
      gap: 2px;
      padding: 12px 16px;
    }
    li + li { border-top: 1px solid var(--mat-sys-outline-variant); }
    .name { font: var(--mat-sys-title-small); }
    .sg-muted { margin: 0; }
  `,
})
export class WorkspacePage {
  protected readonly auth = inject(AuthStore);
  private readonly i18n = inject(TranslateService);

  protected readonly tenantMemberships = computed(() =>
    this.auth.memberships().flatMap((m) => (m.kind === 'tenant' ? [m] : [])),
  );
  protected readonly mediaMemberships = computed(() =>
    this.auth.memberships().flatMap((m) => (m.kind === 'media' ? [m] : [])),
  );

  protected labelsOf(roles: readonly string[]): string {
    return roleLabels(roles, (key) => this.i18n.t(key)).join(', ');
  }
}
