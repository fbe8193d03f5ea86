import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  type Application,
  type ApplicationDocument,
  DOSSIER_DOCUMENT_LABELS,
  type DocumentDecision,
  type OutletBlock,
  type OutletHistoryEntry,
} from '@sinergi/contracts';
import { type ApiError, PartnershipApi, isApiError } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe, type TranslationKey } from '@sinergi/web/i18n';
import { type Observable, catchError, combineLatest, map, of, switchMap } from 'rxjs';
import { TenantAccess } from '@sinergi/web/ui';
import { historyKey, injectDownload, injectLocalized, levelKey, outcomeKey, statusKey, todayWib } from '../shared';

type OutletRecord = { blocks: OutletBlock[]; entries: OutletHistoryEntry[] };

/** `/t/:tenant/applications/:id`: verification, factual visit, tiering, objections, agreement, outlet. */
@Component({
  selector: 'sg-application-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    RupiahPipe,
  ],
  templateUrl: './application.page.html',
  styleUrl: './application.page.scss',
})
export class ApplicationPage {
  readonly id = input.required<string>();

  private readonly api = inject(PartnershipApi);
  private readonly access = inject(TenantAccess);
  protected readonly localized = injectLocalized();
  private readonly download = injectDownload();
  protected readonly statusKey = statusKey;
  protected readonly levelKey = levelKey;
  protected readonly outcomeKey = outcomeKey;
  protected readonly historyKey = historyKey;

  protected readonly slug = computed(() => this.access.slug());
  protected readonly canUpdate = computed(() => this.access.can('update', 'Application'));
  protected readonly canCreateAgreement = computed(() => this.access.can('create', 'Agreement'));
  protected readonly canReadAgreement = computed(() => this.access.can('read', 'Agreement'));
  protected readonly canReadOutlet = computed(() => this.access.can('read', 'OutletBlock'));
  protected readonly canBlock = computed(() => this.access.can('create', 'OutletBlock'));
  protected readonly canLift = computed(() => this.access.can('update', 'OutletBlock'));

  private readonly reloads = signal(0);
  protected readonly application = signal<Application | null>(null);
  protected readonly loadError = signal<ApiError | null>(null);
  /** The last action's failure (409 STALE_VERSION offers a reload). */
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly busy = signal(false);

  private readonly loaded = toSignal(
    combineLatest([toObservable(this.id), toObservable(this.reloads)]).pipe(
      switchMap(([id]) =>
        this.api.application(this.access.slug(), id).pipe(
          map((application) => {
            this.application.set(application);
            this.loadError.set(null);
            return true;
          }),
          catchError((error: unknown) => {
            this.loadError.set(isApiError(error) ? error : null);
            return of(false);
          }),
        ),
      ),
    ),
  );
  protected readonly loading = computed(() => this.loaded() === undefined);

  // forms
  protected readonly rejecting = signal<string | null>(null);
  protected rejectNote = '';
  protected visit = { visitedOn: todayWib(), passed: true, note: '' };
  protected answers: Record<string, { answer: string; upheld: boolean }> = {};
  protected agreement = { startsOn: '', endsOn: '', ceiling: null as number | null };
  protected block = { reason: '', startsOn: todayWib(), endsOn: '' };
  protected readonly outletReloads = signal(0);
  protected readonly outlet = toSignal(
    combineLatest([toObservable(this.application), toObservable(this.outletReloads)]).pipe(
      switchMap(([application]): Observable<OutletRecord | null> =>
        application && this.canReadOutlet()
          ? this.api.outletHistory(this.access.slug(), application.outlet.id).pipe(catchError(() => of(null)))
          : of(null),
      ),
    ),
    { initialValue: null },
  );
  protected readonly outletKey = computed(() => this.application()?.outlet.id ?? '');

  protected documentLabel(document: ApplicationDocument): string {
    return this.localized(DOSSIER_DOCUMENT_LABELS[document.documentType]);
  }

