import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { OrderSummary } from '@sinergi/contracts';
import { type ApiError, BillingApi, INITIAL_LOAD_STATE, PublicationApi, loadStates } from '@sinergi/web/api-client';
import { RupiahPipe, TranslatePipe } from '@sinergi/web/i18n';
import { ApiProblemComponent } from '@sinergi/web/publication';
import { forkJoin, map, of, switchMap } from 'rxjs';
import { MediaContextStore } from '../media-context.store';

/** The claimable orders grouped by outlet: a claim bundles the accepted proofs of one outlet. */
export function byOutlet(orders: readonly OrderSummary[]): { outletId: string; outletName: string; orders: OrderSummary[]; total: number }[] {
  const groups = new Map<string, { outletId: string; outletName: string; orders: OrderSummary[]; total: number }>();
  for (const order of orders) {
    const group = groups.get(order.outlet.id) ?? { outletId: order.outlet.id, outletName: order.outlet.name, orders: [], total: 0 };
    group.orders.push(order);
    group.total += order.amount;
    groups.set(order.outlet.id, group);
  }
  return [...groups.values()];
}

/** `/media/claims/new?tenant=`: bundle accepted proofs of one outlet of one region into a claim. */
@Component({
  selector: 'sg-new-claim-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, RupiahPipe, ApiProblemComponent],
  template: `
    <a class="back" routerLink="/media/claims">{{ 'mediaClaimsList.back' | translate }}</a>
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'mediaClaimsNew.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'mediaClaims.lead' | translate }}</p>
      </div>
    </header>
    @if (tenants().length) {
      <div class="region">
        <label for="claim-region">{{ 'mediaClaims.region' | translate }}</label>
        <select id="claim-region" [value]="slug()" (change)="choose($event)">
          @for (t of tenants(); track t.slug) {
            <option [value]="t.slug" [selected]="t.slug === slug()">{{ t.name }}</option>
          }
        </select>
      </div>
    } @else {
      <p class="sg-empty">{{ 'mediaClaims.noRegions' | translate }} <a routerLink="/media/regions">{{ 'mediaClaims.toRegions' | translate }}</a></p>
    }

    @if (slug()) {
      <section class="card" aria-labelledby="claimable-title">
        <h2 id="claimable-title">{{ 'mediaClaims.claimable' | translate }}</h2>
        @let ready = claimable();
        @if (ready.status === 'loading') {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
        @if (ready.status === 'error') {
          <div class="sg-alert sg-alert--error" role="alert">{{ ready.error.message }}</div>
        }
        @for (g of groups(); track g.outletId) {
          <fieldset class="group" [disabled]="!!selectedOutlet() && selectedOutlet() !== g.outletId">
            <legend>{{ g.outletName }} · {{ g.total | rupiah }}</legend>
            @for (o of g.orders; track o.id) {
              <label class="pick">
                <input type="checkbox" [checked]="selected().has(o.id)" (change)="toggle(o)" />
                <span>{{ o.number }} · {{ o.title }} · {{ o.amount | rupiah }}</span>
              </label>
            }
          </fieldset>
        }
        @if (ready.status === 'loaded' && !groups().length) {
          <p class="sg-muted">{{ 'mediaClaims.nothing' | translate }}</p>
        }
        @if (error(); as e) {
          <sg-api-problem [error]="e" />
        }
        @if (selected().size) {
          <p role="status">{{ 'mediaClaims.selected' | translate: { count: selected().size, amount: (selectedTotal() | rupiah) } }}</p>
        }
        <button mat-flat-button type="button" class="big" [disabled]="!selected().size || busy()" (click)="submit()">{{ 'mediaClaims.submit' | translate }}</button>
      </section>

    }
  `,
  styles: `
    .region { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-bottom: 12px; }
    .region select { flex: 1 1 12rem; min-height: 44px; padding: 0 8px; border: 1px solid var(--mat-sys-outline); border-radius: 8px; background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); }
    .card { margin: 16px 0; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .card h2 { margin: 0 0 8px; font: var(--mat-sys-title-medium); }
    .group { margin: 0 0 12px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
    .pick { display: flex; gap: 8px; align-items: center; min-height: 44px; overflow-wrap: anywhere; }
    .pick input { width: 24px; height: 24px; flex: none; }
    .back { display: inline-block; min-height: 44px; line-height: 44px; }
    .big { min-height: 48px; }
  `,
})
export class NewClaimPage {
  private readonly store = inject(MediaContextStore);
  private readonly publication = inject(PublicationApi);
  private readonly billing = inject(BillingApi);
  private readonly router = inject(Router);
  /** `?tenant=` */
  readonly tenant = input<string | undefined>(undefined);

  protected readonly tenants = computed(() => (this.store.company()?.partnerships ?? []).map((p) => p.tenant));
  protected readonly slug = computed(() => {
    const wanted = this.tenant();
    const tenants = this.tenants();
    return tenants.find((t) => t.slug === wanted)?.slug ?? tenants[0]?.slug ?? '';
  });
  private readonly reloads = signal(0);
  private readonly source = computed(() => ({ slug: this.slug(), companyId: this.store.companyId() ?? '', reload: this.reloads() }));

  protected readonly claimable = toSignal(
    toObservable(this.source).pipe(
      loadStates(({ slug, companyId }) =>
        slug && companyId ? this.publication.mediaOrders(slug, companyId, { status: ['proof-accepted'], pageSize: 200, sort: 'publishFrom', direction: 'asc' }) : of(null),
      ),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly groups = computed(() => byOutlet(this.claimable().value?.items ?? []));
  protected readonly selected = signal<ReadonlyMap<string, OrderSummary>>(new Map());
  protected readonly selectedOutlet = computed(() => [...this.selected().values()][0]?.outlet.id ?? null);
  protected readonly selectedTotal = computed(() => [...this.selected().values()].reduce((sum, o) => sum + o.amount, 0));
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  constructor() {
    effect(() => {
      this.slug();
      untracked(() => this.selected.set(new Map()));
    });
  }

  protected choose(event: Event): void {
    void this.router.navigate([], { queryParams: { tenant: (event.target as HTMLSelectElement).value }, replaceUrl: true });
  }

  protected toggle(order: OrderSummary): void {
    const next = new Map(this.selected());
    if (next.has(order.id)) next.delete(order.id);
    else next.set(order.id, order);
    this.selected.set(next);
  }

  protected submit(): void {
    const slug = this.slug();
    const companyId = this.store.companyId() ?? '';
    const orders = [...this.selected().keys()];
    if (!orders.length) return;
    this.busy.set(true);
    this.error.set(null);
    // The order list carries no proof ids: each order's detail has its proof.
    forkJoin(orders.map((id) => this.publication.mediaOrder(slug, companyId, id)))
      .pipe(
        map((details) => details.flatMap((o) => (o.proof ? [o.proof.id] : []))),
        switchMap((proofIds) => this.billing.submitClaim(slug, companyId, proofIds)),
      )
      .subscribe({
        next: (claim) => {
          this.busy.set(false);
          void this.router.navigate(['/media/claims', slug, claim.id]);
        },
        error: (e: ApiError) => {
          this.busy.set(false);
          this.error.set(e);
          this.reloads.update((n) => n + 1);
        },
      });
  }
}

