import { ApprovalCondition, ApprovalFacts, ApprovalInstanceStep, ApprovalStep, ErrorDetail, MEDIA_TYPES } from '@sinergi/contracts';

export const MAX_STEPS = 20;
export const MIN_DEADLINE_DAYS = 1;
export const MAX_DEADLINE_DAYS = 60;
const KEY = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

const isWholeAmount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * Every problem of a chain at once (empty when it is sound). Pure: the tenant's role names come in.
 * The graph checked for loops and reachability has an edge from each step to its `next` (or the
 * following step) and, for a conditional step, also to the following step (taken when it is left out).
 */
export function validateChain(steps: ApprovalStep[], knownRoles: ReadonlySet<string>): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (!Array.isArray(steps) || steps.length === 0) {
    return [{ field: 'steps', message: 'a chain needs at least one step' }];
  }
  if (steps.length > MAX_STEPS) problems.push({ field: 'steps', message: `at most ${MAX_STEPS} steps` });
  const index = new Map<string, number>();
  steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (typeof step.key !== 'string' || !KEY.test(step.key)) {
      problems.push({ field: `${at}.key`, message: 'a key is 1 to 40 lower-case letters, digits and hyphens' });
    } else if (index.has(step.key)) {
      problems.push({ field: `${at}.key`, message: `duplicate key ${step.key}` });
    } else {
      index.set(step.key, i);
    }
    if (typeof step.role !== 'string' || !knownRoles.has(step.role)) {
      problems.push({ field: `${at}.role`, message: `unknown role ${String(step.role)}` });
    }
    if (typeof step.label !== 'string' || step.label.trim().length === 0) problems.push({ field: `${at}.label`, message: 'a label is required' });
    if (!Number.isInteger(step.deadlineDays) || step.deadlineDays < MIN_DEADLINE_DAYS || step.deadlineDays > MAX_DEADLINE_DAYS) {
      problems.push({ field: `${at}.deadlineDays`, message: `deadlineDays must be a whole number from ${MIN_DEADLINE_DAYS} to ${MAX_DEADLINE_DAYS}` });
    }
    if (step.when !== undefined && step.when !== null) problems.push(...conditionProblems(step.when, `${at}.when`));
  });
  steps.forEach((step, i) => {
    if (step.next === undefined || step.next === null) return;
    const target = index.get(step.next);
    if (target === undefined) problems.push({ field: `steps[${i}].next`, message: `next points to an unknown step ${String(step.next)}` });
    else if (target === i) problems.push({ field: `steps[${i}].next`, message: `step ${step.key} points to itself` });
  });
  // Loops and reachability only make sense once every key and `next` is sound.
  if (problems.length) return problems;
  const edges = steps.map((step, i) => {
    const out = new Set<number>();
    const following = i + 1 < steps.length ? i + 1 : null;
    const jump = step.next !== undefined && step.next !== null ? index.get(step.next)! : following;
    if (jump !== null) out.add(jump);
    if (step.when && following !== null) out.add(following);
    return [...out];
  });
  const loop = findLoop(edges);
  if (loop) problems.push({ field: 'steps', message: `the chain loops: ${loop.map((i) => steps[i]!.key).join(' → ')}` });
  const reached = new Set<number>([0]);
  const queue = [0];
  while (queue.length) {
    for (const to of edges[queue.shift()!]!) {
      if (reached.has(to)) continue;
      reached.add(to);
      queue.push(to);
    }
  }
  steps.forEach((step, i) => {
    if (!reached.has(i)) problems.push({ field: `steps[${i}]`, message: `step ${step.key} can never be reached from the first step` });
  });
  return problems;
}

function conditionProblems(when: ApprovalCondition, at: string): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (typeof when !== 'object' || Array.isArray(when)) return [{ field: at, message: 'a condition is an object' }];
  const { amountAtLeast, amountBelow, mediaTypes } = when;
  if (amountAtLeast === undefined && amountBelow === undefined && mediaTypes === undefined) {
    problems.push({ field: at, message: 'a condition needs amountAtLeast, amountBelow or mediaTypes' });
  }
  if (amountAtLeast !== undefined && !isWholeAmount(amountAtLeast)) {
    problems.push({ field: `${at}.amountAtLeast`, message: 'an amount is a whole number of rupiah, 0 or more' });
  }
  if (amountBelow !== undefined && (!isWholeAmount(amountBelow) || amountBelow === 0)) {
    problems.push({ field: `${at}.amountBelow`, message: 'an amount is a whole number of rupiah, more than 0' });
  }
  if (isWholeAmount(amountAtLeast) && isWholeAmount(amountBelow) && amountAtLeast >= amountBelow) {
    problems.push({ field: at, message: `amountAtLeast (${amountAtLeast}) must be below amountBelow (${amountBelow}): no amount could match` });
  }
  if (mediaTypes !== undefined) {
    if (!Array.isArray(mediaTypes) || mediaTypes.length === 0) {
      problems.push({ field: `${at}.mediaTypes`, message: 'mediaTypes lists at least one media type' });
    } else {
      for (const type of mediaTypes) {
        if (!(MEDIA_TYPES as readonly string[]).includes(type)) problems.push({ field: `${at}.mediaTypes`, message: `unknown media type ${String(type)}` });
      }
    }
  }
  return problems;
}

/** A cycle (as step indices) in the graph, or null. */
function findLoop(edges: number[][]): number[] | null {
  const state = new Array<0 | 1 | 2>(edges.length).fill(0);
  const path: number[] = [];
  const visit = (node: number): number[] | null => {
    state[node] = 1;
    path.push(node);
    for (const to of edges[node]!) {
      if (state[to] === 1) return [...path.slice(path.indexOf(to)), to];
      if (state[to] === 0) {
        const found = visit(to);
        if (found) return found;
      }
    }
    path.pop();
    state[node] = 2;
    return null;
  };
  for (let node = 0; node < edges.length; node += 1) {
    if (state[node] === 0) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return null;
}

export function conditionHolds(when: ApprovalCondition | undefined | null, facts: ApprovalFacts): boolean {
  if (!when) return true;
  if (when.amountAtLeast !== undefined && !(facts.amount >= when.amountAtLeast)) return false;
  if (when.amountBelow !== undefined && !(facts.amount < when.amountBelow)) return false;
  if (when.mediaTypes !== undefined && (facts.mediaType === null || !when.mediaTypes.includes(facts.mediaType))) return false;
  return true;
}

/**
 * The steps an item with these facts goes through, in order: walk from the first step; an included
 * step continues at its `next` (or the following step), a step left out by its condition at the
 * following step. Expects a valid chain; still stops rather than loop.
 */
export function resolveSteps(steps: ApprovalStep[], facts: ApprovalFacts): ApprovalInstanceStep[] {
  const index = new Map(steps.map((step, i) => [step.key, i]));
  const resolved: ApprovalInstanceStep[] = [];
  const seen = new Set<number>();
  let at: number | undefined = 0;
  while (at !== undefined && at < steps.length && !seen.has(at)) {
    seen.add(at);
    const step: ApprovalStep = steps[at]!;
    if (conditionHolds(step.when, facts)) {
      resolved.push({ key: step.key, role: step.role, label: step.label, deadlineDays: step.deadlineDays });
      at = step.next !== undefined && step.next !== null ? index.get(step.next) : at + 1;
    } else {
      at += 1;
    }
  }
  return resolved;
}