  protected decisionKey(decision: DocumentDecision): TranslationKey {
    return `partnership.decision.${decision}`;
  }

  protected reload(): void {
    this.actionError.set(null);
    this.reloads.update((n) => n + 1);
  }

  protected decide(document: ApplicationDocument, decision: DocumentDecision, note?: string): void {
    const app = this.application();
    if (!app) return;
    this.run(
      this.api.decideDocument(this.access.slug(), app.id, document.id, { decision, version: app.version, ...(note ? { note } : {}) }),
      () => this.rejecting.set(null),
    );
  }

  protected startReject(document: ApplicationDocument): void {
    this.rejectNote = '';
    this.rejecting.set(document.id);
  }

  protected confirmReject(document: ApplicationDocument): void {
    if (!this.rejectNote.trim()) return;
    this.decide(document, 'rejected', this.rejectNote.trim());
  }

  protected recordVisit(): void {
    const app = this.application();
    if (!app || !this.visit.visitedOn) return;
    this.run(
      this.api.recordFactualVisit(this.access.slug(), app.id, {
        visitedOn: this.visit.visitedOn,
        passed: this.visit.passed,
        version: app.version,
        ...(this.visit.note.trim() ? { note: this.visit.note.trim() } : {}),
      }),
    );
  }

  protected tier(): void {
    const app = this.application();
    if (!app) return;
    this.run(this.api.tier(this.access.slug(), app.id, app.version));
  }

  protected answerFor(id: string): { answer: string; upheld: boolean } {
    return (this.answers[id] ??= { answer: '', upheld: false });
  }

  protected answer(objectionId: string): void {
    const form = this.answerFor(objectionId);
    if (form.answer.trim().length < 3) return;
    this.run(this.api.answerObjection(this.access.slug(), objectionId, { answer: form.answer.trim(), upheld: form.upheld }));
  }

  protected createAgreement(): void {
    const app = this.application();
    if (!app || !this.agreement.startsOn || !this.agreement.endsOn) return;
    this.busy.set(true);
    this.actionError.set(null);
    this.api
      .createAgreement(this.access.slug(), {
        applicationId: app.id,
        startsOn: this.agreement.startsOn,
        endsOn: this.agreement.endsOn,
        ceiling: this.agreement.ceiling || null,
      })
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.reload();
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected downloadDocument(document: ApplicationDocument): void {
    const app = this.application();
    if (!app) return;
    this.download(this.api.documentFileUrl(this.access.slug(), app.id, document.id), `${document.documentType}.pdf`).catch((error: unknown) =>
      this.fail(error),
    );
  }

  protected downloadAgreement(id: string): void {
    this.download(this.api.agreementPdfUrl(this.access.slug(), id), `perjanjian-${id}.pdf`).catch((error: unknown) => this.fail(error));
  }

  protected blockOutlet(): void {
    const app = this.application();
    if (!app || this.block.reason.trim().length < 5 || !this.block.startsOn) return;
    this.busy.set(true);
    this.actionError.set(null);
    this.api
      .blockOutlet(this.access.slug(), app.outlet.id, {
        reason: this.block.reason.trim(),
        startsOn: this.block.startsOn,
        endsOn: this.block.endsOn || null,
      })
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.block = { reason: '', startsOn: todayWib(), endsOn: '' };
          this.outletReloads.update((n) => n + 1);
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected lift(block: OutletBlock): void {
    this.busy.set(true);
    this.actionError.set(null);
    this.api.liftBlock(this.access.slug(), block.id).subscribe({
      next: () => {
        this.busy.set(false);
        this.outletReloads.update((n) => n + 1);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private run(request: Observable<Application>, done?: () => void): void {
    this.busy.set(true);
    this.actionError.set(null);
    request.subscribe({
      next: (application) => {
        this.busy.set(false);
        this.application.set(application);
        done?.();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.actionError.set(isApiError(error) ? error : null);
  }
}
