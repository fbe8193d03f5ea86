import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { ISSUED_DOCUMENT_KINDS, type IssuedDocument, type IssuedDocumentKind } from '@sinergi/contracts';
import { BillingApi } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, type TranslationKey } from '@sinergi/web/i18n';
import { DownloadButtonComponent, currentFiscalYear, fiscalYearOptions } from '@sinergi/web/publication';
import { TenantAccess, paginatedList } from '@sinergi/web/ui';

/** `/t/:tenant/documents`: every numbered document the region issued (PKS, surat pesanan, BAST, kwitansi, BA pembayaran), newest first. */
@Component({
  selector: 'sg-documents-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatFormFieldModule, MatInputModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule, RouterLink, TranslatePipe, LocalDatePipe, DownloadButtonComponent],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'billing.documents.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'billing.documents.lead' | translate }}</p>
      </div>
    </header>
    <form class="sg-filters" role="search" [attr.aria-label]="'billing.documents.filters' | translate" (submit)="$event.preventDefault()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.fiscalYear' | translate }}</mat-label>
        <mat-select [value]="list.filters().fiscalYear" (valueChange)="list.set({ fiscalYear: $event })">
          <mat-option [value]="0">{{ 'orders.any' | translate }}</mat-option>
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'billing.documents.kind' | translate }}</mat-label>
        <mat-select [value]="list.filters().kind" (valueChange)="list.set({ kind: $event })">
          <mat-option value="">{{ 'orders.any' | translate }}</mat-option>
          @for (k of kinds; track k) {
            <mat-option [value]="k">{{ kindKey(k) | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'billing.documents.search' | translate }}</mat-label>
        <input matInput name="q" [ngModel]="list.filters().q" (ngModelChange)="list.set({ q: $event })" />
      </mat-form-field>
    </form>
    @let result = list.state();
    @if (result.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ result.error.message }}</div>
    }
    <div class="sg-table-scroll" tabindex="0" [attr.aria-busy]="result.status === 'loading'">
      @if (result.status === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <table class="plain" [attr.aria-label]="'billing.documents.tableLabel' | translate">
        <thead>
          <tr>
            <th scope="col">{{ 'billing.documents.number' | translate }}</th>
            <th scope="col">{{ 'billing.documents.kind' | translate }}</th>
            <th scope="col">{{ 'billing.documents.issuedOn' | translate }}</th>
            <th scope="col">{{ 'billing.documents.subject' | translate }}</th>
            <th scope="col">{{ 'billing.documents.object' | translate }}</th>
            <th scope="col"><span class="visually-hidden">{{ 'billing.documents.download' | translate }}</span></th>
          </tr>
        </thead>
        <tbody>
          @for (d of result.value?.items ?? []; track d.kind + d.objectId) {
            <tr [attr.data-kind]="d.kind">
              <td class="number">{{ d.number }}</td>
              <td>{{ kindKey(d.kind) | translate }}</td>
              <td>{{ d.issuedOn | localDate }}</td>
              <td>{{ d.outletName }}<div class="sg-muted">{{ d.companyName }}</div></td>
              <td><a [routerLink]="objectLink(d)">{{ objectKey(d) | translate }}</a></td>
              <td>
                <sg-download-button [url]="downloadUrl(d)" [ariaLabel]="'billing.documents.downloadLabel' | translate: { number: d.number }">
                  {{ 'billing.documents.download' | translate }}
                </sg-download-button>
              </td>
            </tr>
          }
        </tbody>
      </table>
      @if (result.status === 'loaded' && result.value.total === 0) {
        <p class="sg-empty">{{ 'billing.documents.empty' | translate }}</p>
      }
      <mat-paginator [length]="result.value?.total ?? 0" [pageIndex]="list.page() - 1" [pageSize]="list.pageSize()" [pageSizeOptions]="[25, 50, 100]" (page)="list.onPage($event)" />
    </div>
  `,
  styles: `
    table.plain { border-collapse: collapse; }
    table.plain th, table.plain td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    table.plain .number { white-space: nowrap; font-variant-numeric: tabular-nums; }
  `,
})
export class DocumentsPage {
  private readonly api = inject(BillingApi);
  private readonly access = inject(TenantAccess);
  protected readonly years = fiscalYearOptions();
  protected readonly kinds = ISSUED_DOCUMENT_KINDS;

  protected readonly list = paginatedList({
    filters: { fiscalYear: currentFiscalYear() as number, kind: '' as IssuedDocumentKind | '', q: '' },
    debounced: ['q'],
    load: ({ fiscalYear, kind, q, ...paging }) =>
      this.api.issuedDocuments(this.access.slug(), { ...paging, fiscalYear: fiscalYear || undefined, kind: kind || undefined, q: q || undefined }),
  });

  protected kindKey(kind: IssuedDocumentKind): TranslationKey {
    return `billing.documents.kind.${kind}`;
  }

  protected objectKey(document: IssuedDocument): TranslationKey {
    return `billing.documents.open.${document.objectType}`;
  }

  /** The page of the object the document belongs to (agreements have their list only). */
  protected objectLink(document: IssuedDocument): string[] {
    const tenant = ['/t', this.access.slug()];
    if (document.objectType === 'agreement') return [...tenant, 'agreements'];
    return [...tenant, document.objectType === 'order' ? 'orders' : 'claims', document.objectId];
  }

  protected downloadUrl(document: IssuedDocument): string {
    return this.api.issuedDocumentUrl(this.access.slug(), document);
  }
}
