import { InjectionToken } from '@angular/core';

export type ApiLanguage = 'id' | 'en';

/** Messages for failures that carry no server body (network down, a proxy's HTML page). */
export type ApiFallbackMessages = {
  network: () => string;
  unexpected: () => string;
};

export type ApiClientConfig = {
  /** Prefix of every API route; `/api` behind the dev-server proxy or the same origin. */
  baseUrl: string;
  /** Sent as `Accept-Language` so the server writes `message` in the user's language. */
  language: () => ApiLanguage;
  fallbackMessages: ApiFallbackMessages;
};

export const API_CLIENT_CONFIG = new InjectionToken<ApiClientConfig>('API_CLIENT_CONFIG', {
  providedIn: 'root',
  factory: () => ({
    baseUrl: '/api',
    language: () => 'id',
    fallbackMessages: {
      network: () => 'Server tidak dapat dihubungi. Periksa koneksi Anda lalu coba lagi.',
      unexpected: () => 'Terjadi kesalahan yang tidak terduga. Coba lagi.',
    },
  }),
});
