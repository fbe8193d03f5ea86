import type { ProofForm } from '@sinergi/contracts';
import { checkProofFields, isWebUrl } from './proof-form';

const online: ProofForm = {
  mediaType: 'online',
  deadlineDays: 2,
  fields: [
    { key: 'url', label: { id: 'Tautan', en: 'Link' }, type: 'url', required: true },
    { key: 'publishedOn', label: { id: 'Tanggal tayang', en: 'Published on' }, type: 'date', required: true },
    { key: 'screenshot', label: { id: 'Tangkapan layar', en: 'Screenshot' }, type: 'file', required: true },
    { key: 'views', label: { id: 'Pembaca', en: 'Views' }, type: 'number', required: false },
    { key: 'note', label: { id: 'Catatan', en: 'Note' }, type: 'text', required: false },
  ],
};
const hash = 'a'.repeat(64);
const context = { today: '2026-03-05', uploadedHashes: new Set([hash]) };

describe('proof fields against the proof form', () => {
  it('takes a complete proof, cleans it, and names the publication date and the URLs to check', () => {
    const result = checkProofFields(online, { url: ' https://faktapers.id/berita/1 ', publishedOn: '2026-03-04', screenshot: hash, views: '1200', note: ' ok ' }, context);
    expect(result).toEqual({
      fields: { url: 'https://faktapers.id/berita/1', publishedOn: '2026-03-04', screenshot: hash, views: 1200, note: 'ok' },
      publishedOn: '2026-03-04',
      urls: [{ field: 'url', url: 'https://faktapers.id/berita/1' }],
    });
  });

  it('lists every problem: missing required fields, wrong types, bad URLs and dates, files not uploaded, unknown fields', () => {
    const result = checkProofFields(online, { url: 'javascript:alert(1)', publishedOn: '2026-02-30', screenshot: 'b'.repeat(64), views: -3, extra: 'x' }, context);
    expect('problems' in result && result.problems.map((p) => p.field)).toEqual(['fields.extra', 'fields.url', 'fields.publishedOn', 'fields.screenshot', 'fields.views']);
    const empty = checkProofFields(online, {}, context);
    expect('problems' in empty && empty.problems.map((p) => p.message)).toEqual(['Link is required', 'Published on is required', 'Screenshot is required']);
    const future = checkProofFields(online, { url: 'https://a.id/x', publishedOn: '2026-03-06', screenshot: hash }, context);
    expect('problems' in future && future.problems[0]!.message).toMatch(/not after today/);
  });

  it('knows a web URL', () => {
    expect(isWebUrl('https://faktapers.id/a?b=c')).toBe(true);
    expect(isWebUrl('ftp://faktapers.id/')).toBe(false);
    expect(isWebUrl('https://user:pw@faktapers.id/')).toBe(false);
    expect(isWebUrl('faktapers.id')).toBe(false);
    expect(isWebUrl('https://a.id/x y')).toBe(false);
  });
});
