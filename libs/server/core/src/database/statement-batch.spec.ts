import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../testing';
import { inlineParameters, StatementBatch } from './statement-batch';

describe('StatementBatch', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('batch');
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  // Each value inlined must mean what the same value sent as a parameter means.
  it.each<[string, unknown[]]>([
    ['select $1::text as v', ["it's a \\ back'slash"]],
    ['select $1::int + $2::int as v', [40, 2]],
    ['select $1::bigint as v', [9007199254740993n]],
    ['select $1::boolean as v', [false]],
    ['select $1::text is null as v', [null]],
    ['select $1::varchar[] as v', [['a', 'b"c', 'd\\e', "f'g", null, '']]],
    ['select $1::int[] as v', [[[1, 2], [3, 4]]]],
    ['select $1::text[] as v', [[]]],
    ['select $1::jsonb as v', [{ a: "it's", b: [1, 'x"y'], c: null }]],
    ['select $1::jsonb[] as v', [[JSON.stringify({ action: 'read', subject: 'Order' }), '{"q":"\\\\"}']]],
    ['select concat($2::text, $1::text, $10::text, $3::int, $4::int, $5::int, $6::int, $7::int, $8::int, $9::int) as v', ['a', 'b', 3, 4, 5, 6, 7, 8, 9, 'j']],
  ])('inlines %s as the parameters would be sent', async (sql, parameters) => {
    const inlined = inlineParameters(sql, parameters);
    expect(inlined).not.toBeNull();
    expect(inlined).not.toMatch(/\$\d/);
    expect(await dataSource.query(inlined!)).toEqual(await dataSource.query(sql, parameters));
  });

  it('leaves $n alone inside strings, quoted names, comments and dollar-quoted bodies', () => {
    const sql = `select '$1', E'\\'$1', "$1" -- $1
      /* $1 */ , $f$ $1 $f$, $$ $1 $$, a$1, $1`;
    expect(inlineParameters(sql, ['x'])).toBe(sql.replace(/, \$1$/, ", 'x'"));
  });

  it('refuses what it cannot write faithfully, so the statement runs with real parameters', () => {
    expect(inlineParameters('select $1', [new Date()])).toBeNull();
    expect(inlineParameters('select $1', [Buffer.from('x')])).toBeNull();
    expect(inlineParameters('select $1', [Number.NaN])).toBeNull();
    expect(inlineParameters('select $2', ['only one'])).toBeNull();
    expect(inlineParameters("select 'unterminated", ['x'])).toBeNull();
  });

  it('sends held-back statements in one round trip, in order, and runs reads for real', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    const sent: string[] = [];
    const spy = jest.spyOn(runner, 'query').mockImplementation(function (this: unknown, ...args) {
      sent.push(String(args[0]));
      return (Object.getPrototypeOf(runner) as { query: (...a: unknown[]) => Promise<unknown> }).query.apply(runner, args);
    });
    try {
      const batch = new StatementBatch(runner);
      await batch.add('start transaction');
      await batch.add('create temporary table t (v text) on commit drop');
      const read = await batch.record(async () => {
        await runner.query('insert into t values ($1), ($2)', ["o'ne", 'two']);
        await runner.manager.query('insert into t values ($1)', ['three']);
        return runner.query('select v from t order by v');
      });
      expect(read).toEqual([{ v: "o'ne" }, { v: 'three' }, { v: 'two' }]);
      await batch.add('commit');
      await batch.flush();
      expect(sent).toHaveLength(3);
      expect(sent[0]).toContain("insert into t values ('o''ne'), ('two')");
      expect(sent[0]).toContain("insert into t values ('three')");
      expect(sent[1]).toBe('select v from t order by v');
      expect(sent[2]).toBe('commit');
      // Outside record() the runner's own query is back.
      expect(Object.prototype.hasOwnProperty.call(runner, 'query')).toBe(true); // the spy
    } finally {
      spy.mockRestore();
      await runner.release();
    }
  });

  it('a failing statement in a script fails the whole transaction', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('create table kept (v int)');
      const batch = new StatementBatch(runner);
      await batch.add('start transaction');
      await batch.add('insert into kept values ($1)', [1]);
      await batch.add('insert into kept values ($1)', ['not a number']);
      await expect(batch.flush()).rejects.toThrow(/invalid input syntax/);
      await runner.query('rollback');
      expect(await runner.query('select count(*)::int as n from kept')).toEqual([{ n: 0 }]);
    } finally {
      await runner.release();
    }
  });
});
