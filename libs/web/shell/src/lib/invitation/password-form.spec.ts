import { FormControl } from '@angular/forms';
import { PASSWORD_POLICY } from '@sinergi/contracts';
import {
  ConfirmationErrorStateMatcher,
  PASSWORD_PROBLEM_LABEL,
  createPasswordForm,
  isPasswordProblem,
  policyProblems,
  serverMessage,
  setServerMessage,
} from './password-form';

describe('the new-password form', () => {
  it('is invalid while empty, asking for both fields', () => {
    const form = createPasswordForm();
    expect(form.invalid).toBe(true);
    expect(form.controls.password.hasError('required')).toBe(true);
    expect(form.controls.confirmation.hasError('required')).toBe(true);
    expect(policyProblems(form.controls.password)).toEqual([]);
  });

  it('lists every policy problem of the password as the user types', () => {
    const form = createPasswordForm();
    form.controls.password.setValue('abc');
    expect(policyProblems(form.controls.password)).toEqual(['too-short', 'needs-digit']);
    form.controls.password.setValue('1234567890');
    expect(policyProblems(form.controls.password)).toEqual(['needs-letter']);
    form.controls.password.setValue('a1'.repeat(PASSWORD_POLICY.maxLength));
    expect(policyProblems(form.controls.password)).toEqual(['too-long']);
  });

  it('accepts letters and digits of any script, like the server', () => {
    const form = createPasswordForm();
    form.controls.password.setValue('kopi-tubruk-2026');
    expect(form.controls.password.valid).toBe(true);
    form.controls.password.setValue('ßüğçñ12345');
    expect(form.controls.password.valid).toBe(true);
  });

  it('reports a mismatch once the confirmation is typed, and clears it when both agree', () => {
    const form = createPasswordForm();
    form.controls.password.setValue('kopi-tubruk-2026');
    expect(form.hasError('passwordMismatch')).toBe(false);
    form.controls.confirmation.setValue('kopi-tubruk-2025');
    expect(form.hasError('passwordMismatch')).toBe(true);
    expect(form.invalid).toBe(true);
    form.controls.confirmation.setValue('kopi-tubruk-2026');
    expect(form.hasError('passwordMismatch')).toBe(false);
    expect(form.valid).toBe(true);
  });

  it('re-checks the match when the password changes after the confirmation', () => {
    const form = createPasswordForm();
    form.setValue({ password: 'kopi-tubruk-2026', confirmation: 'kopi-tubruk-2026' });
    form.controls.password.setValue('kopi-tubruk-2027');
    expect(form.hasError('passwordMismatch')).toBe(true);
  });

  it('keeps a server message on the field until the user edits it', () => {
    const form = createPasswordForm();
    form.setValue({ password: 'kopi-tubruk-2026', confirmation: 'kopi-tubruk-2026' });
    setServerMessage(form.controls.password, 'Kata sandi terlalu lemah.');
    expect(serverMessage(form.controls.password)).toBe('Kata sandi terlalu lemah.');
    expect(form.invalid).toBe(true);
    form.controls.password.setValue('kopi-tubruk-2027');
    expect(serverMessage(form.controls.password)).toBeNull();
  });

  it('has a message for each problem the contracts know', () => {
    for (const problem of ['too-short', 'too-long', 'needs-letter', 'needs-digit']) {
      expect(isPasswordProblem(problem)).toBe(true);
    }
    expect(isPasswordProblem('constructor')).toBe(false);
    expect(Object.keys(PASSWORD_PROBLEM_LABEL)).toHaveLength(4);
  });
});

describe('ConfirmationErrorStateMatcher', () => {
  const matcher = new ConfirmationErrorStateMatcher();

  it('stays quiet until the confirmation is touched by typing', () => {
    const form = createPasswordForm();
    expect(matcher.isErrorState(form.controls.confirmation, null)).toBe(false);
  });

  it('shows the mismatch that only the group knows', () => {
    const form = createPasswordForm();
    form.controls.password.setValue('kopi-tubruk-2026');
    form.controls.confirmation.setValue('kopi');
    form.controls.confirmation.markAsDirty();
    expect(form.controls.confirmation.valid).toBe(true);
    expect(matcher.isErrorState(form.controls.confirmation, null)).toBe(true);
    form.controls.confirmation.setValue('kopi-tubruk-2026');
    expect(matcher.isErrorState(form.controls.confirmation, null)).toBe(false);
  });

  it('ignores a control without a group', () => {
    const control = new FormControl('x');
    control.markAsDirty();
    expect(matcher.isErrorState(control, null)).toBe(false);
    expect(matcher.isErrorState(null, null)).toBe(false);
  });
});
