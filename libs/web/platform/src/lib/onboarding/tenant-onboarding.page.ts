import { BreakpointObserver } from '@angular/cdk/layout';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher, ShowOnDirtyErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { type MatStepper, MatStepperModule } from '@angular/material/stepper';
import { Router } from '@angular/router';
import { type CreateTenantResponse, MAX_PAGE_SIZE, type Region } from '@sinergi/contracts';
import { ApiError, INITIAL_LOAD_STATE, SinergiApi, isApiError, loadStates } from '@sinergi/web/api-client';
import { TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { map, of } from 'rxjs';
import { LEVEL_LABEL, STATUS_LABEL } from '../shared/labels';
import { deriveTenantSlug } from './derive-slug.util';
import { OnboardingResultComponent } from './onboarding-result.component';
import {
  ADMIN_NAME_MAX_LENGTH,
  createOnboardingForms,
  syncTemplateValidators,
  toCreateTenantRequest,
} from './onboarding-forms';
import { RegionPickerComponent } from './region-picker.component';
import { injectRegionPreselection } from './region-preselection';
import { isRegion } from './region-value';
import { stepForError } from './step-for-error';

/** Onboarding wizard: region → slug → first admin → starting configuration → review. */
@Component({
  selector: 'sg-tenant-onboarding-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatStepperModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    RegionPickerComponent,
    OnboardingResultComponent,
  ],
  // Errors show while typing (dirty), not only once a field is left. Provided on the page, not the
  // route: MatStep re-provides ErrorStateMatcher and its `skipSelf` lookup missed a route provider.
  providers: [{ provide: ErrorStateMatcher, useClass: ShowOnDirtyErrorStateMatcher }],
  templateUrl: './tenant-onboarding.page.html',
  styleUrl: './tenant-onboarding.page.scss',
})
export class TenantOnboardingPage {
  /** `?region=18.13`: preselects a region (the "Onboard" button of the region catalogue). */
  readonly region = input<string>();

  private readonly api = inject(SinergiApi);
  private readonly i18n = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly stepper = viewChild<MatStepper>('stepper');

  protected readonly forms = createOnboardingForms(inject(NonNullableFormBuilder));
  protected readonly levelLabel = LEVEL_LABEL;
  protected readonly statusLabel = STATUS_LABEL;
  protected readonly adminNameMaxLength = ADMIN_NAME_MAX_LENGTH;

  protected readonly isHandset = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly selectedRegion = signal<Region | null>(null);
  protected readonly suggestedSlug = computed(() => {
    const region = this.selectedRegion();
    return region ? deriveTenantSlug(region) : null;
  });
  protected readonly preselection = injectRegionPreselection(this.region, (region) => {
    const control = this.forms.region.controls.region;
    control.setValue(region);
    control.markAsDirty();
  });
  protected readonly templateTenants = toSignal(
    of(null).pipe(loadStates(() => this.api.tenants({ pageSize: MAX_PAGE_SIZE }))),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly submitting = signal(false);
  protected readonly submitError = signal<ApiError | null>(null);
  protected readonly created = signal<CreateTenantResponse | null>(null);
  /** Whether the slug was typed by hand (then a newly picked region does not overwrite it). */
  private slugEdited = false;

  constructor() {
    this.forms.region.controls.region.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      const region = isRegion(value) ? value : null;
      this.selectedRegion.set(region);
      if (region && !this.slugEdited) this.forms.slug.controls.slug.setValue(deriveTenantSlug(region));
    });
    this.forms.template.controls.mode.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((mode) => syncTemplateValidators(this.forms, mode));
  }

  protected onSlugInput(): void {
    this.slugEdited = true;
  }

  protected useSuggestedSlug(): void {
    const suggestion = this.suggestedSlug();
    if (!suggestion) return;
    this.slugEdited = false;
    this.forms.slug.controls.slug.setValue(suggestion);
    this.forms.slug.controls.slug.markAsDirty();
  }

  protected templateName(slug: string): string {
    return this.templateTenants().value?.items.find((tenant) => tenant.slug === slug)?.name ?? slug;
  }

  protected submit(): void {
    const request = toCreateTenantRequest(this.forms);
    if (!request || this.submitting()) return;
    this.submitting.set(true);
    this.submitError.set(null);
    this.api.createTenant(request).subscribe({
      next: (tenant) => {
        this.submitting.set(false);
        this.created.set(tenant);
        this.focusAfterRender('onboarding-result-heading');
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.submitError.set(
          isApiError(error) ? error : new ApiError(0, 'UNEXPECTED_RESPONSE', this.i18n.t('error.unexpected')),
        );
        this.focusAfterRender('submit-error');
      },
    });
  }

  /** Where the user fixes what the server refused. */
  protected fixStep(error: ApiError): number | null {
    return stepForError(error);
  }

  protected goTo(index: number): void {
    const stepper = this.stepper();
    if (stepper) stepper.selectedIndex = index;
  }

  protected startOver(): void {
    this.created.set(null);
    this.submitError.set(null);
    this.slugEdited = false;
    this.forms.region.reset({ region: null });
    this.forms.slug.reset();
    this.forms.admin.reset();
    this.forms.template.reset();
    void this.router.navigate([], { queryParams: { region: null }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  private focusAfterRender(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
