// The staff screens of orders (surat pesanan), proofs (bukti tayang), distribution and publication settings,
// and the small pieces the billing screens and the media portal share with them.
export { PUBLICATION_ROUTES } from './lib/publication.routes';
export { ApiProblemComponent } from './lib/api-problem.component';
export { DownloadButtonComponent } from './lib/download-button.component';
export { agreedOutlets } from './lib/orders/agreed-outlets';
export {
  currentFiscalYear,
  todayWib,
  fiscalYearOptions,
  mediaTypeKey,
  orderStatusKey,
  proofStatusKey,
  claimStatusKey,
  saveBlob,
  parseRupiah,
  problemsByField,
  PROOF_OWED,
} from './lib/shared';
