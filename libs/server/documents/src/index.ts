export { DocumentsModule } from './documents.module';
export { DocumentNumbering } from './numbering/document-numbering.service';
export type { EffectiveFormat, IssuedNumber, NextNumberOptions } from './numbering/document-numbering.service';
export { DEFAULT_FORMATS, DOCUMENT_KINDS, formatDocumentNumber, isDocumentKind, toRomanMonth, validateFormat } from './numbering/number-format';
export type { DocumentKind, NumberParts } from './numbering/number-format';
export { DOCUMENT_STYLES, letterheadBlock, PDF_RENDERER_OPTIONS, PdfRenderer } from './rendering/pdf-renderer';
export type { Letterhead, PdfDocument, PdfRendererOptions } from './rendering/pdf-renderer';
export { formatRupiah, formatTanggal, namaBulan, namaHari, terbilang, terbilangRupiah } from './rendering/indonesian-format';
export { agreementDocument, AgreementRenderer } from './agreement/agreement.document';
export type { AgreementDocument } from './agreement/agreement.document';
import { DocumentSequenceEntity } from './numbering/document-sequence.entity';
export { DocumentSequenceEntity };
/** Tenant tables of this module, for the data source's entity list. */
export const DOCUMENTS_ENTITIES = [DocumentSequenceEntity];
