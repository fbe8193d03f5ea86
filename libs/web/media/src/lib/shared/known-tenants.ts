import { DOCUMENT, Injectable, inject, signal } from '@angular/core';

const STORAGE_KEY = 'sinergi.media.tenants';
const MAX_REMEMBERED = 12;

/** The tenants this browser opened in the portal, newest first (localStorage). */
@Injectable({ providedIn: 'root' })
export class RememberedTenants {
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage ?? null;
  private readonly slugs = signal<readonly string[]>(this.read());
  readonly list = this.slugs.asReadonly();

  remember(slug: string): void {
    const next = [slug, ...this.slugs().filter((s) => s !== slug)].slice(0, MAX_REMEMBERED);
    this.slugs.set(next);
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage blocked: remembered for this page only.
    }
  }

  private read(): string[] {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(STORAGE_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === 'string') : [];
    } catch {
      return [];
    }
  }
}
