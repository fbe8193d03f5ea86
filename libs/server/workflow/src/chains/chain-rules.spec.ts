import { ApprovalFacts, ApprovalStep } from '@sinergi/contracts';
import { conditionHolds, resolveSteps, validateChain } from './chain-rules';

const ROLES = new Set(['pptk', 'ppk', 'pa-kpa', 'treasurer', 'approving-official']);
const step = (key: string, role: string, extra: Partial<ApprovalStep> = {}): ApprovalStep => ({ key, role, label: key.toUpperCase(), deadlineDays: 3, ...extra });
const TYPICAL: ApprovalStep[] = [step('pptk', 'pptk'), step('ppk', 'ppk'), step('pa', 'pa-kpa'), step('bendahara', 'treasurer')];

describe('validateChain', () => {
  it('accepts a sound chain, with conditions and jumps', () => {
    expect(validateChain(TYPICAL, ROLES)).toEqual([]);
    expect(
      validateChain(
        [
          step('pptk-small', 'pptk', { when: { amountBelow: 5_000_000 }, next: 'pa' }),
          step('pptk', 'pptk', { when: { amountAtLeast: 5_000_000 } }),
          step('ppk', 'ppk'),
          step('pa', 'pa-kpa', { when: { mediaTypes: ['tv', 'radio'], amountAtLeast: 0 } }),
        ],
        ROLES,
      ),
    ).toEqual([]);
  });

  const cases: { name: string; steps: ApprovalStep[]; expected: { field: string; message: RegExp }[] }[] = [
    { name: 'no steps', steps: [], expected: [{ field: 'steps', message: /at least one step/ }] },
    {
      name: 'duplicate keys',
      steps: [step('pptk', 'pptk'), step('pptk', 'ppk')],
      expected: [{ field: 'steps[1].key', message: /duplicate key pptk/ }],
    },
    { name: 'a bad key', steps: [step('PPTK!', 'pptk')], expected: [{ field: 'steps[0].key', message: /lower-case/ }] },
    {
      name: 'an unknown role',
      steps: [step('pptk', 'pptk'), step('walikota', 'walikota')],
      expected: [{ field: 'steps[1].role', message: /unknown role walikota/ }],
    },
    {
      name: 'a next to an unknown key',
      steps: [step('pptk', 'pptk', { next: 'nowhere' }), step('ppk', 'ppk')],
      expected: [{ field: 'steps[0].next', message: /unknown step nowhere/ }],
    },
    {
      name: 'a next to itself',
      steps: [step('pptk', 'pptk', { next: 'pptk' })],
      expected: [{ field: 'steps[0].next', message: /points to itself/ }],
    },
    {
      name: 'a loop through next',
      steps: [step('pptk', 'pptk'), step('ppk', 'ppk', { next: 'pptk' }), step('pa', 'pa-kpa')],
      expected: [
        { field: 'steps', message: /loops: pptk → ppk → pptk/ },
        { field: 'steps[2]', message: /pa can never be reached/ },
      ],
    },
    {
      name: 'a step jumped over by an unconditional step',
      steps: [step('pptk', 'pptk', { next: 'pa' }), step('ppk', 'ppk'), step('pa', 'pa-kpa')],
      expected: [{ field: 'steps[1]', message: /ppk can never be reached/ }],
    },
    {
      name: 'deadlines out of range',
      steps: [step('a', 'pptk', { deadlineDays: 0 }), step('b', 'ppk', { deadlineDays: 61 }), step('c', 'pa-kpa', { deadlineDays: 2.5 })],
      expected: [
        { field: 'steps[0].deadlineDays', message: /1 to 60/ },
        { field: 'steps[1].deadlineDays', message: /1 to 60/ },
        { field: 'steps[2].deadlineDays', message: /1 to 60/ },
      ],
    },
    {
      name: 'bad amounts',
      steps: [step('a', 'pptk', { when: { amountAtLeast: -1 } }), step('b', 'ppk', { when: { amountBelow: 1.5 } })],
      expected: [
        { field: 'steps[0].when.amountAtLeast', message: /whole number/ },
        { field: 'steps[1].when.amountBelow', message: /whole number/ },
      ],
    },
    {
      name: 'amountAtLeast not below amountBelow',
      steps: [step('a', 'pptk', { when: { amountAtLeast: 5_000_000, amountBelow: 5_000_000 } })],
      expected: [{ field: 'steps[0].when', message: /must be below amountBelow/ }],
    },
    {
      name: 'an empty condition and unknown media types',
      steps: [step('a', 'pptk', { when: {} }), step('b', 'ppk', { when: { mediaTypes: ['billboard' as never] } }), step('c', 'ppk', { when: { mediaTypes: [] } })],
      expected: [
        { field: 'steps[0].when', message: /needs amountAtLeast/ },
        { field: 'steps[1].when.mediaTypes', message: /unknown media type billboard/ },
        { field: 'steps[2].when.mediaTypes', message: /at least one media type/ },
      ],
    },
    {
      name: 'a missing label',
      steps: [step('a', 'pptk', { label: '  ' })],
      expected: [{ field: 'steps[0].label', message: /label is required/ }],
    },
  ];

  it.each(cases)('refuses $name, naming every problem', ({ steps, expected }) => {
    const problems = validateChain(steps, ROLES);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      expect(problems[i]!.field).toBe(want.field);
      expect(problems[i]!.message).toMatch(want.message);
    });
  });

  it('lists several problems of one chain together', () => {
    const problems = validateChain([step('a', 'nobody', { deadlineDays: 90 }), step('a', 'pptk', { next: 'zzz' })], ROLES);
    expect(problems.map((p) => p.field)).toEqual(['steps[0].role', 'steps[0].deadlineDays', 'steps[1].key', 'steps[1].next']);
  });

  it('refuses more than 20 steps', () => {
    const many = Array.from({ length: 21 }, (_, i) => step(`s${i}`, 'pptk'));
    expect(validateChain(many, ROLES)).toEqual([{ field: 'steps', message: 'at most 20 steps' }]);
  });
});

