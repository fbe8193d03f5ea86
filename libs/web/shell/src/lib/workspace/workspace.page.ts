import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@sinergi/web/api-client';
import { TranslatePipe } from '@sinergi/web/i18n';

/** "Ruang kerja saya": the tenants and media companies the user belongs to. */
@Component({
  selector: 'sg-workspace-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatListModule, MatButtonModule, RouterLink, TranslatePipe],
  template: `
    <header class="sg-page-header">
      <h1 class="sg-page-title">{{ 'workspace.title' | translate }}</h1>
      @if (auth.user(); as user) {
        <p class="sg-page-lead">{{ 'workspace.greeting' | translate: { name: user.name } }}</p>
      }
    </header>

    @if (tenantMemberships().length || mediaMemberships().length) {
      <mat-list role="list" [attr.aria-label]="'workspace.listLabel' | translate">
        @for (membership of tenantMemberships(); track membership.tenant) {
          <mat-list-item role="listitem">
            <span matListItemTitle>{{ membership.tenant }}</span>
            <span matListItemLine>{{ 'workspace.tenantKind' | translate }} · {{ roles(membership.roles) }}</span>
          </mat-list-item>
        }
        @for (membership of mediaMemberships(); track membership.mediaCompanyId) {
          <mat-list-item role="listitem">
            <span matListItemTitle>{{ 'workspace.mediaKind' | translate }}</span>
            <span matListItemLine>{{ membership.mediaCompanyId }} · {{ roles(membership.roles) }}</span>
          </mat-list-item>
        }
      </mat-list>
      <p class="sg-muted">{{ 'workspace.consoleSoon' | translate }}</p>
    } @else {
      <p class="sg-empty">{{ 'workspace.empty' | translate }}</p>
    }

    @if (auth.isPlatformAdmin()) {
      <a mat-stroked-button routerLink="/platform/tenants">{{ 'workspace.toPlatform' | translate }}</a>
    }
  `,
})
export class WorkspacePage {
  protected readonly auth = inject(AuthStore);

  protected readonly tenantMemberships = computed(() =>
    this.auth.memberships().flatMap((m) => (m.kind === 'tenant' ? [m] : [])),
  );
  protected readonly mediaMemberships = computed(() =>
    this.auth.memberships().flatMap((m) => (m.kind === 'media' ? [m] : [])),
  );

  protected roles(roles: readonly string[]): string {
    return roles.join(', ');
  }
}
