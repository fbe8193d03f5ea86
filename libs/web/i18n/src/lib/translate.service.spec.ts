import { DOCUMENT, Injector } from '@angular/core';
import { TranslateService } from './translate.service';

function service(stored: string | null): { i18n: TranslateService; document: Document } {
  const storage = new Map<string, string>(stored ? [['sinergi.lang', stored]] : []);
  const document = {
    documentElement: { lang: '' },
    defaultView: { localStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v) } },
  } as unknown as Document;
  const injector = Injector.create({ providers: [{ provide: DOCUMENT, useValue: document }, TranslateService] });
  return { i18n: injector.get(TranslateService), document };
}

describe('TranslateService', () => {
  it('speaks Bahasa Indonesia from the start, without loading anything', async () => {
    const { i18n, document } = service(null);
    await i18n.ready();
    expect([i18n.lang(), i18n.t('common.cancel'), document.documentElement.lang]).toEqual(['id', 'Batal', 'id']);
  });

  it('loads English on demand and switches only once it is there', async () => {
    const { i18n, document } = service(null);
    const switching = i18n.use('en');
    expect(i18n.t('common.cancel')).toBe('Batal');
    await switching;
    expect([i18n.lang(), i18n.t('common.cancel'), document.documentElement.lang]).toEqual(['en', 'Cancel', 'en']);
  });

  it('restores a stored English choice before the first render', async () => {
    const { i18n } = service('en');
    expect(i18n.lang()).toBe('id');
    await i18n.ready();
    expect(i18n.t('common.retry', {})).toBe('Try again');
  });
});