describe('conditionHolds', () => {
  const facts = (amount: number, mediaType: ApprovalFacts['mediaType'] = 'online'): ApprovalFacts => ({ amount, mediaType });
  it.each([
    [{ amountAtLeast: 5_000_000 }, facts(5_000_000), true],
    [{ amountAtLeast: 5_000_000 }, facts(4_999_999), false],
    [{ amountBelow: 5_000_000 }, facts(4_999_999), true],
    [{ amountBelow: 5_000_000 }, facts(5_000_000), false],
    [{ amountAtLeast: 1_000_000, amountBelow: 5_000_000 }, facts(1_000_000), true],
    [{ mediaTypes: ['tv', 'radio'] }, facts(10, 'tv'), true],
    [{ mediaTypes: ['tv', 'radio'] }, facts(10, 'online'), false],
    [{ mediaTypes: ['tv'] }, facts(10, null), false],
    [undefined, facts(0, null), true],
  ] as const)('%j with %j → %s', (when, given, expected) => {
    expect(conditionHolds(when as never, given)).toBe(expected);
  });
});

describe('resolveSteps', () => {
  const keys = (steps: ApprovalStep[], amount: number, mediaType: ApprovalFacts['mediaType'] = 'online') =>
    resolveSteps(steps, { amount, mediaType }).map((s) => s.key);

  it('keeps every unconditional step in order, and freezes only what the instance needs', () => {
    expect(keys(TYPICAL, 1)).toEqual(['pptk', 'ppk', 'pa', 'bendahara']);
    expect(resolveSteps(TYPICAL, { amount: 1, mediaType: null })[0]).toEqual({ key: 'pptk', role: 'pptk', label: 'PPTK', deadlineDays: 3 });
  });

  it('adds and skips steps by amount and media type', () => {
    const chain = [
      step('pptk', 'pptk'),
      step('ppk', 'ppk', { when: { amountAtLeast: 5_000_000 } }),
      step('pa', 'pa-kpa', { when: { mediaTypes: ['tv'] } }),
      step('bendahara', 'treasurer'),
    ];
    expect(keys(chain, 4_999_999)).toEqual(['pptk', 'bendahara']);
    expect(keys(chain, 5_000_000)).toEqual(['pptk', 'ppk', 'bendahara']);
    expect(keys(chain, 5_000_000, 'tv')).toEqual(['pptk', 'ppk', 'pa', 'bendahara']);
    expect(keys(chain, 100, 'tv')).toEqual(['pptk', 'pa', 'bendahara']);
  });

  it('follows next jumps from included steps only', () => {
    const chain = [
      step('pptk-small', 'pptk', { when: { amountBelow: 5_000_000 }, next: 'pa' }),
      step('pptk', 'pptk', { when: { amountAtLeast: 5_000_000 } }),
      step('ppk', 'ppk'),
      step('pa', 'pa-kpa'),
    ];
    expect(keys(chain, 1_000_000)).toEqual(['pptk-small', 'pa']);
    expect(keys(chain, 7_000_000)).toEqual(['pptk', 'ppk', 'pa']);
  });

  it('may resolve to nothing when every step is conditional', () => {
    expect(keys([step('ppk', 'ppk', { when: { amountAtLeast: 10 } })], 5)).toEqual([]);
  });

  it('stops rather than loop on a chain that was never validated', () => {
    expect(keys([step('a', 'pptk', { next: 'b' }), step('b', 'ppk', { next: 'a' })], 1)).toEqual(['a', 'b']);
  });
});
