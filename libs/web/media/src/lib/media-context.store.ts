import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { createMongoAbility, subject } from '@casl/ability';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { MediaCompanyDossier } from '@sinergi/contracts';
import { AuthStore, INITIAL_LOAD_STATE, MediaApi, loadStates } from '@sinergi/web/api-client';

const STORAGE_KEY = 'sinergi.mediaCompany';

/**
 * The press company the user is working for (one of their media memberships, switchable, the
 * choice remembered in this browser) with its whole dossier, from `GET /api/media/me`; pages call
 * `reload()` after a change. Provided by the media routes.
 */
@Injectable()
export class MediaContextStore {
  private readonly api = inject(MediaApi);
  private readonly auth = inject(AuthStore);
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage ?? null;
  private readonly reloads = signal(0);
  private readonly chosen = signal<string | null>(this.readChoice());

  readonly state = toSignal(toObservable(this.reloads).pipe(loadStates(() => this.api.me())), {
    initialValue: INITIAL_LOAD_STATE,
  });

  readonly me = computed(() => this.state().value ?? null);

  /** Every company the user belongs to (by /me once loaded, else by the session's memberships). */
  readonly companyIds = computed(() => {
    const loaded = this.me()?.companies.map((c) => c.id);
    if (loaded) return loaded;
    return this.auth.memberships().flatMap((m) => (m.kind === 'media' ? [m.mediaCompanyId] : []));
  });

  readonly companyId = computed(() => {
    const ids = this.companyIds();
    const chosen = this.chosen();
    return chosen && ids.includes(chosen) ? chosen : (ids[0] ?? null);
  });

  readonly company = computed<MediaCompanyDossier | null>(() => {
    const companies = this.me()?.companies ?? [];
    return companies.find((c) => c.id === this.companyId()) ?? companies[0] ?? null;
  });

  /** The company's CASL rules from /me: the portal shows only what the API would allow. */
  readonly ability = computed(() => createMongoAbility(this.company()?.abilities ?? []));

  readonly mayInviteColleagues = computed(() => {
    const company = this.company();
    return !!company && this.ability().can('create', subject('MediaMember', { companyId: company.id }));
  });

  select(companyId: string): void {
    this.chosen.set(companyId);
    try {
      this.storage?.setItem(STORAGE_KEY, companyId);
    } catch {
      // Storage may be unavailable: the choice then lasts for this page only.
    }
  }

  reload(): void {
    this.reloads.update((n) => n + 1);
  }

  private readChoice(): string | null {
    try {
      return this.storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }
}
