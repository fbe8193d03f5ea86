import { Inject, Injectable, Optional } from '@nestjs/common';
import { AppException } from '@sinergi/server/core';
import type { Content, Style, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import PdfPrinter from 'pdfmake/js/Printer';
import URLResolver from 'pdfmake/js/URLResolver';
import virtualfs from 'pdfmake/js/virtual-fs';

/** The kop surat of a tenant's documents. */
export type Letterhead = {
  /** "PEMERINTAH KABUPATEN PESISIR BARAT" */
  governmentName: string;
  /** "DINAS KOMUNIKASI DAN INFORMATIKA" */
  unitName: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** The region's emblem (lambang daerah), PNG. */
  logoPng: Buffer | null;
};

export type PdfRendererOptions = {
  /** Off only for tests, so the text of the pages can be read from the bytes. Default: on. */
  compress?: boolean;
};

/** Nest token for PdfRendererOptions (optional). */
export const PDF_RENDERER_OPTIONS = Symbol('PDF_RENDERER_OPTIONS');

/** A document of the product: content under the tenant's letterhead, numbered pages, metadata. */
export type PdfDocument = {
  title: string;
  subject?: string;
  keywords?: string;
  /** On the first page only, as on Indonesian official letters; null for none. */
  letterhead: Letterhead | null;
  content: Content[];
  /** Left of the page number on every page, e.g. the document number. */
  footerNote?: string;
};

// The 14 standard PDF fonts need no file: pdfkit carries their metrics.
const STANDARD_FONTS = {
  Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' },
} as const;
const STANDARD_FONT_NAMES = new Set<string>(Object.values(STANDARD_FONTS.Helvetica));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Styles every document may use by name. */
export const DOCUMENT_STYLES: Record<'title' | 'heading' | 'tableHeader', Style> = {
  title: { fontSize: 13, bold: true, alignment: 'center' },
  heading: { bold: true, alignment: 'center' },
  tableHeader: { bold: true },
};

/** A4 with margins close to the 2-3 cm of the tata naskah dinas. */
const PAGE_MARGINS: [number, number, number, number] = [64, 40, 56, 56];

/**
 * Renders pdfmake document definitions to PDF bytes in Node with the standard Helvetica family.
 * Each render has its own printer whose policies forbid every URL and every file except the
 * standard font names, so a definition built from user data cannot make the server read or fetch.
 */
@Injectable()
export class PdfRenderer {
  private readonly compress: boolean;

  constructor(@Optional() @Inject(PDF_RENDERER_OPTIONS) options?: PdfRendererOptions) {
    this.compress = options?.compress ?? true;
  }

  /** The product's frame around content: letterhead, page numbers "Halaman x dari y", metadata. */
  async renderDocument(document: PdfDocument): Promise<Buffer> {
    const { letterhead, footerNote } = document;
    const images: Record<string, string> = {};
    if (letterhead?.logoPng) images['logo'] = pngDataUrl(letterhead.logoPng);
    return this.render({
      pageSize: 'A4',
      pageMargins: PAGE_MARGINS,
      info: { title: document.title, subject: document.subject, keywords: document.keywords, creator: 'Sinergi', producer: 'Sinergi' },
      language: 'id-ID',
      images,
      defaultStyle: { font: 'Helvetica', fontSize: 11, lineHeight: 1.2 },
      styles: DOCUMENT_STYLES,
      content: [...(letterhead ? [letterheadBlock(letterhead)] : []), ...document.content],
      footer: (currentPage, pageCount) => ({
        margin: [PAGE_MARGINS[0], 16, PAGE_MARGINS[2], 0],
        fontSize: 8,
        color: '#555555',
        columns: [
          { text: footerNote ?? '', width: '*' },
          { text: `Halaman ${currentPage} dari ${pageCount}`, width: 'auto', alignment: 'right' },
        ],
      }),
    });
  }

  /** Any definition, as is (fonts forced to the standard family). */
  async render(definition: TDocumentDefinitions): Promise<Buffer> {
    const urlResolver = new URLResolver(virtualfs);
    urlResolver.setUrlAccessPolicy(() => false);
    // The printer rewrites its font table while resolving: a fresh copy per render.
    const fonts: TFontDictionary = { Helvetica: { ...STANDARD_FONTS.Helvetica } };
    const printer = new PdfPrinter(fonts, virtualfs, urlResolver, (path) => STANDARD_FONT_NAMES.has(path));
    const pdf = await printer.createPdfKitDocument({
      ...definition,
      compress: this.compress,
      defaultStyle: { ...definition.defaultStyle, font: 'Helvetica' },
    });
    return new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
      pdf.on('end', () => resolve(Buffer.concat(chunks)));
      pdf.on('error', reject);
      pdf.end();
    });
  }
}

/** The kop surat: emblem left, government and unit centred, contacts, then a thick and a thin rule. */
export function letterheadBlock(letterhead: Letterhead): Content {
  const contacts = [
    letterhead.phone ? `Telepon ${letterhead.phone}` : null,
    letterhead.email ? `Pos-el ${letterhead.email}` : null,
    letterhead.website ? `Laman ${letterhead.website}` : null,
  ].filter((part): part is string => part !== null);
  const lines: Content[] = [
    { text: letterhead.governmentName.toUpperCase(), fontSize: 14, bold: true },
    { text: letterhead.unitName.toUpperCase(), fontSize: 16, bold: true },
  ];
  if (letterhead.address) lines.push({ text: letterhead.address, fontSize: 9 });
  if (contacts.length > 0) lines.push({ text: contacts.join(' | '), fontSize: 9 });
  const logoWidth = 58;
  const width = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
  return {
    stack: [
      {
        columns: [
          letterhead.logoPng ? { image: 'logo', fit: [logoWidth, logoWidth], width: logoWidth } : { text: '', width: logoWidth },
          { stack: lines, alignment: 'center', width: '*' },
          // Balances the emblem so the text is centred on the page, not on what is left of it.
          { text: '', width: logoWidth },
        ],
        columnGap: 8,
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 6, x2: width, y2: 6, lineWidth: 2.5 },
          { type: 'line', x1: 0, y1: 9.5, x2: width, y2: 9.5, lineWidth: 0.75 },
        ],
      },
    ],
    margin: [0, 0, 0, 16],
  };
}

function pngDataUrl(png: Buffer): string {
  if (png.length < PNG_SIGNATURE.length || !png.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
    throw new AppException(
      'UNSUPPORTED_FILE_TYPE',
      { en: 'The letterhead logo must be a PNG image.', id: 'Logo kop surat harus berupa gambar PNG.' },
      [{ field: 'logoPng', message: 'not a PNG' }],
    );
  }
  return `data:image/png;base64,${png.toString('base64')}`;
}
