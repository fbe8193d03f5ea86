/** What an access token carries. `typ` keeps refresh or invitation tokens from being used as one. */
export type AccessTokenPayload = {
  sub: string;
  email: string;
  typ: 'access';
  /** The session family, so logout can revoke it. */
  sid: string;
  /** The login passed a second factor. */
  mfa: boolean;
};
