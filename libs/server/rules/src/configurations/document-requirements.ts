import { DocumentRequirement, DossierDocumentType, MediaType } from '@sinergi/contracts';

export const PRINT: MediaType[] = ['print-daily', 'print-weekly', 'print-monthly'];
export const BROADCAST: MediaType[] = ['tv', 'radio'];

type Options = { required?: boolean; mustBeUnexpired?: boolean; mediaTypes?: MediaType[] | 'all' };

export function companyDocument(documentType: DossierDocumentType, options: Options = {}): DocumentRequirement {
  return {
    documentType,
    mediaTypes: options.mediaTypes ?? 'all',
    level: 'company',
    required: options.required ?? true,
    mustBeUnexpired: options.mustBeUnexpired ?? false,
  };
}

export function outletDocument(documentType: DossierDocumentType, mediaTypes: MediaType[], options: Options = {}): DocumentRequirement {
  return {
    documentType,
    mediaTypes,
    level: 'outlet',
    required: options.required ?? true,
    mustBeUnexpired: options.mustBeUnexpired ?? false,
  };
}

/** What every region asks of a press company (REGULATIONS.md, recurring conditions). */
export function basicLegalDocuments(): DocumentRequirement[] {
  return [
    companyDocument('akta-pendirian'),
    companyDocument('sk-kemenkumham'),
    companyDocument('nib'),
    companyDocument('npwp'),
    companyDocument('spt', { mustBeUnexpired: true }),
    companyDocument('bank-account'),
    companyDocument('ktp-penanggung-jawab'),
  ];
}

/** Per media type: a permanent licence for broadcasters, a signed circulation statement for print. */
export function mediaTypeDocuments(trafficRequired: boolean): DocumentRequirement[] {
  return [
    outletDocument('broadcast-licence', BROADCAST, { mustBeUnexpired: true }),
    outletDocument('circulation-statement', PRINT, { mustBeUnexpired: true }),
    outletDocument('traffic-statistics', ['online'], { required: trafficRequired }),
  ];
}
