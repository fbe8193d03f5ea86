import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Application } from '@sinergi/contracts';
import { INITIAL_LOAD_STATE, MediaApi, loadStates, type LoadState } from '@sinergi/web/api-client';
import { TranslatePipe } from '@sinergi/web/i18n';
import { forkJoin, map, of } from 'rxjs';
import { MediaContextStore } from '../media-context.store';
import { ApplicationCardComponent, type TenantApplication } from './application-card.component';
import { LoadErrorComponent } from '@sinergi/web/ui';

const PAGE_SIZE = 10;

/** `/media/applications`: the company's applications in every region, newest first. */
@Component({
  selector: 'sg-media-applications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadErrorComponent, MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, ApplicationCardComponent],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'media.applications.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'media.applications.lead' | translate }}</p>
      </div>
    </header>

    @let result = state();
    @if (result.status === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (result.status === 'error') {
      <sg-load-error [error]="result.error" (retry)="reload()" />
    }

    @if (result.value; as items) {
      @if (items.length) {
        <p class="sg-muted" role="status">{{ 'media.applications.count' | translate: { shown: shown().length, total: items.length } }}</p>
        <ul class="cards" [attr.aria-label]="'media.applications.listLabel' | translate">
          @for (item of shown(); track item.application.id) {
            <li><sg-media-application-card [item]="item" [companyId]="companyId()" (changed)="onChanged($event)" /></li>
          }
        </ul>
        @if (shown().length < items.length) {
          <button mat-stroked-button type="button" (click)="more()">{{ 'media.applications.more' | translate }}</button>
        }
      } @else if (result.status === 'loaded') {
        <p class="sg-empty">
          {{ 'media.applications.empty' | translate }} <a routerLink="/media/regions">{{ 'media.applications.toRegions' | translate }}</a>
        </p>
      }
    }
  `,
  styles: `
    .cards { margin: 8px 0 16px; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 16px; }
  `,
})
export class ApplicationsPage {
  private readonly store = inject(MediaContextStore);
  private readonly api = inject(MediaApi);
  private readonly reloads = signal(0);
  private readonly limit = signal(PAGE_SIZE);

  protected readonly companyId = computed(() => this.store.company()?.id ?? '');
  private readonly tenants = computed(() => (this.store.company()?.partnerships ?? []).map((p) => p.tenant));
  private readonly query = computed(() => ({ companyId: this.companyId(), tenants: this.tenants(), reload: this.reloads() }));

  protected readonly state = toSignal(
    toObservable(this.query).pipe(
      loadStates(({ companyId, tenants }) => {
        if (!companyId || !tenants.length) return of<TenantApplication[]>([]);
        return forkJoin(
          tenants.map((tenant) => this.api.applications(tenant.slug, companyId).pipe(map((list) => list.map((application) => ({ tenant, application }))))),
        ).pipe(map((lists) => lists.flat().sort((a, b) => b.application.submittedAt.localeCompare(a.application.submittedAt))));
      }),
    ),
    { initialValue: INITIAL_LOAD_STATE as LoadState<TenantApplication[]> },
  );
  protected readonly shown = computed(() => (this.state().value ?? []).slice(0, this.limit()));

  protected more(): void {
    this.limit.update((n) => n + PAGE_SIZE);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  /** The dossier (partnerships) reloads, and with it this list. */
  protected onChanged(_application: Application): void {
    this.store.reload();
  }
}
