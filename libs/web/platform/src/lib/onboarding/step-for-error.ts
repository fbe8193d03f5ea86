import type { ApiError } from '@sinergi/web/api-client';

export const STEP = { region: 0, slug: 1, admin: 2, template: 3, review: 4 } as const;
export type StepIndex = (typeof STEP)[keyof typeof STEP];

const STEP_BY_FIELD: Readonly<Record<string, StepIndex>> = {
  regionCode: STEP.region,
  slug: STEP.slug,
  adminEmail: STEP.admin,
  adminName: STEP.admin,
  template: STEP.template,
  'template.fromTenant': STEP.template,
};

/** The wizard step where the user can fix what the server refused, if there is one. */
export function stepForError(error: ApiError): StepIndex | null {
  switch (error.code) {
    case 'REGION_NOT_FOUND':
    case 'REGION_CODE_MALFORMED':
      return STEP.region;
    case 'SLUG_INVALID':
      return STEP.slug;
    case 'TENANT_EXISTS':
      // The region or the slug is taken; the region step shows which when it is the region.
      return error.details.some((detail) => detail.field === 'regionCode') ? STEP.region : STEP.slug;
    case 'TEMPLATE_TENANT_NOT_FOUND':
      return STEP.template;
    case 'VALIDATION_FAILED': {
      const field = error.details.find((detail) => detail.field && detail.field in STEP_BY_FIELD)?.field;
      return field ? (STEP_BY_FIELD[field] ?? null) : null;
    }
    default:
      return null;
  }
}
