import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { MEDIA_LEGAL_FORMS, passwordProblems, type MediaLegalForm } from '@sinergi/contracts';
import { MediaApi, isApiError } from '@sinergi/web/api-client';
import { TranslatePipe, TranslateService } from '@sinergi/web/i18n';

function passwordPolicy(control: AbstractControl<string>): ValidationErrors | null {
  return control.value && passwordProblems(control.value).length ? { policy: true } : null;
}

/** `/register`: a journalist signs up with their press company; a confirmation mail follows. */
@Component({
  selector: 'sg-media-register-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatCardModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatProgressBarModule, TranslatePipe],
  template: `
    <mat-card class="card" appearance="outlined">
      <mat-card-header>
        <mat-card-title><h1 class="title">{{ 'media.register.title' | translate }}</h1></mat-card-title>
        <mat-card-subtitle>{{ 'media.register.lead' | translate }}</mat-card-subtitle>
      </mat-card-header>
      @if (pending()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <mat-card-content>
        @if (registeredEmail(); as email) {
          <div class="sg-alert sg-alert--success" role="status">
            <h2 class="done-title">{{ 'media.register.doneTitle' | translate }}</h2>
            <p>{{ 'media.register.done' | translate: { email } }}</p>
          </div>
          <a mat-stroked-button routerLink="/login">{{ 'media.register.toLogin' | translate }}</a>
        } @else {
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <fieldset>
              <legend>{{ 'media.register.person' | translate }}</legend>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'media.register.name' | translate }}</mat-label>
                <input matInput formControlName="name" autocomplete="name" required />
                @if (form.controls.name.invalid) {
                  <mat-error>{{ 'media.register.nameRequired' | translate }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'login.email' | translate }}</mat-label>
                <input matInput type="email" formControlName="email" autocomplete="email" inputmode="email" required />
                @if (form.controls.email.hasError('required')) {
                  <mat-error>{{ 'login.emailRequired' | translate }}</mat-error>
                } @else if (form.controls.email.hasError('email')) {
                  <mat-error>{{ 'login.emailInvalid' | translate }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'login.password' | translate }}</mat-label>
                <input matInput type="password" formControlName="password" autocomplete="new-password" required />
                <mat-hint>{{ 'media.register.passwordHint' | translate }}</mat-hint>
                @if (form.controls.password.invalid) {
                  <mat-error>{{ 'media.register.passwordHint' | translate }}</mat-error>
                }
              </mat-form-field>
            </fieldset>
            <fieldset>
              <legend>{{ 'media.register.company' | translate }}</legend>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'media.register.legalName' | translate }}</mat-label>
                <input matInput formControlName="legalName" autocomplete="organization" required />
                <mat-hint>{{ 'media.register.legalNameHint' | translate }}</mat-hint>
                @if (form.controls.legalName.invalid) {
                  <mat-error>{{ 'media.register.legalNameRequired' | translate }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'media.register.legalForm' | translate }}</mat-label>
                <select matNativeControl formControlName="legalForm" required>
                  @for (form of legalForms; track form) {
                    <option [value]="form">{{ form }}</option>
                  }
                </select>
              </mat-form-field>
            </fieldset>
            @if (serverError(); as message) {
              <p class="sg-alert sg-alert--error" role="alert">{{ message }}</p>
            }
            <button mat-flat-button type="submit" class="submit" [disabled]="pending()">
              {{ (pending() ? 'media.register.submitting' : 'media.register.submit') | translate }}
            </button>
            <p class="sg-muted">
              {{ 'media.register.haveAccount' | translate }} <a routerLink="/login">{{ 'login.submit' | translate }}</a>
            </p>
            <p class="sg-muted"><a routerLink="/public">{{ 'public.calls' | translate }}</a></p>
          </form>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    :host { display: block; max-width: 520px; margin: 0 auto; }
    .title { margin: 0; font: var(--mat-sys-headline-small); }
    .done-title { margin: 0 0 8px; font: var(--mat-sys-title-medium); }
    form, fieldset { display: flex; flex-direction: column; gap: 12px; }
    fieldset { margin: 0 0 8px; padding: 0; border: 0; }
    legend { margin-bottom: 8px; font: var(--mat-sys-title-small); }
    .submit { min-height: 48px; }
  `,
})
export class MediaRegisterPage {
  private readonly api = inject(MediaApi);
  private readonly i18n = inject(TranslateService);

  protected readonly legalForms = MEDIA_LEGAL_FORMS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, passwordPolicy]],
    legalName: ['', [Validators.required, Validators.minLength(3)]],
    legalForm: ['PT' as MediaLegalForm, [Validators.required]],
  });
  protected readonly pending = signal(false);
  protected readonly serverError = signal<string | null>(null);
  protected readonly registeredEmail = signal<string | null>(null);

  protected submit(): void {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.pending.set(true);
    this.serverError.set(null);
    this.api
      .register({
        name: value.name.trim(),
        email: value.email.trim(),
        password: value.password,
        company: { legalName: value.legalName.trim(), legalForm: value.legalForm },
      })
      .subscribe({
        next: () => {
          this.pending.set(false);
          this.registeredEmail.set(value.email.trim());
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.serverError.set(isApiError(error) ? error.message : this.i18n.t('error.unexpected'));
        },
      });
  }
}
