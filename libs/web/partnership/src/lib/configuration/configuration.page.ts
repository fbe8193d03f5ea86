import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import {
  type Condition,
  DOSSIER_DOCUMENT_LABELS,
  DOSSIER_DOCUMENT_TYPES,
  type DocumentRequirement,
  type ErrorDetail,
  type FactField,
  MEDIA_TYPES,
  type MediaType,
  type PartnershipConfiguration,
  SCHEDULE_STEPS,
  type StartingConfiguration,
  FACT_FIELDS,
} from '@sinergi/contracts';
import { INITIAL_LOAD_STATE, PartnershipApi, type SaveConfigurationBody, isApiError, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { type Observable, catchError, combineLatest, map, of, throwError } from 'rxjs';
import { TenantAccess } from '@sinergi/web/ui';
import { currentFiscalYear, fiscalYearOptions, injectLocalized, levelKey, positiveIntOr } from '../shared';
import { ConditionEditorComponent } from './condition-editor.component';
import { RulesPreviewComponent } from './rules-preview.component';
import {
  calendarFor,
  describeValue,
  newCondition,
  newCriterion,
  newRequirement,
  newRule,
  newTier,
  problemsAt,
  unplacedProblems,
} from './rule-editing';

type Loaded = { current: PartnershipConfiguration | null; versions: PartnershipConfiguration[] };
type Draft = Required<SaveConfigurationBody>;

/** `/t/:tenant/configuration?year=`: the rules in force for a fiscal year, their history, and the editor. */
@Component({
  selector: 'sg-configuration-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    LocalDatePipe,
    ConditionEditorComponent,
    RulesPreviewComponent,
  ],
  templateUrl: './configuration.page.html',
  styleUrl: './configuration.page.scss',
})
export class ConfigurationPage {
  readonly year = input<string>();

