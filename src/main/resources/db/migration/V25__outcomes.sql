-- Outcomes (issue 21, item 4): what became of every quantity of an inventory item or a stored lot that left, so that
-- reports can tell reuse inside the organisation from reuse by others, and reuse from recycling, disposal and loss.
-- One row per leaving event: a handover (keyed by its handover record), a pick, a disposal or a stock-take loss
-- (keyed by the stock movement), or an inventory item closed by hand as reused or discarded (keyed by the item).
-- The vocabulary and its rules are in docs/outcomes.md; the Java rules are se.kretslopp.outcome.OutcomeRules.

create table outcome (
    id                       uuid primary key,
    outcome                  text           not null check (outcome in ('REUSED_INTERNAL', 'REUSED_EXTERNAL', 'SOLD',
        'GIVEN_AWAY', 'RECYCLED', 'DISPOSED', 'LOST')),
    event                    text           not null
        check (event in ('HANDOVER', 'PICK', 'DISPOSAL', 'ADJUSTMENT', 'ITEM_CLOSED')),
    -- how the outcome was decided: chosen by a person, by the rules (a default, or what a handover's parties and
    -- price say), or mapped from history by this migration's backfill
    basis                    text           not null check (basis in ('CHOSEN', 'RULE', 'BACKFILL')),
    -- whose material left (the giver: a handover's seller, a store's organisation, a building's owner), and who
    -- received it where that is known (a handover's buyer)
    organisation_id          uuid           not null references organisation (id),
    receiver_organisation_id uuid references organisation (id),
    stock_lot_id             uuid references stock_lot (id),
    -- the item it came from: directly, or through a lot received from it
    inventory_item_id        uuid references inventory_item (id),
    handover_record_id       uuid unique references handover_record (id),
    stock_movement_id        bigint unique references stock_movement (id),
    category_id              uuid           not null references category (id),
    material                 text,
    quantity                 numeric(12, 3) not null check (quantity > 0),
    unit                     text           not null check (unit in ('st', 'm', 'm2', 'm3', 'kg')),
    mass_kg                  numeric(14, 3) check (mass_kg >= 0),
    -- what was paid (a sale at a fixed price)
    value_sek                numeric(14, 2) check (value_sek >= 0),
    -- the code in the European List of Waste that recycled or disposed material went as (climate_waste_code)
    waste_code               text check (waste_code ~ '^\d{2} \d{2} \d{2}$'),
    occurred_on              date           not null,
    created_at               timestamptz    not null default now(),
    check ((event = 'HANDOVER') = (handover_record_id is not null)),
    check ((event in ('PICK', 'DISPOSAL', 'ADJUSTMENT')) = (stock_movement_id is not null)),
    check (event not in ('PICK', 'DISPOSAL', 'ADJUSTMENT') or stock_lot_id is not null),
    check (event <> 'ITEM_CLOSED' or (inventory_item_id is not null and stock_lot_id is null)),
    check (event not in ('HANDOVER', 'PICK') or outcome in ('REUSED_INTERNAL', 'REUSED_EXTERNAL', 'SOLD', 'GIVEN_AWAY')),
    check (event <> 'DISPOSAL' or outcome in ('RECYCLED', 'DISPOSED')),
    check (event <> 'ADJUSTMENT' or outcome = 'LOST'),
    check ((outcome in ('RECYCLED', 'DISPOSED')) = (waste_code is not null)),
    check (outcome = 'SOLD' or value_sek is null),
    -- internal means the same organisation received it; external, another
    check (outcome <> 'REUSED_INTERNAL' or receiver_organisation_id is null
        or receiver_organisation_id = organisation_id),
    check (outcome not in ('REUSED_EXTERNAL', 'SOLD', 'GIVEN_AWAY') or receiver_organisation_id is null
        or receiver_organisation_id <> organisation_id)
);
create unique index outcome_item_closed_idx on outcome (inventory_item_id) where event = 'ITEM_CLOSED';
create index outcome_organisation_idx on outcome (organisation_id, occurred_on);
create index outcome_lot_idx on outcome (stock_lot_id) where stock_lot_id is not null;
create index outcome_item_idx on outcome (inventory_item_id) where inventory_item_id is not null;

-- The waste code of recycled or disposed material: the first rule of climate_waste_code (V20) whose pattern starts a
-- word of the material, else of the description (a lot's description, an item's name); else 17 09 04, mixed
-- construction and demolition waste. The same rules as the climate figures' waste code.
create function outcome_waste_code(material text, description text) returns text language sql stable as $$
    select coalesce((select w.code from climate_waste_code w
                     where coalesce(material, '') ~* ('\m(' || w.pattern || ')')
                        or coalesce(description, '') ~* ('\m(' || w.pattern || ')')
                     order by (coalesce(material, '') ~* ('\m(' || w.pattern || ')')) desc, w.rank
                     limit 1), '17 09 04')
$$;

-- What is left of an inventory item for a closing outcome: its quantity less what went into storage (the lots'
-- outcomes are their own) and what was handed over directly from it.
create function outcome_item_rest(item uuid) returns numeric language sql stable as $$
    select i.quantity
           - coalesce((select sum(s.received_quantity) from stock_lot s where s.inventory_item_id = i.id), 0)
           - coalesce((select sum(o.quantity) from outcome o
                       where o.inventory_item_id = i.id and o.stock_lot_id is null and o.event = 'HANDOVER'), 0)
    from inventory_item i where i.id = item
$$;

-- Maps every leaving event without an outcome onto one, with the rules of docs/outcomes.md (basis BACKFILL):
--   a handover inside one organisation: REUSED_INTERNAL; to another at a fixed price above 0: SOLD (with what was
--   paid); free or at price 0: GIVEN_AWAY; at a price on request (the money is not known): REUSED_EXTERNAL;
--   a pick (free stock out of the store, before pickers could say to whom): REUSED_EXTERNAL;
--   a disposal (the store's "to recycling"): RECYCLED, with its waste code;
--   a stock-take that counted less than the ledger held: LOST;
--   an item discarded by hand: RECYCLED when it was assessed for recycling, else DISPOSED; an item marked reused by
--   hand (not by a handover): REUSED_INTERNAL; either only for what is left of it (outcome_item_rest).
-- Run once here and at every start of the service (so that demo data loaded after the versioned migrations, and any
-- event recorded by a path that forgot its outcome, get one); idempotent. Returns how many it mapped.
create function outcome_backfill() returns integer language plpgsql as $$
declare
    mapped integer := 0;
    n      integer;
begin
    insert into outcome (id, outcome, event, basis, organisation_id, receiver_organisation_id, stock_lot_id,
                         inventory_item_id, handover_record_id, category_id, material, quantity, unit, mass_kg,
                         value_sek, occurred_on)
    select gen_random_uuid(), k.outcome, 'HANDOVER', 'BACKFILL', h.seller_organisation_id, h.buyer_organisation_id,
           h.stock_lot_id, coalesce(h.inventory_item_id, s.inventory_item_id), h.id, h.category_id, h.material,
           h.quantity, h.unit, h.mass_kg,
           case when k.outcome = 'SOLD' then round(l.price_sek * h.quantity, 2) end, h.handed_over_on
    from handover_record h
    join listing l on l.id = h.listing_id
    left join stock_lot s on s.id = h.stock_lot_id
    cross join lateral (select case
        when h.seller_organisation_id = h.buyer_organisation_id then 'REUSED_INTERNAL'
        when l.price_kind = 'FIXED' and l.price_sek > 0 then 'SOLD'
        when l.price_kind = 'FREE' or l.price_kind = 'FIXED' then 'GIVEN_AWAY'
        else 'REUSED_EXTERNAL' end as outcome) k
    where not exists (select 1 from outcome o where o.handover_record_id = h.id)
    on conflict do nothing;
    get diagnostics n = row_count;
    mapped := mapped + n;

    insert into outcome (id, outcome, event, basis, organisation_id, stock_lot_id, inventory_item_id,
                         stock_movement_id, category_id, material, quantity, unit, mass_kg, waste_code, occurred_on)
    select gen_random_uuid(), k.outcome, m.kind, 'BACKFILL', site.organisation_id, s.id, s.inventory_item_id, m.id,
           s.category_id, s.material, m.quantity, s.unit, round(s.weight_per_unit_kg * m.quantity, 3),
           case when k.outcome = 'RECYCLED' then outcome_waste_code(s.material, s.description) end,
           (m.at at time zone 'Europe/Stockholm')::date
    from stock_movement m
    join stock_lot s on s.id = m.lot_id
    join storage_site site on site.id = s.site_id
    cross join lateral (select case m.kind when 'PICK' then 'REUSED_EXTERNAL' when 'DISPOSAL' then 'RECYCLED'
        else 'LOST' end as outcome) k
    where (m.kind in ('PICK', 'DISPOSAL') or (m.kind = 'ADJUSTMENT' and m.from_location_id is not null))
      and not exists (select 1 from outcome o where o.stock_movement_id = m.id)
    on conflict do nothing;
    get diagnostics n = row_count;
    mapped := mapped + n;

    insert into outcome (id, outcome, event, basis, organisation_id, inventory_item_id, category_id, material,
                         quantity, unit, mass_kg, waste_code, occurred_on)
    select gen_random_uuid(), k.outcome, 'ITEM_CLOSED', 'BACKFILL', b.organisation_id, i.id, i.category_id,
           i.material, r.rest, i.unit, round(i.weight_per_unit_kg * r.rest, 3),
           case when k.outcome in ('RECYCLED', 'DISPOSED') then outcome_waste_code(i.material, i.name) end,
           (i.updated_at at time zone 'Europe/Stockholm')::date
    from inventory_item i
    join building b on b.id = i.building_id
    cross join lateral (select outcome_item_rest(i.id) as rest) r
    cross join lateral (select case
        when i.status = 'REUSED' then 'REUSED_INTERNAL'
        when i.fate = 'RECYCLE' then 'RECYCLED'
        else 'DISPOSED' end as outcome) k
    where i.status in ('REUSED', 'DISCARDED') and r.rest > 0
      -- an item marked reused by a handover got its outcome with the handover
      and not (i.status = 'REUSED' and exists (select 1 from outcome o
                                               where o.inventory_item_id = i.id and o.event = 'HANDOVER'))
      and not exists (select 1 from outcome o where o.inventory_item_id = i.id and o.event = 'ITEM_CLOSED')
    on conflict do nothing;
    get diagnostics n = row_count;
    mapped := mapped + n;
    return mapped;
end;
$$;

select outcome_backfill();
