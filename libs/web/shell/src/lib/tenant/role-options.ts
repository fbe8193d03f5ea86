import { BUILTIN_TENANT_ROLES, type TenantRoleDefinition } from '@sinergi/contracts';
import type { TranslationKey } from '@sinergi/web/i18n';
import { isKnownRole, roleLabel } from '../roles/role-labels';

export type RoleOption = { value: string; label: string };

/**
 * Choices of the role pickers: the tenant's role definitions (GET /roles), or the built-in
 * roles when they could not be read. Known roles get the app's label, custom ones their own.
 */
export function roleOptions(
  definitions: readonly TenantRoleDefinition[] | null,
  translate: (key: TranslationKey) => string,
): RoleOption[] {
  if (!definitions || definitions.length === 0) {
    return BUILTIN_TENANT_ROLES.map((role) => ({ value: role, label: roleLabel(role, translate) }));
  }
  return definitions.map((definition) => ({
    value: definition.name,
    label: isKnownRole(definition.name) ? roleLabel(definition.name, translate) : definition.label || definition.name,
  }));
}
