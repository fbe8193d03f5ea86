import {
  type AbstractControl,
  FormControl,
  FormGroup,
  type FormGroupDirective,
  type NgForm,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import type { ErrorStateMatcher } from '@angular/material/core';
import { PASSWORD_POLICY, passwordProblems } from '@sinergi/contracts';
import type { TranslationKey } from '@sinergi/web/i18n';

export type PasswordProblem = ReturnType<typeof passwordProblems>[number];

/** One message per problem of `passwordProblems()`; params: `{ min }`, `{ max }` from PASSWORD_POLICY. */
export const PASSWORD_PROBLEM_LABEL: Readonly<Record<PasswordProblem, TranslationKey>> = {
  'too-short': 'password.tooShort',
  'too-long': 'password.tooLong',
  'needs-letter': 'password.needsLetter',
  'needs-digit': 'password.needsDigit',
};

export const PASSWORD_POLICY_PARAMS = {
  min: PASSWORD_POLICY.minLength,
  max: PASSWORD_POLICY.maxLength,
} as const;

/** `{ passwordPolicy: PasswordProblem[] }` for a password the API would refuse; an empty one is `required`'s business. */
export const passwordPolicy: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value === '') return null;
  const problems = passwordProblems(value);
  return problems.length ? { passwordPolicy: problems } : null;
};

/** On the group: `{ passwordMismatch: true }` once a confirmation is typed and differs. */
export const passwordsMatch: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const password: unknown = group.get('password')?.value;
  const confirmation: unknown = group.get('confirmation')?.value;
  if (typeof confirmation !== 'string' || confirmation === '') return null;
  return confirmation === password ? null : { passwordMismatch: true };
};

/** A new password and its confirmation, checked as the user types. */
export function createPasswordForm() {
  return new FormGroup(
    {
      password: new FormControl('', { nonNullable: true, validators: [Validators.required, passwordPolicy] }),
      confirmation: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    },
    { validators: [passwordsMatch] },
  );
}

export type PasswordForm = ReturnType<typeof createPasswordForm>;

/** The policy problems a control reports, in the order of `passwordProblems()`. */
export function policyProblems(control: AbstractControl): PasswordProblem[] {
  const problems: unknown = control.getError('passwordPolicy');
  return Array.isArray(problems) ? problems.filter(isPasswordProblem) : [];
}

/** A message the server put on the field (`{ server: message }`), until the user edits it. */
export function serverMessage(control: AbstractControl): string | null {
  const message: unknown = control.getError('server');
  return typeof message === 'string' ? message : null;
}

export function setServerMessage(control: AbstractControl, message: string): void {
  control.setErrors({ ...(control.errors ?? {}), server: message });
  control.markAsDirty();
}

export function isPasswordProblem(value: unknown): value is PasswordProblem {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PASSWORD_PROBLEM_LABEL, value);
}

/**
 * The confirmation field shows an error while typing (dirty) or after a submit, also when only
 * the group knows it: the two passwords differ.
 */
export class ConfirmationErrorStateMatcher implements ErrorStateMatcher {
  isErrorState(control: AbstractControl | null, form: FormGroupDirective | NgForm | null): boolean {
    if (!control || !(control.dirty || form?.submitted)) return false;
    return control.invalid || Boolean(control.parent?.hasError('passwordMismatch'));
  }
}
