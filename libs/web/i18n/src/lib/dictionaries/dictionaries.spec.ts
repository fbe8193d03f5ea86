import { DICTIONARIES } from './dictionaries';

describe('dictionaries', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('give every key a non-empty text in both languages', () => {
    for (const [lang, dictionary] of Object.entries(DICTIONARIES)) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect({ lang, key, empty: text.trim() === '' }).toEqual({ lang, key, empty: false });
      }
    }
  });

  it('use the same placeholders in Bahasa Indonesia and English', () => {
    for (const [key, text] of Object.entries(DICTIONARIES.id)) {
      const english = DICTIONARIES.en[key as keyof typeof DICTIONARIES.en];
      expect({ key, placeholders: placeholders(english) }).toEqual({ key, placeholders: placeholders(text) });
    }
  });
});
