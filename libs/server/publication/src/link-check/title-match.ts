/**
 * How well a page matches the ordered material: the share of the material title's meaningful
 * words that appear in the page's title or text. Indonesian and English function words do not
 * count; accents and case are ignored. It informs the verifier, it never decides.
 */
const STOP_WORDS = new Set([
  'dan', 'di', 'ke', 'dari', 'yang', 'untuk', 'pada', 'dengan', 'dalam', 'ini', 'itu', 'atau', 'oleh', 'akan', 'juga', 'para', 'se', 'tahun',
  'the', 'and', 'of', 'to', 'in', 'for', 'on', 'with', 'a', 'an', 'at', 'by', 'is', 'are',
]);

export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 2 && !STOP_WORDS.has(word));
}

export function matchScore(materialTitle: string, pageTitle: string | null, pageText: string): number {
  const wanted = [...new Set(words(materialTitle))];
  if (wanted.length === 0) return 0;
  const found = new Set([...words(pageTitle ?? ''), ...words(pageText)]);
  const hits = wanted.filter((word) => found.has(word)).length;
  return Math.round((hits / wanted.length) * 100) / 100;
}

export const MATCH_THRESHOLD = 0.6;
export const WEAK_THRESHOLD = 0.3;

export function verdictOf(score: number): 'match' | 'weak' | 'no-match' {
  return score >= MATCH_THRESHOLD ? 'match' : score >= WEAK_THRESHOLD ? 'weak' : 'no-match';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** The title and the visible text of an HTML page (scripts, styles and tags dropped). */
export function readHtml(html: string): { title: string | null; text: string } {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const ogTitle = /<meta[^>]+property=["']og:title["'][^>]*content=["']([^"']*)["']/i.exec(html)?.[1];
  const text = html
    .replace(/<(script|style|noscript|template)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  const clean = (value: string) => decodeEntities(value).replace(/\s+/g, ' ').trim();
  const pageTitle = title ?? ogTitle;
  return { title: pageTitle ? clean(pageTitle).slice(0, 500) : null, text: clean(text) };
}
