import { sortFromParam, sortToParam } from './sort-param';

const ALLOWED = ['name', '-name', 'code', '-code'] as const;

describe('the sort parameter', () => {
  it('reads a column ascending and, with a dash, descending', () => {
    expect(sortFromParam('name', ALLOWED)).toEqual({ state: { active: 'name', direction: 'asc' }, param: 'name' });
    expect(sortFromParam('-code', ALLOWED)).toEqual({ state: { active: 'code', direction: 'desc' }, param: '-code' });
  });

  it('ignores what the API would refuse', () => {
    for (const value of [undefined, '', '-', 'population', '--name', 'name;drop']) {
      expect(sortFromParam(value, ALLOWED)).toEqual({ state: { active: '', direction: '' }, param: undefined });
    }
  });

  it('writes the parameter back, or nothing once the sort is cleared', () => {
    expect(sortToParam({ active: 'name', direction: 'asc' })).toBe('name');
    expect(sortToParam({ active: 'name', direction: 'desc' })).toBe('-name');
    expect(sortToParam({ active: 'name', direction: '' })).toBeNull();
  });
});
