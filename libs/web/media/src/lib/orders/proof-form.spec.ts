import type { ProofForm } from '@sinergi/contracts';
import { proofFieldProblem, proofInputs, proofValues } from './proof-form';

const ONLINE: ProofForm = {
  mediaType: 'online',
  deadlineDays: 2,
  fields: [
    { key: 'url', label: { id: 'Tautan berita', en: 'Article link' }, type: 'url', required: true },
    { key: 'publishedOn', label: { id: 'Tanggal tayang', en: 'Published on' }, type: 'date', required: true },
    { key: 'views', label: { id: 'Jumlah pembaca', en: 'Readers' }, type: 'number', required: false },
    { key: 'screenshot', label: { id: 'Tangkapan layar', en: 'Screenshot' }, type: 'file', required: true },
  ],
};

describe('the proof form of an order', () => {
  it("takes its fields from the order's proof form, labelled in the UI's language", () => {
    expect(proofInputs(ONLINE, 'id').map((i) => [i.key, i.label, i.type, i.required])).toEqual([
      ['url', 'Tautan berita', 'url', true],
      ['publishedOn', 'Tanggal tayang', 'date', true],
      ['views', 'Jumlah pembaca', 'number', false],
      ['screenshot', 'Tangkapan layar', 'file', true],
    ]);
    expect(proofInputs(ONLINE, 'en')[0]!.label).toBe('Article link');
    expect(proofInputs(null, 'id')).toEqual([]);
  });

  it('checks each value with the rules of the API while the user types', () => {
    const [url, date, views, file] = proofInputs(ONLINE, 'id');
    const today = '2026-06-15';
    expect(proofFieldProblem(url!, '  ', today)).toEqual({ key: 'mediaOrders.proof.required', params: { field: 'Tautan berita' } });
    expect(proofFieldProblem(url!, 'faktapers.id/berita', today)).toEqual({ key: 'mediaOrders.proof.badUrl' });
    expect(proofFieldProblem(url!, 'ftp://faktapers.id/berita', today)).toEqual({ key: 'mediaOrders.proof.badUrl' });
    expect(proofFieldProblem(url!, 'https://faktapers.id/berita/1', today)).toBeNull();
    expect(proofFieldProblem(date!, '2026-06-16', today)).toEqual({ key: 'mediaOrders.proof.badDate' });
    expect(proofFieldProblem(date!, '15/06/2026', today)).toEqual({ key: 'mediaOrders.proof.badDate' });
    expect(proofFieldProblem(date!, '2026-06-15', today)).toBeNull();
    expect(proofFieldProblem(views!, '', today)).toBeNull();
    expect(proofFieldProblem(views!, '-3', today)).toEqual({ key: 'mediaOrders.proof.badNumber' });
    expect(proofFieldProblem(views!, '1200', today)).toBeNull();
    expect(proofFieldProblem(file!, '', today)).toEqual({ key: 'mediaOrders.proof.fileRequired', params: { field: 'Tangkapan layar' } });
  });

  it('sends trimmed values and leaves empty ones out', () => {
    expect(proofValues({ url: ' https://x.id/a ', note: '  ' })).toEqual({ url: 'https://x.id/a' });
  });
});
