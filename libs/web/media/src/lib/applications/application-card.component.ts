import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Application, ApplicationDocument, ApplicationStatus, DocumentDecision } from '@sinergi/contracts';
import { MediaApi, isApiError } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { filter, last, switchMap } from 'rxjs';
import { UPLOAD_ACCEPT } from '../dossier/documents.component';
import { documentTypeLabel, localized, mediaTypeLabel } from '../shared/media-model';
import { saveFile } from '../shared/save-file';

export type TenantApplication = { tenant: { slug: string; name: string }; application: Application };

const STATUS_LABEL: Readonly<Record<ApplicationStatus, TranslationKey>> = {
  submitted: 'media.status.submitted',
  'in-review': 'media.status.in-review',
  returned: 'media.status.returned',
  verified: 'media.status.verified',
  tiered: 'media.status.tiered',
  ineligible: 'media.status.ineligible',
  final: 'media.status.final',
  withdrawn: 'media.status.withdrawn',
};

const DECISION_LABEL: Readonly<Record<DocumentDecision, TranslationKey>> = {
  pending: 'media.decision.pending',
  approved: 'media.decision.approved',
  rejected: 'media.decision.rejected',
};

/** One application: status, document decisions (resubmit a rejected one), result, objection, agreement. */
@Component({
  selector: 'sg-media-application-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TranslatePipe, LocalDatePipe],
  templateUrl: './application-card.component.html',
  styleUrl: './application-card.component.scss',
})
export class ApplicationCardComponent {
  readonly item = input.required<TenantApplication>();
  readonly companyId = input.required<string>();
  readonly changed = output<Application>();

  private readonly api = inject(MediaApi);
  private readonly i18n = inject(TranslateService);
  private readonly document = inject(DOCUMENT);

  protected readonly accept = UPLOAD_ACCEPT;
  protected readonly application = computed(() => this.item().application);
  protected readonly rejected = computed(() => this.application().documents.filter((d) => d.decision === 'rejected').length);
  protected readonly busy = signal<string | null>(null);
  protected readonly progress = signal<number | null>(null);
  protected readonly error = signal<{ scope: string; message: string } | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected objectionText = '';

  protected statusLabel(status: ApplicationStatus): TranslationKey {
    return STATUS_LABEL[status];
  }

  protected decisionLabel(decision: DocumentDecision): TranslationKey {
    return DECISION_LABEL[decision];
  }

  protected typeLabel(document: ApplicationDocument): string {
    return documentTypeLabel(document.documentType, this.i18n.lang());
  }

  protected outletType(): string {
    return mediaTypeLabel(this.application().outlet.mediaType, this.i18n.lang());
  }

  protected explanation(): string | null {
    const decision = this.application().decision;
    return decision ? localized(decision.result.tierExplanation, this.i18n.lang()) : null;
  }

  /** Uploads the file as a new version of the dossier document, then answers the rejection with it. */
  protected resubmit(document: ApplicationDocument, input: HTMLInputElement): void {
    const file = input.files?.[0];
    if (!file || this.busy()) return;
    const { tenant, application } = this.item();
    this.busy.set(document.id);
    this.progress.set(0);
    this.error.set(null);
    this.notice.set(null);
    this.api
      .uploadVersion(this.companyId(), document.dossierDocumentId, { number: document.number ?? undefined }, file, file.name)
      .pipe(
        filter((event) => {
          if (event.kind === 'progress') this.progress.set(event.percent);
          return event.kind === 'done';
        }),
        last(),
        switchMap((event) => {
          if (event.kind !== 'done') throw new Error('upload did not finish');
          return this.api.resubmit(tenant.slug, this.companyId(), application.id, document.id, event.document.current.id);
        }),
      )
      .subscribe({
        next: (updated) => {
          this.busy.set(null);
          input.value = '';
          this.notice.set(this.i18n.t('media.applications.resubmitted', { type: this.typeLabel(document) }));
          this.changed.emit(updated);
        },
        error: (error: unknown) => this.fail(document.id, error),
      });
  }

  protected object(): void {
    const text = this.objectionText.trim();
    if (this.busy()) return;
    if (text.length < 10) {
      this.error.set({ scope: 'objection', message: this.i18n.t('media.applications.objectionTooShort') });
      return;
    }
    const { tenant, application } = this.item();
    this.busy.set('objection');
    this.error.set(null);
    this.api.object(tenant.slug, this.companyId(), application.id, text).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.objectionText = '';
        this.notice.set(this.i18n.t('media.applications.objected'));
        this.changed.emit(updated);
      },
      error: (error: unknown) => this.fail('objection', error),
    });
  }

  protected downloadAgreement(): void {
    const { tenant, application } = this.item();
    if (!application.agreementId || this.busy()) return;
    this.busy.set('agreement');
    this.error.set(null);
    this.api.agreementPdf(tenant.slug, this.companyId(), application.agreementId).subscribe({
      next: (file) => {
        this.busy.set(null);
        saveFile(this.document, file);
      },
      error: (error: unknown) => this.fail('agreement', error),
    });
  }

  private fail(scope: string, error: unknown): void {
    this.busy.set(null);
    this.error.set({ scope, message: isApiError(error) ? error.message : this.i18n.t('error.unexpected') });
  }
}
