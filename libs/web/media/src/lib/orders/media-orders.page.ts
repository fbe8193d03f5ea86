import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { OrderStatus } from '@sinergi/contracts';
import { INITIAL_LOAD_STATE, PublicationApi, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe } from '@sinergi/web/i18n';
import { PROOF_OWED, mediaTypeKey, orderStatusKey } from '@sinergi/web/publication';
import { of } from 'rxjs';
import { MediaContextStore } from '../media-context.store';

const PAGE_SIZE = 20;
/** The inbox's filters: what needs the company's action, or everything. */
const FILTERS: Record<'todo' | 'all', OrderStatus[] | undefined> = { todo: ['issued', ...PROOF_OWED], all: undefined };

/** `/media/orders`: one inbox of the orders from every region the company works with, newest first. */
@Component({
  selector: 'sg-media-orders-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, LocalDatePipe, RupiahPipe],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'mediaOrders.inbox.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'mediaOrders.inbox.lead' | translate }}</p>
      </div>
    </header>
    <div class="filter" role="radiogroup" [attr.aria-label]="'mediaOrders.inbox.filter' | translate">
      <label><input type="radio" name="filter" value="todo" [checked]="filter() === 'todo'" (change)="setFilter('todo')" /> {{ 'mediaOrders.inbox.todo' | translate }}</label>
      <label><input type="radio" name="filter" value="all" [checked]="filter() === 'all'" (change)="setFilter('all')" /> {{ 'mediaOrders.inbox.all' | translate }}</label>
    </div>
    @let result = state();
    @if (result.status === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (result.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ result.error.message }}</div>
    }
    @if (result.value; as page) {
      <p class="sg-muted" role="status">{{ 'mediaOrders.inbox.count' | translate: { total: page.total } }}</p>
      <ul class="cards" [attr.aria-label]="'mediaOrders.inbox.listLabel' | translate">
        @for (o of page.items; track o.id) {
          <li class="card">
            <div class="head">
              <a class="number" [routerLink]="[o.tenant.slug, o.id]">{{ o.number }}</a>
              <span class="chip">{{ statusKey(o.status) | translate }}</span>
            </div>
            <p class="title">{{ o.title }}</p>
            <p class="sg-muted">{{ o.tenant.name }} · {{ o.outlet.name }} ({{ mediaTypeKey(o.outlet.mediaType) | translate }})</p>
            <p class="sg-muted">
              {{ o.product.name }} × {{ o.quantity }} · {{ o.amount | rupiah }} ·
              {{ 'mediaOrders.inbox.window' | translate: { from: (o.publishFrom | localDate), until: (o.publishUntil | localDate) } }} ·
              {{ 'mediaOrders.inbox.deadline' | translate: { date: (o.proofDeadline | localDate) } }}
            </p>
          </li>
        }
      </ul>
      @if (!page.items.length && result.status === 'loaded') {
        <p class="sg-empty">{{ (filter() === 'todo' ? 'mediaOrders.inbox.emptyTodo' : 'mediaOrders.inbox.empty') | translate }}</p>
      }
      @if (page.total > page.pageSize) {
        <nav class="pager" [attr.aria-label]="'mediaOrders.inbox.pages' | translate">
          <button mat-stroked-button type="button" [disabled]="page.page <= 1" (click)="go(page.page - 1)">{{ 'mediaOrders.inbox.previous' | translate }}</button>
          <span>{{ 'mediaOrders.inbox.pageOf' | translate: { page: page.page, pages: pages(page.total, page.pageSize) } }}</span>
          <button mat-stroked-button type="button" [disabled]="page.page * page.pageSize >= page.total" (click)="go(page.page + 1)">{{ 'mediaOrders.inbox.next' | translate }}</button>
        </nav>
      }
    }
  `,
  styles: `
    .filter { display: flex; flex-wrap: wrap; gap: 8px 16px; margin-bottom: 12px; }
    .filter label { display: inline-flex; align-items: center; gap: 6px; min-height: 44px; }
    .cards { margin: 8px 0 16px; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 12px; }
    .card { padding: 12px 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .head { display: flex; justify-content: space-between; gap: 8px; align-items: center; flex-wrap: wrap; }
    .number { font: var(--mat-sys-title-medium); display: inline-block; min-height: 44px; line-height: 44px; }
    .title { margin: 4px 0; }
    .card p { margin: 2px 0; overflow-wrap: anywhere; }
    .pager { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
    .chip { padding: 2px 8px; border-radius: 8px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); font: var(--mat-sys-label-medium); }
  `,
})
export class MediaOrdersPage {
  private readonly store = inject(MediaContextStore);
  private readonly api = inject(PublicationApi);
  protected readonly statusKey = orderStatusKey;
  protected readonly mediaTypeKey = mediaTypeKey;
  protected readonly filter = signal<'todo' | 'all'>('todo');
  private readonly page = signal(1);
  private readonly query = computed(() => ({ companyId: this.store.companyId(), status: FILTERS[this.filter()], page: this.page() }));
  protected readonly state = toSignal(
    toObservable(this.query).pipe(
      loadStates(({ companyId, status, page }) =>
        companyId ? this.api.inbox(companyId, { status, page, pageSize: PAGE_SIZE }) : of({ items: [], total: 0, page: 1, pageSize: PAGE_SIZE }),
      ),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );

  protected setFilter(filter: 'todo' | 'all'): void {
    this.filter.set(filter);
    this.page.set(1);
  }

  protected go(page: number): void {
    this.page.set(page);
  }

  protected pages(total: number, pageSize: number): number {
    return Math.max(1, Math.ceil(total / pageSize));
  }
}
