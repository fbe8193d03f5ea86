import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { LoginResponse } from '@sinergi/contracts';
import { AppException, Caller, CurrentCaller, Public } from '@sinergi/server/core';
import { AuthService } from '../auth/auth.service';
import { SessionService, TokenPair } from '../auth/session.service';
import { LoginDto, RefreshDto } from './auth.dto';
import { JwtService } from '@nestjs/jwt';
import { Req } from '@nestjs/common';
import type { Request } from 'express';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly jwt: JwtService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Tokens, the user and their memberships' })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS (same answer whether the e-mail exists or not)' })
  login(@Body() body: LoginDto): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ description: 'A new token pair; the presented refresh token is spent' })
  refresh(@Body() body: RefreshDto): Promise<TokenPair> {
    return this.sessions.rotate(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  async logout(@CurrentCaller() _caller: Caller, @Req() request: Request): Promise<void> {
    const token = request.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '';
    const payload = this.jwt.decode<{ sid?: unknown } | null>(token);
    if (!payload || typeof payload.sid !== 'string') throw new AppException('UNAUTHENTICATED');
    await this.sessions.revokeFamily(payload.sid);
  }
}
