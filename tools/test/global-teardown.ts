export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __sinergiStopServices?: () => Promise<void> }).__sinergiStopServices?.();
}
