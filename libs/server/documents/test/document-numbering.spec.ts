import { AppException, TenantDatabase } from '@sinergi/server/core';
import { ResolvedTenant, TenantProvisioner, TenantRegistry } from '@sinergi/server/tenancy';
import { DocumentKind, DocumentNumbering } from '../src';
import { createDocumentsTestContext, DocumentsTestContext } from './documents-context';

describe('DocumentNumbering on real tenant schemas', () => {
  let t: DocumentsTestContext;
  let tenantDb: TenantDatabase;
  let numbering: DocumentNumbering;
  let pesisirBarat: ResolvedTenant;
  let lampungBarat: ResolvedTenant;

  beforeAll(async () => {
    t = await createDocumentsTestContext('documents');
    tenantDb = t.context.get(TenantDatabase);
    numbering = t.context.get(DocumentNumbering);
    const provisioner = t.context.get(TenantProvisioner);
    for (const regionCode of ['18.13', '18.04']) {
      await provisioner.provision({ regionCode, adminEmail: `admin-${regionCode}@example.go.id`, adminName: 'Admin' });
    }
    const registry = t.context.get(TenantRegistry);
    pesisirBarat = (await registry.resolve('pesisir-barat'))!;
    lampungBarat = (await registry.resolve('lampung-barat'))!;
  });
  afterAll(() => t.close());

  const next = (tenant: ResolvedTenant, kind: DocumentKind, year: number, unit = 'DISKOMINFO', issuedOn = '2026-11-23') =>
    tenantDb.run(tenant.handle, () => numbering.next(kind, year, { unit, issuedOn }));

  async function codeOf(promise: Promise<unknown>): Promise<string> {
    try {
      await promise;
    } catch (error) {
      expect(error).toBeInstanceOf(AppException);
      return (error as AppException).code;
    }
    throw new Error('expected a failure');
  }

  it('counts per kind and per fiscal year, from 1, with the default formats', async () => {
    expect(await next(pesisirBarat, 'agreement', 2026)).toEqual({ sequence: 1, number: '001/PKS/DISKOMINFO/2026' });
    expect(await next(pesisirBarat, 'agreement', 2026)).toEqual({ sequence: 2, number: '002/PKS/DISKOMINFO/2026' });
    expect(await next(pesisirBarat, 'order', 2026)).toEqual({ sequence: 1, number: '001/SP/DISKOMINFO/2026' });
    expect(await next(pesisirBarat, 'agreement', 2027, 'DISKOMINFO', '2027-01-05')).toEqual({ sequence: 1, number: '001/PKS/DISKOMINFO/2027' });
    expect(await next(pesisirBarat, 'receipt', 2026)).toEqual({ sequence: 1, number: '001/KW/DISKOMINFO/XI/2026' });
    expect(await next(pesisirBarat, 'handover-minutes', 2026, 'DKI', '2026-04-02')).toEqual({ sequence: 1, number: '001/BAST/DKI/IV/2026' });
    expect(await next(pesisirBarat, 'payment-minutes', 2026, 'DKI', '2026-12-31')).toEqual({ sequence: 1, number: '001/BAP/DKI/XII/2026' });
    expect(await next(pesisirBarat, 'agreement', 2026)).toEqual({ sequence: 3, number: '003/PKS/DISKOMINFO/2026' });
  });

  it('gives 1..50 without a duplicate or a hole to 50 concurrent units of work', async () => {
    const issued = await Promise.all(Array.from({ length: 50 }, () => next(pesisirBarat, 'order', 2030)));
    const sequences = issued.map((entry) => entry.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(issued.map((entry) => entry.number)).size).toBe(50);
  });

  it('gives the number back when the unit of work that took it rolls back (gap-free)', async () => {
    const before = await next(pesisirBarat, 'receipt', 2031);
    await expect(
      tenantDb.run(pesisirBarat.handle, async () => {
        await numbering.next('receipt', 2031, { unit: 'DISKOMINFO', issuedOn: '2031-03-01' });
        throw new Error('the kwitansi could not be saved');
      }),
    ).rejects.toThrow('could not be saved');
    expect((await next(pesisirBarat, 'receipt', 2031)).sequence).toBe(before.sequence + 1);
  });

  it('fills the placeholders of a format override: width, unit, year, month and Roman month', async () => {
    await tenantDb.run(pesisirBarat.handle, () => numbering.setFormat('order', '027/{seq:4}/SP/{unit}/{month}.{romanMonth}/{year}', 2032));
    expect(await next(pesisirBarat, 'order', 2032, 'Kominfo.PB', '2032-09-14')).toEqual({ sequence: 1, number: '027/0001/SP/Kominfo.PB/09.IX/2032' });
    // {seq} without a width is not padded; a format without {unit} needs no unit.
    await tenantDb.run(pesisirBarat.handle, () => numbering.setFormat('order', 'SP-{seq}-{year}', 2032));
    expect(await tenantDb.run(pesisirBarat.handle, () => numbering.next('order', 2032, { issuedOn: '2032-09-14' }))).toEqual({ sequence: 2, number: 'SP-2-2032' });
  });

  it('applies a format set for the kind to every year without its own, and null restores the default', async () => {
    await tenantDb.run(lampungBarat.handle, () => numbering.setFormat('agreement', '{seq:2}/PKS-KOMINFO/{year}'));
    expect(await next(lampungBarat, 'agreement', 2040)).toEqual({ sequence: 1, number: '01/PKS-KOMINFO/2040' });
    await tenantDb.run(lampungBarat.handle, () => numbering.setFormat('agreement', 'Y{seq}/{year}', 2041));
    expect(await next(lampungBarat, 'agreement', 2041)).toEqual({ sequence: 1, number: 'Y1/2041' });
    expect(await tenantDb.run(lampungBarat.handle, () => numbering.formatOf('agreement', 2041))).toEqual({ format: 'Y{seq}/{year}', source: 'year' });
    expect(await tenantDb.run(lampungBarat.handle, () => numbering.formatOf('agreement', 2042))).toEqual({ format: '{seq:2}/PKS-KOMINFO/{year}', source: 'kind' });
    await tenantDb.run(lampungBarat.handle, () => numbering.setFormat('agreement', null));
    expect(await next(lampungBarat, 'agreement', 2040)).toEqual({ sequence: 2, number: '002/PKS/DISKOMINFO/2040' });
    expect(await tenantDb.run(lampungBarat.handle, () => numbering.formatOf('agreement', 2042))).toEqual({ format: '{seq:3}/PKS/{unit}/{year}', source: 'default' });
  });

  it.each([
    ['PKS/{unit}/{year}', 'must contain {seq}'],
    ['{seq}/{foo}/{year}', 'unknown placeholder {foo}'],
    ['{seq}/{year:4}', 'only {seq} takes a width'],
    ['{seq:0}/{year}', 'width of {seq:N}'],
    ['{seq}/{year', 'brace outside a placeholder'],
    ['', 'must be 1 to'],
  ])('refuses the format %p (%s)', async (format, problem) => {
    const failure = tenantDb.run(pesisirBarat.handle, () => numbering.setFormat('order', format, 2033));
    await expect(failure).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: expect.arrayContaining([expect.objectContaining({ field: 'format', message: expect.stringContaining(problem) })]) });
    expect(await tenantDb.run(pesisirBarat.handle, () => numbering.formatOf('order', 2033))).toEqual({ format: '{seq:3}/SP/{unit}/{year}', source: 'default' });
  });

  it('refuses to issue without the unit the format needs, and keeps the sequence intact', async () => {
    expect(await codeOf(tenantDb.run(pesisirBarat.handle, () => numbering.next('agreement', 2034)))).toBe('VALIDATION_FAILED');
    // Even when the caller catches and commits its transaction, the failed call took no number.
    await tenantDb.run(pesisirBarat.handle, async () => {
      await numbering.next('agreement', 2034).catch(() => undefined);
      expect(await numbering.current('agreement', 2034)).toBe(0);
    });
    expect(await codeOf(tenantDb.run(pesisirBarat.handle, () => numbering.next('agreement', 2034, { unit: 'A B' })))).toBe('VALIDATION_FAILED');
    expect((await next(pesisirBarat, 'agreement', 2034)).number).toBe('001/PKS/DISKOMINFO/2034');
  });

  it('refuses unknown kinds, impossible years and work outside a tenant unit of work', async () => {
    expect(await codeOf(tenantDb.run(pesisirBarat.handle, () => numbering.next('invoice' as DocumentKind, 2026, { unit: 'X' })))).toBe('VALIDATION_FAILED');
    expect(await codeOf(tenantDb.run(pesisirBarat.handle, () => numbering.next('order', 26, { unit: 'X' })))).toBe('VALIDATION_FAILED');
    expect(await codeOf(tenantDb.run(pesisirBarat.handle, () => numbering.next('order', 2026.5, { unit: 'X' })))).toBe('VALIDATION_FAILED');
    expect(await codeOf(numbering.next('order', 2026, { unit: 'X' }))).toBe('TENANT_CONTEXT_MISSING');
  });

  it("keeps two tenants' sequences apart, even when both issue at the same time", async () => {
    const jobs = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? pesisirBarat : lampungBarat));
    const issued = await Promise.all(jobs.map((tenant) => next(tenant, 'payment-minutes', 2035).then((entry) => ({ slug: tenant.handle.slug, ...entry }))));
    for (const slug of [pesisirBarat.handle.slug, lampungBarat.handle.slug]) {
      const sequences = issued.filter((entry) => entry.slug === slug).map((entry) => entry.sequence).sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    }
    // A tenant's format override is its own.
    await tenantDb.run(pesisirBarat.handle, () => numbering.setFormat('payment-minutes', 'PB-{seq}', 2035));
    expect((await next(pesisirBarat, 'payment-minutes', 2035)).number).toBe('PB-21');
    expect((await next(lampungBarat, 'payment-minutes', 2035)).number).toBe('021/BAP/DISKOMINFO/XI/2035');
  });
});
