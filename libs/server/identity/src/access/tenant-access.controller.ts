import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  InviteMemberRequest,
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
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
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

  @Get('members')
  @Can('read', 'Member')
  @WithoutTenantTransaction()
  list(@Tenant() tenant: TenantRequestContext, @Query() query: PageQueryDto): Promise<Page<TenantMember>> {
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
