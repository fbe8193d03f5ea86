import type { TranslationKey } from '@sinergi/web/i18n';

/** Staff roles of a tenant the web app has a human label for. */
export const KNOWN_ROLES = [
  'admin',
  'verifier',
  'publication-operator',
  'approving-official',
  'treasurer',
  'auditor',
] as const;
export type KnownRole = (typeof KNOWN_ROLES)[number];

export const ROLE_LABEL: Readonly<Record<KnownRole, TranslationKey>> = {
  admin: 'role.admin',
  verifier: 'role.verifier',
  'publication-operator': 'role.publicationOperator',
  'approving-official': 'role.approvingOfficial',
  treasurer: 'role.treasurer',
  auditor: 'role.auditor',
};

export function isKnownRole(role: string): role is KnownRole {
  return Object.prototype.hasOwnProperty.call(ROLE_LABEL, role);
}

/** The label of a role in the current language; a role the app does not know yet stays as it is. */
export function roleLabel(role: string, translate: (key: TranslationKey) => string): string {
  return isKnownRole(role) ? translate(ROLE_LABEL[role]) : role;
}

/** Labels of several roles, without blanks or repeats, in the order given. */
export function roleLabels(roles: readonly string[], translate: (key: TranslationKey) => string): string[] {
  const unique = [...new Set(roles.map((role) => role.trim()).filter((role) => role !== ''))];
  return unique.map((role) => roleLabel(role, translate));
}
