import { MEDIA_TYPES } from '@sinergi/contracts';
import { validatePublicationSettings } from './settings-validation';
import { STARTING_PUBLICATION_SETTINGS } from './starting-settings';

const clone = () => structuredClone(STARTING_PUBLICATION_SETTINGS);
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('publication settings validation', () => {
  it('accepts the starting settings: a product for every media type, tiers A/B/C, a proof form each', () => {
    expect(validatePublicationSettings(STARTING_PUBLICATION_SETTINGS)).toEqual([]);
    const settings = STARTING_PUBLICATION_SETTINGS;
    expect(new Set(settings.products.map((p) => p.mediaType))).toEqual(new Set(MEDIA_TYPES));
    const deadline = (type: string) => settings.proofForms.find((f) => f.mediaType === type)!.deadlineDays;
    expect([deadline('online'), deadline('print-daily'), deadline('print-weekly'), deadline('tv'), deadline('print-monthly')]).toEqual([2, 2, 7, 7, 10]);
    expect(settings.rates.find((r) => r.productCode === 'PD-ADV' && r.tier === 'A')!.unitPrice).toBe(5_000_000);
    expect(settings.proofForms.find((f) => f.mediaType === 'online')!.fields.map((f) => f.type)).toEqual(['url', 'date', 'file']);
  });

  it('lists every problem at once', () => {
    const settings = clone();
    settings.products.push({ ...settings.products[0]! }); // duplicate code
    settings.products.push({ code: 'bad code', mediaType: 'cinema' as never, kind: 'mural' as never, name: '', unit: 'hour' as never });
    settings.products.push({ code: 'TV-X', mediaType: 'tv', kind: 'spot', name: 'Spot tanpa durasi', unit: 'slot' });
    settings.rates.push({ productCode: 'NOPE', tier: 'A', unitPrice: 100 });
    settings.rates.push({ productCode: 'ONL-ADV', tier: 'B', unitPrice: 0 });
    settings.rates.push({ productCode: 'ONL-PR', tier: 'Z', unitPrice: -5 });
    settings.rates.push({ productCode: 'ONL-PR', tier: 'Z', unitPrice: 1.5 });
    settings.agreementRates.push({ agreementId: 'not-a-uuid', productCode: 'ONL-ADV', unitPrice: 1 });
    settings.proofForms = settings.proofForms.filter((f) => f.mediaType !== 'videotron');
    settings.proofForms[0]!.fields.push({ key: 'url', label: { id: 'Lagi', en: 'Again' }, type: 'link' as never, required: 'yes' as never });
    settings.proofForms[1]!.deadlineDays = -1;
    settings.proofForms.push({ mediaType: 'online', deadlineDays: 2, fields: [] });
    const problems = validatePublicationSettings(settings);
    expect(fields(problems)).toEqual(
      expect.arrayContaining([
        'products[15].code',
        'products[16].code',
        'products[16].mediaType',
        'products[16].kind',
        'products[16].unit',
        'products[16].name',
        'products[17].durationSeconds',
        `rates[${STARTING_PUBLICATION_SETTINGS.rates.length}].productCode`,
        `rates[${STARTING_PUBLICATION_SETTINGS.rates.length + 1}].unitPrice`,
        `rates[${STARTING_PUBLICATION_SETTINGS.rates.length + 2}].unitPrice`,
        `rates[${STARTING_PUBLICATION_SETTINGS.rates.length + 3}].unitPrice`,
        `rates[${STARTING_PUBLICATION_SETTINGS.rates.length + 3}]`,
        'agreementRates[0].agreementId',
        'proofForms[0].fields[3].key',
        'proofForms[0].fields[3].type',
        'proofForms[0].fields[3].required',
        'proofForms[1].deadlineDays',
        'proofForms[7].mediaType',
        'proofForms[7].fields',
        'proofForms',
      ]),
    );
    expect(problems.find((p) => p.field === 'products[15].code')!.message).toMatch(/duplicate product code ONL-ADV/);
    expect(problems.find((p) => p.field === 'proofForms')!.message).toMatch(/no proof form for videotron/);
    expect(problems.find((p) => p.field === `rates[${STARTING_PUBLICATION_SETTINGS.rates.length + 1}]`)!.message).toMatch(/duplicate rate for ONL-ADV in tier B/);
  });

  it('refuses a document that is not settings at all', () => {
    expect(validatePublicationSettings(null)).toHaveLength(1);
    expect(fields(validatePublicationSettings({ products: 'x' }))).toEqual(['products', 'rates', 'agreementRates', 'proofForms', 'blockOutletsWithOverdueProofs']);
  });
});
