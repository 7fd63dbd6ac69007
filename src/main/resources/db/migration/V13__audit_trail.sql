-- The audit trail (docs/audit.md): every change of an audited table, whoever made it, recorded by a trigger in the
-- transaction of the change. The service names the person, request and client address of each transaction in the
-- setting kretslopp.audit (audit.AuditContextInterceptor); a change made without it (a job, a migration, psql) is
-- recorded as the system's. Entries are append-only and are sealed, a few seconds later and in the order they are
-- sealed, into a hash chain: each sealed entry carries the SHA-256 of its content and of the entry before it, so a
-- change to a sealed entry, or a removed one, shows as a break when the chain is checked. The chain names people
-- only by their token's subject (a pseudonym); their name and address are kept beside it, in audit_entry_person,
-- outside the chain, where pseudonymisation and retention can reach them without breaking it.
create table audit_entry (
    id                     bigint generated always as identity primary key,
    occurred_at            timestamptz not null default clock_timestamp(),
    actor_subject          text not null,
    actor_organisation_id  uuid,
    actor_organisation     text,
    request_id             text,
    resource               text not null,
    resource_id            text not null,
    -- the organisation the record belongs to, when it has one (its organisation_id column)
    owner_organisation_id  uuid,
    action                 text not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    version_before         bigint,
    version_after          bigint,
    -- {"column": {"from": old, "to": new}}; a personal column only as {"column": {"changed": true}}
    changes                jsonb not null,
    chain_position         bigint unique,
    previous_hash          text,
    hash                   text,
    check ((chain_position is null) = (hash is null))
);

create index audit_entry_resource_idx on audit_entry (resource, resource_id, id);
create index audit_entry_actor_idx on audit_entry (actor_subject, id);
create index audit_entry_actor_org_idx on audit_entry (actor_organisation_id, id);
create index audit_entry_owner_org_idx on audit_entry (owner_organisation_id, id);
create index audit_entry_occurred_idx on audit_entry (occurred_at);
create index audit_entry_unsealed_idx on audit_entry (id) where hash is null;

-- The personal details of an entry's author, outside the hash chain.
create table audit_entry_person (
    entry_id       bigint primary key references audit_entry (id),
    actor_name     text,
    client_address text
);

-- Records one row's change. The trigger's arguments name the row's personal columns: their values stay out of
-- the trail (a change to one is recorded as changed). Bookkeeping columns alone (version, times) are no change. A
-- row is named by its id; rows without one by their first key column (a person by subject, an assignment by its
-- building or site, an organisation group by its code, a climate dataset by its version).
create function audit_capture() returns trigger language plpgsql as $$
declare
    old_values jsonb := case when tg_op = 'INSERT' then '{}'::jsonb else to_jsonb(old) end;
    new_values jsonb := case when tg_op = 'DELETE' then '{}'::jsonb else to_jsonb(new) end;
    the_row    jsonb := case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end;
    changes    jsonb := '{}'::jsonb;
    actor      jsonb := nullif(current_setting('kretslopp.audit', true), '')::jsonb;
    field      text;
    entry      bigint;
begin
    for field in select key from jsonb_each(old_values) union select key from jsonb_each(new_values) loop
        continue when field in ('version', 'updated_at', 'created_at', 'seen_at');
        if old_values -> field is distinct from new_values -> field then
            changes := changes || jsonb_build_object(field, case when field = any (tg_argv)
                then jsonb_build_object('changed', true)
                else jsonb_strip_nulls(jsonb_build_object('from', old_values -> field, 'to', new_values -> field))
            end);
        end if;
    end loop;
    if tg_op = 'UPDATE' and changes = '{}'::jsonb then
        return null;
    end if;
    insert into audit_entry (actor_subject, actor_organisation_id, actor_organisation, request_id, resource,
                             resource_id, owner_organisation_id, action, version_before, version_after, changes)
    values (coalesce(actor ->> 'subject', 'system'), (actor ->> 'organisationId')::uuid,
            actor ->> 'organisation', actor ->> 'requestId', tg_table_name,
            coalesce(the_row ->> 'id', the_row ->> 'subject', the_row ->> 'building_id', the_row ->> 'site_id',
                     the_row ->> 'code', the_row ->> 'version'),
            (the_row ->> 'organisation_id')::uuid,
            case tg_op when 'INSERT' then 'CREATE' when 'UPDATE' then 'UPDATE' else 'DELETE' end,
            case when jsonb_typeof(old_values -> 'version') = 'number' then (old_values ->> 'version')::bigint end,
            case when jsonb_typeof(new_values -> 'version') = 'number' then (new_values ->> 'version')::bigint end,
            changes)
    returning id into entry;
    if actor ->> 'name' is not null or actor ->> 'clientAddress' is not null then
        insert into audit_entry_person (entry_id, actor_name, client_address)
        values (entry, actor ->> 'name', actor ->> 'clientAddress');
    end if;
    return null;
