import { DOSSIER_DOCUMENT_TYPES } from '@sinergi/contracts';
import { MAX_OUTLETS_RULE_ID } from '../eligibility/evaluate-eligibility';
import {
  checkFiniteNumber,
  checkKnownKeys,
  checkLabel,
  checkMediaTypes,
  checkNonEmptyString,
  isRecord,
  LocalizedRulesContentProblem,
  Problems,
  quote,
  report,
  RulesContentProblem,
} from './problems';
import { CONDITION_KEYS, validateCondition } from './validate-condition';
import { validateSchedule } from './validate-schedule';

const REQUIREMENT_KEYS = ['documentType', 'mediaTypes', 'level', 'required', 'mustBeUnexpired', 'label'];
const RULE_KEYS = [...CONDITION_KEYS, 'id', 'label', 'appliesTo'];
const CRITERION_KEYS = ['id', 'label', 'condition', 'points', 'appliesTo'];
const TIER_KEYS = ['code', 'label', 'conditions', 'minScore'];

function checkList(value: unknown, path: string, problems: Problems): unknown[] {
  if (Array.isArray(value)) return value;
  report(problems, path, 'must be a list', 'harus berupa daftar');
  return [];
}

function validateRequirements(value: unknown, problems: Problems): void {
  const seen: { type: unknown; level: unknown; mediaTypes: unknown; path: string }[] = [];
  checkList(value, 'requirements', problems).forEach((requirement, i) => {
    const path = `requirements[${i}]`;
    if (!isRecord(requirement)) {
      report(problems, path, 'must be an object', 'harus berupa objek');
      return;
    }
    checkKnownKeys(requirement, REQUIREMENT_KEYS, path, problems);
    const { documentType, mediaTypes, level, required, mustBeUnexpired, label } = requirement;
    if (!(DOSSIER_DOCUMENT_TYPES as readonly unknown[]).includes(documentType)) {
      report(
        problems,
        `${path}.documentType`,
        `unknown document type ${quote(documentType)}; expected one of ${DOSSIER_DOCUMENT_TYPES.join(', ')}`,
        `jenis dokumen ${quote(documentType)} tidak dikenal; pilihan: ${DOSSIER_DOCUMENT_TYPES.join(', ')}`,
      );
    }
    if (mediaTypes !== 'all') checkMediaTypes(mediaTypes, `${path}.mediaTypes`, problems);
    if (level !== 'company' && level !== 'outlet') {
      report(problems, `${path}.level`, `must be "company" or "outlet", got ${quote(level)}`, `harus "company" atau "outlet", bukan ${quote(level)}`);
    }
    if (typeof required !== 'boolean') report(problems, `${path}.required`, 'must be true or false', 'harus true atau false');
    if (typeof mustBeUnexpired !== 'boolean') report(problems, `${path}.mustBeUnexpired`, 'must be true or false', 'harus true atau false');
    checkLabel(label, `${path}.label`, false, problems);
    // The same document at the same level twice for one media type would be listed twice.
    const overlap = seen.find(
      (s) =>
        s.type === documentType &&
        s.level === level &&
        (s.mediaTypes === 'all' || mediaTypes === 'all' || (Array.isArray(s.mediaTypes) && Array.isArray(mediaTypes) && s.mediaTypes.some((m) => mediaTypes.includes(m)))),
    );
    if (overlap) {
      report(
        problems,
        `${path}.documentType`,
        `duplicate requirement: ${quote(documentType)} at ${quote(level)} level is already required by ${overlap.path} for the same media type`,
        `persyaratan ganda: ${quote(documentType)} pada tingkat ${quote(level)} sudah diwajibkan oleh ${overlap.path} untuk jenis media yang sama`,
      );
    }
    seen.push({ type: documentType, level, mediaTypes, path });
  });
}

function checkUniqueId(id: unknown, path: string, ids: Map<string, string>, problems: Problems): void {
  if (!checkNonEmptyString(id, `${path}.id`, { en: 'id', id: 'id' }, problems)) return;
  const other = ids.get(id);
  if (other) report(problems, `${path}.id`, `duplicate id "${id}" (also ${other})`, `id "${id}" ganda (juga ${other})`);
  else ids.set(id, path);
}

function validateRules(value: unknown, ids: Map<string, string>, problems: Problems): void {
  checkList(value, 'eligibility.rules', problems).forEach((rule, i) => {
    const path = `eligibility.rules[${i}]`;
    if (!isRecord(rule)) {
      report(problems, path, 'must be an object', 'harus berupa objek');
      return;
    }
    checkKnownKeys(rule, RULE_KEYS, path, problems);
    checkUniqueId(rule['id'], path, ids, problems);
    checkLabel(rule['label'], `${path}.label`, false, problems);
    if (rule['appliesTo'] !== undefined) checkMediaTypes(rule['appliesTo'], `${path}.appliesTo`, problems);
    validateCondition(rule, path, problems);
  });
}

