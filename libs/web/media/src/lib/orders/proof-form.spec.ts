import type { Proof } from '@sinergi/contracts';
import { proofInputs, proofValues } from './proof-form';

describe('proof form from the server problems', () => {
  it('takes each required field and its label from an empty submission', () => {
    const inputs = proofInputs(
      [
        { field: 'fields.url', message: 'Article link is required' },
        { field: 'fields.publishedOn', message: 'Published on is required' },
        { field: 'fields.screenshot', message: 'Screenshot is required' },
        { field: 'status', message: 'ignored' },
        { field: 'fields.__form__', message: 'the online proof form has no field __form__' },
      ],
      null,
    );
    expect(inputs).toEqual([
      { key: 'url', label: 'Article link', hint: null },
      { key: 'publishedOn', label: 'Published on', hint: null },
      { key: 'screenshot', label: 'Screenshot', hint: null },
    ]);
  });

  it('keeps the fields of a returned proof and shows the rule a value broke', () => {
    const earlier = { fields: { url: 'https://x.id/a', views: 10 } } as unknown as Proof;
    expect(proofInputs([{ field: 'fields.views', message: 'a number, 0 or more' }], earlier)).toEqual([
      { key: 'url', label: 'url', hint: null },
      { key: 'views', label: 'views', hint: 'a number, 0 or more' },
    ]);
  });

  it('sends trimmed values and leaves empty ones out', () => {
    expect(proofValues({ url: ' https://x.id/a ', note: '  ' })).toEqual({ url: 'https://x.id/a' });
  });
});
