import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuthService } from './auth/auth.service';
import { AccessTokenVerifier } from './auth/access-token-verifier';
import { LoginThrottle } from './auth/login-throttle.service';
import { PasswordResetService } from './auth/password-reset.service';
import { TotpService } from './auth/totp.service';
import { PasswordHasher } from './auth/password-hasher.service';
import { PlatformRoleCache } from './auth/platform-role-cache.service';
import { SessionService } from './auth/session.service';
import { NotificationModule } from '@sinergi/server/notification';
import { AbilityGuard } from './access/ability.guard';
import { RoleHolders } from './access/role-holders.service';
import { RoleCatalogue } from './access/role-catalogue.service';
import { TenantAccessController } from './access/tenant-access.controller';
import { TenantMembersService } from './access/tenant-members.service';
import { TenantRolesService } from './access/tenant-roles.service';
import { DelegationsService } from './access/delegations.service';
import { AuthController } from './http/auth.controller';
import { InvitationsController } from './http/invitations.controller';
import { AuthenticationGuard } from './http/authentication.guard';
import { InvitationService } from './invitations/invitation.service';
import { MembershipService } from './memberships/membership.service';
import { UserService } from './users/user.service';
import { EmailConfirmationService } from './users/email-confirmation.service';

/**
 * Identities, sessions and memberships. Needs a TENANT_DIRECTORY provider from the tenancy module
 * (wired by the app), so identity never reads tenant registry tables.
 */
@Module({
  imports: [JwtModule.register({}), NotificationModule],
  controllers: [AuthController, InvitationsController, TenantAccessController],
  providers: [
    AuthService,
    LoginThrottle,
    PasswordResetService,
    TotpService,
    SessionService,
    PasswordHasher,
    PlatformRoleCache,
    AccessTokenVerifier,
    AuthenticationGuard,
    MembershipService,
    RoleHolders,
    InvitationService,
    UserService,
    EmailConfirmationService,
    RoleCatalogue,
    TenantMembersService,
    TenantRolesService,
    DelegationsService,
    AbilityGuard,
  ],
  exports: [EmailConfirmationService, AbilityGuard, RoleCatalogue, RoleHolders, AuthenticationGuard, MembershipService, InvitationService, UserService, PasswordHasher],
})
export class IdentityModule {}
