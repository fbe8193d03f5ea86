import type { Product } from '@sinergi/contracts';
import { isPriceRefusal, orderAmount, resolvePrice } from './pricing';

const products: Product[] = [
  { code: 'ONL-ADV', mediaType: 'online', kind: 'advertorial', name: 'Advertorial', unit: 'item' },
  { code: 'PD-ADV', mediaType: 'print-daily', kind: 'advertorial', name: 'Advertorial harian', unit: 'item' },
];
const settings = {
  products,
  rates: [
    { productCode: 'ONL-ADV', tier: 'A', unitPrice: 500_000 },
    { productCode: 'ONL-ADV', tier: 'B', unitPrice: 400_000 },
  ],
  agreementRates: [{ agreementId: 'agr-own', productCode: 'ONL-ADV', unitPrice: 450_000 }],
};

describe('price resolution', () => {
  it("takes the agreement's own price before the tier price", () => {
    expect(resolvePrice(settings, { id: 'agr-own', tier: 'B', mediaType: 'online' }, 'ONL-ADV')).toMatchObject({ unitPrice: 450_000, source: 'agreement' });
    expect(resolvePrice(settings, { id: 'agr-other', tier: 'B', mediaType: 'online' }, 'ONL-ADV')).toMatchObject({ unitPrice: 400_000, source: 'tier' });
    expect(resolvePrice(settings, { id: 'agr-other', tier: 'A', mediaType: 'online' }, 'ONL-ADV')).toMatchObject({ unitPrice: 500_000, source: 'tier' });
  });

  it('refuses unknown products, products of another media type, and missing prices, saying why', () => {
    const unknown = resolvePrice(settings, { id: 'x', tier: 'A', mediaType: 'online' }, 'TV-SPOT');
    expect(isPriceRefusal(unknown) && unknown.reason).toBe('unknown-product');
    const wrong = resolvePrice(settings, { id: 'x', tier: 'A', mediaType: 'online' }, 'PD-ADV');
    expect(isPriceRefusal(wrong) && wrong.reason).toBe('wrong-media-type');
    const none = resolvePrice(settings, { id: 'x', tier: 'C', mediaType: 'online' }, 'ONL-ADV');
    expect(isPriceRefusal(none) && none.message).toMatch(/tier C/);
  });

  it('multiplies in whole rupiah and refuses amounts beyond safe integers', () => {
    expect(orderAmount(400_000, 3)).toBe(1_200_000);
    expect(orderAmount(Number.MAX_SAFE_INTEGER, 2)).toBeNull();
  });
});
