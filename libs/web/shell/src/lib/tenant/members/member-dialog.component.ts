import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { TenantMember } from '@sinergi/contracts';
import { SinergiApi, isApiError } from '@sinergi/web/api-client';
import { TranslatePipe, TranslateService } from '@sinergi/web/i18n';
import type { Observable } from 'rxjs';
import type { RoleOption } from '../role-options';

export type MemberDialogData = {
  tenant: string;
  roleOptions: readonly RoleOption[];
  /** The member whose roles change; absent to invite a new one. */
  member?: TenantMember;
};

/** Shows a field's error as soon as it is edited, not only after leaving it. */
class AsYouTypeErrorMatcher implements ErrorStateMatcher {
  isErrorState(control: { invalid: boolean; dirty: boolean; touched: boolean } | null): boolean {
    return !!control && control.invalid && (control.dirty || control.touched);
  }
}

/** Invite a staff member, or change a member's roles; closes with the saved `TenantMember`. */
@Component({
  selector: 'sg-member-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  providers: [{ provide: ErrorStateMatcher, useClass: AsYouTypeErrorMatcher }],
  template: `
    <h2 mat-dialog-title>
      @if (data.member; as member) {
        {{ 'members.editTitle' | translate: { name: member.name } }}
      } @else {
        {{ 'members.inviteTitle' | translate }}
      }
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (error(); as message) {
          <div class="sg-alert sg-alert--error" role="alert">
            {{ message }}
            @if (fieldErrors().length) {
              <ul>
                @for (line of fieldErrors(); track line) {
                  <li>{{ line }}</li>
                }
              </ul>
            }
          </div>
        }
        @if (!data.member) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'members.email' | translate }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="off" cdkFocusInitial />
            @if (form.controls.email.hasError('required')) {
              <mat-error>{{ 'members.emailRequired' | translate }}</mat-error>
            } @else if (form.controls.email.hasError('email')) {
              <mat-error>{{ 'members.emailInvalid' | translate }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'members.name' | translate }}</mat-label>
            <input matInput formControlName="name" autocomplete="off" />
            @if (form.controls.name.hasError('required')) {
              <mat-error>{{ 'members.nameRequired' | translate }}</mat-error>
            } @else if (form.controls.name.hasError('maxlength')) {
              <mat-error>{{ 'members.nameTooLong' | translate }}</mat-error>
            }
          </mat-form-field>
        } @else {
          <p class="sg-muted">{{ data.member.email }}</p>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'members.roles' | translate }}</mat-label>
          <mat-select formControlName="roles" multiple>
            @for (option of data.roleOptions; track option.value) {
              <mat-option [value]="option.value">{{ option.label }}</mat-option>
            }
          </mat-select>
          @if (form.controls.roles.hasError('required')) {
            <mat-error>{{ 'members.rolesRequired' | translate }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          @if (saving()) {
            {{ 'members.saving' | translate }}
          } @else if (data.member) {
            {{ 'members.saveRoles' | translate }}
          } @else {
            {{ 'members.sendInvite' | translate }}
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field { display: block; width: 100%; }
    mat-dialog-content { min-width: min(420px, 80vw); }
    .sg-alert ul { margin: 4px 0 0; padding-left: 20px; }
  `,
})
export class MemberDialogComponent {
  protected readonly data = inject<MemberDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<MemberDialogComponent, TenantMember>>(MatDialogRef);
  private readonly api = inject(SinergiApi);
  private readonly i18n = inject(TranslateService);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    roles: new FormControl<string[]>(this.data.member ? [...this.data.member.roles] : [], {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<string[]>([]);

  constructor() {
    if (this.data.member) {
      this.form.controls.email.disable();
      this.form.controls.name.disable();
    }
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    const { email, name, roles } = this.form.getRawValue();
    const request: Observable<TenantMember> = this.data.member
      ? this.api.updateMember(this.data.tenant, this.data.member.userId, { roles })
      : this.api.inviteMember(this.data.tenant, { email: email.trim(), name: name.trim(), roles });
    this.saving.set(true);
    this.error.set(null);
    this.fieldErrors.set([]);
    request.subscribe({
      next: (member) => {
        this.saving.set(false);
        this.ref.close(member);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (isApiError(error)) {
          this.error.set(error.message);
          this.fieldErrors.set([...error.fieldMessages()].map(([field, message]) => `${field}: ${message}`));
        } else {
          this.error.set(this.i18n.t('error.unexpected'));
        }
      },
    });
  }
}
