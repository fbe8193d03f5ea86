import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ApprovalChain, ApprovalInstance, ApprovalWaitingRow, AuditEntry, Delegation, ErrorResponse, Page, TenantMe, TenantRoleDefinition } from '@sinergi/contracts';
import { RequestActor, TenantDatabase } from '@sinergi/server/core';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import { MembershipService, UserService } from '@sinergi/server/identity';
import { MailSink, startMailSink } from '@sinergi/server/local-runtime';
import { ResolvedTenant, TenantRegistry } from '@sinergi/server/tenancy';
import { ApprovalReminders, ApprovalWorkflow } from '@sinergi/server/workflow';
import { DataSource } from 'typeorm';
import { ApiTestEnvironment, client, login, startApiTestEnvironment } from './support/api-harness';
import { startMailWorker } from './support/mail-worker';

const SLUG = 'kota-samarinda';
const T = `/api/t/${SLUG}`;
const DAY = 86_400_000;

function wibDate(offsetDays: number): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * DAY).toISOString().slice(0, 10);
}

type Client = ReturnType<typeof client>;

describe('Approval chains: configuration, decisions, delegation, idempotency and reminders', () => {
  let env: ApiTestEnvironment;
  let sink: MailSink;
  let tenant: ResolvedTenant;
  let admin: Client;
  let adminId: string;
  type Person = { id: string; email: string; token: string; http: Client };
  const people = {} as Record<'pptk' | 'ppk' | 'pa' | 'treasurer' | 'acting', Person>;

  /** A decision over HTTP with the Idempotency-Key header. */
  async function decide(who: Person, id: string, key: string | null, body: Record<string, unknown>) {
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${who.token}` };
    if (key !== null) headers['idempotency-key'] = key;
    const response = await fetch(`${env.api.url}${T}/approvals/${id}/decisions`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as ApprovalInstance & ErrorResponse };
  }

  /**
   * Starts an approval the way an owning module does: ApprovalWorkflow inside the tenant's unit of
   * work. Kind 'agreement' has no subject handler registered (billing owns 'claim'), so the engine
   * runs on its own here.
   */
  function start(label: string, amount: number): Promise<ApprovalInstance> {
    const actor: RequestActor = { id: adminId, name: demoAdminEmail(SLUG), ip: null };
    return env.api.app.get(TenantDatabase).run(tenant.handle, () =>
      env.api.app.get(ApprovalWorkflow).start('agreement', { id: randomUUID(), label, facts: { amount, mediaType: 'online' } }, actor),
    );
  }

  beforeAll(async () => {
    sink = await startMailSink();
    env = await startApiTestEnvironment('workflow', { SMTP_URL: sink.smtpUrl, OUTBOX_POLL_MS: '50' });
    await seedDemoTenants(env.api.app, DEMO_TENANTS.filter((t) => t.slug === SLUG));
    const app = env.api.app;
    tenant = (await app.get(TenantRegistry).resolve(SLUG))!;
    admin = client(env.api.url, await login(env.api.url, demoAdminEmail(SLUG), DEMO_PASSWORD));
    adminId = (await admin.get<TenantMe>(`${T}/me`)).body.user.id;

    // The region's own officials as roles, with the right to decide approvals (as a tenant defines them).
    for (const [name, label] of [['pptk', 'PPTK'], ['ppk', 'PPK'], ['pa-kpa', 'PA/KPA']]) {
      const created = await admin.post<TenantRoleDefinition>(`${T}/roles`, {
        name,
        label,
        permissions: [
          { action: 'read', subject: 'Approval' },
          { action: 'update', subject: 'Approval' },
        ],
      });
      expect(created.status).toBe(201);
    }
    const staff: [keyof typeof people, string, string[]][] = [
      ['pptk', 'pptk@samarindakota.go.id', ['pptk']],
      ['ppk', 'ppk@samarindakota.go.id', ['ppk']],
      ['pa', 'kadis@samarindakota.go.id', ['pa-kpa']],
      ['treasurer', 'bendahara@samarindakota.go.id', ['treasurer']],
      ['acting', 'sekretaris@samarindakota.go.id', ['verifier']],
    ];
    for (const [key, email, roles] of staff) {
      const id = await app.get<DataSource>(getDataSourceToken()).transaction(async (manager) => {
        const user = await app.get(UserService).ensureUser(manager, email, `Pejabat ${key.toUpperCase()}`);
        await app.get(UserService).setPassword(manager, user.id, 'Samarinda-Pejabat-2026');
        await app.get(MembershipService).grantTenantRoles(manager, user.id, tenant.handle.id, roles);
        return user.id;
      });
      const token = await login(env.api.url, email, 'Samarinda-Pejabat-2026');
      people[key] = { id, email, token, http: client(env.api.url, token) };
    }
  });
  afterAll(async () => {
    await env.teardown();
    await sink.stop();
  });

  const CHAIN = [
    { key: 'pptk', role: 'pptk', label: 'Pejabat Pelaksana Teknis Kegiatan', deadlineDays: 3 },
    { key: 'ppk', role: 'ppk', label: 'Pejabat Pembuat Komitmen', deadlineDays: 2, when: { amountAtLeast: 5_000_000 } },
    { key: 'pa', role: 'pa-kpa', label: 'Pengguna Anggaran', deadlineDays: 1 },
  ];

  it('refuses a start before the tenant has a chain, then saves chains as versions and refuses bad ones with every problem', async () => {
    await expect(start('TG/1', 1_000)).rejects.toMatchObject({ code: 'SETTINGS_MISSING' });
    expect((await admin.get<ErrorResponse>(`${T}/approval-chains/agreement`)).status).toBe(404);

    const first = await admin.raw<ApprovalChain>('PUT', `${T}/approval-chains/agreement`, { steps: CHAIN.slice(0, 1) });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ kind: 'agreement', version: 1 });
    const saved = await admin.raw<ApprovalChain>('PUT', `${T}/approval-chains/agreement`, { steps: CHAIN });
    expect(saved.body).toMatchObject({ kind: 'agreement', version: 2, steps: CHAIN });

    const empty = await admin.raw<ErrorResponse>('PUT', `${T}/approval-chains/agreement`, { steps: [] });
    expect(empty.status).toBe(422);
    expect(empty.body.code).toBe('CHAIN_INVALID');
    expect(empty.body.details).toEqual([{ field: 'steps', message: 'a chain needs at least one step' }]);

    const loop = await admin.raw<ErrorResponse>('PUT', `${T}/approval-chains/agreement`, {
      steps: [
        { key: 'pptk', role: 'pptk', label: 'PPTK', deadlineDays: 3 },
        { key: 'ppk', role: 'ppk', label: 'PPK', deadlineDays: 2, next: 'pptk' },
        { key: 'pa', role: 'walikota', label: 'PA', deadlineDays: 90, when: { amountAtLeast: 10, amountBelow: 5 } },
      ],
    });
    expect(loop.status).toBe(422);
    expect(loop.body.code).toBe('CHAIN_INVALID');
    expect(loop.body.details.map((d) => d.field)).toEqual(['steps[2].role', 'steps[2].deadlineDays', 'steps[2].when']);
    const onlyLoop = await admin.raw<ErrorResponse>('PUT', `${T}/approval-chains/agreement`, {
      steps: [
        { key: 'pptk', role: 'pptk', label: 'PPTK', deadlineDays: 3 },
        { key: 'ppk', role: 'ppk', label: 'PPK', deadlineDays: 2, next: 'pptk' },
      ],
    });
    expect(onlyLoop.body.code).toBe('CHAIN_INVALID');
    expect(onlyLoop.body.details[0]!.message).toMatch(/loops: pptk → ppk → pptk/);
    expect((await admin.raw<ErrorResponse>('PUT', `${T}/approval-chains/agreement`, { steps: [{ key: 'x', role: 'pptk' }] })).status).toBe(400);
    expect((await admin.raw<ErrorResponse>('PUT', `${T}/approval-chains/invoice`, { steps: CHAIN })).status).toBe(400);
    // Nothing of the refused chains was saved; only the chain's editors may save one.
    expect((await admin.get<ApprovalChain>(`${T}/approval-chains/agreement`)).body.version).toBe(2);
    expect((await admin.get<ApprovalChain[]>(`${T}/approval-chains/agreement/versions`)).body.map((c) => c.version)).toEqual([2, 1]);
    expect((await people.pptk.http.raw('PUT', `${T}/approval-chains/agreement`, { steps: CHAIN })).status).toBe(403);
  });

  it('walks an item through the chain: wrong role, stale version, delegated approval, returns, resubmission, finish', async () => {
    const big = await start('TG/2026/0001', 7_500_000);
    expect(big).toMatchObject({ status: 'in-progress', currentStep: 'pptk', currentRole: 'pptk', round: 1, version: 1, chainVersion: 2 });
    expect(big.steps.map((s) => s.key)).toEqual(['pptk', 'ppk', 'pa']);
    const small = await start('TG/2026/0002', 1_000_000);
    expect(small.steps.map((s) => s.key)).toEqual(['pptk', 'pa']);
    expect(Date.parse(big.dueAt!) - Date.parse(big.currentStepSince!)).toBe(3 * DAY);

    // The treasurer may decide approvals, but not at the PPTK's step.
    const wrong = await decide(people.treasurer, big.id, 'k-wrong-role', { action: 'approve', version: 1 });
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('NOT_CURRENT_APPROVER');
    // A member without the Approval permission at all is stopped by the ability check.
    expect((await decide(people.acting, big.id, 'k-no-permission', { action: 'approve', version: 1 })).status).toBe(403);
    expect((await decide(people.pptk, big.id, null, { action: 'approve', version: 1 })).status).toBe(400);

    const approved = await decide(people.pptk, big.id, 'k-big-pptk-1', { action: 'approve', version: 1 });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'in-progress', currentStep: 'ppk', version: 2 });
    // A retry with the same key and body returns the result and records nothing.
    const retried = await decide(people.pptk, big.id, 'k-big-pptk-1', { action: 'approve', version: 1 });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ currentStep: 'ppk', version: 2 });
    expect(retried.body.actions.map((a) => a.action)).toEqual(['submit', 'approve']);
    const reused = await decide(people.pptk, big.id, 'k-big-pptk-1', { action: 'return', note: 'x', version: 1 });
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await decide(people.ppk, big.id, 'k-big-pptk-1', { action: 'approve', version: 1 })).body.code).toBe('IDEMPOTENCY_KEY_REUSED');

    const stale = await decide(people.ppk, big.id, 'k-big-ppk-stale', { action: 'approve', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');

    // The PPK is away: the secretary acts for them today (Plt.), and the history names both.
    const delegation = await admin.post<Delegation>(`${T}/delegations`, {
      role: 'ppk',
      fromUserId: people.ppk.id,
      toUserId: people.acting.id,
      startsOn: wibDate(0),
      endsOn: wibDate(2),
      reason: 'Plt. PPK selama dinas luar',
    });
    expect(delegation.status).toBe(201);
    const delegated = await decide(people.acting, big.id, 'k-big-ppk-plt', { action: 'approve', version: 2 });
    expect(delegated.status).toBe(200);
    expect(delegated.body).toMatchObject({ currentStep: 'pa', version: 3 });
    expect(delegated.body.actions.at(-1)).toMatchObject({
      action: 'approve',
      stepKey: 'ppk',
      role: 'ppk',
      actor: { id: people.acting.id, name: people.acting.email },
      onBehalfOf: { id: people.ppk.id, name: 'Pejabat PPK' },
    });
    const trail = await admin.get<Page<AuditEntry>>(`${T}/audit?action=approval.advanced`);
    expect(trail.body.items.find((e) => e.subject.id === big.id && e.actor.id === people.acting.id)).toMatchObject({
      onBehalfOf: { id: people.ppk.id, name: 'Pejabat PPK' },
      details: { step: 'ppk' },
    });

    // The PA sends it back one step with a note; without a note a return is refused.
    expect((await decide(people.pa, big.id, 'k-big-pa-nonote', { action: 'return', version: 3 })).status).toBe(400);
    const back = await decide(people.pa, big.id, 'k-big-pa-back', { action: 'return', note: 'Lampirkan bukti tayang halaman 2', version: 3 });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ status: 'in-progress', currentStep: 'ppk', returnNote: 'Lampirkan bukti tayang halaman 2', version: 4 });
    const again = await decide(people.ppk, big.id, 'k-big-ppk-2', { action: 'approve', version: 4 });
    expect(again.body).toMatchObject({ currentStep: 'pa', returnNote: null, version: 5 });
    expect(again.body.actions.at(-1)!.onBehalfOf).toBeNull();

    // To the submitter: the item leaves the chain until it is resubmitted.
    const toSubmitter = await decide(people.pa, big.id, 'k-big-pa-submitter', { action: 'return', note: 'Nilai PPN salah', toSubmitter: true, version: 5 });
    expect(toSubmitter.body).toMatchObject({ status: 'returned', currentStep: null, returnNote: 'Nilai PPN salah', version: 6, dueAt: null });
    expect(toSubmitter.body.actions.at(-1)).toMatchObject({ action: 'return', toSubmitter: true, note: 'Nilai PPN salah' });
    const onReturned = await decide(people.pa, big.id, 'k-big-pa-late', { action: 'approve', version: 6 });
    expect(onReturned.status).toBe(409);
    expect(onReturned.body.code).toBe('INVALID_TRANSITION');

    const resubmitted = await env.api.app.get(TenantDatabase).run(tenant.handle, () =>
      env.api.app.get(ApprovalWorkflow).resubmit('agreement', big.subjectId, { amount: 4_000_000, mediaType: 'online' }, { id: adminId, name: 'admin', ip: null }),
    );
    // Round 2 from the first step, on the chain version it started with; the new amount drops the PPK step.
    expect(resubmitted).toMatchObject({ status: 'in-progress', round: 2, currentStep: 'pptk', version: 7, chainVersion: 2 });
    expect(resubmitted.steps.map((s) => s.key)).toEqual(['pptk', 'pa']);
    expect(resubmitted.actions.filter((a) => a.round === 1).map((a) => a.action)).toEqual(['submit', 'approve', 'approve', 'return', 'approve', 'return']);

    // A double click: two identical requests at once record one action.
    const [one, two] = await Promise.all([
      decide(people.pptk, big.id, 'k-big-pptk-round2', { action: 'approve', version: 7 }),
      decide(people.pptk, big.id, 'k-big-pptk-round2', { action: 'approve', version: 7 }),
    ]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(one.body.version).toBe(8);
    expect(two.body.version).toBe(8);
    const history = (await admin.get<ApprovalInstance>(`${T}/approvals/${big.id}`)).body;
    expect(history.actions.filter((a) => a.round === 2 && a.action === 'approve')).toHaveLength(1);

    const finished = await decide(people.pa, big.id, 'k-big-pa-final', { action: 'approve', version: 8 });
    expect(finished.body).toMatchObject({ status: 'approved', currentStep: null, dueAt: null });
    expect(finished.body.finishedAt).not.toBeNull();
    const afterFinish = await decide(people.pa, big.id, 'k-big-pa-after', { action: 'return', note: 'x', version: 9 });
    expect(afterFinish.status).toBe(409);
    expect(afterFinish.body.code).toBe('INVALID_TRANSITION');
    expect((await admin.get(`${T}/approvals/${randomUUID()}`)).status).toBe(404);
  });

  it("calls the kind's subject handler in the decision's transaction: a failing handler undoes the decision", async () => {
    const calls: string[] = [];
    let fail = true;
    env.api.app.get(ApprovalWorkflow).registerSubject('order', {
      onApproved: async (subjectId, instance) => {
        calls.push(`approved:${subjectId}:${instance.status}`);
      },
      onReturned: async (subjectId, instance, note) => {
        if (fail) throw new Error('the owner refused');
        calls.push(`returned:${subjectId}:${instance.status}:${note}`);
      },
    });
    await admin.raw('PUT', `${T}/approval-chains/order`, { steps: [{ key: 'pa', role: 'pa-kpa', label: 'PA', deadlineDays: 2 }] });
    const actor: RequestActor = { id: adminId, name: 'admin', ip: null };
    const order = await env.api.app
      .get(TenantDatabase)
      .run(tenant.handle, () => env.api.app.get(ApprovalWorkflow).start('order', { id: randomUUID(), label: 'SP/2026/0001', facts: { amount: 1, mediaType: null } }, actor));
    expect((await decide(people.pa, order.id, 'k-order-return-1', { action: 'return', note: 'Materi belum lengkap', version: 1 })).status).toBe(500);
    expect((await admin.get<ApprovalInstance>(`${T}/approvals/${order.id}`)).body).toMatchObject({ status: 'in-progress', version: 1 });
    fail = false;
    const returned = await decide(people.pa, order.id, 'k-order-return-2', { action: 'return', note: 'Materi belum lengkap', version: 1 });
    expect(returned.body).toMatchObject({ status: 'returned', version: 2 });
    await env.api.app.get(TenantDatabase).run(tenant.handle, () => env.api.app.get(ApprovalWorkflow).resubmit('order', order.subjectId, { amount: 1, mediaType: null }, actor));
    expect((await decide(people.pa, order.id, 'k-order-approve', { action: 'approve', version: 3 })).body.status).toBe('approved');
    expect(calls).toEqual([`returned:${order.subjectId}:returned:Materi belum lengkap`, `approved:${order.subjectId}:approved`]);
    expect(await env.api.app.get(TenantDatabase).run(tenant.handle, () => env.api.app.get(ApprovalWorkflow).forSubject('order', order.subjectId))).toMatchObject({
      status: 'approved',
      round: 2,
    });
  });

  it("lists each official's inbox and the waiting items per official", async () => {
    const inbox = await people.pptk.http.get<Page<ApprovalInstance>>(`${T}/approvals`);
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((i) => i.subjectLabel)).toEqual(['TG/2026/0002']);
    expect((await people.pa.http.get<Page<ApprovalInstance>>(`${T}/approvals`)).body.total).toBe(0);
    const all = await admin.get<Page<ApprovalInstance>>(`${T}/approvals?scope=all&kind=agreement&pageSize=1`);
    expect(all.body).toMatchObject({ total: 1, pageSize: 1 });
    expect((await admin.get(`${T}/approvals?scope=everything`)).status).toBe(400);
    const rows = await admin.get<ApprovalWaitingRow[]>(`${T}/approvals/waiting-by-official`);
    expect(rows.body).toEqual([
      expect.objectContaining({ role: 'pptk', count: 1, overdue: 0, oldestAgeDays: 0, holders: [{ userId: people.pptk.id, name: 'Pejabat PPTK', delegatedBy: null }] }),
    ]);
  });

  it('reminds the holders of the role once when a step is due within a day and once when overdue', async () => {
    const waiting = (await admin.get<Page<ApprovalInstance>>(`${T}/approvals?scope=all`)).body.items[0]!;
    const due = Date.parse(waiting.dueAt!);
    const reminders = env.api.app.get(ApprovalReminders);
    expect(await reminders.sendDueFor(tenant, new Date(due - 2 * DAY))).toEqual({ reminders: 0, mails: 0 });
    expect(await reminders.sendDueFor(tenant, new Date(due - 12 * 3600_000))).toEqual({ reminders: 1, mails: 1 });
    expect(await reminders.sendDueFor(tenant, new Date(due - 3600_000))).toEqual({ reminders: 0, mails: 0 });
    // Across the fleet, as the hourly job runs it.
    expect(await reminders.sendDue(new Date(due + 3600_000))).toEqual({ tenants: 1, reminders: 1, mails: 1 });
    expect(await reminders.sendDue(new Date(due + 5 * 3600_000))).toEqual({ tenants: 1, reminders: 0, mails: 0 });

    const worker = await startMailWorker(env.config);
    try {
      const soon = await sink.waitFor((m) => m.subject.startsWith('Tenggat besok') && m.to.includes(people.pptk.email));
      expect(soon.text.replace(/\s+/g, ' ')).toContain('perjanjian kerja sama TG/2026/0002');
      expect(soon.text).toContain('Pejabat Pelaksana Teknis Kegiatan');
      const late = await sink.waitFor((m) => m.subject.startsWith('Lewat tenggat') && m.to.includes(people.pptk.email));
      expect(late.subject).toContain('TG/2026/0002');
    } finally {
      await worker.close();
    }
  });
});
