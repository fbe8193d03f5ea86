import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { type ConfigurationPack, PACK_PARTS, type PackComparison, type PackPart } from '@sinergi/contracts';
import { type ApiError, INITIAL_LOAD_STATE, type LoadState, PartnershipApi, isApiError, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { confirmFirst, type ConfirmDialogData, TenantAccess } from '@sinergi/web/ui';
import { combineLatest, of, switchMap } from 'rxjs';
import { plainValue } from '../configuration/rule-editing';
import { currentFiscalYear, fiscalYearOptions } from '../shared';

/** `/t/:tenant/packs`: other regions' published rules (studi tiru), compare and adopt; publish ours. */
@Component({
  selector: 'sg-packs-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule, RouterLink, TranslatePipe, LocalDatePipe],
  templateUrl: './packs.page.html',
  styleUrl: './packs.page.scss',
})
export class PacksPage {
  private readonly api = inject(PartnershipApi);
  private readonly access = inject(TenantAccess);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(TranslateService);

  protected readonly years = fiscalYearOptions();
  protected readonly fiscalYear = signal(currentFiscalYear());
  protected readonly parts = PACK_PARTS;
  protected readonly plainValue = plainValue;
  protected readonly slug = computed(() => this.access.slug());
  protected readonly canPublish = computed(() => this.access.can('create', 'ConfigurationPack'));
  protected readonly canAdopt = computed(() => this.access.can('update', 'PartnershipConfiguration'));

  private readonly reloads = signal(0);
  protected readonly packs = toSignal(
    toObservable(this.reloads).pipe(loadStates(() => this.api.packs(this.access.slug()))),
    { initialValue: INITIAL_LOAD_STATE },
  );

  protected readonly selected = signal<ConfigurationPack | null>(null);
  protected readonly comparison = toSignal(
    combineLatest([toObservable(this.selected), toObservable(this.fiscalYear)]).pipe(
      loadStates(([pack, year]) => (pack ? this.api.comparePack(this.access.slug(), pack.id, year) : of(null))),
    ),
    { initialValue: INITIAL_LOAD_STATE as LoadState<PackComparison | null> },
  );
  protected readonly onlyDifferences = signal(false);
  protected readonly chosen = signal<ReadonlySet<PackPart>>(new Set());

  protected publishForm = { title: '', description: '' };
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected partKey(part: PackPart): TranslationKey {
    return `partnership.packs.part.${part}`;
  }

  protected compare(pack: ConfigurationPack): void {
    this.selected.set(pack);
    this.chosen.set(new Set());
    this.notice.set(null);
    this.error.set(null);
  }

  protected toggle(part: PackPart, on: boolean): void {
    const next = new Set(this.chosen());
    if (on) next.add(part);
    else next.delete(part);
    this.chosen.set(next);
  }

  protected publish(): void {
    if (this.publishForm.title.trim().length < 3) return;
    this.busy.set(true);
    this.error.set(null);
    this.api
      .publishPack(this.access.slug(), {
        fiscalYear: this.fiscalYear(),
        title: this.publishForm.title.trim(),
        ...(this.publishForm.description.trim() ? { description: this.publishForm.description.trim() } : {}),
      })
      .subscribe({
        next: (pack) => {
          this.busy.set(false);
          this.publishForm = { title: '', description: '' };
          this.notice.set(this.i18n.t('partnership.packs.published', { version: pack.version }));
          this.reloads.update((n) => n + 1);
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected adopt(): void {
    const pack = this.selected();
    const parts = PACK_PARTS.filter((p) => this.chosen().has(p));
    if (!pack || !parts.length) return;
    const year = this.fiscalYear();
    const data: ConfirmDialogData = {
      title: this.i18n.t('partnership.packs.adopt'),
      message: this.i18n.t('partnership.packs.adoptConfirm', {
        parts: parts.map((p) => this.i18n.t(this.partKey(p))).join(', '),
        tenant: pack.tenant.name,
        year,
      }),
      confirmLabel: this.i18n.t('partnership.packs.adopt'),
      destructive: false,
    };
    confirmFirst(this.dialog, data)
      .pipe(
        switchMap(() => {
          this.busy.set(true);
          this.error.set(null);
          return this.api.adoptPack(this.access.slug(), pack.id, { fiscalYear: year, parts });
        }),
      )
      .subscribe({
        next: (configuration) => {
          this.busy.set(false);
          this.notice.set(this.i18n.t('partnership.packs.adopted', { version: configuration.version, year }));
          this.selected.set({ ...pack });
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.error.set(isApiError(error) ? error : null);
  }
}
