import { subject as asSubject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { MediaAction, MediaSubject } from '@sinergi/contracts';
import { AppException, SinergiRequest } from '@sinergi/server/core';
import { MediaAbility, mediaAbility, TenantAbility, tenantAbility } from './ability.factory';

/** The caller's CASL ability in the current tenant (set by the ability guard), to check loaded objects. */
export const CurrentTenantAbility = createParamDecorator((_: unknown, context: ExecutionContext): TenantAbility => {
  const tenant = context.switchToHttp().getRequest<SinergiRequest>().tenant;
  if (!tenant?.abilities) throw new AppException('TENANT_CONTEXT_MISSING');
  return tenantAbility(tenant.abilities);
});

/** The caller's CASL ability in the press company of the path (set by the ability guard). */
export const CurrentMediaAbility = createParamDecorator((_: unknown, context: ExecutionContext): MediaAbility => {
  const media = context.switchToHttp().getRequest<SinergiRequest>().media;
  if (!media?.abilities) throw new AppException('TENANT_CONTEXT_MISSING');
  return mediaAbility(media.abilities);
});

/**
 * Checks a loaded row of a press company against the caller's ability (its conditions name the
 * caller's company): another company's row answers 404, as if it did not exist.
 */
export function assertMediaCan<T extends object>(ability: MediaAbility, action: MediaAction, type: MediaSubject, row: T | null | undefined, what: { en: string; id: string }): T {
  if (!row || !ability.can(action, asSubject(type, { ...row }))) throw new AppException('RESOURCE_NOT_FOUND', what);
  return row;
}

/** An applicant's document as this caller may read it: the fields their roles forbid are emptied. */
export function readableApplicationDocument<T extends { documentType: string; number: string | null }>(ability: TenantAbility, document: T): T & { hidden: string[] } {
  const allFields = Object.keys(document).concat('file');
  const permitted = new Set(permittedFieldsOf(ability, 'read', asSubject('ApplicationDocument', { ...document }), { fieldsFrom: (rule) => rule.fields ?? allFields }));
  const hidden = allFields.filter((field) => !permitted.has(field));
  return { ...document, ...(hidden.includes('number') ? { number: null } : {}), hidden };
}

/** Whether the caller may download the file of this applicant's document. */
export function mayReadApplicationFile(ability: TenantAbility, document: { documentType: string }): boolean {
  return ability.can('read', asSubject('ApplicationDocument', { ...document }), 'file');
}
