import type { ApprovalDecisionRequest } from '@sinergi/contracts';

/**
 * One Idempotency-Key per decision the user means: the same instance, version, action and note
 * keep their key (a double click or a retry after a network failure sends the same key, and the
 * server answers the first result instead of deciding twice); any other decision gets a new key.
 */
export class DecisionKeys {
  private readonly keys = new Map<string, string>();

  constructor(private readonly newKey: () => string) {}

  keyFor(instanceId: string, body: ApprovalDecisionRequest): string {
    const intent = JSON.stringify([instanceId, body.version, body.action, body.note ?? '', body.toSubmitter ?? false]);
    let key = this.keys.get(intent);
    if (!key) {
      key = this.newKey();
      this.keys.set(intent, key);
    }
    return key;
  }
}
