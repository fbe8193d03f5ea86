import { FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import { TENANT_SLUG_PATTERN, type CreateTenantRequest } from '@sinergi/contracts';
import { type RegionValue, isRegion, pickedFreeRegion } from './region-value';

export type TemplateMode = 'blank' | 'tenant';

export const ADMIN_NAME_MAX_LENGTH = 120;

/** One form group per wizard step, so each step can gate the next (`[stepControl]`). */
export function createOnboardingForms(fb: NonNullableFormBuilder) {
  return {
    region: new FormGroup({
      region: new FormControl<RegionValue>(null, { validators: [pickedFreeRegion] }),
    }),
    slug: fb.group({
      slug: ['', [Validators.required, Validators.pattern(TENANT_SLUG_PATTERN)]],
    }),
    admin: fb.group({
      email: ['', [Validators.required, Validators.email]],
      name: ['', [Validators.required, Validators.maxLength(ADMIN_NAME_MAX_LENGTH)]],
    }),
    template: fb.group({
      mode: fb.control<TemplateMode>('blank'),
      fromTenant: [''],
    }),
  };
}

export type OnboardingForms = ReturnType<typeof createOnboardingForms>;

/** The request for valid forms; `null` while any step is incomplete. */
export function toCreateTenantRequest(forms: OnboardingForms): CreateTenantRequest | null {
  const region = forms.region.controls.region.value;
  if (!isRegion(region) || forms.slug.invalid || forms.admin.invalid || forms.template.invalid) return null;
  const { mode, fromTenant } = forms.template.getRawValue();
  const admin = forms.admin.getRawValue();
  return {
    regionCode: region.code,
    slug: forms.slug.getRawValue().slug,
    adminEmail: admin.email.trim(),
    adminName: admin.name.trim(),
    ...(mode === 'tenant' ? { template: { fromTenant } } : {}),
  };
}

/** "From another tenant" needs a tenant chosen; "blank" needs nothing. */
export function syncTemplateValidators(forms: OnboardingForms, mode: TemplateMode): void {
  const fromTenant = forms.template.controls.fromTenant;
  fromTenant.setValidators(mode === 'tenant' ? [Validators.required] : []);
  fromTenant.updateValueAndValidity();
}
