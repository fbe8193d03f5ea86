import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import {
  InviteMemberRequest,
  MEMBER_SORTS,
  MemberQuery,
  MemberSort,
  Page,
  TenantMe,
  TenantMember,
  TenantRoleDefinition,
  UpdateMemberRequest,
} from '@sinergi/contracts';
import {
  AnyMember,
  Can,
  Caller,
  CurrentActor,
  CurrentCaller,
  CurrentTenant as Tenant,
  PageQueryDto,
  RequestActor,
  TenantRequestContext,
  WithoutTenantTransaction,
} from '@sinergi/server/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsOptional,
  IsUUID,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CreateDelegationRequest, Delegation, TENANT_ACTIONS, TENANT_SUBJECTS, TenantAction, TenantSubject } from '@sinergi/contracts';
import { TenantRolesService } from './tenant-roles.service';
import { DelegationsService } from './delegations.service';
import { UserService } from '../users/user.service';
import { RoleCatalogue } from './role-catalogue.service';
import { TenantMembersService } from './tenant-members.service';

const ROLE_NAME = /^[a-z][a-z0-9-]{1,59}$/;

export class InviteMemberDto implements InviteMemberRequest {
  @ApiProperty({ example: 'verifikator@okikab.go.id' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Rina Verifikator' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: ['verifier'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(ROLE_NAME, { each: true })
  roles!: string[];
}

export class PermissionDto {
  @ApiProperty({ enum: TENANT_ACTIONS })
  @IsIn(TENANT_ACTIONS)
  action!: TenantAction;

  @ApiProperty({ enum: TENANT_SUBJECTS })
  @IsIn(TENANT_SUBJECTS)
  subject!: TenantSubject;
}

export class CreateRoleDto {
  @ApiProperty({ example: 'kabid-ikp' })
  @Matches(ROLE_NAME)
  name!: string;

  @ApiProperty({ example: 'Kabid IKP' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  label!: string;

  @ApiProperty({ type: [PermissionDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PermissionDto)
  permissions!: PermissionDto[];

  @ApiProperty({ required: false, description: 'Holders must log in with a second factor (TOTP)' })
  @IsOptional()
  @IsBoolean()
  requiresTotp?: boolean;
}

export class UpdateRoleDto {
  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  label?: string;

  @ApiProperty({ type: [PermissionDto], required: false })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PermissionDto)
  permissions?: PermissionDto[];

  @ApiProperty({ required: false })
  @IsOptional()
  @IsBoolean()
  requiresTotp?: boolean;
}

export class CreateDelegationDto implements CreateDelegationRequest {
  @ApiProperty({ example: 'approving-official' })
  @Matches(ROLE_NAME)
  role!: string;

  @ApiProperty()
  @IsUUID()
  fromUserId!: string;

  @ApiProperty()
  @IsUUID()
  toUserId!: string;

  @ApiProperty({ example: '2026-12-01' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  startsOn!: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  endsOn!: string;

  @ApiProperty({ example: 'Plt. Kepala Dinas selama cuti' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}

export class MemberQueryDto extends PageQueryDto implements MemberQuery {
  @ApiPropertyOptional({ enum: MEMBER_SORTS, default: 'name', description: 'A column; `-` in front for the other direction' })
  @IsOptional()
  @IsIn(MEMBER_SORTS)
  sort?: MemberSort;
}

export class UpdateMemberDto implements UpdateMemberRequest {
  @ApiProperty({ example: ['verifier', 'auditor'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(ROLE_NAME, { each: true })
  roles!: string[];
}

@ApiTags('tenant')
@ApiBearerAuth()
@Controller('t/:tenant')
export class TenantAccessController {
  constructor(
    private readonly roles: RoleCatalogue,
    private readonly members: TenantMembersService,
    private readonly users: UserService,
    private readonly customRoles: TenantRolesService,
    private readonly delegations: DelegationsService,
  ) {}

  @Get('me')
  @AnyMember()
  @WithoutTenantTransaction()
  @ApiOkResponse({ description: 'The caller in this tenant: roles and CASL rules (the web app hides what they cannot do)' })
  async me(@Tenant() tenant: TenantRequestContext, @CurrentCaller() caller: Caller): Promise<TenantMe> {
    const user = await this.users.findById(caller.userId);
    return {
      tenant: { slug: tenant.handle.slug, name: tenant.name },
      user: { id: caller.userId, name: user?.name ?? caller.email },
      roles: tenant.roles,
      abilities: tenant.abilities,
    };
  }

  @Get('roles')
  @Can('read', 'Role')
  @WithoutTenantTransaction()
  rolesOf(@Tenant() tenant: TenantRequestContext): Promise<TenantRoleDefinition[]> {
    return this.roles.definitions(tenant.handle);
  }

  @Post('roles')
  @Can('create', 'Role')
  createRole(
    @Tenant() tenant: TenantRequestContext,
    @CurrentActor() actor: RequestActor,
    @Body() body: CreateRoleDto,
  ): Promise<TenantRoleDefinition> {
    return this.customRoles.create(tenant, body, actor);
  }

  @Patch('roles/:role')
  @Can('update', 'Role')
  updateRole(
    @Tenant() tenant: TenantRequestContext,
    @CurrentActor() actor: RequestActor,
    @Param('role') role: string,
    @Body() body: UpdateRoleDto,
  ): Promise<TenantRoleDefinition> {
    return this.customRoles.update(tenant, role, body, actor);
  }

  @Delete('roles/:role')
  @HttpCode(204)
  @Can('delete', 'Role')
  async removeRole(@Tenant() tenant: TenantRequestContext, @CurrentActor() actor: RequestActor, @Param('role') role: string): Promise<void> {
    await this.customRoles.remove(tenant, role, actor);
  }

  @Get('delegations')
  @Can('read', 'Delegation')
  listDelegations(): Promise<Delegation[]> {
    return this.delegations.list();
  }

  @Post('delegations')
  @Can('create', 'Delegation')
  createDelegation(
    @Tenant() tenant: TenantRequestContext,
    @CurrentActor() actor: RequestActor,
    @Body() body: CreateDelegationDto,
  ): Promise<Delegation> {
    return this.delegations.create(tenant, body, actor);
  }

  @Delete('delegations/:id')
  @HttpCode(204)
  @Can('delete', 'Delegation')
  async revokeDelegation(
    @Tenant() tenant: TenantRequestContext,
    @CurrentActor() actor: RequestActor,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    await this.delegations.revoke(tenant, id, actor);
  }

  @Get('members')
  @Can('read', 'Member')
  @WithoutTenantTransaction()
  list(@Tenant() tenant: TenantRequestContext, @Query() query: MemberQueryDto): Promise<Page<TenantMember>> {
    return this.members.list(tenant.handle.id, query);
  }

  @Post('members')
  @Can('create', 'Member')
  @WithoutTenantTransaction()
  invite(
    @Tenant() tenant: TenantRequestContext,
    @CurrentActor() actor: RequestActor,
    @Body() body: InviteMemberDto,
  ): Promise<TenantMember> {
    return this.members.invite(tenant, body, actor);
  }

  @Patch('members/:userId')
  @Can('update', 'Member')
  @WithoutTenantTransaction()
  update(
    @Tenant() tenant: TenantRequestContext,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @CurrentActor() actor: RequestActor,
    @Body() body: UpdateMemberDto,
  ): Promise<TenantMember> {
    return this.members.changeRoles(tenant, userId, body.roles, actor);
  }

  @Delete('members/:userId')
  @HttpCode(204)
  @Can('delete', 'Member')
  @WithoutTenantTransaction()
  async remove(
    @Tenant() tenant: TenantRequestContext,
    @CurrentActor() actor: RequestActor,
    @Param('userId', new ParseUUIDPipe()) userId: string,
  ): Promise<void> {
    await this.members.remove(tenant, userId, actor);
  }
}
