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
export { SinergiApi, type MemberQuery } from './lib/sinergi-api';
export { PartnershipApi, type AgreementQuery, type SaveConfigurationBody } from './lib/partnership-api';
export type { SessionEndReason, StoredSession, TokenPair } from './lib/session.types';
export { MediaApi, fileNameOf, type DownloadedFile, type UploadProgress } from './lib/media-api';
