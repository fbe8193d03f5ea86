import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { INITIAL_LOAD_STATE, MediaApi, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe } from '@sinergi/web/i18n';
import { publicYears } from './public-years';
import { pageRows } from './table-view';

const PAGE_SIZE = 20;

/** `/public`: the regions calling for media partners in a year, each leading to its public page; no login. */
@Component({
  selector: 'sg-public-calls-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, LocalDatePipe],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'public.calls' | translate }}</h1>
        <p class="sg-page-lead">{{ 'public.calls.lead' | translate }}</p>
      </div>
      <div class="year">
        <label for="calls-year">{{ 'public.year' | translate }}</label>
        <select id="calls-year" (change)="chooseYear($event)">
          @for (y of years; track y) {
            <option [value]="y" [selected]="y === year()">{{ y }}</option>
          }
        </select>
      </div>
    </header>
    @let result = state();
    @if (result.status === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (result.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ result.error.message }}</div>
    }
    @if (result.value; as calls) {
      @let shown = page();
      <ul class="cards" [attr.aria-label]="'public.calls' | translate">
        @for (call of shown.items; track call.tenant.slug) {
          <li class="card">
            <a class="name" [routerLink]="[call.tenant.slug]" [queryParams]="{ year: call.fiscalYear }">{{ call.tenant.name }}</a>
            <p class="sg-muted">
              @if (call.open) {
                {{ 'public.calls.open' | translate: { date: (call.registrationCloses | localDate) } }}
              } @else {
                {{ 'public.calls.closed' | translate }}
              }
            </p>
          </li>
        }
      </ul>
      @if (!calls.length && result.status === 'loaded') {
        <p class="sg-empty">{{ 'public.calls.none' | translate }}</p>
      }
      @if (shown.pages > 1) {
        <nav class="pager" [attr.aria-label]="'public.calls' | translate">
          <button mat-stroked-button type="button" [disabled]="shown.page <= 1" (click)="pageNo.set(shown.page - 1)">{{ 'mediaOrders.inbox.previous' | translate }}</button>
          <span>{{ 'mediaOrders.inbox.pageOf' | translate: { page: shown.page, pages: shown.pages } }}</span>
          <button mat-stroked-button type="button" [disabled]="shown.page >= shown.pages" (click)="pageNo.set(shown.page + 1)">{{ 'mediaOrders.inbox.next' | translate }}</button>
        </nav>
      }
    }
    <p class="register"><a mat-stroked-button routerLink="/register">{{ 'public.calls.register' | translate }}</a></p>
  `,
  styles: `
    .year { display: flex; flex-direction: column; gap: 4px; }
    .year select { min-height: 44px; padding: 0 8px; border: 1px solid var(--mat-sys-outline); border-radius: 8px; background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); font: var(--mat-sys-body-large); }
    .cards { margin: 8px 0 16px; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 12px; }
    .card { padding: 12px 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .card p { margin: 2px 0; }
    .name { font: var(--mat-sys-title-medium); display: inline-block; min-height: 44px; line-height: 44px; }
    .pager { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
    .register { margin-top: 24px; }
  `,
})
export class PublicCallsPage {
  private readonly api = inject(MediaApi);
  protected readonly years = publicYears();
  protected readonly year = signal(this.years[0]!);
  protected readonly pageNo = signal(1);
  protected readonly state = toSignal(toObservable(this.year).pipe(loadStates((year) => this.api.publicCalls(year))), { initialValue: INITIAL_LOAD_STATE });
  protected readonly page = computed(() => pageRows(this.state().value ?? [], this.pageNo(), PAGE_SIZE));

  protected chooseYear(event: Event): void {
    this.year.set(Number((event.target as HTMLSelectElement).value));
    this.pageNo.set(1);
  }
}
