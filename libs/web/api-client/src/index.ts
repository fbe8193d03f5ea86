export {
  API_CLIENT_CONFIG,
  type ApiClientConfig,
  type ApiFallbackMessages,
  type ApiLanguage,
} from './lib/api-client.config';
export {
  ApiError,
  isApiError,
  isErrorResponse,
  toApiError,
  type ApiErrorCode,
  type ClientErrorCode,
} from './lib/api-error';
export { apiInterceptor } from './lib/api.interceptor';
export { AuthStore } from './lib/auth.store';
export { SKIP_AUTH, SKIP_REFRESH } from './lib/http-context';
export { loadStates, INITIAL_LOAD_STATE, type LoadState } from './lib/load-state';
export { provideApiClient } from './lib/provide-api-client';
export { SinergiApi, type RoleRequest } from './lib/sinergi-api';
export type { MemberQuery } from '@sinergi/contracts';
export { PartnershipApi, type AgreementQuery, type OutletBlockQuery, type SaveConfigurationBody } from './lib/partnership-api';
export type { SessionEndReason, StoredSession, TokenPair } from './lib/session.types';
export {
  MediaApi,
  fileNameOf,
  type CompanyColleague,
  type DownloadedFile,
  type InviteColleagueRequest,
  type UploadProgress,
} from './lib/media-api';
export { PublicationApi, type DistributionQuery, type InboxQuery, type TransferProgress } from './lib/publication-api';
export { BillingApi, newIdempotencyKey, type ApprovalQuery, type ClaimQuery, type DownloadProgress } from './lib/billing-api';
