import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@sinergi/server/core';
import * as argon2 from 'argon2';

/** argon2id with the cost from configuration (chosen so one login costs ~50-150 ms). */
@Injectable()
export class PasswordHasher {
  // A real hash to verify against when the e-mail is unknown, so both answers take the same time.
  private decoy: Promise<string> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, {
      type: argon2.argon2id,
      memoryCost: this.config.argon2MemoryKib,
      timeCost: this.config.argon2TimeCost,
      parallelism: 1,
    });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      this.decoy ??= this.hash('decoy-password-for-unknown-accounts');
      await argon2.verify(await this.decoy, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }
}
