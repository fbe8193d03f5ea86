export default async function globalTeardown(): Promise<void> {
  const teardowns = (globalThis as { __sinergiTeardowns?: (() => Promise<void> | void)[] }).__sinergiTeardowns ?? [];
  for (const teardown of teardowns.reverse()) await teardown();
}
