import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LoginResponse, PlatformRole, PLATFORM_ROLES } from '@sinergi/contracts';
import { AppException } from '@sinergi/server/core';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity';
import { MembershipService } from '../memberships/membership.service';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher.service';
import { TotpService } from './totp.service';
import { SessionService } from './session.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly memberships: MembershipService,
    private readonly throttle: LoginThrottle,
    private readonly totp: TotpService,
  ) {}

  /** Same answer, in about the same time, whether the e-mail exists or not. */
  async login(email: string, password: string, ip: string, totpCode?: string): Promise<LoginResponse> {
    await this.throttle.beforeAttempt(email, ip);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
    const valid = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      await this.throttle.failed(email);
      throw new AppException('INVALID_CREDENTIALS');
    }
    // The second factor is asked only once the password is right (so it reveals nothing more).
    if (user.totpSecret) {
      if (!totpCode) throw new AppException('TOTP_REQUIRED');
      if (!(await this.totp.verifies(user, totpCode))) {
        await this.throttle.failed(email);
        throw new AppException('INVALID_CREDENTIALS');
      }
    }
    await this.throttle.succeeded(email);
    return this.sessionFor(user, Boolean(user.totpSecret));
  }

  /** A new session for a user whose identity was just proven (password, accepted invitation). */
  async sessionFor(user: UserEntity, mfa = false): Promise<LoginResponse> {
    const tokens = await this.sessions.open(user, mfa);
    return {
      ...tokens,
      user: { id: user.id, email: user.email, name: user.name, platformRoles: platformRolesOf(user) },
      memberships: await this.memberships.membershipsOf(user.id),
    };
  }
}

export function platformRolesOf(user: Pick<UserEntity, 'platformRoles'>): PlatformRole[] {
  return user.platformRoles.filter((role): role is PlatformRole =>
    (PLATFORM_ROLES as readonly string[]).includes(role),
  );
}
