import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, LookupFunction } from 'node:net';
import { AddressVerdict, checkAddress, checkUrlTarget } from './address-guard';

export type FetchOutcome = {
  /** The guard refused a target (first URL or a redirect): nothing was fetched from it. */
  forbidden: boolean;
  reachable: boolean;
  httpStatus: number | null;
  finalUrl: string | null;
  title: string | null;
  html: string | null;
  problem: string | null;
};

export type LinkFetcherOptions = {
  /** Tests only (LINK_CHECK_ALLOW_PRIVATE): loopback and private targets are let through. */
  allowPrivate: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** DNS, replaceable in tests; returns every address of a name. */
  resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
  /** The address policy, replaceable in tests (e.g. to treat one loopback address as public). */
  checkAddress?: (address: string) => AddressVerdict;
};

const HTML = /^(text\/html|application\/xhtml\+xml)\b/i;

/**
 * Fetches a proof URL without letting it reach the server's own networks: only http(s); the name is
 * resolved here and every address checked; the connection goes to the checked address (pinned, no
 * second lookup that could answer differently); each redirect (at most 3) is checked the same way;
 * 10 s in all; at most 1 MB read; only HTML is read at all.
 */
export class LinkFetcher {
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly resolve: (host: string) => Promise<{ address: string; family: number }[]>;
  private readonly checkAddress: (address: string) => AddressVerdict;

  constructor(private readonly options: LinkFetcherOptions) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.maxRedirects = options.maxRedirects ?? 3;
    this.resolve = options.resolve ?? ((host) => dnsLookup(host, { all: true, verbatim: true }));
    this.checkAddress = options.checkAddress ?? checkAddress;
  }

  async fetch(startUrl: string): Promise<FetchOutcome> {
    const deadline = Date.now() + this.timeoutMs;
    let current = startUrl;
    for (let hop = 0; ; hop++) {
      let target: Awaited<ReturnType<LinkFetcher['pin']>>;
      try {
        target = await this.pin(current, deadline);
      } catch (error) {
        return outcome({ finalUrl: current, problem: `cannot resolve: ${(error as Error).message}` });
      }
      if ('forbidden' in target) return outcome({ forbidden: true, finalUrl: current, problem: target.forbidden });
      let response: Awaited<ReturnType<LinkFetcher['get']>>;
      try {
        response = await this.get(target.url, target.address, target.family, deadline);
      } catch (error) {
        return outcome({ finalUrl: current, problem: (error as Error).message });
      }
      const location = response.location;
      if (response.status >= 300 && response.status < 400 && location) {
        if (hop >= this.maxRedirects) return outcome({ httpStatus: response.status, finalUrl: current, problem: `more than ${this.maxRedirects} redirects` });
        try {
          current = new URL(location, current).toString();
        } catch {
          return outcome({ httpStatus: response.status, finalUrl: current, problem: 'a redirect to an invalid address' });
        }
        continue;
      }
      const reachable = response.status >= 200 && response.status < 400;
      return outcome({
        reachable,
        httpStatus: response.status,
        finalUrl: current,
        html: response.html,
        problem: reachable ? (response.html === null ? `not an HTML page (${response.contentType ?? 'no content type'})` : null) : `HTTP ${response.status}`,
      });
    }
  }

  /** Resolves and checks; the address returned is the one to connect to. */
  private async pin(rawUrl: string, deadline: number): Promise<{ url: URL; address: string; family: number } | { forbidden: string }> {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      return { forbidden: 'not a URL' };
    }
    // Scheme and credentials are refused always; private targets unless tests allow them.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { forbidden: `only http and https, not ${url.protocol}` };
    if (url.username || url.password) return { forbidden: 'no credentials in the address' };
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    if (!this.options.allowPrivate) {
      const early = isIP(host) ? this.checkAddress(host) : checkUrlTarget(rawUrl);
      if (!early.allowed) return { forbidden: early.reason };
    }
    const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await withTimeout(this.resolve(host), deadline - Date.now(), 'DNS lookup timed out');
    if (addresses.length === 0) throw new Error(`${host} has no address`);
    if (!this.options.allowPrivate) {
      for (const { address } of addresses) {
        const verdict = this.checkAddress(address);
        if (!verdict.allowed) return { forbidden: `${host} resolves to ${address}: ${verdict.reason}` };
      }
    }
    return { url, address: addresses[0]!.address, family: addresses[0]!.family };
  }

  private get(url: URL, address: string, family: number, deadline: number): Promise<{ status: number; location: string | null; contentType: string | null; html: string | null }> {
    return new Promise((resolve, reject) => {
      const remaining = deadline - Date.now();
      if (remaining <= 0) return reject(new Error('timed out'));
      // The connection goes to the address checked above, whatever DNS would say now.
      const pinned: LookupFunction = (_host, options, callback) => {
        if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
        else callback(null, address, family);
      };
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const request = send(url, {
        method: 'GET',
        lookup: pinned,
        agent: false,
        headers: { 'user-agent': 'Sinergi-LinkCheck/1.0 (+bukti tayang)', accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'accept-encoding': 'identity' },
      });
      const timer = setTimeout(() => request.destroy(new Error('timed out after 10 s')), remaining);
      const finish = (value: { status: number; location: string | null; contentType: string | null; html: string | null } | Error) => {
        clearTimeout(timer);
        if (value instanceof Error) reject(value);
        else resolve(value);
      };
      request.on('error', (error) => finish(error));
      request.on('response', (response: IncomingMessage) => {
        const status = response.statusCode ?? 0;
        const location = typeof response.headers.location === 'string' ? response.headers.location : null;
        const contentType = response.headers['content-type'] ?? null;
        if ((status >= 300 && status < 400) || !contentType || !HTML.test(contentType)) {
          response.destroy();
          request.destroy();
          return finish({ status, location, contentType, html: null });
        }
        const chunks: Buffer[] = [];
        let size = 0;
        let done = false;
        const end = () => {
          if (done) return;
          done = true;
          request.destroy();
          finish({ status, location, contentType, html: Buffer.concat(chunks).toString('utf8') });
        };
        response.on('data', (chunk: Buffer) => {
          if (done) return;
          const room = this.maxBytes - size;
          chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
          size += Math.min(chunk.length, room);
          // Enough read: the title and the article are at the top; the rest is not fetched.
          if (size >= this.maxBytes) end();
        });
        response.on('end', end);
        response.on('error', (error) => (done ? undefined : ((done = true), finish(error))));
        response.on('aborted', () => (done ? undefined : ((done = true), finish(new Error('the response was cut off')))));
      });
      request.end();
    });
  }
}

function outcome(partial: Partial<FetchOutcome>): FetchOutcome {
  return { forbidden: false, reachable: false, httpStatus: null, finalUrl: null, title: null, html: null, problem: null, ...partial };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    if (ms <= 0) return reject(new Error(message));
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });
}
