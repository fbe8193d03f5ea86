import { Condition, FactFieldDefinition, LocalizedText, MediaType, FACT_FIELDS } from '@sinergi/contracts';
import { formatNumber, joinList, Language } from '../text/localized-format';
import { factFieldOrUnknown } from './fact-fields';

const NOT_RECORDED: LocalizedText = { id: 'tidak tercatat', en: 'not recorded' };
const NONE: LocalizedText = { id: 'tidak ada', en: 'none' };
const OR: LocalizedText = { id: 'atau', en: 'or' };
const AND: LocalizedText = { id: 'dan', en: 'and' };

function quantity(definition: FactFieldDefinition, value: number, language: Language): string {
  const unit = definition.unit;
  const number = formatNumber(value, language);
  if (!unit) return number;
  return `${number} ${language === 'en' && value === 1 ? unit.enSingular : unit[language]}`;
}

/** How one value of a fact reads: "terverifikasi faktual", "24 bulan", "63122, 58130". */
export function describeValue(definition: FactFieldDefinition, value: unknown, language: Language): string {
  if (value === null || value === undefined) return NOT_RECORDED[language];
  if (typeof value === 'number') return quantity(definition, value, language);
  if (Array.isArray(value)) {
    return value.length === 0 ? NONE[language] : value.map((v) => describeValue(definition, v, language)).join(', ');
  }
  const label = definition.valueLabels?.[String(value)];
  return label ? label[language] : String(value);
}

function describeList(definition: FactFieldDefinition, value: unknown, language: Language, conjunction: LocalizedText): string {
  const items = Array.isArray(value) ? value : [value];
  return joinList(
    items.map((v) => describeValue(definition, v, language)),
    conjunction[language],
  );
}

function isZero(value: unknown): boolean {
  return value === 0;
}

/** The operator and its value, completing the field's requirement stem ("minimal Utama"). */
function operatorPhrase(definition: FactFieldDefinition, condition: Condition, language: Language): string {
  const { operator, value } = condition;
  const id = language === 'id';
  const one = () => describeValue(definition, value, language);
  switch (operator) {
    case 'eq':
      if (typeof value !== 'number') return one();
      if (isZero(value)) return id ? 'nol' : 'zero';
      return `${id ? 'tepat' : 'exactly'} ${one()}`;
    case 'neq':
      return `${id ? 'selain' : 'other than'} ${one()}`;
    case 'in':
      if (Array.isArray(value) && value.length === 1) return describeValue(definition, value[0], language);
      return `${id ? 'salah satu dari' : 'one of'} ${describeList(definition, value, language, OR)}`;
    case 'notIn':
      return `${id ? 'selain' : 'other than'} ${describeList(definition, value, language, AND)}`;
    case 'gte':
    case 'atLeast':
      return `${id ? 'minimal' : 'at least'} ${one()}`;
    case 'gt':
      return `${id ? 'lebih dari' : 'more than'} ${one()}`;
    case 'lte':
      if (isZero(value)) return id ? 'nol' : 'zero';
      return `${id ? 'paling banyak' : 'at most'} ${one()}`;
    case 'atMost':
      return `${id ? 'paling tinggi' : 'at most'} ${one()}`;
    case 'lt':
      return `${id ? 'kurang dari' : 'less than'} ${one()}`;
    case 'between': {
      const [min, max] = Array.isArray(value) ? value : [value, value];
      const low = typeof min === 'number' ? formatNumber(min, language) : String(min);
      return `${id ? 'antara' : 'between'} ${low} ${AND[language]} ${describeValue(definition, max, language)}`;
    }
    case 'contains':
      return `${id ? 'mencakup' : 'include'} ${one()}`;
    case 'containsAny':
      return `${id ? 'mencakup salah satu dari' : 'include one of'} ${describeList(definition, value, language, OR)}`;
    default:
      return `${operator} ${one()}`;
  }
}

function sentence(condition: Condition, language: Language): string {
  const definition = factFieldOrUnknown(condition.field);
  const id = language === 'id';
  switch (condition.operator) {
    case 'isTrue':
      return definition.requirement[language];
    case 'isFalse':
      return definition.negatedRequirement?.[language] ?? `${definition.label[language]} ${id ? 'harus tidak' : 'must be no'}`;
    case 'present':
      return `${definition.label[language]} ${id ? 'harus tercatat' : 'must be recorded'}`;
    case 'absent':
      return `${definition.label[language]} ${id ? 'tidak boleh tercatat' : 'must not be recorded'}`;
    default:
      return `${definition.requirement[language]} ${operatorPhrase(definition, condition, language)}`;
  }
}

/** What a condition asks, as a sentence without a full stop: "Pemimpin redaksi harus memiliki UKW minimal Utama". */
export function describeCondition(condition: Condition): LocalizedText {
  return { id: sentence(condition, 'id'), en: sentence(condition, 'en') };
}

/** What the dossier shows: "dossier mencatat Madya" / "the dossier has Madya"; "tidak tercatat dalam dossier". */
export function describeActual(field: string, actual: unknown): LocalizedText {
  if (actual === null || actual === undefined) return { id: 'tidak tercatat dalam dossier', en: 'not recorded in the dossier' };
  const definition = factFieldOrUnknown(field);
  if (typeof actual === 'boolean') {
    return { id: `menurut dossier, ${describeValue(definition, actual, 'id')}`, en: `the dossier says ${describeValue(definition, actual, 'en')}` };
  }
  return { id: `dossier mencatat ${describeValue(definition, actual, 'id')}`, en: `the dossier has ${describeValue(definition, actual, 'en')}` };
}

export function mediaTypeLabel(mediaType: MediaType | null): LocalizedText {
  const labels: Readonly<Record<string, LocalizedText>> = FACT_FIELDS['outlet.mediaType'].valueLabels;
  return (mediaType && labels[mediaType]) || { id: 'jenis media ini', en: 'this media type' };
}

export function notApplicableClause(mediaType: MediaType | null): LocalizedText {
  const label = mediaTypeLabel(mediaType);
  return { id: `tidak berlaku untuk ${label.id}`, en: `does not apply to ${label.en}` };
}
