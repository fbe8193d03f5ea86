export const PLATFORM_ROLES = ['platform-admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export type LoginRequest = { email: string; password: string };
export type RefreshRequest = { refreshToken: string };

export type Membership =
  | { kind: 'tenant'; tenant: string; roles: string[] }
  | { kind: 'media'; mediaCompanyId: string; roles: string[] };

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  platformRoles: PlatformRole[];
};

export type LoginResponse = {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
  memberships: Membership[];
};
