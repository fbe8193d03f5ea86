import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MEDIA_ROLES, type MediaRole } from '@sinergi/contracts';
import { INITIAL_LOAD_STATE, MediaApi, isApiError, loadStates } from '@sinergi/web/api-client';
import { TranslatePipe, TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { EMPTY, combineLatest } from 'rxjs';
import { MediaContextStore } from '../media-context.store';
import { LoadErrorComponent } from '@sinergi/web/ui';

const ROLE_LABEL: Readonly<Record<MediaRole, TranslationKey>> = {
  owner: 'media.colleagues.role.owner',
  editor: 'media.colleagues.role.editor',
};

/** `/media/colleagues`: who works in the company's account, and (for owners) inviting a colleague by e-mail. */
@Component({
  selector: 'sg-media-colleagues-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadErrorComponent, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TranslatePipe],
  template: `
    <h1 class="sg-page-title">{{ 'media.colleagues.title' | translate }}</h1>
    <p class="sg-page-lead">{{ 'media.colleagues.lead' | translate: { company: store.company()?.legalName ?? '' } }}</p>

    @let result = state();
    @if (result.status === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (result.status === 'error') {
      <sg-load-error [error]="result.error" (retry)="reload()" />
    }
    @if (result.value; as colleagues) {
      <ul class="list" [attr.aria-label]="'media.colleagues.listLabel' | translate">
        @for (c of colleagues; track c.userId) {
          <li>
            <span class="name">
              {{ c.name }}
              @if (c.invited) {
                <span class="badge">{{ 'media.colleagues.invited' | translate }}</span>
              }
            </span>
            <span class="sg-muted email">{{ c.email }}</span>
            <span class="sg-muted">{{ rolesOf(c.roles) }}</span>
          </li>
        }
      </ul>
    }

    @if (store.mayInviteColleagues()) {
      <form [formGroup]="form" (ngSubmit)="invite()" novalidate class="form" aria-labelledby="invite-title">
        <h2 id="invite-title" class="section-title">{{ 'media.colleagues.inviteTitle' | translate }}</h2>
        <p class="sg-muted">{{ 'media.colleagues.inviteLead' | translate }}</p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.colleagues.name' | translate }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" required />
          @if (form.controls.name.invalid) {
            <mat-error>{{ 'media.colleagues.nameRequired' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.colleagues.email' | translate }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="off" inputmode="email" required />
          @if (form.controls.email.invalid) {
            <mat-error>{{ 'media.colleagues.emailInvalid' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'media.colleagues.role' | translate }}</mat-label>
          <select matNativeControl formControlName="role">
            @for (role of roles; track role) {
              <option [value]="role">{{ roleLabel[role] | translate }}</option>
            }
          </select>
          <mat-hint>{{ 'media.colleagues.roleHint' | translate }}</mat-hint>
        </mat-form-field>
        @if (error(); as message) {
          <p class="sg-alert sg-alert--error" role="alert">{{ message }}</p>
        }
        @if (done(); as message) {
          <p class="sg-alert sg-alert--success" role="status">{{ message }}</p>
        }
        <div class="sg-actions">
          <button mat-flat-button type="submit" [disabled]="pending()">{{ 'media.colleagues.submit' | translate }}</button>
        </div>
      </form>
    } @else {
      <p class="sg-alert sg-alert--info">{{ 'media.colleagues.ownersOnly' | translate }}</p>
    }
  `,
  styles: `
    .list { list-style: none; margin: 0 0 24px; padding: 0; }
    .list li {
      display: flex;
      flex-direction: column;
      gap: 2px;
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .name { font: var(--mat-sys-title-small); }
    .email { overflow-wrap: anywhere; }
    .badge {
      margin-left: 8px;
      padding: 2px 8px;
      border-radius: 8px;
      font: var(--mat-sys-label-small);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .form { display: flex; flex-direction: column; gap: 12px; max-width: 560px; }
    .section-title { font: var(--mat-sys-title-medium); margin: 0; }
  `,
})
export class ColleaguesPage {
  protected readonly store = inject(MediaContextStore);
  private readonly api = inject(MediaApi);
  private readonly i18n = inject(TranslateService);
  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly roles = MEDIA_ROLES;
  protected readonly roleLabel = ROLE_LABEL;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    role: ['editor' as MediaRole, Validators.required],
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  private readonly reloads = signal(0);

  protected readonly state = toSignal(
    combineLatest([toObservable(computed(() => this.store.companyId())), toObservable(this.reloads)]).pipe(
      loadStates(([companyId]) => (companyId ? this.api.colleagues(companyId) : EMPTY)),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );

  protected rolesOf(roles: readonly MediaRole[]): string {
    return roles.map((role) => this.i18n.t(ROLE_LABEL[role] ?? role)).join(', ');
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected invite(): void {
    const companyId = this.store.companyId();
    this.done.set(null);
    if (this.form.invalid || !companyId || this.pending()) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, email, role } = this.form.getRawValue();
    this.pending.set(true);
    this.error.set(null);
    this.api.inviteColleague(companyId, { name: name.trim(), email: email.trim(), role }).subscribe({
      next: (colleague) => {
        this.pending.set(false);
        this.done.set(this.i18n.t('media.colleagues.invitedToast', { name: colleague.name, email: colleague.email }));
        this.formDirective()?.resetForm({ name: '', email: '', role: 'editor' });
        this.reload();
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.error.set(isApiError(error) ? error.message : this.i18n.t('error.unexpected'));
      },
    });
  }
}
