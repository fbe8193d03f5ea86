import type { ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Target = Function;

/**
 * A route's decorator metadata, handler over class as Reflector.getAllAndOverride reads it, but
 * read once per route and key: the global guards ask for several keys on every request, and each
 * Reflector call walks prototype chains through reflect-metadata (a few µs a request, bench:tenancy).
 * Metadata is fixed once the routes are registered, so nothing needs to be forgotten.
 */
export class RouteMetadata {
  // Per class, then per handler: an inherited handler may sit under classes with other metadata.
  private readonly byClass = new WeakMap<Target, WeakMap<Target, Map<string, unknown>>>();

  constructor(private readonly reflector: Reflector) {}

  get<T>(key: string, context: ExecutionContext): T | undefined {
    const handler = context.getHandler();
    const owner = context.getClass();
    let handlers = this.byClass.get(owner);
    if (!handlers) this.byClass.set(owner, (handlers = new WeakMap()));
    let values = handlers.get(handler);
    if (!values) handlers.set(handler, (values = new Map()));
    if (values.has(key)) return values.get(key) as T | undefined;
    const value = this.reflector.getAllAndOverride<T>(key, [handler, owner]);
    values.set(key, value);
    return value;
  }

  /** A boolean flag such as @Public(). */
  has(key: string, context: ExecutionContext): boolean {
    return Boolean(this.get(key, context));
  }
}
