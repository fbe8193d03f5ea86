import { escapeLiteral } from 'pg';
import type { QueryRunner } from 'typeorm';

/**
 * Statements held back and sent together as one simple-protocol script: on a two-core machine a
 * round trip costs more than most DDL, so a tenant's provisioning (dozens of statements whose results
 * nobody reads) is sent in as few round trips as possible. Parameters are written into the text as
 * literals, in the text form pg itself would send them, so the statements keep their meaning; a
 * statement that cannot be written that way, or whose result is read, is run on its own after the
 * pending ones, in order.
 */
export class StatementBatch {
  private readonly pending: string[] = [];
  /** The runner's own query, taken before `record` stands in for it. */
  private readonly send: QueryRunner['query'];

  constructor(private readonly runner: QueryRunner) {
    this.send = runner.query.bind(runner);
  }

  /** Holds a statement back; runs the pending ones and then this one when it cannot be inlined. */
  async add(sql: string, parameters: readonly unknown[] = []): Promise<void> {
    const inlined = inlineParameters(sql, parameters);
    if (inlined === null) {
      await this.flush();
      await this.send(sql, [...parameters]);
      return;
    }
    this.pending.push(inlined);
  }

  /**
   * Runs `work` with the query runner's statements going into this batch: writes whose result is not
   * a row set are held back; reads (select, with, returning…) and statements asking for a structured
   * result first send what is pending, then run for real, so whoever reads a result gets it.
   */
  async record<T>(work: () => Promise<T>): Promise<T> {
    const runner = this.runner;
    const own = Object.prototype.hasOwnProperty.call(runner, 'query') ? runner.query : undefined;
    runner.query = (async (sql: string, parameters?: unknown[], useStructuredResult?: boolean) => {
      const inlined = useStructuredResult || returnsRows(sql) ? null : inlineParameters(sql, parameters ?? []);
      if (inlined === null) {
        await this.flush();
        return useStructuredResult ? this.send(sql, parameters, true) : this.send(sql, parameters);
      }
      this.pending.push(inlined);
      return [];
    }) as QueryRunner['query'];
    try {
      return await work();
    } finally {
      if (own) runner.query = own;
      else delete (runner as { query?: unknown }).query;
    }
  }

  /** Sends what is pending, in one round trip. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    // A newline before each `;` so that a statement ending in a `--` comment cannot swallow it.
    const script = this.pending.join('\n;\n');
    this.pending.length = 0;
    await this.send(script);
  }
}

/** Whether a statement hands back rows someone may read (leading comments skipped). */
function returnsRows(sql: string): boolean {
  const text = sql.replace(/^(\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/)+/, '');
  return /^(select|with|values|table|show|explain|fetch)\b/i.test(text) || /\breturning\b/i.test(text);
}

/**
 * `sql` with `$n` replaced by the literal of parameter n, skipping quoted strings, quoted identifiers,
 * comments and dollar-quoted bodies; null when a parameter has no faithful literal or the text is not
 * understood, so the caller runs it with real parameters instead.
 */
export function inlineParameters(sql: string, parameters: readonly unknown[]): string | null {
  if (parameters.length === 0) return sql;
  const literals = parameters.map(parameterLiteral);
  if (literals.some((literal) => literal === null)) return null;
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const previous = i > 0 ? sql[i - 1]! : ' ';
    if (c === "'" || c === '"') {
      const backslashEscapes = c === "'" && /[eE]/.test(previous) && (i < 2 || !/[A-Za-z0-9_$]/.test(sql[i - 2]!));
      const end = closingQuote(sql, i, c, backslashEscapes);
      if (end < 0) return null;
      out += sql.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) return null;
      out += sql.slice(i, end + 2);
      i = end + 2;
      continue;
    }
    if (c === '$' && !/[A-Za-z0-9_$]/.test(previous)) {
      const rest = sql.slice(i);
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(rest);
      if (tag) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        if (close < 0) return null;
        out += sql.slice(i, close + tag[0].length);
        i = close + tag[0].length;
        continue;
      }
      const placeholder = /^\$(\d+)/.exec(rest);
      if (placeholder) {
        const literal = literals[Number(placeholder[1]) - 1];
        if (literal === undefined) return null;
        out += literal;
        i += placeholder[0].length;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

function closingQuote(sql: string, start: number, quote: string, backslashEscapes: boolean): number {
  for (let i = start + 1; i < sql.length; i++) {
    if (backslashEscapes && sql[i] === '\\') {
      i++;
      continue;
    }
    if (sql[i] !== quote) continue;
    if (sql[i + 1] === quote) {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/**
 * The literal of a parameter: the text pg would send for it, quoted, so PostgreSQL types it from its
 * context exactly as it types an untyped parameter. Dates, buffers and the like: null (not inlined).
 */
function parameterLiteral(value: unknown): string | null {
  if (value === null || value === undefined) return 'null';
  const text = parameterText(value);
  return text === null ? null : escapeLiteral(text);
}

function parameterText(value: unknown): string | null {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? String(value) : null;
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      if (Array.isArray(value)) return arrayText(value);
      return value !== null && isPlainObject(value) ? JSON.stringify(value) : null;
    default:
      return null;
  }
}

/** PostgreSQL's array input syntax, element by element as pg writes it. */
function arrayText(values: readonly unknown[]): string | null {
  const elements: string[] = [];
  for (const value of values) {
    if (value === null || value === undefined) {
      elements.push('NULL');
      continue;
    }
    const text = Array.isArray(value) ? arrayText(value) : parameterText(value);
    if (text === null) return null;
    elements.push(Array.isArray(value) ? text : `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  }
  return `{${elements.join(',')}}`;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
