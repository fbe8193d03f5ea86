import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { ErrorStateMatcher, ShowOnDirtyErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { ApiError, AuthStore, INITIAL_LOAD_STATE, SinergiApi, isApiError, loadStates } from '@sinergi/web/api-client';
import { LocalDatePipe, TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { homeUrl } from '../auth/auth.guards';
import { roleLabels } from '../roles/role-labels';
import {
  type GoneReason,
  invitationView,
  isOtherAccount,
  placeAcceptError,
  toAcceptRequest,
} from './invitation-state';
import {
  ConfirmationErrorStateMatcher,
  PASSWORD_POLICY_PARAMS,
  PASSWORD_PROBLEM_LABEL,
  createPasswordForm,
  policyProblems,
  serverMessage,
  setServerMessage,
} from './password-form';

const GONE_TEXT: Readonly<Record<GoneReason, { title: TranslationKey; body: TranslationKey }>> = {
  INVITATION_NOT_FOUND: { title: 'invitation.notFound.title', body: 'invitation.notFound.body' },
  INVITATION_EXPIRED: { title: 'invitation.expired.title', body: 'invitation.expired.body' },
  INVITATION_USED: { title: 'invitation.used.title', body: 'invitation.used.body' },
};

/**
 * `/invitations/:token`, the link of an invitation mail (public): shows what the invitation is for,
 * lets a new person set a password, accepts, and signs the invitee in.
 */
@Component({
  selector: 'sg-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalDatePipe,
  ],
  // Errors show while typing (dirty) or after a submit, not only once the field is left.
  providers: [{ provide: ErrorStateMatcher, useClass: ShowOnDirtyErrorStateMatcher }],
  templateUrl: './invitation.page.html',
  styleUrl: './invitation.page.scss',
})
export class InvitationPage {
  /** Bound from the `:token` route parameter (router `withComponentInputBinding`). */
  readonly token = input.required<string>();

  protected readonly auth = inject(AuthStore);
  private readonly api = inject(SinergiApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslateService);

  protected readonly form = createPasswordForm();
  protected readonly confirmationMatcher = new ConfirmationErrorStateMatcher();
  protected readonly problemLabel = PASSWORD_PROBLEM_LABEL;
  protected readonly policy = PASSWORD_POLICY_PARAMS;
  protected readonly goneText = GONE_TEXT;
  protected readonly policyProblems = policyProblems;
  protected readonly serverMessage = serverMessage;

  private readonly attempt = signal(0);
  private readonly load = toSignal(
    toObservable(computed(() => ({ token: this.token(), attempt: this.attempt() }))).pipe(
      loadStates(({ token }) => this.api.invitation(token)),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  /** An accept that found the invitation expired or used meanwhile replaces the whole page. */
  private readonly acceptGone = signal<ApiError | null>(null);

  protected readonly view = computed(() => invitationView(this.load(), this.acceptGone()));
  protected readonly preview = computed(() => {
    const view = this.view();
    return view.kind === 'ready' ? view.preview : null;
  });
  protected readonly roles = computed(() => roleLabels(this.preview()?.roles ?? [], (key) => this.i18n.t(key)));
  /** The e-mail of a different account signed in in this tab, which accepting would replace. */
  protected readonly otherAccount = computed(() => {
    const preview = this.preview();
    const signedIn = this.auth.user()?.email;
    return preview && isOtherAccount(signedIn, preview.email) ? signedIn : null;
  });

  protected readonly submitting = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly showPassword = signal(false);

  protected retry(): void {
    this.attempt.update((attempt) => attempt + 1);
  }

  protected accept(): void {
    const preview = this.preview();
    if (!preview || this.submitting()) return;
    const needsPassword = !preview.accountExists;
    if (needsPassword && this.form.invalid) {
      this.form.markAllAsDirty();
      return;
    }
    this.submitting.set(true);
    this.formError.set(null);
    const request = toAcceptRequest(this.token(), preview, this.form.controls.password.value);
    this.api.acceptInvitation(request).subscribe({
      // The session is started by the client; the button stays disabled while the app navigates.
      next: () => void this.router.navigateByUrl(homeUrl(this.auth.isPlatformAdmin()), { replaceUrl: true }),
      error: (error: unknown) => {
        this.submitting.set(false);
        const apiError = isApiError(error)
          ? error
          : new ApiError(0, 'UNEXPECTED_RESPONSE', this.i18n.t('error.unexpected'));
        const place = placeAcceptError(apiError, needsPassword);
        if (place.place === 'page') this.acceptGone.set(apiError);
        else if (place.place === 'password') setServerMessage(this.form.controls.password, place.message);
        else this.formError.set(place.message);
      },
    });
  }
}