  private readonly api = inject(PartnershipApi);
  private readonly access = inject(TenantAccess);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslateService);
  protected readonly localized = injectLocalized();

  protected readonly years = fiscalYearOptions();
  protected readonly fiscalYear = computed(() => positiveIntOr(this.year(), currentFiscalYear()));
  protected readonly canEdit = computed(() => this.access.can('update', 'PartnershipConfiguration'));
  private readonly reloads = signal(0);

  protected readonly state = toSignal(
    combineLatest([toObservable(this.fiscalYear), toObservable(this.reloads)]).pipe(
      map(([year]) => year),
      loadStates((year) => this.load(year)),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly starting = toSignal(
    this.api.startingConfigurations(this.access.slug()).pipe(catchError(() => of([] as StartingConfiguration[]))),
    { initialValue: [] as StartingConfiguration[] },
  );
  protected readonly startingKey = signal<string>('strict');

  protected readonly draft = signal<Draft | null>(null);
  protected readonly problems = signal<ErrorDetail[]>([]);
  protected readonly saveError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal<number | null>(null);

  protected readonly documentTypes = DOSSIER_DOCUMENT_TYPES;
  protected readonly mediaTypes = MEDIA_TYPES;
  protected readonly steps = SCHEDULE_STEPS;
  protected readonly levelKey = levelKey;

  constructor() {
    // A different year closes the editor.
    effect(() => {
      this.fiscalYear();
      this.draft.set(null);
    });
  }

  protected selectYear(year: number): void {
    void this.router.navigate([], { queryParams: { year }, queryParamsHandling: 'merge' });
  }

  protected edit(current: PartnershipConfiguration): void {
    this.open({
      legalBasis: current.legalBasis,
      owningUnit: current.owningUnit,
      unitCode: current.unitCode,
      letterhead: { ...current.letterhead },
      agreementSignatory: { ...current.agreementSignatory },
      factualVisit: current.factualVisit,
      content: structuredClone(current.content),
      calendar: { ...current.calendar },
    });
  }

  protected startFrom(): void {
    const preset = this.starting().find((s) => s.key === this.startingKey());
    if (!preset) return;
    const tenantName = this.access.me()?.tenant.name ?? '';
    this.open({
      legalBasis: preset.legalBasis,
      owningUnit: 'Dinas Komunikasi dan Informatika',
      unitCode: 'DISKOMINFO',
      letterhead: {
        governmentName: `PEMERINTAH ${tenantName.toUpperCase()}`,
        unitName: 'DINAS KOMUNIKASI DAN INFORMATIKA',
        address: null,
        phone: null,
        email: null,
        website: null,
      },
      agreementSignatory: { name: '', nip: null, position: 'Kepala Dinas Komunikasi dan Informatika' },
      factualVisit: false,
      content: structuredClone(preset.content),
      calendar: calendarFor(preset.content.schedule, this.fiscalYear()),
    });
  }

  protected cancel(): void {
    this.draft.set(null);
    this.problems.set([]);
    this.saveError.set(null);
  }

  protected save(): void {
    const draft = this.draft();
    if (!draft || this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.saved.set(null);
    const body: Draft = {
      ...draft,
      letterhead: {
        ...draft.letterhead,
        address: blankToNull(draft.letterhead.address),
        phone: blankToNull(draft.letterhead.phone),
        email: blankToNull(draft.letterhead.email),
        website: blankToNull(draft.letterhead.website),
      },
      agreementSignatory: { ...draft.agreementSignatory, nip: blankToNull(draft.agreementSignatory.nip) },
    };
    this.api.saveConfiguration(this.access.slug(), this.fiscalYear(), body).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.problems.set([]);
        this.draft.set(null);
        this.saved.set(saved.version);
        this.reloads.update((n) => n + 1);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (isApiError(error) && (error.code === 'RULE_SET_INVALID' || error.code === 'VALIDATION_FAILED')) {
          this.problems.set([...error.details]);
        } else {
          this.problems.set([]);
        }
        this.saveError.set(isApiError(error) ? error.message : String(error));
      },
    });
  }

  // --- table editing (the draft is edited in place; the page re-renders on each event) ---------

  protected touch(): void {
    const draft = this.draft();
    if (draft) this.draft.set({ ...draft });
  }

  protected addRequirement(draft: Draft): void {
    draft.content.requirements.push(newRequirement());
    this.touch();
  }

  protected setRequirementMedia(requirement: DocumentRequirement, values: (MediaType | 'all')[]): void {
    const specific = values.filter((v): v is MediaType => v !== 'all');
    requirement.mediaTypes = values.includes('all') && !(requirement.mediaTypes !== 'all' && specific.length) ? 'all' : specific;
    if (Array.isArray(requirement.mediaTypes) && requirement.mediaTypes.length === 0) requirement.mediaTypes = 'all';
    this.touch();
  }

  protected requirementMedia(requirement: DocumentRequirement): (MediaType | 'all')[] {
    return requirement.mediaTypes === 'all' ? ['all'] : requirement.mediaTypes;
  }

  protected addRule(draft: Draft): void {
    draft.content.eligibility.rules.push(newRule(this.ids(draft)));
    this.touch();
  }

  protected addCriterion(draft: Draft): void {
    draft.content.eligibility.scoring.push(newCriterion(this.ids(draft)));
    this.touch();
  }

  protected addTier(draft: Draft): void {
    draft.content.eligibility.tiers.push(newTier(draft.content.eligibility.tiers.map((t) => t.code)));
    this.touch();
  }

  protected addTierCondition(conditions: Condition[]): void {
    conditions.push(newCondition());
    this.touch();
  }

  protected remove<T>(list: T[], index: number): void {
    list.splice(index, 1);
    this.touch();
  }

  protected replace<T>(list: T[], index: number, item: T): void {
    list[index] = item;
    this.touch();
  }

  protected setAppliesTo(target: { appliesTo?: MediaType[] }, values: MediaType[]): void {
    if (values.length) target.appliesTo = values;
    else delete target.appliesTo;
    this.touch();
  }

  protected setMinScore(tier: { minScore?: number }, value: number | null): void {
    if (value === null || value === undefined || (value as unknown) === '') delete tier.minScore;
    else tier.minScore = value;
    this.touch();
  }

  // --- reading ------------------------------------------------------------------------------

  protected at(path: string): ErrorDetail[] {
    return problemsAt(this.problems(), path);
  }

  protected readonly unplaced = computed(() => {
    const draft = this.draft();
    if (!draft) return this.problems();
    const content = draft.content;
    const paths = [
      'legalBasis', 'owningUnit', 'unitCode', 'letterhead', 'agreementSignatory', 'factualVisit', 'calendar',
      'content.schedule', 'content.eligibility.maxOutletsPerCompany',
      ...content.requirements.map((_, i) => `content.requirements[${i}]`),
      ...content.eligibility.rules.map((_, i) => `content.eligibility.rules[${i}]`),
      ...content.eligibility.scoring.map((_, i) => `content.eligibility.scoring[${i}]`),
      ...content.eligibility.tiers.map((_, i) => `content.eligibility.tiers[${i}]`),
    ];
    return unplacedProblems(this.problems(), paths);
  });

  protected documentLabel(type: string): string {
    return this.localized(DOSSIER_DOCUMENT_LABELS[type as keyof typeof DOSSIER_DOCUMENT_LABELS]);
  }

  protected mediaLabel(type: MediaType | 'all'): string {
    return type === 'all' ? this.i18n.t('partnership.allMedia') : describeValue('outlet.mediaType', type, this.i18n.lang());
  }

  protected mediaList(types: readonly MediaType[] | 'all' | undefined): string {
    if (!types || types === 'all') return this.i18n.t('partnership.allMedia');
    return types.map((t) => this.mediaLabel(t)).join(', ');
  }

  protected conditionText(condition: Condition): string {
    const definition = FACT_FIELDS[condition.field as FactField];
    const label = definition ? definition.label[this.i18n.lang()] : condition.field;
    const operator = this.i18n.t(`partnership.op.${condition.operator}`);
    const value = describeValue(condition.field, condition.value, this.i18n.lang());
    return [label, operator, value].filter(Boolean).join(' ');
  }

  protected stepKey(step: string): TranslationKey {
    return `partnership.step.${step}` as TranslationKey;
  }

  private ids(draft: Draft): string[] {
    return [...draft.content.eligibility.rules.map((r) => r.id), ...draft.content.eligibility.scoring.map((s) => s.id)];
  }

  private open(draft: Draft): void {
    this.problems.set([]);
    this.saveError.set(null);
    this.saved.set(null);
    this.draft.set(draft);
  }

  private load(year: number): Observable<Loaded> {
    const slug = this.access.slug();
    const current = this.api.configuration(slug, year).pipe(
      catchError((error: unknown) =>
        isApiError(error) && error.code === 'RESOURCE_NOT_FOUND' ? of(null) : throwError(() => error),
      ),
    );
    return combineLatest([current, this.api.configurationVersions(slug, year)]).pipe(
      map(([currentVersion, versions]) => ({ current: currentVersion, versions })),
    );
  }
}

function blankToNull(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}
