import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { ApprovalInstance } from '@sinergi/contracts';
import { BillingApi, INITIAL_LOAD_STATE, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe } from '@sinergi/web/i18n';
import { TenantAccess } from '@sinergi/web/ui';
import { ApprovalDecisionComponent } from './approval-decision.component';

/** Whole days since an ISO instant (the age of a waiting item). */
export function ageInDays(since: string | null, now: Date = new Date()): number {
  return since ? Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 86_400_000)) : 0;
}

/** `/t/:tenant/approvals`: what waits for the user's roles (own or delegated today), oldest first. */
@Component({
  selector: 'sg-approvals-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonToggleModule, MatPaginatorModule, MatProgressBarModule, RouterLink, TranslatePipe, LocalDatePipe, RupiahPipe, ApprovalDecisionComponent],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'billing.approvals.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'billing.approvals.lead' | translate }}</p>
      </div>
      <mat-button-toggle-group [value]="scope()" (change)="scope.set($event.value); page.set(1)" [attr.aria-label]="'billing.approvals.scope' | translate">
        <mat-button-toggle value="mine">{{ 'billing.approvals.mine' | translate }}</mat-button-toggle>
        <mat-button-toggle value="all">{{ 'billing.approvals.all' | translate }}</mat-button-toggle>
      </mat-button-toggle-group>
    </header>
    @if (done(); as d) {
      <p class="sg-alert sg-alert--success" role="status">{{ 'billing.approvals.done' | translate: { label: d.subjectLabel } }}</p>
    }
    @let result = state();
    @if (result.status === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (result.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ result.error.message }}</div>
    }
    <ul class="items" [attr.aria-label]="'billing.approvals.listLabel' | translate">
      @for (a of result.value?.items ?? []; track a.id) {
        <li class="item">
          <div class="head">
            <h2>
              @if (a.kind === 'claim') {
                <a [routerLink]="['../claims', a.subjectId]">{{ a.subjectLabel }}</a>
              } @else {
                {{ a.subjectLabel }}
              }
            </h2>
            <span>{{ a.facts.amount | rupiah }}</span>
          </div>
          <p class="sg-muted">
            {{ 'billing.approvals.step' | translate: { step: stepLabel(a), role: a.currentRole ?? '' } }} ·
            {{ 'billing.approvals.age' | translate: { days: age(a.currentStepSince) } }}
            @if (a.dueAt) {
              · {{ 'billing.approvals.due' | translate: { date: (a.dueAt | localDate: 'dateTime') } }}
            }
            · {{ 'billing.approvals.round' | translate: { round: a.round } }}
          </p>
          @if (a.returnNote) {
            <p>{{ 'billing.approvals.returnNote' | translate: { note: a.returnNote } }}</p>
          }
          @if (access.can('update', 'Approval')) {
            <sg-approval-decision [instance]="a" (decided)="onDecided($event)" />
          }
        </li>
      }
    </ul>
    @if (result.status === 'loaded' && result.value.total === 0) {
      <p class="sg-empty">{{ (scope() === 'mine' ? 'billing.approvals.emptyMine' : 'billing.approvals.emptyAll') | translate }}</p>
    }
    <mat-paginator [length]="result.value?.total ?? 0" [pageIndex]="page() - 1" [pageSize]="pageSize()" [pageSizeOptions]="[10, 25, 50]" (page)="onPage($event)" />
  `,
  styles: `
    .items { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 12px; }
    .item { padding: 12px 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 8px; align-items: baseline; }
    .head h2 { margin: 0; font: var(--mat-sys-title-medium); }
  `,
})
export class ApprovalsPage {
  private readonly api = inject(BillingApi);
  protected readonly access = inject(TenantAccess);
  protected readonly scope = signal<'mine' | 'all'>('mine');
  protected readonly page = signal(1);
  protected readonly pageSize = signal(10);
  private readonly reloads = signal(0);
  protected readonly done = signal<ApprovalInstance | null>(null);
  protected readonly age = ageInDays;

  private readonly query = computed(() => ({ scope: this.scope(), page: this.page(), pageSize: this.pageSize(), reload: this.reloads() }));
  protected readonly state = toSignal(
    toObservable(this.query).pipe(loadStates(({ reload: _reload, ...query }) => this.api.approvals(this.access.slug(), query))),
    { initialValue: INITIAL_LOAD_STATE },
  );

  protected stepLabel(a: ApprovalInstance): string {
    return a.steps.find((s) => s.key === a.currentStep)?.label ?? a.currentStep ?? '';
  }

  protected onDecided(instance: ApprovalInstance): void {
    this.done.set(instance);
    this.reloads.update((n) => n + 1);
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
    this.pageSize.set(event.pageSize);
  }
}
