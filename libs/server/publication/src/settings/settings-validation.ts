import {
  MEDIA_TYPES,
  PRODUCT_KINDS,
  PRODUCT_UNITS,
  PROOF_FIELD_TYPES,
  PublicationSettingsRequest,
} from '@sinergi/contracts';

export type SettingsProblem = { field: string; message: string };

const CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
const FIELD_KEY = /^[a-zA-Z][a-zA-Z0-9]{0,39}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_PRICE = 1_000_000_000_000;
/** The longest proof deadline any region uses is 10 days; 60 leaves room without inviting typos like 700. */
export const MAX_DEADLINE_DAYS = 60;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max: number) => typeof value === 'string' && value.trim().length > 0 && value.length <= max;
const price = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value <= MAX_PRICE;
const oneOf = (list: readonly string[], value: unknown) => typeof value === 'string' && list.includes(value);

/**
 * Every problem of a settings document at once (nothing is saved when there is one): shapes and
 * types, duplicate codes, rates for unknown products, prices that are not positive whole rupiah,
 * proof forms missing for a media type the catalogue sells, bad proof fields.
 */
export function validatePublicationSettings(input: unknown): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!isObject(input)) return [{ field: '', message: 'the settings must be an object' }];
  const request = input as Partial<PublicationSettingsRequest> & Record<string, unknown>;
  for (const key of ['products', 'rates', 'agreementRates', 'proofForms'] as const) {
    if (!Array.isArray(request[key])) add(key, `${key} must be a list`);
  }
  if (typeof request.blockOutletsWithOverdueProofs !== 'boolean') add('blockOutletsWithOverdueProofs', 'must be true or false');
  const products = Array.isArray(request.products) ? (request.products as unknown[]) : [];
  const rates = Array.isArray(request.rates) ? (request.rates as unknown[]) : [];
  const agreementRates = Array.isArray(request.agreementRates) ? (request.agreementRates as unknown[]) : [];
  const proofForms = Array.isArray(request.proofForms) ? (request.proofForms as unknown[]) : [];

  const productMediaType = new Map<string, string>();
  products.forEach((raw, index) => {
    const at = `products[${index}]`;
    if (!isObject(raw)) {
      add(at, 'must be an object');
      return;
    }
    const code = raw['code'];
    if (typeof code !== 'string' || !CODE.test(code)) add(`${at}.code`, 'a code has 2-40 upper-case letters, digits and dashes, e.g. ONL-ADV');
    else if (productMediaType.has(code)) add(`${at}.code`, `duplicate product code ${code}`);
    if (!oneOf(MEDIA_TYPES, raw['mediaType'])) add(`${at}.mediaType`, `must be one of ${MEDIA_TYPES.join(', ')}`);
    if (!oneOf(PRODUCT_KINDS, raw['kind'])) add(`${at}.kind`, `must be one of ${PRODUCT_KINDS.join(', ')}`);
    if (!oneOf(PRODUCT_UNITS, raw['unit'])) add(`${at}.unit`, `must be one of ${PRODUCT_UNITS.join(', ')}`);
    if (!text(raw['name'], 200)) add(`${at}.name`, 'a name of 1-200 characters is required');
    for (const optional of ['position', 'size'] as const) {
      const value = raw[optional];
      if (value !== undefined && value !== null && !text(value, 100)) add(`${at}.${optional}`, 'must be a text of 1-100 characters or null');
    }
    const duration = raw['durationSeconds'];
    if (duration !== undefined && duration !== null && !(typeof duration === 'number' && Number.isInteger(duration) && duration > 0 && duration <= 86_400)) {
      add(`${at}.durationSeconds`, 'must be a whole number of seconds, 1 to 86400');
    }
    if (raw['kind'] === 'spot' && (duration === undefined || duration === null)) add(`${at}.durationSeconds`, 'a spot needs its duration');
    if (typeof code === 'string' && CODE.test(code) && !productMediaType.has(code)) productMediaType.set(code, String(raw['mediaType']));
  });

  const tierRates = new Set<string>();
  rates.forEach((raw, index) => {
    const at = `rates[${index}]`;
    if (!isObject(raw)) {
      add(at, 'must be an object');
      return;
    }
    const code = raw['productCode'];
    if (typeof code !== 'string' || !productMediaType.has(code)) add(`${at}.productCode`, `unknown product ${String(code)}`);
    if (!(typeof raw['tier'] === 'string' && /^[A-Za-z0-9-]{1,20}$/.test(raw['tier']))) add(`${at}.tier`, 'a tier code of 1-20 letters, digits or dashes, e.g. A');
    if (!price(raw['unitPrice'])) add(`${at}.unitPrice`, 'must be a positive whole number of rupiah');
    const key = `${String(code)}|${String(raw['tier'])}`;
    if (tierRates.has(key)) add(at, `duplicate rate for ${String(code)} in tier ${String(raw['tier'])}`);
    tierRates.add(key);
  });

  const ownRates = new Set<string>();
  agreementRates.forEach((raw, index) => {
    const at = `agreementRates[${index}]`;
    if (!isObject(raw)) {
      add(at, 'must be an object');
      return;
    }
    const code = raw['productCode'];
    if (!(typeof raw['agreementId'] === 'string' && UUID.test(raw['agreementId']))) add(`${at}.agreementId`, 'must be the id of an agreement');
    if (typeof code !== 'string' || !productMediaType.has(code)) add(`${at}.productCode`, `unknown product ${String(code)}`);
    if (!price(raw['unitPrice'])) add(`${at}.unitPrice`, 'must be a positive whole number of rupiah');
    const key = `${String(raw['agreementId'])}|${String(code)}`;
    if (ownRates.has(key)) add(at, `duplicate price of ${String(code)} for agreement ${String(raw['agreementId'])}`);
    ownRates.add(key);
  });

  const formMediaTypes = new Set<string>();
  proofForms.forEach((raw, index) => {
    const at = `proofForms[${index}]`;
    if (!isObject(raw)) {
      add(at, 'must be an object');
      return;
    }
    const mediaType = raw['mediaType'];
    if (!oneOf(MEDIA_TYPES, mediaType)) add(`${at}.mediaType`, `must be one of ${MEDIA_TYPES.join(', ')}`);
    else if (formMediaTypes.has(mediaType as string)) add(`${at}.mediaType`, `a second proof form for ${String(mediaType)}`);
    else formMediaTypes.add(mediaType as string);
    const days = raw['deadlineDays'];
    if (!(typeof days === 'number' && Number.isInteger(days) && days >= 0 && days <= MAX_DEADLINE_DAYS)) {
      add(`${at}.deadlineDays`, `a whole number of days, 0 to ${MAX_DEADLINE_DAYS}`);
    }
    const fields = raw['fields'];
    if (!Array.isArray(fields) || fields.length === 0) {
      add(`${at}.fields`, 'a proof form needs at least one field');
      return;
    }
    const keys = new Set<string>();
    fields.forEach((field: unknown, f) => {
      const fat = `${at}.fields[${f}]`;
      if (!isObject(field)) {
      add(fat, 'must be an object');
      return;
    }
      const key = field['key'];
      if (typeof key !== 'string' || !FIELD_KEY.test(key)) add(`${fat}.key`, 'a key of letters and digits starting with a letter, e.g. publishedOn');
      else if (keys.has(key)) add(`${fat}.key`, `duplicate field ${key}`);
      else keys.add(key);
      const label = field['label'];
      if (!isObject(label) || !text(label['id'], 200) || !text(label['en'], 200)) add(`${fat}.label`, 'a label in Bahasa Indonesia (id) and English (en) is required');
      if (!oneOf(PROOF_FIELD_TYPES, field['type'])) add(`${fat}.type`, `must be one of ${PROOF_FIELD_TYPES.join(', ')}`);
      if (typeof field['required'] !== 'boolean') add(`${fat}.required`, 'must be true or false');
    });
    if (!fields.some((field: unknown) => isObject(field) && field['required'] === true)) add(`${at}.fields`, 'at least one field must be required');
  });

  for (const mediaType of new Set(productMediaType.values())) {
    if (oneOf(MEDIA_TYPES, mediaType) && !formMediaTypes.has(mediaType)) {
      add('proofForms', `the catalogue sells ${mediaType} products but there is no proof form for ${mediaType}`);
    }
  }
  return problems;
}
