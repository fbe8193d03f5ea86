import { DecisionKeys } from './decision-keys';

describe('DecisionKeys', () => {
  let n = 0;
  const keys = () => new DecisionKeys(() => `key-${++n}`);

  it('gives the same decision the same key, so a double click decides once', () => {
    const k = keys();
    const body = { action: 'approve' as const, version: 3 };
    expect(k.keyFor('a', body)).toBe(k.keyFor('a', { ...body }));
  });

  it('gives another instance, version, action or note a new key', () => {
    const k = keys();
    const first = k.keyFor('a', { action: 'approve', version: 3 });
    expect(k.keyFor('b', { action: 'approve', version: 3 })).not.toBe(first);
    expect(k.keyFor('a', { action: 'approve', version: 4 })).not.toBe(first);
    const returned = k.keyFor('a', { action: 'return', version: 3, note: 'Lampiran kurang' });
    expect(returned).not.toBe(first);
    expect(k.keyFor('a', { action: 'return', version: 3, note: 'Nomor salah' })).not.toBe(returned);
    expect(k.keyFor('a', { action: 'return', version: 3, note: 'Lampiran kurang', toSubmitter: true })).not.toBe(returned);
  });
});
