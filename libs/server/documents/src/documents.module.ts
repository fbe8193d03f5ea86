import { Module } from '@nestjs/common';
import { AgreementRenderer } from './agreement/agreement.document';
import { DocumentNumbering } from './numbering/document-numbering.service';
import { PdfRenderer } from './rendering/pdf-renderer';

/** Document numbering and PDF output for the feature modules (agreements, orders, kwitansi, BA). */
@Module({ providers: [DocumentNumbering, PdfRenderer, AgreementRenderer], exports: [DocumentNumbering, PdfRenderer, AgreementRenderer] })
export class DocumentsModule {}