function validateScoring(value: unknown, ids: Map<string, string>, problems: Problems): void {
  checkList(value, 'eligibility.scoring', problems).forEach((criterion, i) => {
    const path = `eligibility.scoring[${i}]`;
    if (!isRecord(criterion)) {
      report(problems, path, 'must be an object', 'harus berupa objek');
      return;
    }
    checkKnownKeys(criterion, CRITERION_KEYS, path, problems);
    checkUniqueId(criterion['id'], path, ids, problems);
    checkLabel(criterion['label'], `${path}.label`, true, problems);
    checkFiniteNumber(criterion['points'], `${path}.points`, { en: 'points', id: 'poin' }, problems);
    if (criterion['appliesTo'] !== undefined) checkMediaTypes(criterion['appliesTo'], `${path}.appliesTo`, problems);
    validateCondition(criterion['condition'], `${path}.condition`, problems);
    if (isRecord(criterion['condition'])) checkKnownKeys(criterion['condition'], CONDITION_KEYS, `${path}.condition`, problems);
  });
}

function validateTiers(value: unknown, problems: Problems): void {
  const codes = new Map<string, string>();
  checkList(value, 'eligibility.tiers', problems).forEach((tier, i) => {
    const path = `eligibility.tiers[${i}]`;
    if (!isRecord(tier)) {
      report(problems, path, 'must be an object', 'harus berupa objek');
      return;
    }
    checkKnownKeys(tier, TIER_KEYS, path, problems);
    const code = tier['code'];
    if (typeof code !== 'string' || code.trim() === '') {
      report(problems, `${path}.code`, 'a tier needs a code (e.g. "A")', 'tingkatan memerlukan kode (mis. "A")');
    } else if (codes.has(code)) {
      report(problems, `${path}.code`, `duplicate tier code "${code}" (also ${codes.get(code)})`, `kode tingkatan "${code}" ganda (juga ${codes.get(code)})`);
    } else {
      codes.set(code, path);
    }
    checkLabel(tier['label'], `${path}.label`, true, problems);
    checkList(tier['conditions'], `${path}.conditions`, problems).forEach((condition, j) => {
      const conditionPath = `${path}.conditions[${j}]`;
      validateCondition(condition, conditionPath, problems);
      if (isRecord(condition)) checkKnownKeys(condition, CONDITION_KEYS, conditionPath, problems);
    });
    if (tier['minScore'] !== undefined) checkFiniteNumber(tier['minScore'], `${path}.minScore`, { en: 'minScore', id: 'minScore' }, problems);
  });
}

function validateEligibility(value: unknown, problems: Problems): void {
  if (!isRecord(value)) {
    report(problems, 'eligibility', 'must be an object with rules, scoring and tiers', 'harus berupa objek berisi rules, scoring dan tiers');
    return;
  }
  checkKnownKeys(value, ['rules', 'scoring', 'tiers', 'maxOutletsPerCompany'], 'eligibility', problems);
  const ids = new Map<string, string>();
  validateRules(value['rules'], ids, problems);
  validateScoring(value['scoring'], ids, problems);
  validateTiers(value['tiers'], problems);
  const max = value['maxOutletsPerCompany'];
  if (max !== undefined) {
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1) {
      report(
        problems,
        'eligibility.maxOutletsPerCompany',
        `must be a whole number of at least 1, got ${quote(max)}`,
        `harus berupa bilangan bulat paling sedikit 1, bukan ${quote(max)}`,
      );
    }
    if (ids.has(MAX_OUTLETS_RULE_ID)) {
      report(
        problems,
        'eligibility.maxOutletsPerCompany',
        `the id "${MAX_OUTLETS_RULE_ID}" is taken by ${ids.get(MAX_OUTLETS_RULE_ID)}`,
        `id "${MAX_OUTLETS_RULE_ID}" sudah dipakai oleh ${ids.get(MAX_OUTLETS_RULE_ID)}`,
      );
    }
  }
}

/**
 * Every problem of a tenant's configuration, each with its JSON path and its message in English
 * and Bahasa Indonesia; empty when the configuration is valid. Configuration is checked when it is
 * saved, so evaluation can trust it.
 */
export function rulesContentProblems(content: unknown): LocalizedRulesContentProblem[] {
  const problems: Problems = [];
  if (!isRecord(content)) {
    report(
      problems,
      '',
      'the configuration must be an object with requirements, eligibility and schedule',
      'konfigurasi harus berupa objek berisi requirements, eligibility dan schedule',
    );
    return problems;
  }
  checkKnownKeys(content, ['requirements', 'eligibility', 'schedule'], '', problems);
  validateRequirements(content['requirements'], problems);
  validateEligibility(content['eligibility'], problems);
  validateSchedule(content['schedule'], 'schedule', problems);
  // Top-level unknown keys get a path without the leading dot.
  return problems.map((p) => (p.field.startsWith('.') ? { ...p, field: p.field.slice(1) } : p));
}

/** The same problems said in one language (English unless asked otherwise). */
export function validateRulesContent(content: unknown, language: 'en' | 'id' = 'en'): RulesContentProblem[] {
  return rulesContentProblems(content).map((p) => ({ field: p.field, message: p.message[language] }));
}
