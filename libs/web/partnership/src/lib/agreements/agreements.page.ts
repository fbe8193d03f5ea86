import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { Agreement } from '@sinergi/contracts';
import { INITIAL_LOAD_STATE, PartnershipApi, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, RupiahPipe, TranslatePipe } from '@sinergi/web/i18n';
import { TenantAccess } from '@sinergi/web/ui';
import { OutletBlocksComponent } from './outlet-blocks.component';
import { currentFiscalYear, fiscalYearOptions, injectDownload } from '../shared';

/** `/t/:tenant/agreements`: the numbered agreements (PKS) with their PDFs. */
@Component({
  selector: 'sg-agreements-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule, RouterLink, TranslatePipe, LocalDatePipe, RupiahPipe, OutletBlocksComponent],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'partnership.agreements.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'partnership.agreements.lead' | translate }}</p>
      </div>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'partnership.fiscalYear' | translate }}</mat-label>
        <mat-select [value]="fiscalYear()" (valueChange)="fiscalYear.set($event); page.set(1)">
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </header>
    @if (downloadError(); as message) {
      <p class="sg-alert sg-alert--error" role="alert">{{ message }}</p>
    }
    @let result = state();
    @if (result.status === 'error') {
      <div class="sg-alert sg-alert--error" role="alert">{{ result.error.message }}</div>
    }
    <div class="sg-table-scroll" [attr.aria-busy]="result.status === 'loading'">
      @if (result.status === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <table class="plain" [attr.aria-label]="'partnership.agreements.tableLabel' | translate">
        <thead>
          <tr>
            <th scope="col">{{ 'partnership.agreements.number' | translate }}</th>
            <th scope="col">{{ 'partnership.apps.outlet' | translate }}</th>
            <th scope="col">{{ 'partnership.apps.tier' | translate }}</th>
            <th scope="col">{{ 'partnership.agreements.period' | translate }}</th>
            <th scope="col">{{ 'partnership.agreements.ceiling' | translate }}</th>
            <th scope="col">{{ 'partnership.app.actions' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (a of result.value?.items ?? []; track a.id) {
            <tr>
              <td><code>{{ a.number }}</code></td>
              <td>
                <a [routerLink]="['..', 'applications', a.applicationId]">{{ a.outlet.name }}</a>
                <div class="meta">{{ a.company.legalName }}</div>
              </td>
              <td>{{ a.tier }}</td>
              <td>{{ a.startsOn | localDate }} – {{ a.endsOn | localDate }}</td>
              <td>{{ a.ceiling === null ? '—' : (a.ceiling | rupiah) }}</td>
              <td>
                <button mat-button type="button" (click)="pdf(a)" [attr.aria-label]="('partnership.agreements.pdf' | translate) + ' ' + a.number">
                  {{ 'partnership.agreements.pdf' | translate }}
                </button>
              </td>
            </tr>
          }
        </tbody>
      </table>
      @if (result.status === 'loaded' && result.value.total === 0) {
        <p class="sg-empty">{{ 'partnership.agreements.empty' | translate }}</p>
      }
      <mat-paginator
        [length]="result.value?.total ?? 0"
        [pageIndex]="page() - 1"
        [pageSize]="pageSize()"
        [pageSizeOptions]="[25, 50, 100]"
        (page)="onPage($event)"
      />
    </div>
    @if (canReadBlocks()) {
      <sg-outlet-blocks />
    }
  `,
  styles: `
    table.plain { border-collapse: collapse; }
    table.plain th, table.plain td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .meta { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class AgreementsPage {
  private readonly api = inject(PartnershipApi);
  private readonly access = inject(TenantAccess);
  private readonly download = injectDownload();

  protected readonly years = fiscalYearOptions();
  protected readonly fiscalYear = signal(currentFiscalYear());
  protected readonly page = signal(1);
  protected readonly pageSize = signal(25);
  protected readonly downloadError = signal<string | null>(null);
  protected readonly canReadBlocks = computed(() => this.access.can('read', 'OutletBlock'));
  private readonly query = computed(() => ({ fiscalYear: this.fiscalYear(), page: this.page(), pageSize: this.pageSize() }));
  protected readonly state = toSignal(
    toObservable(this.query).pipe(loadStates((query) => this.api.agreements(this.access.slug(), query))),
    { initialValue: INITIAL_LOAD_STATE },
  );

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
    this.pageSize.set(event.pageSize);
  }

  protected pdf(agreement: Agreement): void {
    this.downloadError.set(null);
    const name = `${agreement.number.replace(/\//g, '-')}.pdf`;
    this.download(this.api.agreementPdfUrl(this.access.slug(), agreement.id), name).catch((error: unknown) =>
      this.downloadError.set(error instanceof Error ? error.message : String(error)),
    );
  }
}
