import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { LoginResponse, TotpSetup } from '@sinergi/contracts';
import { AppException, Caller, CurrentCaller, Public } from '@sinergi/server/core';
import { AuthService } from '../auth/auth.service';
import { SessionService, TokenPair } from '../auth/session.service';
import { PasswordResetService } from '../auth/password-reset.service';
import { TotpService } from '../auth/totp.service';
import { LoginDto, PasswordResetConfirmationDto, PasswordResetRequestDto, RefreshDto, TotpCodeDto } from './auth.dto';


@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly jwt: JwtService,
    private readonly resets: PasswordResetService,
    private readonly totp: TotpService,
  ) {}

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  @ApiResponse({ status: 202, description: 'Accepted, whether or not an account has the address; the link goes by mail' })
  async requestReset(@Body() body: PasswordResetRequestDto, @Req() request: FastifyRequest): Promise<void> {
    await this.resets.request(body.email, request.ip ?? 'unknown');
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiResponse({ status: 204, description: 'The new password is set and every session of the account is ended' })
  async confirmReset(@Body() body: PasswordResetConfirmationDto): Promise<void> {
    await this.resets.confirm(body.token, body.password);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Tokens, the user and their memberships' })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS (same answer whether the e-mail exists or not)' })
  @ApiResponse({ status: 423, description: 'ACCOUNT_LOCKED after repeated failures' })
  @ApiResponse({ status: 429, description: 'RATE_LIMITED per IP address or per account' })
  login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password, request.ip ?? 'unknown', body.totpCode);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ description: 'A new token pair; the presented refresh token is spent' })
  refresh(@Body() body: RefreshDto): Promise<TokenPair> {
    return this.sessions.rotate(body.refreshToken);
  }

  @Post('totp/setup')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ description: 'A new secret to scan (not active until confirmed with a code)' })
  setupTotp(@CurrentCaller() caller: Caller): Promise<TotpSetup> {
    return this.totp.setup(caller.userId, caller.email);
  }

  @Post('totp/enable')
  @HttpCode(204)
  @ApiBearerAuth()
  async enableTotp(@CurrentCaller() caller: Caller, @Body() body: TotpCodeDto): Promise<void> {
    await this.totp.enable(caller.userId, body.code);
  }

  @Post('totp/disable')
  @HttpCode(204)
  @ApiBearerAuth()
  async disableTotp(@CurrentCaller() caller: Caller, @Body() body: TotpCodeDto): Promise<void> {
    await this.totp.disable(caller.userId, body.code);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  async logout(@CurrentCaller() _caller: Caller, @Req() request: FastifyRequest): Promise<void> {
    const token = request.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '';
    const payload = this.jwt.decode<{ sid?: unknown } | null>(token);
    if (!payload || typeof payload.sid !== 'string') throw new AppException('UNAUTHENTICATED');
    await this.sessions.revokeFamily(payload.sid);
  }
}
