import { InvitationEntity } from './invitation.entity';
import { PasswordResetEntity } from './password-reset.entity';
import { MediaMembershipEntity } from './media-membership.entity';
import { EmailConfirmationEntity } from './email-confirmation.entity';
import { SessionEntity } from './session.entity';
import { TenantMembershipEntity } from './tenant-membership.entity';
import { UserEntity } from './user.entity';
import { TenantRoleEntity } from '../access/tenant-role.entity';
import { DelegationEntity } from '../access/delegation.entity';

export { InvitationEntity, PasswordResetEntity, SessionEntity, TenantMembershipEntity, UserEntity };
export const IDENTITY_ENTITIES = [UserEntity, TenantMembershipEntity, InvitationEntity, SessionEntity, PasswordResetEntity, TenantRoleEntity, DelegationEntity, MediaMembershipEntity, EmailConfirmationEntity];
