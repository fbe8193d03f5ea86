const SAFE_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Quotes an identifier that comes from our own registry. Refuses anything that is not a plain
 * lower-case identifier, so even a corrupted registry row cannot inject SQL.
 */
export function quoteIdentifier(name: string): string {
  if (!SAFE_IDENTIFIER.test(name)) throw new Error(`Refusing unsafe SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

export function isSafeIdentifier(name: string): boolean {
  return SAFE_IDENTIFIER.test(name);
}
