import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { checkAddress } from './address-guard';
import { LinkFetcher } from './link-fetcher';

describe('the link fetcher (real HTTP on loopback)', () => {
  let server: Server;
  let port: number;
  const hits: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      hits.push(`${request.headers.host}${request.url}`);
      switch (request.url) {
        case '/article':
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><head><title>Bupati Resmikan Pasar</title></head><body>Isi</body></html>');
          return;
        case '/redirect-private':
          response.writeHead(302, { location: `http://127.0.0.2:${port}/article` }).end();
          return;
        case '/redirect-loop':
          response.writeHead(301, { location: '/redirect-loop' }).end();
          return;
        case '/big': {
          response.writeHead(200, { 'content-type': 'text/html' });
          response.write('<title>Besar</title>');
          const chunk = 'x'.repeat(64 * 1024);
          let sent = 0;
          const pump = () => {
            while (sent < 4 * 1024 * 1024 && response.write(chunk)) sent += chunk.length;
            if (sent < 4 * 1024 * 1024) response.once('drain', pump);
            else response.end();
          };
          pump();
          return;
        }
        case '/slow':
          setTimeout(() => response.writeHead(200, { 'content-type': 'text/html' }).end('<title>late</title>'), 2000);
          return;
        case '/pdf':
          response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
          return;
        default:
          response.writeHead(404, { 'content-type': 'text/html' }).end('<title>Not found</title>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // 127.0.0.1 plays the public internet here; every other address keeps the real policy.
  const onlyThisLoopbackIsPublic = (address: string) => (address === '127.0.0.1' ? ({ allowed: true } as const) : checkAddress(address));

  it('refuses loopback, private and metadata targets without connecting when private targets are not allowed', async () => {
    const fetcher = new LinkFetcher({ allowPrivate: false });
    for (const url of [`http://127.0.0.1:${port}/article`, 'http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', `http://localhost:${port}/article`]) {
      const result = await fetcher.fetch(url);
      expect([url, result.forbidden, result.reachable]).toEqual([url, true, false]);
    }
    expect(hits).toEqual([]);
  });

  it('checks every address a name resolves to, and connects to the checked one (pinned)', async () => {
    const rebinding = new LinkFetcher({ allowPrivate: false, resolve: async () => [{ address: '8.8.8.8', family: 4 }, { address: '10.0.0.7', family: 4 }] });
    const refused = await rebinding.fetch('http://news.example/a');
    expect(refused.forbidden).toBe(true);
    expect(refused.problem).toMatch(/resolves to 10\.0\.0\.7/);

    const pinned = new LinkFetcher({ allowPrivate: false, checkAddress: onlyThisLoopbackIsPublic, resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
    const page = await pinned.fetch(`http://faktapers.example:${port}/article`);
    expect(page).toMatchObject({ forbidden: false, reachable: true, httpStatus: 200 });
    expect(page.html).toContain('Bupati Resmikan Pasar');
    expect(hits).toContain(`faktapers.example:${port}/article`); // the Host header keeps the name
  });

  it('re-checks each redirect, and stops after three', async () => {
    const fetcher = new LinkFetcher({ allowPrivate: false, checkAddress: onlyThisLoopbackIsPublic });
    const redirected = await fetcher.fetch(`http://127.0.0.1:${port}/redirect-private`);
    expect(redirected.forbidden).toBe(true);
    expect(redirected.finalUrl).toBe(`http://127.0.0.2:${port}/article`);
    const loop = await fetcher.fetch(`http://127.0.0.1:${port}/redirect-loop`);
    expect(loop).toMatchObject({ reachable: false, problem: 'more than 3 redirects' });
    expect(hits.filter((h) => h.endsWith('/redirect-loop'))).toHaveLength(4);
  });

  it('reads at most 1 MB, gives up after the time limit, reads only HTML, reports HTTP errors', async () => {
    const fetcher = new LinkFetcher({ allowPrivate: true, timeoutMs: 500 });
    const big = await fetcher.fetch(`http://127.0.0.1:${port}/big`);
    expect(big.reachable).toBe(true);
    expect(Buffer.byteLength(big.html!)).toBeLessThanOrEqual(1024 * 1024);
    expect(big.html).toContain('<title>Besar</title>');
    const slow = await fetcher.fetch(`http://127.0.0.1:${port}/slow`);
    expect(slow).toMatchObject({ reachable: false, problem: expect.stringMatching(/timed out/) });
    const pdf = await fetcher.fetch(`http://127.0.0.1:${port}/pdf`);
    expect(pdf).toMatchObject({ reachable: true, html: null, problem: expect.stringMatching(/not an HTML page/) });
    const missing = await fetcher.fetch(`http://127.0.0.1:${port}/missing`);
    expect(missing).toMatchObject({ reachable: false, httpStatus: 404, problem: 'HTTP 404' });
    const nowhere = await new LinkFetcher({ allowPrivate: false, resolve: () => Promise.reject(new Error('ENOTFOUND')) }).fetch('http://no-such-host.example/');
    expect(nowhere).toMatchObject({ forbidden: false, reachable: false, problem: expect.stringMatching(/cannot resolve/) });
  });
});
