import { AppException, localizedDetail } from './app.exception';

describe('AppException details in the caller\'s language', () => {
  const error = new AppException('RULE_SET_INVALID', undefined, [
    localizedDetail('content.schedule.final', { en: 'must not be before objectionCloses', id: 'tidak boleh sebelum objectionCloses' }),
    { field: 'calendar.final', message: 'only in English' },
    { message: 'no field', localized: 'not a pair of texts' },
  ]);

  it('says a localized detail in Bahasa Indonesia or English, and nothing else', () => {
    expect(error.detailsIn('id')[0]).toEqual({ field: 'content.schedule.final', message: 'tidak boleh sebelum objectionCloses' });
    expect(error.detailsIn('en')[0]).toEqual({ field: 'content.schedule.final', message: 'must not be before objectionCloses' });
  });

  it('leaves plain details as they were given', () => {
    expect(error.detailsIn('id').slice(1)).toEqual([
      { field: 'calendar.final', message: 'only in English' },
      { message: 'no field', localized: 'not a pair of texts' },
    ]);
  });

  it('keeps English in the details themselves (for logs and older callers)', () => {
    expect(error.details[0]!.message).toBe('must not be before objectionCloses');
    expect(localizedDetail(undefined, { en: 'a', id: 'b' })).toEqual({ message: 'a', localized: { en: 'a', id: 'b' } });
  });
});
