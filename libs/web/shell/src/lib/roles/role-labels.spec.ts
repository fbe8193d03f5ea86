import { DOCUMENT, Injector } from '@angular/core';
import { TranslateService, type TranslationKey } from '@sinergi/web/i18n';
import { KNOWN_ROLES, ROLE_LABEL, roleLabel, roleLabels } from './role-labels';

async function translator(lang: 'id' | 'en'): Promise<(key: TranslationKey) => string> {
  const document = { documentElement: { lang: '' }, defaultView: null } as unknown as Document;
  const injector = Injector.create({ providers: [{ provide: DOCUMENT, useValue: document }, TranslateService] });
  const i18n = injector.get(TranslateService);
  await i18n.use(lang);
  return (key) => i18n.t(key);
}

describe('role labels', () => {
  it('names the tenant roles in Bahasa Indonesia', async () => {
    const t = await translator('id');
    expect(roleLabels(['admin', 'verifier', 'approving-official', 'treasurer', 'auditor'], t)).toEqual([
      'Administrator',
      'Verifikator',
      'Pejabat penyetuju',
      'Bendahara',
      'Auditor',
    ]);
    expect(roleLabel('publication-operator', t)).toBe('Operator publikasi');
  });

  it('names the tenant roles in English', async () => {
    const t = await translator('en');
    expect(roleLabels(['admin', 'verifier', 'publication-operator', 'approving-official', 'treasurer'], t)).toEqual([
      'Administrator',
      'Verifier',
      'Publication operator',
      'Approving official',
      'Treasurer',
    ]);
  });

  it('shows a role it does not know as it is', async () => {
    expect(roleLabel('media-liaison', await translator('id'))).toBe('media-liaison');
  });

  it('does not mistake inherited object properties for roles', async () => {
    expect(roleLabel('constructor', await translator('id'))).toBe('constructor');
    expect(roleLabel('toString', await translator('en'))).toBe('toString');
  });

  it('drops blanks and repeats, keeping the order', () => {
    const t = (key: TranslationKey) => `<${key}>`;
    expect(roleLabels(['verifier', ' ', 'admin', 'verifier'], t)).toEqual(['<role.verifier>', '<role.admin>']);
  });

  it('has a label for every known role', () => {
    expect(Object.keys(ROLE_LABEL).sort()).toEqual([...KNOWN_ROLES].sort());
  });
});
