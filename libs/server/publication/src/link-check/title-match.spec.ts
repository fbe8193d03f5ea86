import { matchScore, readHtml, verdictOf, words } from './title-match';

describe('matching a page to the ordered material', () => {
  it('counts the meaningful words of the title, ignoring case, accents and function words', () => {
    expect(words('Bupati Resmikan Pasar Rakyat di Krui dan Sekitarnya')).toEqual(['bupati', 'resmikan', 'pasar', 'rakyat', 'krui', 'sekitarnya']);
    expect(words('Café Éxpo 2026!')).toEqual(['cafe', 'expo', '2026']);
  });

  it('scores the share of title words found in the page title or text', () => {
    const title = 'Bupati Resmikan Pasar Rakyat Krui';
    expect(matchScore(title, 'Bupati Resmikan Pasar Rakyat Krui - Faktapers', '')).toBe(1);
    expect(matchScore(title, 'Berita Hari Ini', 'Bupati Pesisir Barat meresmikan pasar di Krui')).toBe(0.6);
    expect(matchScore(title, 'Resep Rendang', 'Cara memasak rendang')).toBe(0);
    expect(matchScore('', 'anything', 'anything')).toBe(0);
  });

  it('gives a verdict by thresholds', () => {
    expect(verdictOf(1)).toBe('match');
    expect(verdictOf(0.6)).toBe('match');
    expect(verdictOf(0.4)).toBe('weak');
    expect(verdictOf(0.29)).toBe('no-match');
  });

  it('reads the title and visible text of HTML, without scripts, styles or tags, entities decoded', () => {
    const page = readHtml(`<!doctype html><html><head><title> Bupati &amp; Wakil
      Resmikan Pasar </title><style>.x{color:red}</style><script>var pasar = "bukan teks";</script></head>
      <body><h1>Pasar Rakyat&nbsp;Krui</h1><!-- komentar --><p>Isi berita &#8211; lengkap</p></body></html>`);
    expect(page.title).toBe('Bupati & Wakil Resmikan Pasar');
    expect(page.text).toContain('Pasar Rakyat Krui');
    expect(page.text).toContain('Isi berita – lengkap');
    expect(page.text).not.toContain('bukan teks');
    expect(page.text).not.toContain('color');
    expect(readHtml('<p>no title</p>').title).toBeNull();
    expect(readHtml('<meta property="og:title" content="Judul OG">').title).toBe('Judul OG');
  });
});
