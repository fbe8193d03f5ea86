import { JwtService } from '@nestjs/jwt';
import { AppException } from '@sinergi/server/core';
import { testConfig } from '@sinergi/server/core/testing';
import { AccessTokenVerifier } from './access-token-verifier';
import { jwtKey } from './jwt-key';

describe('AccessTokenVerifier', () => {
  const config = testConfig('postgres://unused@127.0.0.1/unused');
  const jwt = new JwtService({});
  const sign = (payload: object, options: { expiresIn?: number; audience?: string; secret?: string } = {}) =>
    jwt.sign(payload, {
      algorithm: 'HS256',
      privateKey: jwtKey(options.secret ?? config.jwtSecret),
      expiresIn: options.expiresIn ?? 60,
      audience: options.audience ?? config.jwtAudience,
      issuer: config.jwtIssuer,
    });
  const access = { sub: 'user-1', email: 'a@b.id', typ: 'access', sid: 'family-1', mfa: true };

  afterEach(() => jest.useRealTimers());

  it('accepts our access token and reads the caller from it', () => {
    const verifier = new AccessTokenVerifier(jwt, config);
    expect(verifier.callerOf(`Bearer ${sign(access)}`)).toEqual({ userId: 'user-1', email: 'a@b.id', mfa: true });
    expect(verifier.callerOf(`bearer  ${sign({ ...access, mfa: false })} `)).toEqual({ userId: 'user-1', email: 'a@b.id', mfa: false });
  });

  it('refuses a token it has accepted once it expires, cache or no cache', () => {
    jest.useFakeTimers({ now: new Date('2026-12-04T02:00:00Z') });
    const verifier = new AccessTokenVerifier(jwt, config);
    const header = `Bearer ${sign(access, { expiresIn: 30 })}`;
    expect(verifier.callerOf(header).userId).toBe('user-1');
    jest.setSystemTime(new Date('2026-12-04T02:00:29.999Z'));
    expect(verifier.callerOf(header).userId).toBe('user-1');
    jest.setSystemTime(new Date('2026-12-04T02:00:30Z'));
    expect(() => verifier.callerOf(header)).toThrow(AppException);
    expect(() => verifier.callerOf(header)).toThrow(AppException);
  });

  it.each([
    ['no header', undefined],
    ['another scheme', `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['garbage', 'Bearer garbage'],
    ['a refresh-type token', `Bearer ${sign({ ...access, typ: 'refresh' })}`],
    ['another audience', `Bearer ${sign(access, { audience: 'someone-else' })}`],
    ['another key', `Bearer ${sign(access, { secret: 'another-secret-another-secret-another' })}`],
    ['no subject', `Bearer ${sign({ email: 'a@b.id', typ: 'access' })}`],
  ])('refuses %s', (_, header) => {
    const verifier = new AccessTokenVerifier(jwt, config);
    expect(() => verifier.callerOf(header)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('keeps at most 10,000 tokens, so a flood of tokens cannot grow the process', () => {
    const verifier = new AccessTokenVerifier(jwt, config);
    for (let i = 0; i < 10_050; i++) verifier.callerOf(`Bearer ${sign({ ...access, sub: `user-${i}` })}`);
    expect((verifier as unknown as { verified: Map<string, unknown> }).verified.size).toBe(10_000);
  });
});
