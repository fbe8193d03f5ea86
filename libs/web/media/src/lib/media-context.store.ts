import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { MediaCompanyDossier } from '@sinergi/contracts';
import { AuthStore, INITIAL_LOAD_STATE, MediaApi, loadStates } from '@sinergi/web/api-client';

/**
 * The signed-in user's press company (the first media membership) with its whole dossier, from
 * `GET /api/media/me`; pages call `reload()` after a change. Provided by the media routes.
 */
@Injectable()
export class MediaContextStore {
  private readonly api = inject(MediaApi);
  private readonly auth = inject(AuthStore);
  private readonly reloads = signal(0);

  readonly companyId = computed(() => {
    const membership = this.auth.memberships().find((m) => m.kind === 'media');
    return membership?.kind === 'media' ? membership.mediaCompanyId : null;
  });

  readonly state = toSignal(toObservable(this.reloads).pipe(loadStates(() => this.api.me())), {
    initialValue: INITIAL_LOAD_STATE,
  });

  readonly me = computed(() => this.state().value ?? null);

  readonly company = computed<MediaCompanyDossier | null>(() => {
    const companies = this.me()?.companies ?? [];
    return companies.find((c) => c.id === this.companyId()) ?? companies[0] ?? null;
  });

  reload(): void {
    this.reloads.update((n) => n + 1);
  }
}
