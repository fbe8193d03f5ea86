import { RulesContent } from '@sinergi/contracts';
import { rulesContentProblems, validateRulesContent } from './validate-rules-content';

function valid(): RulesContent {
  return {
    requirements: [
      { documentType: 'akta-pendirian', mediaTypes: 'all', level: 'company', required: true, mustBeUnexpired: false },
      { documentType: 'broadcast-licence', mediaTypes: ['tv', 'radio'], level: 'outlet', required: true, mustBeUnexpired: true },
    ],
    eligibility: {
      rules: [
        { id: 'form', field: 'company.legalForm', operator: 'in', value: ['PT', 'yayasan'] },
        { id: 'age', field: 'company.ageMonths', operator: 'between', value: [12, 600], appliesTo: ['online'] },
        { id: 'ukw', field: 'pemred.ukwLevel', operator: 'atLeast', value: 'madya', label: { id: 'UKW', en: 'UKW' } },
        { id: 'npwp', field: 'company.hasNpwp', operator: 'isTrue' },
      ],
      scoring: [
        {
          id: 'verified',
          label: { id: 'Terverifikasi', en: 'Verified' },
          condition: { field: 'company.dewanPersStatus', operator: 'atLeast', value: 'administrative' },
          points: 20,
        },
      ],
      tiers: [
        { code: 'A', label: { id: 'A', en: 'A' }, conditions: [{ field: 'company.dewanPersStatus', operator: 'eq', value: 'factual' }] },
        { code: 'B', label: { id: 'B', en: 'B' }, conditions: [], minScore: 20 },
      ],
      maxOutletsPerCompany: 2,
    },
    schedule: {
      registrationOpens: '01-07',
      registrationCloses: '01-11',
      announcement: '01-24',
      objectionOpens: '01-26',
      objectionCloses: '01-27',
      final: '01-28',
    },
  };
}

/** A valid configuration with one change made by `edit`; wrong values are written `as never`. */
function withChange(edit: (content: RulesContent) => void): unknown {
  const content = valid();
  edit(content);
  return content;
}

const remove = (target: object, key: string) => Reflect.deleteProperty(target, key);

