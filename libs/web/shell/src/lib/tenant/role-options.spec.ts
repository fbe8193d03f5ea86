import { BUILTIN_TENANT_ROLES, type TenantRoleDefinition } from '@sinergi/contracts';
import type { TranslationKey } from '@sinergi/web/i18n';
import { roleOptions } from './role-options';

const t = (key: TranslationKey) => `<${key}>`;
const definition = (name: string, label: string): TenantRoleDefinition => ({ name, label, builtin: false, permissions: [], requiresTotp: false });

describe('role options', () => {
  it('falls back to the built-in roles when the definitions cannot be read', () => {
    const options = roleOptions(null, t);
    expect(options.map((option) => option.value)).toEqual([...BUILTIN_TENANT_ROLES]);
    expect(options[0]).toEqual({ value: 'admin', label: '<role.admin>' });
    expect(roleOptions([], t)).toEqual(options);
  });

  it('labels known roles by the app and custom roles by their own label', () => {
    expect(roleOptions([definition('verifier', 'Verifier X'), definition('media-liaison', 'Penghubung media')], t)).toEqual([
      { value: 'verifier', label: '<role.verifier>' },
      { value: 'media-liaison', label: 'Penghubung media' },
    ]);
  });

  it('uses the name when a custom role has no label', () => {
    expect(roleOptions([definition('helper', '')], t)).toEqual([{ value: 'helper', label: 'helper' }]);
  });
});
