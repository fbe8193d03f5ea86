import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

export type MessageHandler = (message: string) => void;

/**
 * Two connections per process: one for commands (fails fast while Redis is down, so callers can
 * degrade) and one dedicated to subscriptions (Redis requires it).
 */
@Injectable()
export class RedisClients implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  readonly command: Redis;
  private subscriber: Redis | null = null;
  private readonly handlers = new Map<string, Set<MessageHandler>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.command = new Redis(config.redisUrl, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    this.command.on('error', (error: Error) => this.logger.debug(`command connection: ${error.message}`));
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.command.publish(this.channel(channel), message);
  }

  /**
   * Registers a handler. The subscription itself happens in the background: start-up never waits
   * for Redis, and ioredis re-subscribes after a reconnect.
   */
  subscribe(channel: string, handler: MessageHandler): void {
    const subscriber = this.ensureSubscriber();
    const name = this.channel(channel);
    let set = this.handlers.get(name);
    if (!set) {
      set = new Set();
      this.handlers.set(name, set);
      if (subscriber.status === 'ready') {
        subscriber.subscribe(name).catch((error: Error) => this.logger.warn(`cannot subscribe to ${name}: ${error.message}`));
      }
    }
    set.add(handler);
  }

  async ping(timeoutMs = 1000): Promise<boolean> {
    try {
      const reply = await Promise.race([
        this.command.ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref()),
      ]);
      return reply === 'PONG';
    } catch {
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.command.disconnect();
    this.subscriber?.disconnect();
  }

  private channel(name: string): string {
    return `${this.config.redisPrefix}:${name}`;
  }

  private ensureSubscriber(): Redis {
    if (this.subscriber) return this.subscriber;
    const subscriber = new Redis(this.config.redisUrl, {
      maxRetriesPerRequest: null,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    subscriber.on('error', (error: Error) => this.logger.debug(`subscriber connection: ${error.message}`));
    // ioredis re-subscribes on reconnect by itself; this covers the first subscribe failing.
    subscriber.on('ready', () => {
      const channels = [...this.handlers.keys()];
      if (channels.length) void subscriber.subscribe(...channels).catch(() => undefined);
    });
    subscriber.on('message', (channel: string, message: string) => {
      for (const handler of this.handlers.get(channel) ?? []) handler(message);
    });
    this.subscriber = subscriber;
    return subscriber;
  }
}

@Global()
@Module({ providers: [RedisClients], exports: [RedisClients] })
export class RedisModule {}
