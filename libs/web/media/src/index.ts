import type { Type } from '@angular/core';

export { MEDIA_ROUTES } from './lib/media.routes';

/** The public pages of the media portal, each its own chunk. */
export const loadMediaRegisterPage = (): Promise<Type<unknown>> =>
  import('./lib/register/register.page').then((m) => m.MediaRegisterPage);

export const loadConfirmEmailPage = (): Promise<Type<unknown>> =>
  import('./lib/register/confirm-email.page').then((m) => m.ConfirmEmailPage);
