-- Intermediate storage (mellanlager): sites, their locations, stock lots and the ledger of stock movements.
--
-- The ledger is append-only. Balances (per lot and location, and per lot) are applied by a trigger on the
-- movement insert, so a movement and its balances are one statement of one transaction; the check constraints
-- make the impossible states unrepresentable: nothing is ever negative and nothing is promised that is not there.

create table storage_site (
    id                uuid primary key,
    organisation_id   uuid    not null references organisation (id),
    name              text    not null check (length(name) between 1 and 200),
    street_address    text check (length(street_address) <= 200),
    postal_code       text check (length(postal_code) <= 20),
    city              text check (length(city) <= 100),
    latitude          double precision check (latitude between -90 and 90),
    longitude         double precision check (longitude between -180 and 180),
    opening_hours     text check (length(opening_hours) <= 500),
    floor_capacity_m2 numeric(10, 1) check (floor_capacity_m2 >= 0),
    pallet_capacity   integer check (pallet_capacity >= 0),
    -- lots older than this many days are flagged: storage costs money and space
    age_alert_days    integer not null default 180 check (age_alert_days between 1 and 3650),
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check ((latitude is null) = (longitude is null))
);
create index storage_site_organisation_idx on storage_site (organisation_id);

-- The organisations (contractors) that may register deliveries to a site.
create table storage_site_deliverer (
    site_id         uuid not null references storage_site (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    primary key (site_id, organisation_id)
);
create index storage_site_deliverer_org_idx on storage_site_deliverer (organisation_id);

create table storage_location (
    id                uuid primary key,
    site_id           uuid not null references storage_site (id),
    code              text not null check (code ~ '^[A-Z0-9]{1,10}(-[A-Z0-9]{1,10}){0,4}$'),
    kind              text not null check (kind in ('RACK', 'FLOOR_ZONE', 'YARD', 'CONTAINER')),
    description       text check (length(description) <= 500),
    floor_capacity_m2 numeric(10, 1) check (floor_capacity_m2 >= 0),
    pallet_capacity   integer check (pallet_capacity >= 0),
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (site_id, code),
    unique (site_id, id)
);

-- One delivery received at a site; it brings one or more lots.
create table stock_intake (
    id                           uuid primary key,
    site_id                      uuid        not null references storage_site (id),
    delivered_at                 timestamptz not null,
    delivered_by_organisation_id uuid references organisation (id),
    delivered_by_name            text check (length(delivered_by_name) <= 200),
    note                         text check (length(note) <= 2000),
    received_by                  text        not null,
    received_by_organisation_id  uuid        not null references organisation (id),
    created_at                   timestamptz not null default now()
);
create index stock_intake_site_idx on stock_intake (site_id, delivered_at desc);

create table stock_lot (
    id                 uuid primary key,
    -- the label code: six characters of Crockford's base 32 (no I, L, O, U), printed with a QR code
    code               text           not null unique check (code ~ '^[0-9A-HJKMNP-TV-Z]{6}$'),
    site_id            uuid           not null references storage_site (id),
    intake_id          uuid           not null references stock_intake (id),
    category_id        uuid           not null references category (id),
    description        text           not null check (length(description) between 1 and 500),
    material           text check (length(material) <= 200),
    unit               text           not null check (unit in ('st', 'm', 'm2', 'm3', 'kg')),
    condition          smallint       not null check (condition between 1 and 4),
    condition_notes    text check (length(condition_notes) <= 2000),
    weight_per_unit_kg numeric(12, 3) check (weight_per_unit_kg >= 0),
    -- where it came from: an inventoried building's item, or a contractor's delivery
    source_kind        text           not null check (source_kind in ('INVENTORY_ITEM', 'DELIVERY')),
    building_id        uuid references building (id),
    -- the building's name when it was received, for the label and the lot's history
    building_name      text,
    inventory_item_id  uuid references inventory_item (id),
    received_quantity  numeric(12, 3) not null check (received_quantity > 0),
    -- space per unit, from what the intake said the whole delivered quantity takes
    pallets_per_unit   numeric(16, 8) not null default 0 check (pallets_per_unit >= 0),
    floor_m2_per_unit  numeric(16, 8) not null default 0 check (floor_m2_per_unit >= 0),
    received_at        timestamptz    not null,
    on_hand            numeric(12, 3) not null default 0 constraint stock_lot_on_hand_not_negative check (on_hand >= 0),
    promised           numeric(12, 3) not null default 0 constraint stock_lot_promised_not_negative check (promised >= 0),
    version            integer        not null default 0,
    created_at         timestamptz    not null default now(),
    updated_at         timestamptz    not null default now(),
    constraint stock_lot_promised_within_on_hand check (promised <= on_hand),
    check ((source_kind = 'INVENTORY_ITEM') = (inventory_item_id is not null)),
    check (inventory_item_id is null or building_id is not null),
    unique (site_id, id)
);
create index stock_lot_site_idx on stock_lot (site_id, received_at);
create index stock_lot_item_idx on stock_lot (inventory_item_id) where inventory_item_id is not null;

-- What a lot holds at each location; a row exists only while it holds something.
create table stock_balance (
    lot_id      uuid           not null,
    location_id uuid           not null references storage_location (id),
    site_id     uuid           not null,
    -- a row left at 0 by a movement is deleted by the same movement
    on_hand     numeric(12, 3) not null constraint stock_balance_on_hand_not_negative check (on_hand >= 0),
    primary key (lot_id, location_id),
    -- a lot lies only at locations of its own site
    foreign key (site_id, lot_id) references stock_lot (site_id, id),
    foreign key (site_id, location_id) references storage_location (site_id, id)
);
create index stock_balance_location_idx on stock_balance (location_id);

create table stock_movement (
    id               bigserial primary key,
    lot_id           uuid           not null references stock_lot (id),
    kind             text           not null
        check (kind in ('INTAKE', 'TRANSFER', 'PICK', 'HANDOVER', 'ADJUSTMENT', 'DISPOSAL')),
    quantity         numeric(12, 3) not null check (quantity > 0),
    from_location_id uuid references storage_location (id),
    to_location_id   uuid references storage_location (id),
    reason           text check (length(reason) <= 500),
    -- what it belongs to: the intake, a stock-take, a reservation
    reference        text check (length(reference) <= 100),
    actor            text           not null,
    organisation_id  uuid           not null references organisation (id),
    at               timestamptz    not null default clock_timestamp(),
    check (case kind
               when 'INTAKE' then from_location_id is null and to_location_id is not null
               when 'TRANSFER' then from_location_id is not null and to_location_id is not null
                   and from_location_id <> to_location_id
               when 'ADJUSTMENT' then (from_location_id is null) <> (to_location_id is null)
               else from_location_id is not null and to_location_id is null end),
    check (kind not in ('ADJUSTMENT', 'DISPOSAL') or reason is not null)
);
create index stock_movement_lot_idx on stock_movement (lot_id, id);

create function stock_movement_apply() returns trigger language plpgsql as $$
declare
    lot_site uuid;
begin
    select site_id into lot_site from stock_lot where id = new.lot_id;
    if new.from_location_id is not null then
        update stock_balance set on_hand = on_hand - new.quantity
        where lot_id = new.lot_id and location_id = new.from_location_id;
        if not found then
            raise exception 'lot % holds nothing at location %', new.lot_id, new.from_location_id
                using errcode = 'check_violation', constraint = 'stock_balance_on_hand_not_negative';
        end if;
        delete from stock_balance where lot_id = new.lot_id and location_id = new.from_location_id and on_hand = 0;
    end if;
    if new.to_location_id is not null then
        insert into stock_balance (lot_id, location_id, site_id, on_hand)
        values (new.lot_id, new.to_location_id, lot_site, new.quantity)
        on conflict (lot_id, location_id) do update set on_hand = stock_balance.on_hand + excluded.on_hand;
    end if;
    update stock_lot set
        on_hand  = on_hand + case when new.to_location_id is null then 0 else new.quantity end
                           - case when new.from_location_id is null then 0 else new.quantity end,
        promised = promised - case when new.kind = 'HANDOVER' then new.quantity else 0 end,
        version = version + case when new.kind = 'TRANSFER' then 0 else 1 end,
        updated_at = now()
    where id = new.lot_id;
    return new;
end;
$$;
create trigger stock_movement_apply after insert on stock_movement
    for each row execute function stock_movement_apply();

-- The ledger is append-only: nothing rewrites history.
create function stock_movement_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'stock movements are append-only' using errcode = 'restrict_violation';
end;
$$;
create trigger stock_movement_no_update before update or delete on stock_movement
    for each row execute function stock_movement_append_only();
create trigger stock_movement_no_truncate before truncate on stock_movement
    for each statement execute function stock_movement_append_only();

-- Listings can offer (part of) a stored lot; they lie at a storage site.
alter table listing add constraint listing_storage_site_fk foreign key (storage_site_id) references storage_site (id);
alter table listing add column stock_lot_id uuid references stock_lot (id);
-- how much of the lot the listing offers at most; what it offers now is this or what is free, whichever is less
alter table listing add column lot_offer_limit numeric(12, 3) check (lot_offer_limit >= 0);
alter table listing add check ((stock_lot_id is null) = (lot_offer_limit is null));
-- one active listing per lot: two could together offer more than the lot holds
create unique index listing_one_active_per_lot on listing (stock_lot_id)
    where stock_lot_id is not null and status in ('DRAFT', 'PUBLISHED', 'RESERVED');

-- A lot listing offers what the lot has free (on hand minus promised), never more than its limit; with nothing
-- free it shows as reserved, and once the lot is empty it leaves the marketplace.
create function listing_follow_lot() returns trigger language plpgsql as $$
declare
    lot_on_hand  numeric;
    lot_promised numeric;
begin
    if new.stock_lot_id is null then
        return new;
    end if;
    select on_hand, promised into lot_on_hand, lot_promised from stock_lot where id = new.stock_lot_id;
    new.quantity := least(new.lot_offer_limit, lot_on_hand - lot_promised);
    if new.status = 'PUBLISHED' and new.quantity = 0 and lot_on_hand > 0 then
        new.status := 'RESERVED';
    elsif new.status = 'RESERVED' and new.quantity > 0 then
        new.status := 'PUBLISHED';
    elsif new.status in ('PUBLISHED', 'RESERVED') and lot_on_hand = 0 then
        new.status := 'WITHDRAWN';
    end if;
    return new;
end;
$$;
create trigger listing_follow_lot before insert or update on listing
    for each row execute function listing_follow_lot();

create function lot_listings_follow() returns trigger language plpgsql as $$
begin
    if new.on_hand <> old.on_hand or new.promised <> old.promised then
        update listing set version = version + 1, updated_at = now()
        where stock_lot_id = new.id and status in ('DRAFT', 'PUBLISHED', 'RESERVED');
    end if;
    return new;
end;
$$;
create trigger lot_listings_follow after update on stock_lot
    for each row execute function lot_listings_follow();
