import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { MediaTenantView, OutletPreview, PartnershipCalendar, RequirementOutcome, RuleOutcome } from '@sinergi/contracts';
import { INITIAL_LOAD_STATE, MediaApi, isApiError, loadStates, type LoadState } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { catchError, of } from 'rxjs';
import { MediaContextStore } from '../media-context.store';
import { RememberedTenants } from '../shared/known-tenants';
import { applyBlocker, documentTypeLabel, fiscalYears, isSlug, localized, normaliseSlug, tenantChoices } from '../shared/media-model';

const OUTCOME_LABEL: Readonly<Record<RuleOutcome, TranslationKey>> = {
  passed: 'media.regions.outcome.passed',
  failed: 'media.regions.outcome.failed',
  'not-applicable': 'media.regions.outcome.not-applicable',
};

const REQUIREMENT_LABEL: Readonly<Record<RequirementOutcome, TranslationKey>> = {
  present: 'media.regions.req.present',
  missing: 'media.regions.req.missing',
  expired: 'media.regions.req.expired',
  'optional-missing': 'media.regions.req.optional-missing',
};

const CALENDAR_STEPS: readonly { key: keyof PartnershipCalendar; label: TranslationKey }[] = [
  { key: 'registrationOpens', label: 'media.regions.cal.registrationOpens' },
  { key: 'registrationCloses', label: 'media.regions.cal.registrationCloses' },
  { key: 'announcement', label: 'media.regions.cal.announcement' },
  { key: 'objectionOpens', label: 'media.regions.cal.objectionOpens' },
  { key: 'objectionCloses', label: 'media.regions.cal.objectionCloses' },
  { key: 'final', label: 'media.regions.cal.final' },
];

type Query = { tenant: string; year: number; reload: number };

/** `/media/regions?tenant=&year=`: what a region requires, what the dossier lacks, and the application. */
@Component({
  selector: 'sg-media-regions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TranslatePipe, LocalDatePipe],
  templateUrl: './regions.page.html',
  styleUrl: './regions.page.scss',
})
export class RegionsPage {
  /** Query parameters, bound by the router. */
  readonly tenant = input<string>();
  readonly year = input<string>();

  protected readonly store = inject(MediaContextStore);
  private readonly api = inject(MediaApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslateService);
  private readonly remembered = inject(RememberedTenants);
  private readonly reloads = signal(0);

  protected readonly years = fiscalYears();
  protected readonly steps = CALENDAR_STEPS;
  protected slugInput = '';
  protected yearInput = this.years[0]!;
  protected readonly slugError = signal(false);

  protected readonly applied = computed(() => this.store.company()?.partnerships ?? []);
  /** Regions calling for media partners this year (GET /api/public/calls), open calls first. */
  private readonly calls = toSignal(this.api.publicCalls(this.years[0]!).pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly choices = computed(() => tenantChoices(this.applied(), this.remembered.list(), this.calls().map((call) => call.tenant.slug)));

  private readonly query = computed<Query | null>(() => {
    const tenant = normaliseSlug(this.tenant() ?? '');
    const year = Number(this.year());
    if (!tenant) return null;
    return { tenant, year: Number.isInteger(year) && year > 2000 ? year : this.years[0]!, reload: this.reloads() };
  });

  protected readonly state = toSignal(
    toObservable(this.query).pipe(
      loadStates((query) => {
        const companyId = this.store.companyId();
        if (!query || !companyId) return of(null);
        return this.api.tenantView(query.tenant, companyId, query.year);
      }),
    ),
    { initialValue: INITIAL_LOAD_STATE as LoadState<MediaTenantView | null> },
  );

  protected readonly applying = signal<string | null>(null);
  protected readonly applyError = signal<{ outletId: string; message: string } | null>(null);
  protected readonly appliedMessage = signal<string | null>(null);

  constructor() {
    // The form follows the URL (back/forward, a shared link).
    effect(() => {
      const query = this.query();
      if (query) {
        this.slugInput = query.tenant;
        if (this.years.includes(query.year)) this.yearInput = query.year;
      }
    });
    // A region that opened is worth offering again.
    effect(() => {
      const state = this.state();
      if (state.status !== 'loaded' || !state.value) return;
      const slug = state.value.tenant.slug;
      untracked(() => {
        if (this.remembered.list()[0] !== slug) this.remembered.remember(slug);
      });
    });
  }

  protected open(slug = this.slugInput): void {
    const tenant = normaliseSlug(slug);
    this.slugError.set(!isSlug(tenant));
    if (!isSlug(tenant)) return;
    this.slugInput = tenant;
    this.appliedMessage.set(null);
    this.applyError.set(null);
    if (tenant === this.query()?.tenant && this.yearInput === this.query()?.year) {
      this.reloads.update((n) => n + 1);
      return;
    }
    void this.router.navigate([], { queryParams: { tenant, year: this.yearInput }, queryParamsHandling: 'merge' });
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected text(message: { id: string; en: string }): string {
    return localized(message, this.i18n.lang());
  }

  protected typeLabel(type: Parameters<typeof documentTypeLabel>[0]): string {
    return documentTypeLabel(type, this.i18n.lang());
  }

  protected outcomeLabel(outcome: RuleOutcome): TranslationKey {
    return OUTCOME_LABEL[outcome];
  }

  protected requirementLabel(outcome: RequirementOutcome): TranslationKey {
    return REQUIREMENT_LABEL[outcome];
  }

  protected blocker(view: MediaTenantView, outlet: OutletPreview): TranslationKey | null {
    return applyBlocker(view, outlet);
  }

  protected lacking(outlet: OutletPreview) {
    return outlet.requirements.filter((r) => r.outcome === 'missing' || r.outcome === 'expired');
  }

  protected apply(view: MediaTenantView, outlet: OutletPreview): void {
    const companyId = this.store.companyId();
    if (!companyId || this.applying()) return;
    this.applying.set(outlet.outlet.id);
    this.applyError.set(null);
    this.appliedMessage.set(null);
    this.api.apply(view.tenant.slug, companyId, { fiscalYear: view.fiscalYear, outletIds: [outlet.outlet.id] }).subscribe({
      next: () => {
        this.applying.set(null);
        this.remembered.remember(view.tenant.slug);
        this.appliedMessage.set(this.i18n.t('media.regions.applied', { outlet: outlet.outlet.name, tenant: view.tenant.name }));
        this.store.reload();
        this.reload();
      },
      error: (error: unknown) => {
        this.applying.set(null);
        this.applyError.set({ outletId: outlet.outlet.id, message: isApiError(error) ? error.message : this.i18n.t('error.unexpected') });
      },
    });
  }

}
