import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { ErrorStateMatcher, ShowOnDirtyErrorStateMatcher } from '@angular/material/core';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AuthStore, SinergiApi, isApiError } from '@sinergi/web/api-client';
import { TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import { safeReturnUrl } from '../auth/auth.guards';

@Component({
  selector: 'sg-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
  ],
  // Errors show while typing (dirty) or after a submit, not only once the field is left.
  providers: [{ provide: ErrorStateMatcher, useClass: ShowOnDirtyErrorStateMatcher }],
  templateUrl: './login.page.html',
  styleUrl: './login.page.scss',
})
export class LoginPage {
  /** Bound from `?returnUrl=` (router `withComponentInputBinding`). */
  readonly returnUrl = input<string>();

  protected readonly auth = inject(AuthStore);
  private readonly api = inject(SinergiApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslateService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required]],
  });
  protected readonly pending = signal(false);
  protected readonly serverError = signal<string | null>(null);
  protected readonly showPassword = signal(false);

  protected submit(): void {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    this.serverError.set(null);
    this.api.login(this.form.getRawValue()).subscribe({
      next: (response) => {
        this.auth.start(response);
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.serverError.set(isApiError(error) ? error.message : this.i18n.t('error.unexpected'));
      },
    });
  }
}