describe('validating a configuration when it is saved', () => {
  it('accepts a valid configuration', () => {
    expect(validateRulesContent(valid())).toEqual([]);
  });

  it.each([
    ['an unknown field', (c) => (c.eligibility.rules[1].field = 'company.age' as never), 'eligibility.rules[1].field', /unknown field "company.age"/],
    ['an unknown operator', (c) => (c.eligibility.rules[0].operator = 'like' as never), 'eligibility.rules[0].operator', /unknown operator "like"/],
    [
      'an operator not allowed for the field type',
      (c) => (c.eligibility.rules[0].operator = 'gte' as never),
      'eligibility.rules[0].operator',
      /operator "gte" is not allowed for company.legalForm \(enum\); allowed: eq, neq, in, notIn, present, absent/,
    ],
    ['atLeast on an unordered enum', (c) => Object.assign(c.eligibility.rules[0], { operator: 'atLeast', value: 'PT' }), 'eligibility.rules[0].operator', /not allowed/],
    ['a value not in the enum', (c) => (c.eligibility.rules[0].value = ['PT', 'firma'] as never), 'eligibility.rules[0].value[1]', /"firma" is not a value of company.legalForm; expected one of PT, yayasan, koperasi, CV/],
    ['an ordinal value not in the scale', (c) => (c.eligibility.rules[2].value = 'senior' as never), 'eligibility.rules[2].value', /"senior" is not a value of pemred.ukwLevel/],
    ['a string where a number is expected', (c) => Object.assign(c.eligibility.rules[1], { operator: 'gte', value: '24' }), 'eligibility.rules[1].value', /must be a number, got "24"/],
    ['an empty list for in', (c) => (c.eligibility.rules[0].value = [] as never), 'eligibility.rules[0].value', /non-empty list/],
    ['a value for an operator that takes none', (c) => (c.eligibility.rules[3].value = true as never), 'eligibility.rules[3].value', /"isTrue" takes no value/],
    ['a missing value', (c) => remove(c.eligibility.rules[2], 'value'), 'eligibility.rules[2].value', /"atLeast" needs a value/],
    ['between with min > max', (c) => (c.eligibility.rules[1].value = [600, 12] as never), 'eligibility.rules[1].value', /min ≤ max, got \[600, 12\]/],
    ['between with one number', (c) => (c.eligibility.rules[1].value = [12] as never), 'eligibility.rules[1].value', /\[min, max\] as two numbers/],
    ['a duplicate rule id', (c) => (c.eligibility.rules[1].id = 'form' as never), 'eligibility.rules[1].id', /duplicate id "form" \(also eligibility.rules\[0\]\)/],
    ['a scoring id that repeats a rule id', (c) => (c.eligibility.scoring[0].id = 'npwp' as never), 'eligibility.scoring[0].id', /duplicate id "npwp"/],
    ['a rule without an id', (c) => remove(c.eligibility.rules[0], 'id'), 'eligibility.rules[0].id', /id must be a non-empty string/],
    ['an unknown media type in appliesTo', (c) => (c.eligibility.rules[1].appliesTo = ['online', 'podcast'] as never), 'eligibility.rules[1].appliesTo[1]', /unknown media type "podcast"/],
    ['an empty appliesTo', (c) => (c.eligibility.rules[1].appliesTo = [] as never), 'eligibility.rules[1].appliesTo', /non-empty list of media types/],
    ['a misspelt property', (c) => Object.assign(c.eligibility.rules[3], { opertor: 'isFalse' }), 'eligibility.rules[3].opertor', /unknown property "opertor"/],
    ['a label without English', (c) => remove(c.eligibility.rules[2].label!, 'en'), 'eligibility.rules[2].label.en', /English label/],
    ['a scoring criterion without points', (c) => (c.eligibility.scoring[0].points = 'ten' as never), 'eligibility.scoring[0].points', /points must be a number/],
    ['a scoring criterion without a label', (c) => remove(c.eligibility.scoring[0], 'label'), 'eligibility.scoring[0].label', /label must be an object/],
    ['a wrong scoring condition', (c) => (c.eligibility.scoring[0].condition.value = 'verified' as never), 'eligibility.scoring[0].condition.value', /not a value of company.dewanPersStatus/],
    ['a tier with no code', (c) => (c.eligibility.tiers[1].code = ' ' as never), 'eligibility.tiers[1].code', /a tier needs a code/],
    ['a duplicate tier code', (c) => (c.eligibility.tiers[1].code = 'A' as never), 'eligibility.tiers[1].code', /duplicate tier code "A" \(also eligibility.tiers\[0\]\)/],
    ['a wrong tier condition', (c) => (c.eligibility.tiers[0].conditions[0].field = 'dewanPers' as never), 'eligibility.tiers[0].conditions[0].field', /unknown field "dewanPers"/],
    ['a tier minScore that is not a number', (c) => (c.eligibility.tiers[1].minScore = null as never), 'eligibility.tiers[1].minScore', /minScore must be a number/],
    ['a maxOutletsPerCompany of 0', (c) => (c.eligibility.maxOutletsPerCompany = 0 as never), 'eligibility.maxOutletsPerCompany', /whole number of at least 1/],
    ['an unknown document type', (c) => (c.requirements[0].documentType = 'siup' as never), 'requirements[0].documentType', /unknown document type "siup"/],
    ['an unknown media type in a requirement', (c) => (c.requirements[1].mediaTypes = ['tv', 'cinema'] as never), 'requirements[1].mediaTypes[1]', /unknown media type "cinema"/],
    ['a requirement level that does not exist', (c) => (c.requirements[0].level = 'person' as never), 'requirements[0].level', /"company" or "outlet"/],
    ['a requirement without required', (c) => remove(c.requirements[0], 'required'), 'requirements[0].required', /true or false/],
    [
      'the same document twice for a media type',
      (c) => c.requirements.push({ documentType: 'broadcast-licence', mediaTypes: ['radio'], level: 'outlet', required: false, mustBeUnexpired: false }),
      'requirements[2].documentType',
      /duplicate requirement: "broadcast-licence" at "outlet" level is already required by requirements\[1\]/,
    ],
    ['a malformed schedule date', (c) => (c.schedule.announcement = '24 Jan' as never), 'schedule.announcement', /month-day date "MM-DD"/],
    ['a date that does not exist', (c) => (c.schedule.final = '02-30' as never), 'schedule.final', /month-day date/],
    ['29 February', (c) => (c.schedule.final = '02-29' as never), 'schedule.final', /does not exist every year/],
    ['a missing schedule step', (c) => remove(c.schedule, 'objectionOpens'), 'schedule.objectionOpens', /month-day date/],
    [
      'dates out of order',
      (c) => (c.schedule.registrationCloses = '01-05' as never),
      'schedule.registrationCloses',
      /registrationCloses \(01-05\) must not be before registrationOpens \(01-07\)/,
    ],
    ['final before the objections close', (c) => (c.schedule.final = '01-26' as never), 'schedule.final', /final \(01-26\) must not be before objectionCloses \(01-27\)/],
    ['an unknown top-level property', (c) => Object.assign(c, { rules: [] }), 'rules', /unknown property "rules"/],
    ['rules that are not a list', (c) => (c.eligibility.rules = {} as never), 'eligibility.rules', /must be a list/],
  ] as [string, (c: RulesContent) => void, string, RegExp][])('reports %s', (_name, edit, field, message) => {
    const problems = validateRulesContent(withChange(edit));
    expect(problems).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it('accepts dates on the same day (objections may open on the day of the announcement)', () => {
    expect(validateRulesContent(withChange((c) => (c.schedule.objectionOpens = '01-24')))).toEqual([]);
  });

  it('reports every problem at once, not only the first', () => {
    const problems = validateRulesContent(
      withChange((c) => {
        c.eligibility.rules[0].field = 'nope' as never;
        c.eligibility.tiers[0].code = '';
        c.schedule.final = 'soon';
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['eligibility.rules[0].field', 'eligibility.tiers[0].code', 'schedule.final']);
  });

  it.each([null, 42, 'rules', []])('refuses %p as a configuration', (content) => {
    expect(validateRulesContent(content)).toEqual([{ field: '', message: expect.stringMatching(/must be an object/) }]);
  });

  describe('in Bahasa Indonesia', () => {
    it.each([
      ['an unknown field', (c: RulesContent) => (c.eligibility.rules[1].field = 'company.age' as never), 'eligibility.rules[1].field', 'field "company.age" tidak dikenal'],
      ['a duplicate tier code', (c: RulesContent) => (c.eligibility.tiers[1].code = 'A' as never), 'eligibility.tiers[1].code', 'kode tingkatan "A" ganda (juga eligibility.tiers[0])'],
      ['between with min > max', (c: RulesContent) => (c.eligibility.rules[1].value = [600, 12] as never), 'eligibility.rules[1].value', '"between" memerlukan min ≤ max, bukan [600, 12]'],
      ['29 February', (c: RulesContent) => (c.schedule.final = '02-29' as never), 'schedule.final', '29 Februari tidak ada setiap tahun; gunakan 02-28 atau 03-01'],
      ['points that are not a number', (c: RulesContent) => (c.eligibility.scoring[0].points = 'ten' as never), 'eligibility.scoring[0].points', 'poin harus berupa angka, bukan "ten"'],
      ['a label without Indonesian', (c: RulesContent) => remove(c.eligibility.rules[2].label!, 'id'), 'eligibility.rules[2].label.id', 'label Bahasa Indonesia harus berupa teks yang tidak kosong'],
    ])('reports %s', (_name, edit, field, message) => {
      expect(validateRulesContent(withChange(edit), 'id')).toContainEqual({ field, message });
    });

    it('says every problem in both languages, at the same paths as in English', () => {
      const content = withChange((c) => {
        Object.assign(c, { rules: [] });
        c.requirements[0].level = 'person' as never;
        c.requirements.push({ documentType: 'broadcast-licence', mediaTypes: ['radio'], level: 'outlet', required: 'yes' as never, mustBeUnexpired: false });
        c.eligibility.rules[0].operator = 'gte' as never;
        c.eligibility.rules[2].value = 'senior' as never;
        c.eligibility.rules[3].value = true as never;
        c.eligibility.scoring[0].label = 'Verified' as never;
        c.eligibility.tiers[0].code = '';
        c.eligibility.maxOutletsPerCompany = 0;
        c.schedule.registrationCloses = '01-05';
      });
      const problems = rulesContentProblems(content);
      expect(problems.length).toBeGreaterThanOrEqual(10);
      for (const { message } of problems) {
        expect(message.id.trim()).not.toBe('');
        expect(message.id).not.toBe(message.en);
      }
      expect(validateRulesContent(content, 'id').map((p) => p.field)).toEqual(validateRulesContent(content).map((p) => p.field));
      expect(validateRulesContent(content, 'en')).toEqual(problems.map((p) => ({ field: p.field, message: p.message.en })));
    });

    it('refuses something that is not a configuration', () => {
      expect(validateRulesContent('rules', 'id')).toEqual([{ field: '', message: expect.stringMatching(/harus berupa objek/) }]);
    });
  });
});
