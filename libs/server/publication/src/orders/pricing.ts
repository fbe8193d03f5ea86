import type { AgreementRate, Product, Rate } from '@sinergi/contracts';

export type ResolvedPrice = { product: Product; unitPrice: number; source: 'agreement' | 'tier' };
export type PriceRefusal = { reason: 'unknown-product' | 'wrong-media-type' | 'no-price'; message: string };

/**
 * The price of a product for an agreement: the agreement's own price if it fixes one, else the
 * rate card's price for the agreement's tier. The product must be sold for the outlet's media type.
 */
export function resolvePrice(
  settings: { products: Product[]; rates: Rate[]; agreementRates: AgreementRate[] },
  agreement: { id: string; tier: string; mediaType: string },
  productCode: string,
): ResolvedPrice | PriceRefusal {
  const product = settings.products.find((p) => p.code === productCode);
  if (!product) return { reason: 'unknown-product', message: `${productCode} is not in the catalogue of the year` };
  if (product.mediaType !== agreement.mediaType) {
    return { reason: 'wrong-media-type', message: `${productCode} is a ${product.mediaType} product; the outlet is ${agreement.mediaType}` };
  }
  const own = settings.agreementRates.find((r) => r.agreementId === agreement.id && r.productCode === productCode);
  if (own) return { product, unitPrice: own.unitPrice, source: 'agreement' };
  const tier = settings.rates.find((r) => r.productCode === productCode && r.tier === agreement.tier);
  if (tier) return { product, unitPrice: tier.unitPrice, source: 'tier' };
  return { reason: 'no-price', message: `no price for ${productCode} in tier ${agreement.tier} and none in the agreement` };
}

export function isPriceRefusal(value: ResolvedPrice | PriceRefusal): value is PriceRefusal {
  return 'reason' in value;
}

/** unitPrice × quantity, refused when it would leave the safe integer range (no silent rounding of money). */
export function orderAmount(unitPrice: number, quantity: number): number | null {
  const amount = unitPrice * quantity;
  return Number.isSafeInteger(amount) ? amount : null;
}
