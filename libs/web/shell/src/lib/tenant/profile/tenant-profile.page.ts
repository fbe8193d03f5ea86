import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { TenantProfile, UpdateTenantProfileRequest } from '@sinergi/contracts';
import { type ApiError, SinergiApi, isApiError } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe } from '@sinergi/web/i18n';
import { TenantAccess, loadOnChange, LoadErrorComponent } from '@sinergi/web/ui';

/** Empty inputs are sent as null: the API keeps "not set" apart from an empty string. */
const orNull = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

/**
 * `/t/:tenant/profile`: the region's own details (the unit that runs its partnerships, the perbup
 * it acts under, its contacts) and whether it publishes its public page and yearly spending.
 */
@Component({
  selector: 'sg-tenant-profile-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadErrorComponent, ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TranslatePipe, LocalDatePipe],
  template: `
    <header class="sg-page-header">
      <div>
        <h1 class="sg-page-title">{{ 'profile.title' | translate }}</h1>
        <p class="sg-page-lead">{{ 'profile.lead' | translate }}</p>
      </div>
    </header>

    @let result = profile.state();
    @if (result.status === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (result.status === 'error') {
      <sg-load-error [error]="result.error" (retry)="profile.reload()" />
    }

    @if (result.value; as current) {
      @if (notice()) {
        <p class="sg-alert sg-alert--success" role="status">{{ 'profile.saved' | translate }}</p>
      }
      @if (saveError(); as e) {
        <div class="sg-alert sg-alert--error" role="alert">
          <p>{{ e.message }}</p>
          @for (d of e.details; track $index) {
            @if (d.field) {
              <p><code>{{ d.field }}</code>: {{ d.message }}</p>
            }
          }
        </div>
      }
      <form class="panel" [formGroup]="form" (ngSubmit)="save()" novalidate [attr.aria-label]="'profile.title' | translate">
        <div class="grid">
          <mat-form-field class="wide">
            <mat-label>{{ 'profile.owningUnit' | translate }}</mat-label>
            <input matInput formControlName="owningUnit" required maxlength="300" />
            @if (form.controls.owningUnit.invalid) {
              <mat-error>{{ 'profile.owningUnitInvalid' | translate }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field class="wide">
            <mat-label>{{ 'profile.legalBasis' | translate }}</mat-label>
            <input matInput formControlName="legalBasis" maxlength="500" />
            <mat-hint>{{ 'profile.legalBasisHint' | translate }}</mat-hint>
          </mat-form-field>
          <mat-form-field class="wide">
            <mat-label>{{ 'profile.address' | translate }}</mat-label>
            <input matInput formControlName="address" maxlength="500" />
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'profile.email' | translate }}</mat-label>
            <input matInput type="email" formControlName="email" maxlength="254" inputmode="email" />
            @if (form.controls.email.invalid) {
              <mat-error>{{ 'profile.emailInvalid' | translate }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'profile.phone' | translate }}</mat-label>
            <input matInput formControlName="phone" maxlength="40" inputmode="tel" />
          </mat-form-field>
        </div>

        <fieldset class="publish">
          <legend>{{ 'profile.publicTitle' | translate }}</legend>
          <mat-checkbox formControlName="publicPage">{{ 'profile.publicPage' | translate }}</mat-checkbox>
          <mat-checkbox formControlName="publicSpending">{{ 'profile.publicSpending' | translate }}</mat-checkbox>
          @if (current.publicPage) {
            <p><a [routerLink]="['/public', current.slug]">{{ 'profile.openPublic' | translate }}</a></p>
          } @else {
            <p class="sg-muted">{{ 'profile.notPublished' | translate }}</p>
          }
        </fieldset>

        <p class="sg-muted">{{ 'profile.updatedAt' | translate }} {{ current.updatedAt | localDate }}</p>
        @if (mayUpdate()) {
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="saving() || form.invalid || form.pristine">{{ 'profile.save' | translate }}</button>
          </div>
        } @else {
          <p class="sg-muted">{{ 'profile.readOnly' | translate }}</p>
        }
      </form>
    }
  `,
  styles: `
    .panel { padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 0 12px; }
    .wide { grid-column: 1 / -1; }
    .publish { display: flex; flex-direction: column; gap: 4px; margin: 16px 0; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; padding: 8px 16px; }
    .publish legend { font: var(--mat-sys-title-small); padding: 0 4px; }
    .actions { display: flex; justify-content: flex-end; }
  `,
})
export class TenantProfilePage {
  private readonly api = inject(SinergiApi);
  private readonly access = inject(TenantAccess);

  protected readonly profile = loadOnChange(() => this.access.slug(), (slug) => this.api.tenantProfile(slug), { eager: true });
  protected readonly mayUpdate = () => this.access.can('update', 'TenantProfile');
  protected readonly saving = signal(false);
  protected readonly saveError = signal<ApiError | null>(null);
  protected readonly notice = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    // The same limits as the API's UpdateTenantProfileDto.
    owningUnit: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
    legalBasis: ['', Validators.maxLength(500)],
    address: ['', Validators.maxLength(500)],
    email: ['', [Validators.email, Validators.maxLength(254)]],
    phone: ['', Validators.maxLength(40)],
    publicPage: false,
    publicSpending: false,
  });

  constructor() {
    effect(() => {
      const loaded = this.profile.state().value;
      if (loaded) this.fill(loaded);
    });
    // Spending is published on the public page only: without the page there is nothing to tick.
    this.form.controls.publicPage.valueChanges.subscribe((on) => {
      const spending = this.form.controls.publicSpending;
      if (!on) spending.setValue(false, { emitEvent: false });
      if (on && this.mayUpdate()) spending.enable({ emitEvent: false });
      else spending.disable({ emitEvent: false });
    });
  }

  protected save(): void {
    if (this.form.invalid || this.saving()) return;
    const value = this.form.getRawValue();
    const body: UpdateTenantProfileRequest = {
      owningUnit: value.owningUnit.trim(),
      legalBasis: orNull(value.legalBasis),
      address: orNull(value.address),
      email: orNull(value.email),
      phone: orNull(value.phone),
      publicPage: value.publicPage,
      publicSpending: value.publicPage && value.publicSpending,
    };
    this.saving.set(true);
    this.saveError.set(null);
    this.notice.set(false);
    this.api.updateTenantProfile(this.access.slug(), body).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.notice.set(true);
        this.fill(saved);
        this.profile.reload();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (isApiError(error)) this.saveError.set(error);
        else throw error;
      },
    });
  }

  private fill(profile: TenantProfile): void {
    this.form.reset({
      owningUnit: profile.owningUnit,
      legalBasis: profile.legalBasis ?? '',
      address: profile.address ?? '',
      email: profile.email ?? '',
      phone: profile.phone ?? '',
      publicPage: profile.publicPage,
      publicSpending: profile.publicSpending,
    });
    if (this.mayUpdate()) this.form.enable({ emitEvent: false });
    else this.form.disable({ emitEvent: false });
    if (!profile.publicPage || !this.mayUpdate()) this.form.controls.publicSpending.disable({ emitEvent: false });
  }
}
