/** Bahasa Indonesia when the caller asks for it (Accept-Language: id…), else English. */
export function requestLanguage(acceptLanguage: string | string[] | undefined): 'en' | 'id' {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('id') || first.startsWith('in') ? 'id' : 'en';
}
