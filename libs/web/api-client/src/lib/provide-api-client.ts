import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import type { EnvironmentProviders, Provider } from '@angular/core';
import { API_CLIENT_CONFIG, type ApiClientConfig } from './api-client.config';
import { apiInterceptor } from './api.interceptor';

/** HttpClient on fetch with the API interceptor; `config` is a factory so it may `inject()`. */
export function provideApiClient(config: () => ApiClientConfig): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(withFetch(), withInterceptors([apiInterceptor])),
    { provide: API_CLIENT_CONFIG, useFactory: config },
  ];
}
