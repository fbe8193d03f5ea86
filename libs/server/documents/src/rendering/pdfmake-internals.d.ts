// pdfmake's Node entry is a process-wide singleton (fonts, access policies); the renderer builds its
// own printer from these modules instead, so no other code can change its fonts or policies.
declare module 'pdfmake/js/Printer' {
  import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

  export type PdfKitDocument = NodeJS.ReadableStream & { end(): void };

  export default class PdfPrinter {
    constructor(fonts: TFontDictionary, virtualfs: unknown, urlResolver: unknown, localAccessPolicy?: (path: string) => boolean);
    createPdfKitDocument(docDefinition: TDocumentDefinitions, options?: { bufferPages?: boolean }): Promise<PdfKitDocument>;
  }
}

declare module 'pdfmake/js/virtual-fs' {
  const virtualfs: unknown;
  export default virtualfs;
}

declare module 'pdfmake/js/URLResolver' {
  export default class URLResolver {
    constructor(virtualfs: unknown);
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
  }
}
