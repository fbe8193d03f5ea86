import type { AbilityRule, MediaAbilityRule } from '@sinergi/contracts';
import type { FastifyRequest } from 'fastify';
import type { TenantHandle } from '../tenant-context/tenant-handle';

/** What the authentication guard establishes about the caller. */
export type Caller = {
  userId: string;
  email: string;
  platformRoles: string[];
  /** The session began with a second factor (TOTP). */
  mfa: boolean;
};

/** What the tenant guards establish on a `/api/t/:tenant/...` request. */
export type TenantRequestContext = {
  handle: TenantHandle;
  name: string;
  /** The caller's roles in this tenant (set once membership is checked). */
  roles: string[];
  /** The CASL rules of those roles (set by the ability guard). */
  abilities: AbilityRule[];
  /** Set when this request is allowed only through a role delegated to the caller (Plt./Plh.). */
  onBehalfOf?: { id: string; name: string } | null;
};

/** On a media route (`@ForMediaCompany()`): the press company the caller acts for. */
export type MediaCompanyContext = {
  companyId: string;
  roles: string[];
  /** The caller's CASL rules in that company (set by the ability guard). */
  abilities?: MediaAbilityRule[];
};

export type SinergiRequest = FastifyRequest<{ Params: Partial<Record<string, string>> }> & { caller?: Caller; tenant?: TenantRequestContext; media?: MediaCompanyContext };
