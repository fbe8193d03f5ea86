import { createServer, Server } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port';

export type CaughtMail = { id: number; from: string; to: string[]; subject: string; text: string; html: string; date: string };

export type MailSink = {
  smtpUrl: string;
  webUrl: string | null;
  messages: CaughtMail[];
  /** Resolves with the first message (already caught or still to come) that matches. */
  waitFor(match: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  stop(): Promise<void>;
};

const KEEP = 500;

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * A local SMTP server that keeps what it receives in memory, with a page to read it: `npm start`
 * runs one when SMTP_URL is not set, and the tests check real mail with it. `reject` makes every
 * delivery fail (the tests' broken mail server).
 */
export async function startMailSink(options: { web?: boolean; reject?: () => boolean } = {}): Promise<MailSink> {
  const messages: CaughtMail[] = [];
  const waiters = new Set<{ match: (mail: CaughtMail) => boolean; resolve: (mail: CaughtMail) => void }>();
  let next = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      if (options.reject?.()) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('mailbox unavailable (test)'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          const mail: CaughtMail = {
            id: next++,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            date: new Date().toISOString(),
          };
          messages.push(mail);
          if (messages.length > KEEP) messages.shift();
          for (const waiter of [...waiters]) {
            if (waiter.match(mail)) {
              waiters.delete(waiter);
              waiter.resolve(mail);
            }
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const smtpPort = await freePort(1025);
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));

  let web: Server | null = null;
  let webUrl: string | null = null;
  if (options.web) {
    const webPort = await freePort(1080);
    web = createServer((request, response) => {
      const rows = [...messages]
        .reverse()
        .map(
          (m) =>
            `<article><h2>${escape(m.subject)}</h2><p><b>To:</b> ${escape(m.to.join(', '))} · ${escape(m.date)}</p>` +
            `<pre>${escape(m.text).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')}</pre></article>`,
        )
        .join('<hr>');
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(
        `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Sinergi mail (development)</title>` +
          `<meta http-equiv="refresh" content="5"></head><body style="font-family:sans-serif;max-width:800px;margin:auto">` +
          `<h1>Mail sent by Sinergi (development sink)</h1>${rows || '<p>No mail yet.</p>'}</body></html>`,
      );
      void request;
    });
    await new Promise<void>((resolve) => web!.listen(webPort, '127.0.0.1', resolve));
    webUrl = `http://localhost:${webPort}`;
  }

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl,
    messages,
    waitFor(match, timeoutMs = 30_000) {
      const found = messages.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.add(waiter);
        setTimeout(() => {
          if (waiters.delete(waiter)) reject(new Error(`no matching mail within ${timeoutMs} ms (${messages.length} caught)`));
        }, timeoutMs).unref();
      });
    },
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (web) await new Promise<void>((resolve) => web!.close(() => resolve()));
    },
  };
}
