import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { type FleetMigrationRun, QUEUE_JOB_STATES, type QueueJobState } from '@sinergi/contracts';
import { INITIAL_LOAD_STATE, SinergiApi, isApiError, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, LocalNumberPipe, TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { confirmFirst, type ConfirmDialogData, TypedCellDefDirective } from '@sinergi/web/ui';
import { switchMap } from 'rxjs';
import { FleetResultsComponent } from './fleet-results.component';

const RUN_LABEL: Readonly<Record<FleetMigrationRun['status'], TranslationKey>> = {
  running: 'ops.fleet.run.running',
  succeeded: 'ops.fleet.run.succeeded',
  failed: 'ops.fleet.run.failed',
  interrupted: 'ops.fleet.run.interrupted',
};

const STATE_LABEL: Readonly<Record<QueueJobState, TranslationKey>> = {
  waiting: 'ops.state.waiting',
  active: 'ops.state.active',
  delayed: 'ops.state.delayed',
  completed: 'ops.state.completed',
  failed: 'ops.state.failed',
  paused: 'ops.state.paused',
};

const QUEUE_LABEL: Readonly<Record<string, TranslationKey>> = {
  platform: 'ops.queue.platform',
  mail: 'ops.queue.mail',
};

const RUN_COLUMNS = ['startedAt', 'status', 'summary', 'view'] as const;
const FAILURE_COLUMNS = ['job', 'error', 'attempts', 'failedAt'] as const;

/** `/platform/operations`: fleet migrations (status, per-tenant results, start one) and the job queues. */
@Component({
  selector: 'sg-operations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    TranslatePipe,
    LocalDatePipe,
    LocalNumberPipe,
    TypedCellDefDirective,
    FleetResultsComponent,
  ],
  templateUrl: './operations.page.html',
  styleUrl: './operations.page.scss',
})
export class OperationsPage {
  private readonly api = inject(SinergiApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(TranslateService);
  private readonly reloads = signal(0);

  protected readonly runLabel = RUN_LABEL;
  protected readonly stateLabel = STATE_LABEL;
  protected readonly states = QUEUE_JOB_STATES;
  protected readonly runColumns = RUN_COLUMNS;
  protected readonly failureColumns = FAILURE_COLUMNS;
  protected readonly queueColumns = ['queue', ...QUEUE_JOB_STATES];

  protected readonly runs = toSignal(
    toObservable(this.reloads).pipe(loadStates(() => this.api.migrationRuns())),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly queues = toSignal(
    toObservable(this.reloads).pipe(loadStates(() => this.api.queues())),
    { initialValue: INITIAL_LOAD_STATE },
  );

  /** The run whose results are shown; the latest unless the admin picked an earlier one. */
  protected readonly pickedRunId = signal<string | null>(null);
  protected readonly runRows = computed(() => this.runs().value ?? []);
  protected readonly shownRun = computed(() => {
    const runs = this.runRows();
    return runs.find((run) => run.id === this.pickedRunId()) ?? runs[0] ?? null;
  });
  protected readonly queueRows = computed(() => this.queues().value?.queues ?? []);

  protected readonly starting = signal(false);
  protected readonly actionError = signal<string | null>(null);

  protected queueLabel(name: string): string {
    const key = QUEUE_LABEL[name];
    return key ? this.i18n.t(key) : name;
  }

  protected reload(): void {
    this.reloads.update((count) => count + 1);
  }

  protected startFleetMigration(): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t('ops.fleet.confirmTitle'),
      message: this.i18n.t('ops.fleet.confirmMessage'),
      confirmLabel: this.i18n.t('ops.fleet.confirm'),
      destructive: false,
    };
    confirmFirst(this.dialog, data)
      .pipe(
        switchMap(() => {
          this.starting.set(true);
          this.actionError.set(null);
          return this.api.startFleetMigration();
        }),
      )
      .subscribe({
        next: ({ jobId }) => {
          this.starting.set(false);
          this.snackBar.open(this.i18n.t('ops.fleet.started', { jobId }), this.i18n.t('common.close'), { duration: 6000 });
          this.reload();
        },
        error: (error: unknown) => {
          this.starting.set(false);
          this.actionError.set(isApiError(error) ? error.message : this.i18n.t('error.unexpected'));
        },
      });
  }
}
