import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'sinergi:isPublic';

/** Marks a route that answers without a token (API.md lists which may). Everything else needs one. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
