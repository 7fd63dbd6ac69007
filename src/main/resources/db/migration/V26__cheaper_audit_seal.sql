-- Sealing costs less (issue 19: a bulk load of a million listings writes a million audit entries, and sealing them
-- took PostgreSQL more time than relaying the listings to the search index). The chain, the hashes and what may
-- change stay exactly as they were; only how the work is done changes.

-- The append-only check compares the row as a record, with the seal's three columns taken from the old row, instead
-- of converting both rows to jsonb: still every column, including any added later (a column added to audit_entry
-- needs a type with an equality operator, as every column so far has; json has none, jsonb has).
create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
declare
    unsealed audit_entry;
begin
    if tg_op = 'UPDATE' and old.hash is null and new.hash is not null then
        unsealed := new;
        unsealed.chain_position := old.chain_position;
        unsealed.previous_hash := old.previous_hash;
        unsealed.hash := old.hash;
        if unsealed is not distinct from old then
            return new;
        end if;
    end if;
    raise exception 'the audit trail is append-only' using errcode = 'restrict_violation';
end;
$$;

-- The hashes are chained one entry after another as before, then the batch is written in one statement instead of
-- one update per entry.
create or replace function audit_seal(batch integer) returns integer language plpgsql as $$
declare
    last_position bigint;
    last_hash     text;
    e             audit_entry;
    ids           bigint[] := '{}';
    positions     bigint[] := '{}';
    previous      text[] := '{}';
    hashes        text[] := '{}';
begin
    if not pg_try_advisory_xact_lock(7046121955283936353) then
        return 0;
    end if;
    select chain_position, hash into last_position, last_hash
    from audit_entry where chain_position is not null order by chain_position desc limit 1;
    for e in select * from audit_entry where hash is null order by id limit batch loop
        last_position := coalesce(last_position, 0) + 1;
        ids := ids || e.id;
        positions := positions || last_position;
        previous := previous || last_hash;
        last_hash := audit_entry_hash(e, last_position, last_hash);
        hashes := hashes || last_hash;
    end loop;
    update audit_entry a set chain_position = s.position, previous_hash = s.previous, hash = s.hash
    from unnest(ids, positions, previous, hashes) as s (id, position, previous, hash)
    where a.id = s.id;
    return cardinality(ids);
end;
$$;
