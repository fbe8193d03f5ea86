import { EligibilityRule, TierDefinition } from '@sinergi/contracts';
import { BROADCAST, PRINT } from './document-requirements';

/** KBLI codes by media type (REGULATIONS.md): 63122 online, 58130 print, 60202 TV, 60102 radio. */
export function kbliRules(): EligibilityRule[] {
  return [
    { id: 'kbli-online', field: 'company.kbli', operator: 'contains', value: '63122', appliesTo: ['online'] },
    { id: 'kbli-print', field: 'company.kbli', operator: 'contains', value: '58130', appliesTo: PRINT },
    { id: 'kbli-tv', field: 'company.kbli', operator: 'contains', value: '60202', appliesTo: ['tv'] },
    { id: 'kbli-radio', field: 'company.kbli', operator: 'contains', value: '60102', appliesTo: ['radio'] },
  ];
}

export function documentRules(): EligibilityRule[] {
  return [
    { id: 'documents-complete', field: 'documents.missingRequired', operator: 'eq', value: 0 },
    { id: 'documents-valid', field: 'documents.expiredRequired', operator: 'eq', value: 0 },
  ];
}

export function broadcastLicenceRule(): EligibilityRule {
  return { id: 'broadcast-licence', field: 'outlet.hasBroadcastLicence', operator: 'isTrue', appliesTo: BROADCAST };
}

/** The typical grades: A = factually verified, B = administratively verified, C = otherwise eligible. */
export function dewanPersTiers(): TierDefinition[] {
  return [
    {
      code: 'A',
      label: { id: 'Terverifikasi faktual Dewan Pers', en: 'Dewan Pers factually verified' },
      conditions: [{ field: 'company.dewanPersStatus', operator: 'eq', value: 'factual' }],
    },
    {
      code: 'B',
      label: { id: 'Terverifikasi administratif Dewan Pers', en: 'Dewan Pers administratively verified' },
      conditions: [{ field: 'company.dewanPersStatus', operator: 'eq', value: 'administrative' }],
    },
    { code: 'C', label: { id: 'Memenuhi syarat lainnya', en: 'Otherwise eligible' }, conditions: [] },
  ];
}
