// What runs Sinergi on one machine without configuration, shared by the CLI (`npm start`), the
// test set-up and the benchmarks: an embedded PostgreSQL, a local Redis, the backend modules
// without HTTP. Never imported by the product's apps.
export { startEmbeddedDatabase } from './embedded-database';
export { ensureRedis, redisAnswers } from './local-redis';
export { freePort } from './free-port';
export { createPlatformContext } from './platform-context';
export { startTestServices } from './test-services';
export { startMailSink } from './mail-sink';
export type { CaughtMail, MailSink } from './mail-sink';
