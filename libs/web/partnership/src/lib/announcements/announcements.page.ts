import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { Announcement } from '@sinergi/contracts';
import { type ApiError, PartnershipApi, isApiError } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { ConfirmDialogComponent, type ConfirmDialogData } from '@sinergi/web/ui';
import { filter, switchMap } from 'rxjs';
import { PartnershipAccess } from '../partnership-access';
import { currentFiscalYear, fiscalYearOptions } from '../shared';

type Kind = 'initial' | 'final';

/** `/t/:tenant/announcements`: the initial and final announcement of a fiscal year's results. */
@Component({
  selector: 'sg-announcements-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, TranslatePipe, LocalDatePipe],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'partnership.announce.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'partnership.announce.lead' | translate }}</p>
      </div>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'partnership.fiscalYear' | translate }}</mat-label>
        <mat-select [value]="fiscalYear()" (valueChange)="fiscalYear.set($event)">
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </header>

    @for (kind of kinds; track kind) {
      <section class="panel" [attr.aria-labelledby]="'announce-' + kind">
        <h2 [id]="'announce-' + kind">{{ titleKey(kind) | translate }}</h2>
        <p class="sg-muted">{{ hintKey(kind) | translate }}</p>
        @if (errors()[kind]; as error) {
          <div class="sg-alert sg-alert--error" role="alert">
            <p>{{ error.message }}</p>
            @if (error.details.length) {
              <ul>
                @for (d of error.details; track $index) {
                  <li>{{ d.message }}</li>
                }
              </ul>
            }
          </div>
        }
        @if (results()[kind]; as done) {
          <p class="sg-alert sg-alert--success" role="status">
            {{ 'partnership.announce.done' | translate: { count: done.applications, date: (done.announcedAt | localDate: 'dateTime') } }}
          </p>
        }
        @if (canAnnounce()) {
          <button mat-flat-button type="button" [disabled]="busy()" (click)="announce(kind)">
            {{ buttonKey(kind) | translate }}
          </button>
        }
      </section>
    }
  `,
  styles: `
    .panel { margin-bottom: 16px; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    h2 { font: var(--mat-sys-title-medium); margin: 0; }
  `,
})
export class AnnouncementsPage {
  private readonly api = inject(PartnershipApi);
  private readonly access = inject(PartnershipAccess);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(TranslateService);

  protected readonly kinds: readonly Kind[] = ['initial', 'final'];
  protected titleKey(kind: Kind): TranslationKey {
    return `partnership.announce.${kind}`;
  }
  protected hintKey(kind: Kind): TranslationKey {
    return `partnership.announce.${kind}Hint`;
  }
  protected buttonKey(kind: Kind): TranslationKey {
    return `partnership.announce.${kind}Button`;
  }
  protected readonly years = fiscalYearOptions();
  protected readonly fiscalYear = signal(currentFiscalYear());
  protected readonly canAnnounce = computed(() => this.access.can('create', 'Announcement'));
  protected readonly busy = signal(false);
  protected readonly errors = signal<Partial<Record<Kind, ApiError>>>({});
  protected readonly results = signal<Partial<Record<Kind, Announcement>>>({});

  protected announce(kind: Kind): void {
    const year = this.fiscalYear();
    const data: ConfirmDialogData = {
      title: this.i18n.t(this.titleKey(kind)),
      message: this.i18n.t('partnership.announce.confirm', { year }),
      confirmLabel: this.i18n.t(this.buttonKey(kind)),
      destructive: false,
    };
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, { data })
      .afterClosed()
      .pipe(
        filter((yes) => yes === true),
        switchMap(() => {
          this.busy.set(true);
          this.errors.update((e) => ({ ...e, [kind]: undefined }));
          return this.api.announce(this.access.slug(), { fiscalYear: year, kind });
        }),
      )
      .subscribe({
        next: (announcement) => {
          this.busy.set(false);
          this.results.update((r) => ({ ...r, [kind]: announcement }));
        },
        error: (error: unknown) => {
          this.busy.set(false);
          if (isApiError(error)) this.errors.update((e) => ({ ...e, [kind]: error }));
        },
      });
  }
}