end;
$$;

-- Append-only: an entry is written once and sealed once (chain position and hashes set, nothing else changed).
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.hash is null and new.hash is not null
        and to_jsonb(old) - '{chain_position,previous_hash,hash}'::text[]
            = to_jsonb(new) - '{chain_position,previous_hash,hash}'::text[] then
        return new;
    end if;
    raise exception 'the audit trail is append-only' using errcode = 'restrict_violation';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();

-- The hash of an entry at a position of the chain (at_position) after the entry with hash previous: SHA-256 over a fixed text
-- form of every column (times in UTC, the changes as PostgreSQL's normalised jsonb text).
create function audit_entry_hash(e audit_entry, at_position bigint, previous text) returns text
    language sql immutable as $$
    select encode(sha256(convert_to(concat_ws(chr(31), at_position, coalesce(previous, '-'), e.id,
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), e.actor_subject,
        coalesce(e.actor_organisation_id::text, '-'), coalesce(e.actor_organisation, '-'),
        coalesce(e.request_id, '-'), e.resource, e.resource_id,
        coalesce(e.owner_organisation_id::text, '-'), e.action, coalesce(e.version_before::text, '-'),
        coalesce(e.version_after::text, '-'), e.changes::text), 'UTF8')), 'hex')
$$;

-- Seals up to batch committed entries in id order after the chain's last one; one sealer at a time (the
-- advisory lock), so that the chain has one order. Returns how many were sealed.
create function audit_seal(batch integer) returns integer language plpgsql as $$
declare
    last_position bigint;
    last_hash     text;
    e             audit_entry;
    sealed        integer := 0;
begin
    if not pg_try_advisory_xact_lock(7046121955283936353) then
        return 0;
    end if;
    select chain_position, hash into last_position, last_hash
    from audit_entry where chain_position is not null order by chain_position desc limit 1;
    for e in select * from audit_entry where hash is null order by id limit batch loop
        last_position := coalesce(last_position, 0) + 1;
        update audit_entry set chain_position = last_position, previous_hash = last_hash,
                               hash = audit_entry_hash(e, last_position, last_hash)
        where id = e.id
        returning hash into last_hash;
        sealed := sealed + 1;
    end loop;
    return sealed;
end;
$$;

-- The first sealed entry whose hash is not that of its content and predecessor, or whose predecessor is missing
-- or is not the entry it names: null when the chain holds.
create function audit_first_break() returns bigint language sql stable as $$
    select a.chain_position
    from audit_entry a
    left join audit_entry p on p.chain_position = a.chain_position - 1
    where a.hash is not null
      and (a.hash <> audit_entry_hash(a, a.chain_position, a.previous_hash)
           or (a.chain_position > 1 and (p.id is null or a.previous_hash is distinct from p.hash))
           or (a.chain_position = 1 and a.previous_hash is not null))
    order by a.chain_position
    limit 1
$$;

-- The audited tables, each with its personal columns.
create trigger audit_organisation after insert or update or delete on organisation
    for each row execute function audit_capture();
create trigger audit_person after insert or update or delete on person
    for each row execute function audit_capture('username', 'subject', 'name', 'email');
create trigger audit_category after insert or update or delete on category
    for each row execute function audit_capture();
create trigger audit_building after insert or update or delete on building
    for each row execute function audit_capture('contact_name', 'contact_phone', 'contact_email', 'notes');
create trigger audit_building_assignment after insert or update or delete on building_assignment
    for each row execute function audit_capture();
create trigger audit_inventory_item after insert or update or delete on inventory_item
    for each row execute function audit_capture();
create trigger audit_photo after insert or update or delete on photo
    for each row execute function audit_capture('uploaded_by', 'original_filename');
create trigger audit_listing after insert or update or delete on listing
    for each row execute function audit_capture('created_by', 'pickup_instructions');
create trigger audit_storage_site after insert or update or delete on storage_site
    for each row execute function audit_capture();
create trigger audit_storage_site_deliverer after insert or update or delete on storage_site_deliverer
    for each row execute function audit_capture();
create trigger audit_storage_location after insert or update or delete on storage_location
    for each row execute function audit_capture();
create trigger audit_stock_intake after insert or update or delete on stock_intake
    for each row execute function audit_capture('delivered_by_name', 'note', 'received_by');
create trigger audit_stock_lot after insert or update or delete on stock_lot
    for each row execute function audit_capture();
create trigger audit_reservation after insert or update or delete on reservation
    for each row execute function audit_capture('buyer_username', 'buyer_name', 'message', 'reject_reason',
                                                'destination_address', 'handed_over_by');
create trigger audit_wanted_request after insert or update or delete on wanted_request
    for each row execute function audit_capture('created_by', 'notes');
create trigger audit_climate_dataset after insert or update or delete on climate_dataset
    for each row execute function audit_capture();
