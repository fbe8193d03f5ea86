import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { OutletBlock } from '@sinergi/contracts';
import { INITIAL_LOAD_STATE, PartnershipApi, isApiError, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { confirmFirst, type ConfirmDialogData, TenantAccess, LoadErrorComponent } from '@sinergi/web/ui';
import { type Observable, catchError, from, map, mergeMap, of, switchMap, toArray } from 'rxjs';
import { todayWib } from '../shared';
import { type BlockState, blockState } from './outlet-blocks';

/** An outlet as the staff know it: its name and its latest application (where the block was made). */
type OutletRef = { name: string; applicationId: string };

/** The tenant's outlet blocks (all, or those in force today), paginated, with "lift" for those allowed. */
@Component({
  selector: 'sg-outlet-blocks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadErrorComponent, MatButtonModule, MatButtonToggleModule, MatPaginatorModule, MatProgressBarModule, RouterLink, TranslatePipe, LocalDatePipe],
  template: `
    <section class="panel" aria-labelledby="blocks-title">
      <h2 id="blocks-title">{{ 'partnership.blocks.title' | translate }}</h2>
      <p class="sg-muted">{{ 'partnership.blocks.lead' | translate }}</p>
      <mat-button-toggle-group
        [value]="activeOnly()"
        (change)="setActiveOnly($event.value)"
        [attr.aria-label]="'partnership.blocks.show' | translate"
        hideSingleSelectionIndicator
      >
        <mat-button-toggle [value]="true">{{ 'partnership.blocks.active' | translate }}</mat-button-toggle>
        <mat-button-toggle [value]="false">{{ 'partnership.blocks.all' | translate }}</mat-button-toggle>
      </mat-button-toggle-group>

      @if (actionError(); as message) {
        <p class="sg-alert sg-alert--error" role="alert">{{ message }}</p>
      }
      @if (lifted(); as message) {
        <p class="sg-alert sg-alert--success" role="status">{{ message }}</p>
      }
      @let result = state();
      @if (result.status === 'error') {
        <sg-load-error [error]="result.error" (retry)="reload()" />
      }
      <div class="sg-table-scroll" [attr.aria-busy]="result.status === 'loading'">
        @if (result.status === 'loading') {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
        <table class="plain" [attr.aria-label]="'partnership.blocks.tableLabel' | translate">
          <thead>
            <tr>
              <th scope="col">{{ 'partnership.blocks.outlet' | translate }}</th>
              <th scope="col">{{ 'partnership.blocks.reason' | translate }}</th>
              <th scope="col">{{ 'partnership.blocks.period' | translate }}</th>
              <th scope="col">{{ 'partnership.blocks.state' | translate }}</th>
              <th scope="col">{{ 'partnership.blocks.by' | translate }}</th>
              @if (canLift()) {
                <th scope="col">{{ 'partnership.app.actions' | translate }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (b of result.value?.items ?? []; track b.id) {
              @let outlet = outlets().get(b.outletId);
              <tr>
                <td>
                  @if (outlet) {
                    <a [routerLink]="['..', 'applications', outlet.applicationId]">{{ outlet.name }}</a>
                  } @else {
                    {{ outletLabel(b) }}
                  }
                </td>
                <td>{{ b.reason }}</td>
                <td class="nowrap">
                  {{ b.startsOn | localDate }} – {{ b.endsOn ? (b.endsOn | localDate) : ('partnership.blocks.openEnded' | translate) }}
                </td>
                <td>
                  <span class="state" [class]="'state state--' + stateOf(b)">{{ stateKey(stateOf(b)) | translate }}</span>
                  @if (b.liftedAt) {
                    <div class="meta">{{ 'partnership.blocks.liftedBy' | translate: { date: (b.liftedAt | localDate), name: b.liftedBy ?? '' } }}</div>
                  }
                </td>
                <td>{{ b.createdBy }}<div class="meta">{{ b.createdAt | localDate }}</div></td>
                @if (canLift()) {
                  <td>
                    @if (!b.liftedAt) {
                      <button
                        mat-stroked-button
                        type="button"
                        [disabled]="busyId() === b.id"
                        [attr.aria-label]="'partnership.blocks.liftOf' | translate: { name: outlet?.name ?? outletLabel(b) }"
                        (click)="lift(b)"
                      >
                        {{ 'partnership.blocks.lift' | translate }}
                      </button>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
        @if (result.status === 'loaded' && result.value.total === 0) {
          <p class="sg-empty">{{ (activeOnly() ? 'partnership.blocks.emptyActive' : 'partnership.blocks.empty') | translate }}</p>
        }
        <mat-paginator
          [length]="result.value?.total ?? 0"
          [pageIndex]="page() - 1"
          [pageSize]="pageSize()"
          [pageSizeOptions]="[25, 50, 100]"
          (page)="onPage($event)"
        />
      </div>
    </section>
  `,
  styles: `
    .panel { margin-top: 24px; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 4px; }
    mat-button-toggle-group { margin: 8px 0 12px; }
    table.plain { border-collapse: collapse; }
    table.plain th, table.plain td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    .nowrap { white-space: nowrap; }
    .meta { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .state { font-weight: 500; }
    .state--active { color: var(--mat-sys-error); }
  `,
})
export class OutletBlocksComponent {
  private readonly api = inject(PartnershipApi);
  private readonly access = inject(TenantAccess);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(TranslateService);

  protected readonly activeOnly = signal(true);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(25);
  protected readonly busyId = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly lifted = signal<string | null>(null);
  protected readonly canLift = computed(() => this.access.can('update', 'OutletBlock'));
  private readonly reloads = signal(0);
  private readonly today = todayWib();

  private readonly query = computed(() => ({
    active: this.activeOnly() || undefined,
    page: this.page(),
    pageSize: this.pageSize(),
    reload: this.reloads(),
  }));
  protected readonly state = toSignal(
    toObservable(this.query).pipe(loadStates(({ reload: _, ...query }) => this.api.outletBlocks(this.access.slug(), query))),
    { initialValue: INITIAL_LOAD_STATE },
  );

  /**
   * Blocks name only the outlet id; its name and latest application come from the outlet's history
   * (each outlet once per page, a few at a time). Unresolved outlets show a short id.
   */
  protected readonly outlets = toSignal(
    toObservable(computed(() => [...new Set((this.state().value?.items ?? []).map((b) => b.outletId))])).pipe(
      switchMap((ids) =>
        from(ids).pipe(
          mergeMap((id) => this.outletRef(id).pipe(map((ref) => [id, ref] as const)), 4),
          toArray(),
          map((pairs) => new Map(pairs.filter((pair): pair is readonly [string, OutletRef] => pair[1] !== null))),
        ),
      ),
    ),
    { initialValue: new Map<string, OutletRef>() },
  );

  protected stateOf(block: OutletBlock): BlockState {
    return blockState(block, this.today);
  }

  protected stateKey(state: BlockState): TranslationKey {
    return `partnership.blocks.state.${state}`;
  }

  protected outletLabel(block: OutletBlock): string {
    return this.i18n.t('partnership.blocks.unknownOutlet', { id: block.outletId.slice(0, 8) });
  }

  protected setActiveOnly(value: unknown): void {
    this.activeOnly.set(value === true);
    this.page.set(1);
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
    this.pageSize.set(event.pageSize);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected lift(block: OutletBlock): void {
    const name = this.outlets().get(block.outletId)?.name ?? this.outletLabel(block);
    const data: ConfirmDialogData = {
      title: this.i18n.t('partnership.blocks.liftTitle', { name }),
      message: this.i18n.t('partnership.blocks.liftMessage'),
      confirmLabel: this.i18n.t('partnership.blocks.lift'),
      destructive: false,
    };
    confirmFirst(this.dialog, data)
      .pipe(
        switchMap(() => {
          this.busyId.set(block.id);
          this.actionError.set(null);
          this.lifted.set(null);
          return this.api.liftBlock(this.access.slug(), block.id);
        }),
      )
      .subscribe({
        next: () => {
          this.busyId.set(null);
          this.lifted.set(this.i18n.t('partnership.blocks.lifted', { name }));
          this.reload();
        },
        error: (error: unknown) => {
          this.busyId.set(null);
          this.actionError.set(isApiError(error) ? error.message : this.i18n.t('error.unexpected'));
        },
      });
  }

  private outletRef(outletId: string): Observable<OutletRef | null> {
    const slug = this.access.slug();
    return this.api.outletHistory(slug, outletId).pipe(
      switchMap(({ entries }) => {
        const latest = entries.find((entry) => entry.kind === 'application');
        if (!latest) return of(null);
        return this.api.application(slug, latest.refId).pipe(map((a): OutletRef => ({ name: a.outlet.name, applicationId: a.id })));
      }),
      catchError(() => of(null)),
    );
  }
}
