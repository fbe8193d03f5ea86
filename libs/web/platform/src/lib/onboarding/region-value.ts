import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { Region } from '@sinergi/contracts';

/** The region field holds the typed text until an option is chosen, then the region. */
export type RegionValue = Region | string | null;

export function isRegion(value: RegionValue | undefined): value is Region {
  return typeof value === 'object' && value !== null && typeof value.code === 'string';
}

/** Valid once a region that is not a tenant yet has been picked from the list. */
export const pickedFreeRegion: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = control.value as RegionValue;
  if (!isRegion(value)) return { regionRequired: true };
  return value.tenant ? { regionTaken: value.tenant } : null;
};
