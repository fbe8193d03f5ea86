import { fileNameOf } from './media-api';

describe('fileNameOf', () => {
  it('reads the file name the server gives a download', () => {
    expect(fileNameOf('attachment; filename="npwp.pdf"')).toBe('npwp.pdf');
    expect(fileNameOf("attachment; filename=\"x.pdf\"; filename*=UTF-8''Perjanjian%20001.pdf")).toBe('Perjanjian 001.pdf');
    expect(fileNameOf('inline')).toBeNull();
    expect(fileNameOf(null)).toBeNull();
  });
});
