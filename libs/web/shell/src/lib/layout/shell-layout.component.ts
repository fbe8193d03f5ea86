import {
  type ElementRef,
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore, SinergiApi } from '@sinergi/web/api-client';
import { TranslatePipe } from '@sinergi/web/i18n';
import { IconComponent } from '../icons/icon.component';
import { LanguageSwitchComponent } from './language-switch.component';
import { MEDIA_NAV, MEMBER_NAV, PLATFORM_NAV } from './nav-items';

const HANDSET_QUERY = '(max-width: 959.98px)';

/**
 * Toolbar + side navigation + content; the navigation collapses into a drawer on small screens.
 * Plain elements, not Material's sidenav/toolbar/buttons: the shell is in the initial bundle, and
 * those (with their CDK focus-trap and scrolling parts) cost ~80 kB of it.
 */
@Component({
  selector: 'sg-shell-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown.escape)': 'closeDrawer(true)' },
  imports: [
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
  private readonly menuButton = viewChild<ElementRef<HTMLButtonElement>>('menuButton');
  private readonly firstLink = viewChild<ElementRef<HTMLAnchorElement>>('firstLink');

  protected readonly isHandset = handsetSignal();
  /** On a handset the drawer is closed until the menu button opens it; on a desktop the nav is always there. */
  protected readonly drawerOpen = signal(false);
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

  protected toggleDrawer(): void {
    if (this.drawerOpen()) {
      this.closeDrawer(true);
      return;
    }
    this.drawerOpen.set(true);
    // The links exist once the drawer is rendered open: focus the first, as a modal drawer does.
    setTimeout(() => this.firstLink()?.nativeElement.focus());
  }

  protected closeDrawer(returnFocus = false): void {
    if (!this.drawerOpen()) return;
    this.drawerOpen.set(false);
    if (returnFocus) this.menuButton()?.nativeElement.focus();
  }

  protected closeDrawerOnHandset(): void {
    if (this.isHandset()) this.closeDrawer();
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

/** Whether the viewport is handset-sized, following resizes and rotations. */
function handsetSignal() {
  const media = inject(DOCUMENT).defaultView?.matchMedia?.(HANDSET_QUERY);
  const matches = signal(media?.matches ?? false);
  if (media) {
    const listener = (event: MediaQueryListEvent) => matches.set(event.matches);
    media.addEventListener('change', listener);
    inject(DestroyRef).onDestroy(() => media.removeEventListener('change', listener));
  }
  return matches.asReadonly();
}
