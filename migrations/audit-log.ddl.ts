/** One shape for every audit trail (each tenant's and the platform's). */
export const AUDIT_LOG_DDL = (table: string, guard: string): string => `
  create table ${table} (
    id bigserial primary key,
    occurred_at timestamptz not null default now(),
    actor_id uuid,
    actor_name text not null,
    on_behalf_of_id uuid,
    on_behalf_of_name text,
    action varchar(80) not null,
    subject_type varchar(60) not null,
    subject_id text,
    details jsonb not null default '{}',
    ip varchar(64),
    prev_hash char(64) not null,
    hash char(64) not null unique
  );
  create index on ${table} (occurred_at);
  create index on ${table} (action);
  create function ${guard}() returns trigger language plpgsql as $$
    begin raise exception 'the audit trail is append-only'; end $$;
  create trigger ${guard.split('.').pop()} before update or delete on ${table}
    for each row execute function ${guard}();
  create trigger ${guard.split('.').pop()}_truncate before truncate on ${table}
    for each statement execute function ${guard}();
`;
