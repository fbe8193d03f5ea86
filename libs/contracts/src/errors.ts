/**
 * The closed list of error codes the API answers with. Programs rely on `code`;
 * people read `message`. The HTTP status of each code is fixed in one place on the server.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'ROUTE_NOT_FOUND',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'PLATFORM_ADMIN_REQUIRED',
  'NOT_A_MEMBER',
  'TENANT_NOT_FOUND',
  'TENANT_SUSPENDED',
  'TENANT_EXISTS',
  'TENANT_STATUS_UNCHANGED',
  'REGION_NOT_FOUND',
  'REGION_CODE_MALFORMED',
  'SLUG_INVALID',
  'TEMPLATE_TENANT_NOT_FOUND',
  'TENANT_CONTEXT_MISSING',
  'RESET_TOKEN_INVALID',
  'INVITATION_NOT_FOUND',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  'PASSWORD_TOO_WEAK',
  'DELEGATION_INVALID',
  'DELEGATION_NOT_FOUND',
  'ROLE_NOT_FOUND',
  'ROLE_BUILTIN',
  'ROLE_IN_USE',
  'ALREADY_A_MEMBER',
  'MEMBER_NOT_FOUND',
  'LAST_ADMIN',
  'TOTP_REQUIRED',
  'TOTP_INVALID',
  'SECOND_FACTOR_REQUIRED',
  'ACCOUNT_EXISTS',
  'CONFIRMATION_INVALID',
  'NOT_MEDIA',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
  'CONFLICT',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'FILE_NOT_FOUND',
  'RESOURCE_NOT_FOUND',
  'RULE_SET_INVALID',
  'CONFIGURATION_NOT_PUBLISHED',
  'WINDOW_CLOSED',
  'INVALID_TRANSITION',
  'STALE_VERSION',
  'APPLICATION_INCOMPLETE',
  'OUTLET_BLOCKED',
  'PACK_NOT_FOUND',
  'DEPENDENCY_DOWN',
  'INTERNAL_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorDetail = {
  field?: string;
  message: string;
  [key: string]: unknown;
};

/** The one error shape of the whole API (API.md). */
export type ErrorResponse = {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details: ErrorDetail[];
};
