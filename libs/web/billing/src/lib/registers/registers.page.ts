import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MEDIA_TYPES, REGISTER_KINDS, type MediaType, type RegisterKind } from '@sinergi/contracts';
import { BillingApi } from '@sinergi/web/api-client';
import { TranslatePipe, type TranslationKey } from '@sinergi/web/i18n';
import { DownloadButtonComponent, currentFiscalYear, fiscalYearOptions, mediaTypeKey } from '@sinergi/web/publication';
import { TenantAccess } from '@sinergi/web/ui';
import { HttpParams } from '@angular/common/http';

/** `/t/:tenant/registers`: the four Excel registers for the SPJ, per period and media type, with download progress. */
@Component({
  selector: 'sg-registers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe, DownloadButtonComponent],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'billing.registers.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'billing.registers.lead' | translate }}</p>
      </div>
    </header>
    <form class="sg-filters" [attr.aria-label]="'billing.registers.filters' | translate" (submit)="$event.preventDefault()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.fiscalYear' | translate }}</mat-label>
        <mat-select [value]="fiscalYear()" (valueChange)="fiscalYear.set($event)">
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'billing.registers.from' | translate }}</mat-label>
        <input matInput type="date" name="from" [ngModel]="from()" (ngModelChange)="from.set($event)" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'billing.registers.to' | translate }}</mat-label>
        <input matInput type="date" name="to" [ngModel]="to()" (ngModelChange)="to.set($event)" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'orders.mediaTypeLabel' | translate }}</mat-label>
        <mat-select [value]="mediaType()" (valueChange)="mediaType.set($event)">
          <mat-option value="">{{ 'orders.any' | translate }}</mat-option>
          @for (m of mediaTypes; track m) {
            <mat-option [value]="m">{{ mediaTypeKey(m) | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </form>
    <ul class="registers">
      @for (k of kinds; track k) {
        <li>
          <h2>{{ kindKey(k) | translate }}</h2>
          <p class="sg-muted">{{ hintKey(k) | translate }}</p>
          <sg-download-button [url]="url(k)" [params]="params()">{{ 'billing.registers.download' | translate: { name: (kindKey(k) | translate) } }}</sg-download-button>
        </li>
      }
    </ul>
  `,
  styles: `
    .registers { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 12px; margin: 0; padding: 0; list-style: none; }
    .registers li { padding: 12px 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .registers h2 { margin: 0; font: var(--mat-sys-title-medium); }
  `,
})
export class RegistersPage {
  private readonly api = inject(BillingApi);
  private readonly access = inject(TenantAccess);
  protected readonly years = fiscalYearOptions();
  protected readonly kinds = REGISTER_KINDS;
  protected readonly mediaTypes = MEDIA_TYPES;
  protected readonly mediaTypeKey = mediaTypeKey;
  protected readonly fiscalYear = signal(currentFiscalYear());
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly mediaType = signal<MediaType | ''>('');
  protected readonly params = computed(() => {
    let params = new HttpParams().set('fiscalYear', this.fiscalYear());
    if (this.from()) params = params.set('from', this.from());
    if (this.to()) params = params.set('to', this.to());
    if (this.mediaType()) params = params.set('mediaType', this.mediaType());
    return params;
  });

  protected kindKey(kind: RegisterKind): TranslationKey {
    return `billing.registers.kind.${kind}`;
  }

  protected hintKey(kind: RegisterKind): TranslationKey {
    return `billing.registers.hint.${kind}`;
  }

  protected url(kind: RegisterKind): string {
    return this.api.registerUrl(this.access.slug(), kind);
  }
}
