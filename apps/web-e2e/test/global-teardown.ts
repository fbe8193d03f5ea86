export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __sinergiWebE2eStop?: () => Promise<void> }).__sinergiWebE2eStop?.();
}
