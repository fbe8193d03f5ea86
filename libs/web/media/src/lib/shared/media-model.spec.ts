import type { OutletPreview } from '@sinergi/contracts';
import {
  applyBlocker,
  expiryState,
  intOrNull,
  isSlug,
  mediaTypeLabel,
  normaliseSlug,
  outletFields,
  splitList,
  tenantChoices,
} from './media-model';

const outlet = (overrides: Partial<OutletPreview>): OutletPreview => ({
  outlet: { id: 'o1', name: 'kaltimdaily.id', mediaType: 'online' },
  evaluation: { eligible: true } as OutletPreview['evaluation'],
  requirements: [],
  canApply: false,
  ...overrides,
});

describe('media portal model', () => {
  it('highlights documents expiring within 30 days and marks expired ones', () => {
    expect([null, -1, 0, 30, 31].map(expiryState)).toEqual(['none', 'expired', 'soon', 'soon', 'ok']);
  });

  it('shows only the outlet fields of the media type', () => {
    expect(outletFields('online')).toEqual(['url', 'monthlyVisitors']);
    expect(outletFields('print-daily')).toEqual(['circulation']);
    expect(outletFields('radio')).toContain('broadcastLicenceNumber');
    expect(mediaTypeLabel('print-daily', 'id')).toBe('Surat kabar harian');
  });

  it('says why an outlet cannot apply', () => {
    expect(applyBlocker({ registrationOpen: true }, outlet({ canApply: true }))).toBeNull();
    expect(applyBlocker({ registrationOpen: false }, outlet({}))).toBe('media.regions.reason.closed');
    const missing = outlet({ requirements: [{ documentType: 'npwp', level: 'company', outcome: 'missing', message: { id: '', en: '' } }] });
    expect(applyBlocker({ registrationOpen: true }, missing)).toBe('media.regions.reason.documents');
    expect(applyBlocker({ registrationOpen: true }, outlet({ evaluation: { eligible: false } as OutletPreview['evaluation'] }))).toBe(
      'media.regions.reason.ineligible',
    );
  });

  it('offers the applied tenants first, then the remembered and the known ones, each once', () => {
    const partnerships = [{ tenant: { slug: 'sorong', name: 'Sorong' }, applications: [] }];
    expect(tenantChoices(partnerships, ['raja-ampat', 'sorong'], ['sorong', 'kota-samarinda'])).toEqual(['sorong', 'raja-ampat', 'kota-samarinda']);
  });

  it('reads what people type', () => {
    expect(normaliseSlug(' Kota Samarinda ')).toBe('kota-samarinda');
    expect(isSlug('kota-samarinda')).toBe(true);
    expect(isSlug('kota samarinda')).toBe(false);
    expect(splitList('63122, 58130 ,')).toEqual(['63122', '58130']);
    expect(intOrNull('250.000')).toBe(250000);
    expect(intOrNull('')).toBeNull();
  });
});
