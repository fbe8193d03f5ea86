import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import type { LoginResponse, Membership } from '@sinergi/contracts';
import type { SessionEndReason, StoredSession, TokenPair } from './session.types';

const STORAGE_KEY = 'sinergi.session';

/**
 * The signed-in session: tokens, user and memberships, kept in sessionStorage so a reload keeps
 * the user signed in while closing the tab signs them out.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly storage = inject(DOCUMENT).defaultView?.sessionStorage ?? null;
  private readonly session = signal<StoredSession | null>(this.read());
  private readonly ended = signal<SessionEndReason | null>(null);

  readonly user = computed(() => this.session()?.user ?? null);
  readonly memberships = computed<readonly Membership[]>(() => this.session()?.memberships ?? []);
  readonly isLoggedIn = computed(() => this.session() !== null);
  readonly isPlatformAdmin = computed(
    () => this.session()?.user.platformRoles.includes('platform-admin') ?? false,
  );
  /** Why the last session ended; `null` while signed in or before any sign-in. */
  readonly endReason = this.ended.asReadonly();

  accessToken(): string | null {
    return this.session()?.accessToken ?? null;
  }

  refreshToken(): string | null {
    return this.session()?.refreshToken ?? null;
  }

  start(response: LoginResponse): void {
    this.ended.set(null);
    this.write(response);
  }

  updateTokens(pair: TokenPair): void {
    const current = this.session();
    if (current) this.write({ ...current, ...pair });
  }

  end(reason: SessionEndReason): void {
    if (!this.session()) return;
    this.ended.set(reason);
    this.write(null);
  }

  private write(session: StoredSession | null): void {
    this.session.set(session);
    try {
      if (session) this.storage?.setItem(STORAGE_KEY, JSON.stringify(session));
      else this.storage?.removeItem(STORAGE_KEY);
    } catch {
      // Storage full or blocked: the session still lives in memory for this page.
    }
  }

  private read(): StoredSession | null {
    try {
      const raw = this.storage?.getItem(STORAGE_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      return isStoredSession(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }
}

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const session = value as Record<string, unknown>;
  const user = session['user'] as Record<string, unknown> | null | undefined;
  return (
    typeof session['accessToken'] === 'string' &&
    typeof session['refreshToken'] === 'string' &&
    Array.isArray(session['memberships']) &&
    typeof user === 'object' &&
    user !== null &&
    typeof user['id'] === 'string' &&
    Array.isArray(user['platformRoles'])
  );
}
