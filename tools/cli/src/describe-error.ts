import { AppException } from '@sinergi/server/core';

/** One line for an error, as the command line prints it: `CODE: message (field: detail; …)`. */
export function describeError(error: unknown): string {
  if (error instanceof AppException) {
    const details = error.details.map((d) => `${d.field ? `${d.field}: ` : ''}${d.message}`).join('; ');
    return `${error.code}: ${error.message}${details ? ` (${details})` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}
