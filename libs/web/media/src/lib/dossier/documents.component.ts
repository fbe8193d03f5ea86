import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  DOSSIER_DOCUMENT_TYPES,
  type DossierDocument,
  type DossierDocumentType,
  type DossierDocumentVersion,
  type MediaOutlet,
} from '@sinergi/contracts';
import { MediaApi, isApiError } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { documentTypeLabel, expiryState, orNull, sortDocuments } from '../shared/media-model';
import { saveFile } from '../shared/save-file';

export const UPLOAD_ACCEPT = 'application/pdf,image/jpeg,image/png';

/** Dossier documents: the list with expiry warnings, uploads with progress, new versions, downloads. */
@Component({
  selector: 'sg-media-documents',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TranslatePipe, LocalDatePipe],
  templateUrl: './documents.component.html',
  styleUrl: './documents.component.scss',
})
export class DocumentsComponent {
  readonly companyId = input.required<string>();
  readonly documents = input.required<readonly DossierDocument[]>();
  readonly outlets = input.required<readonly MediaOutlet[]>();
  readonly changed = output<void>();

  private readonly api = inject(MediaApi);
  private readonly i18n = inject(TranslateService);
  private readonly document = inject(DOCUMENT);

  protected readonly accept = UPLOAD_ACCEPT;
  protected readonly types = DOSSIER_DOCUMENT_TYPES;
  /** Phones get a second input that opens the camera. */
  protected readonly touch = this.document.defaultView?.matchMedia?.('(pointer: coarse)').matches ?? false;
  protected readonly rows = computed(() => sortDocuments(this.documents()));
  /** The document a new version is being uploaded for (null: a new document). */
  protected readonly target = signal<DossierDocument | null>(null);
  protected readonly progress = signal<number | null | undefined>(undefined);
  protected readonly uploadError = signal<string | null>(null);
  protected readonly uploaded = signal<string | null>(null);
  protected readonly downloadError = signal<string | null>(null);
  protected readonly file = signal<File | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    documentType: ['akta-pendirian' as DossierDocumentType],
    outletId: [''],
    number: [''],
    issuedOn: [''],
    expiresOn: [''],
  });

  protected typeLabel(type: DossierDocumentType): string {
    return documentTypeLabel(type, this.i18n.lang());
  }

  protected outletName(id: string | null): string | null {
    return id ? (this.outlets().find((o) => o.id === id)?.name ?? null) : null;
  }

  protected expiry(document: DossierDocument) {
    return expiryState(document.expiresInDays);
  }

  protected pickFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.uploadError.set(null);
    this.uploaded.set(null);
  }

  protected newVersion(document: DossierDocument): void {
    this.target.set(document);
    this.resetForm(document);
    this.document.getElementById('upload-heading')?.scrollIntoView({ block: 'start' });
    this.document.getElementById('upload-heading')?.focus();
  }

  protected cancelVersion(): void {
    this.target.set(null);
    this.resetForm(null);
  }

  protected upload(fileInputs: HTMLInputElement[]): void {
    const file = this.file();
    if (!file) {
      this.uploadError.set(this.i18n.t('media.documents.chooseFile'));
      return;
    }
    if (this.progress() !== undefined) return;
    const v = this.form.getRawValue();
    const target = this.target();
    const details = { number: orNull(v.number) ?? undefined, issuedOn: orNull(v.issuedOn) ?? undefined, expiresOn: orNull(v.expiresOn) ?? undefined };
    const request = target
      ? this.api.uploadVersion(this.companyId(), target.id, details, file, file.name)
      : this.api.uploadDocument(this.companyId(), { documentType: v.documentType, outletId: orNull(v.outletId) ?? undefined, ...details }, file, file.name);
    this.progress.set(0);
    this.uploadError.set(null);
    this.uploaded.set(null);
    request.subscribe({
      next: (event) => {
        if (event.kind === 'progress') {
          this.progress.set(event.percent);
          return;
        }
        this.progress.set(undefined);
        this.uploaded.set(
          this.i18n.t('media.documents.uploaded', { type: this.typeLabel(event.document.documentType), version: event.document.current.version }),
        );
        this.file.set(null);
        for (const input of fileInputs) input.value = '';
        this.target.set(null);
        this.resetForm(null);
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.progress.set(undefined);
        this.uploadError.set(isApiError(error) ? error.message : this.i18n.t('error.unexpected'));
      },
    });
  }

  protected download(document: DossierDocument, version: DossierDocumentVersion): void {
    this.downloadError.set(null);
    this.api.downloadVersion(this.companyId(), document.id, version.id).subscribe({
      next: (file) => saveFile(this.document, { ...file, fileName: version.originalName || file.fileName }),
      error: (error: unknown) => this.downloadError.set(isApiError(error) ? error.message : this.i18n.t('error.unexpected')),
    });
  }

  private resetForm(document: DossierDocument | null): void {
    this.form.reset({
      documentType: document?.documentType ?? 'akta-pendirian',
      outletId: document?.outletId ?? '',
      number: document?.current.number ?? '',
      issuedOn: '',
      expiresOn: '',
    });
  }
}
