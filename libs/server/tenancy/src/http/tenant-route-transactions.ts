import { Injectable, Req } from '@nestjs/common';
import { PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { READS_ONLY, SinergiRequest, TenantDatabase, WITHOUT_TENANT_TRANSACTION } from '@sinergi/server/core';

const WRAPPED = Symbol('sinergi:tenantUnitOfWork');

type RouteHandler = ((...args: unknown[]) => unknown) & { [WRAPPED]?: true };

/**
 * Runs each tenant request's handler as one unit of work: one transaction (or, for @ReadsOnly, one
 * implicit read-only one), in the tenant's schema and role. Every route handler of every controller
 * is wrapped once, before the routes are registered, so no tenant route can be left out.
 *
 * Not a Nest interceptor: with any interceptor, Nest turns every request of every route into a chain
 * of RxJS observables and async resources, which cost about a sixth of the API's CPU on a one-query
 * tenant read (bench:tenancy). The wrapper is a plain function around the handler; the guards have
 * resolved the tenant by then, and pipes (validation) have run outside the transaction, as has a
 * route's own interceptor (an upload is read before a pooled connection is taken).
 */
@Injectable()
export class TenantRouteTransactions {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly tenantDb: TenantDatabase,
  ) {}

  /** Wraps every route handler; call once, before app.init() registers the routes. */
  wrapRouteHandlers(): void {
    for (const { instance, metatype } of this.discovery.getControllers()) {
      if (!instance || !metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, RouteHandler>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function' || handler[WRAPPED]) continue;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue; // not a route
        if (this.reflector.getAllAndOverride<boolean>(WITHOUT_TENANT_TRANSACTION, [handler, metatype])) continue;
        prototype[name] = this.wrap(prototype, name, handler, this.reflector.getAllAndOverride<boolean>(READS_ONLY, [handler, metatype]) === true);
      }
    }
  }

  private wrap(prototype: object, name: string, handler: RouteHandler, readOnly: boolean): RouteHandler {
    // The request comes to the wrapper as one more parameter after the handler's own (Nest's @Req()),
    // and is taken off again: the handler is called with exactly what it declared.
    const requestIndex = parameterCount(prototype, name, handler);
    Req()(prototype, name, requestIndex);
    const tenantDb = this.tenantDb;
    const wrapped: RouteHandler = function (this: unknown, ...args: unknown[]) {
      const request = args[requestIndex] as SinergiRequest;
      args.length = requestIndex;
      const tenant = request.tenant;
      if (!tenant) return handler.apply(this, args);
      return tenantDb.run(tenant.handle, async () => handler.apply(this, args), { readOnly });
    };
    // Nest, Swagger and the guards read a route's metadata off the handler function itself.
    for (const key of Reflect.getOwnMetadataKeys(handler)) Reflect.defineMetadata(key, Reflect.getOwnMetadata(key, handler), wrapped);
    Object.defineProperty(wrapped, 'name', { value: handler.name });
    wrapped[WRAPPED] = true;
    return wrapped;
  }
}

/** How many parameters Nest passes to the handler: its declared ones and every decorated one. */
function parameterCount(prototype: object, name: string, handler: RouteHandler): number {
  const decorated = (Reflect.getMetadata(ROUTE_ARGS_METADATA, prototype.constructor, name) ?? {}) as Record<string, { index: number }>;
  const declared = (Reflect.getMetadata('design:paramtypes', prototype, name) as unknown[] | undefined)?.length ?? 0;
  return Math.max(handler.length, declared, ...Object.values(decorated).map((param) => param.index + 1));
}
