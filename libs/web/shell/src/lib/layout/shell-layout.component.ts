import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { type MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore, SinergiApi } from '@sinergi/web/api-client';
import { TranslatePipe } from '@sinergi/web/i18n';
import { map } from 'rxjs';
import { IconComponent } from '../icons/icon.component';
import { LanguageSwitchComponent } from './language-switch.component';
import { MEDIA_NAV, MEMBER_NAV, PLATFORM_NAV } from './nav-items';

const HANDSET_QUERY = '(max-width: 959.98px)';

/** Toolbar + side navigation + content; the navigation collapses into a drawer on small screens. */
@Component({
  selector: 'sg-shell-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatToolbarModule,
    MatSidenavModule,
    MatButtonModule,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
    IconComponent,
    LanguageSwitchComponent,
  ],
  templateUrl: './shell-layout.component.html',
  styleUrl: './shell-layout.component.scss',
})
export class ShellLayoutComponent {
  protected readonly auth = inject(AuthStore);
  private readonly api = inject(SinergiApi);
  private readonly router = inject(Router);
  private readonly drawer = viewChild<MatSidenav>('drawer');

  protected readonly isHandset = toSignal(
    inject(BreakpointObserver)
      .observe(HANDSET_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly navItems = computed(() => [
    ...(this.auth.isPlatformAdmin() ? [...PLATFORM_NAV, ...MEMBER_NAV] : MEMBER_NAV),
    ...(this.auth.memberships().some((m) => m.kind === 'media') ? MEDIA_NAV : []),
  ]);

  constructor() {
    effect(() => {
      const reason = this.auth.endReason();
      if (!reason || this.auth.isLoggedIn()) return;
      untracked(() => this.toLogin(reason === 'expired'));
    });
  }

  protected closeDrawerOnHandset(): void {
    if (this.isHandset()) void this.drawer()?.close();
  }

  protected logout(): void {
    // Sign out locally whatever the server says: a dead network must not keep anyone signed in.
    this.api.logout().subscribe({
      complete: () => this.auth.end('logout'),
      error: () => this.auth.end('logout'),
    });
  }

  private toLogin(keepPlace: boolean): void {
    const url = this.router.url;
    if (url.startsWith('/login')) return;
    const queryParams = keepPlace && url !== '/' ? { returnUrl: url } : {};
    void this.router.navigate(['/login'], { queryParams });
  }
}
