import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { Announcement } from '@sinergi/contracts';
import { type ApiError, INITIAL_LOAD_STATE, PartnershipApi, isApiError, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { confirmFirst, type ConfirmDialogData, TenantAccess, LoadErrorComponent } from '@sinergi/web/ui';
import { combineLatest, switchMap } from 'rxjs';
import { currentFiscalYear, fiscalYearOptions } from '../shared';

type Kind = 'initial' | 'final';

/** `/t/:tenant/announcements`: the initial and final announcement of a fiscal year's results. */
@Component({
  selector: 'sg-announcements-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadErrorComponent, MatButtonModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule, TranslatePipe, LocalDatePipe],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'partnership.announce.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'partnership.announce.lead' | translate }}</p>
      </div>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'partnership.fiscalYear' | translate }}</mat-label>
        <mat-select [value]="fiscalYear()" (valueChange)="selectYear($event)">
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </header>

    @let record = announced();
    <section class="panel" aria-labelledby="announced-title">
      <h2 id="announced-title">{{ 'partnership.announce.record' | translate: { year: fiscalYear() } }}</h2>
      @if (record.status === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      @if (record.status === 'error') {
        <sg-load-error [error]="record.error" (retry)="reload()" />
      }
      @if (record.value; as list) {
        @if (list.length) {
          <div class="sg-table-scroll" tabindex="0" role="region" [attr.aria-label]="'partnership.announce.tableLabel' | translate">
            <table class="plain" [attr.aria-label]="'partnership.announce.tableLabel' | translate">
              <thead>
                <tr>
                  <th scope="col">{{ 'partnership.announce.kind' | translate }}</th>
                  <th scope="col">{{ 'partnership.announce.at' | translate }}</th>
                  <th scope="col">{{ 'partnership.announce.by' | translate }}</th>
                  <th scope="col" class="num">{{ 'partnership.announce.applications' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (a of list; track a.kind) {
                  <tr>
                    <td>{{ titleKey(a.kind) | translate }}</td>
                    <td>{{ a.announcedAt | localDate: 'dateTime' }}</td>
                    <td>{{ a.announcedBy }}</td>
                    <td class="num">{{ a.applications }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p class="sg-empty">{{ 'partnership.announce.none' | translate: { year: fiscalYear() } }}</p>
        }
      }
    </section>

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
        @if (canAnnounce() && !isAnnounced(kind)) {
          <button mat-flat-button type="button" [disabled]="busy()" (click)="announce(kind)">
            {{ buttonKey(kind) | translate }}
          </button>
        }
      </section>
    }
  `,
  styles: `
    .panel { margin-bottom: 16px; padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    table.plain { border-collapse: collapse; }
    table.plain th, table.plain td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    table.plain .num { text-align: right; }
  `,
})
export class AnnouncementsPage {
  private readonly api = inject(PartnershipApi);
  private readonly access = inject(TenantAccess);
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
  private readonly reloads = signal(0);
  /** What the year has already announced (GET /announcements): the record, and which buttons still make sense. */
  protected readonly announced = toSignal(
    combineLatest([toObservable(this.fiscalYear), toObservable(this.reloads)]).pipe(
      loadStates(([year]) => this.api.announcements(this.access.slug(), year)),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );

  protected isAnnounced(kind: Kind): boolean {
    return (this.announced().value ?? []).some((a) => a.kind === kind);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected selectYear(year: number): void {
    this.fiscalYear.set(year);
    this.results.set({});
    this.errors.set({});
  }

  protected announce(kind: Kind): void {
    const year = this.fiscalYear();
    const data: ConfirmDialogData = {
      title: this.i18n.t(this.titleKey(kind)),
      message: this.i18n.t('partnership.announce.confirm', { year }),
      confirmLabel: this.i18n.t(this.buttonKey(kind)),
      destructive: false,
    };
    confirmFirst(this.dialog, data)
      .pipe(
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
          this.reload();
        },
        error: (error: unknown) => {
          this.busy.set(false);
          if (isApiError(error)) this.errors.update((e) => ({ ...e, [kind]: error }));
        },
      });
  }
}
