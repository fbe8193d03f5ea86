import { subject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import {
  BUILTIN_TENANT_ROLES,
  DEFAULT_ROLE_PERMISSIONS,
  MEDIA_ACTIONS,
  MEDIA_SUBJECTS,
  Permission,
  TENANT_ACTIONS,
  TENANT_SUBJECTS,
} from '@sinergi/contracts';
import { abilityRules, cachedMediaAbility, mediaAbility, mediaAbilityRules, tenantAbility } from './ability.factory';
import { mayReadApplicationFile, readableApplicationDocument } from './current-ability.decorator';

const builtins = new Map<string, Permission[]>(Object.entries(DEFAULT_ROLE_PERMISSIONS));
const abilityOfRoles = (...roles: string[]) => tenantAbility(abilityRules(roles, builtins));

const COMPANY_A = '00000000-0000-4000-8000-00000000000a';
const COMPANY_B = '00000000-0000-4000-8000-00000000000b';

/** An applicant's document as the partnership module returns it to staff. */
const applicationDocument = (documentType: string) => ({
  id: 'd1',
  documentType,
  level: 'company',
  dossierDocumentId: 'dd1',
  versionId: 'v1',
  versionNumber: 1,
  number: `${documentType}-number`,
  expiresOn: null,
  decision: 'pending',
  note: null,
  decidedBy: null,
  decidedAt: null,
});

describe('tenant abilities', () => {
  it('lets the auditor read every subject and do nothing else, over the whole permission list', () => {
    const auditor = abilityOfRoles('auditor');
    for (const subjectName of TENANT_SUBJECTS) {
      expect(auditor.can('read', subjectName)).toBe(true);
      for (const action of TENANT_ACTIONS.filter((a) => a !== 'read')) expect([action, subjectName, auditor.can(action, subjectName)]).toEqual([action, subjectName, false]);
    }
    // Approving is `update` on Approval: refused like every other change.
    expect(auditor.can('update', 'Approval')).toBe(false);
    expect(abilityRules(['auditor'], builtins).every((rule) => rule.action === 'read')).toBe(true);
  });

  it('hides the account number and the bank book from roles without BankAccount, the NIK and KTP from roles without PersonalIdentity', () => {
    const bank = subject('ApplicationDocument', applicationDocument('bank-account'));
    const ktp = subject('ApplicationDocument', applicationDocument('ktp-penanggung-jawab'));
    const nib = subject('ApplicationDocument', applicationDocument('nib'));
    const expected: Record<string, { bank: boolean; ktp: boolean }> = {
      verifier: { bank: true, ktp: true },
      treasurer: { bank: true, ktp: false },
      auditor: { bank: true, ktp: true },
      admin: { bank: false, ktp: false },
      'approving-official': { bank: false, ktp: false },
      'publication-operator': { bank: false, ktp: false },
    };
    for (const role of BUILTIN_TENANT_ROLES) {
      const ability = abilityOfRoles(role);
      const readsApplications = ability.can('read', 'Application');
      const seen = { bank: ability.can('read', bank, 'number') && ability.can('read', bank, 'file'), ktp: ability.can('read', ktp, 'number') && ability.can('read', ktp, 'file') };
      expect([role, seen]).toEqual([role, readsApplications ? expected[role] : { bank: false, ktp: false }]);
      // Other documents and the other fields of sensitive ones stay readable to whoever reads applications.
      expect([role, ability.can('read', nib, 'number'), ability.can('read', bank, 'decision')]).toEqual([role, readsApplications, readsApplications]);
    }
  });

  it('lists the permitted fields of a loaded document and empties the forbidden ones', () => {
    const admin = abilityOfRoles('admin');
    const fields = (type: string) =>
      permittedFieldsOf(admin, 'read', subject('ApplicationDocument', applicationDocument(type)), { fieldsFrom: (rule) => rule.fields ?? ['number', 'file', 'decision'] });
    expect(fields('bank-account')).toEqual(['decision']);
    expect(fields('nib').sort()).toEqual(['decision', 'file', 'number']);
    const shown = readableApplicationDocument(admin, applicationDocument('bank-account'));
    expect([shown.number, shown.hidden, shown.decision]).toEqual([null, ['number', 'file'], 'pending']);
    // The treasurer reads no applications itself; with a role that does, the account shows.
    expect(readableApplicationDocument(abilityOfRoles('publication-operator', 'treasurer'), applicationDocument('bank-account')).number).toBe('bank-account-number');
    expect(readableApplicationDocument(abilityOfRoles('publication-operator'), applicationDocument('bank-account')).number).toBeNull();
    expect(mayReadApplicationFile(admin, { documentType: 'ktp-penanggung-jawab' })).toBe(false);
    expect(mayReadApplicationFile(abilityOfRoles('verifier'), { documentType: 'ktp-penanggung-jawab' })).toBe(true);
  });

  it('keeps the field rules when the sensitive permission is granted in another role of the same member', () => {
    const both = abilityOfRoles('admin', 'treasurer');
    expect(both.can('read', subject('ApplicationDocument', applicationDocument('bank-account')), 'number')).toBe(true);
    expect(both.can('read', subject('ApplicationDocument', applicationDocument('ktp-penanggung-jawab')), 'number')).toBe(false);
  });
});

describe('media abilities', () => {
  const owner = mediaAbility(mediaAbilityRules([{ companyId: COMPANY_A, roles: ['owner'] }]));
  const editor = mediaAbility(mediaAbilityRules([{ companyId: COMPANY_A, roles: ['editor'] }]));

  it("reaches the company's own rows only: another company's outlet, document, person or profile is refused", () => {
    for (const ability of [owner, editor]) {
      for (const type of ['Outlet', 'DossierDocument', 'MediaPerson', 'Order', 'Claim', 'Application'] as const) {
        expect(ability.can('update', subject(type, { id: 'x', companyId: COMPANY_A }))).toBe(true);
        expect(ability.can('read', subject(type, { id: 'x', companyId: COMPANY_B }))).toBe(false);
      }
      expect(ability.can('update', subject('MediaCompany', { id: COMPANY_A }))).toBe(true);
      expect(ability.can('read', subject('MediaCompany', { id: COMPANY_B }))).toBe(false);
    }
  });

  it('keeps what owners and editors may do today: both run the dossier and the work, only owners invite', () => {
    const row = { companyId: COMPANY_A };
    expect(owner.can('create', subject('MediaMember', { ...row }))).toBe(true);
    expect(editor.can('create', subject('MediaMember', { ...row }))).toBe(false);
    expect(editor.can('read', subject('MediaMember', { ...row }))).toBe(true);
    for (const type of MEDIA_SUBJECTS.filter((s) => s !== 'MediaMember' && s !== 'MediaCompany')) {
      for (const action of MEDIA_ACTIONS) expect([type, action, editor.can(action, subject(type, { ...row }))]).toEqual([type, action, true]);
    }
    // A company is never created or deleted through its own routes.
    expect(owner.can('delete', subject('MediaCompany', { id: COMPANY_A }))).toBe(false);
  });

  it('unions several companies, each with its own roles, and caches per membership set', () => {
    const memberships = [
      { companyId: COMPANY_A, roles: ['editor'] },
      { companyId: COMPANY_B, roles: ['owner'] },
    ];
    const { ability, rules } = cachedMediaAbility(memberships);
    expect(ability.can('create', subject('MediaMember', { companyId: COMPANY_B }))).toBe(true);
    expect(ability.can('create', subject('MediaMember', { companyId: COMPANY_A }))).toBe(false);
    expect(rules.every((rule) => 'id' in rule.conditions || 'companyId' in rule.conditions)).toBe(true);
    expect(cachedMediaAbility([...memberships].reverse()).ability).toBe(ability);
    expect(cachedMediaAbility([]).ability.can('read', subject('MediaCompany', { id: COMPANY_A }))).toBe(false);
  });
});
