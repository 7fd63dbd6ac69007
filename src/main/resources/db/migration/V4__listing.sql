-- Marketplace listings (annonser) and the transactional outbox that keeps the search index true.

create table listing (
    id                  uuid primary key,
    organisation_id     uuid not null references organisation (id),
    -- the inventory item it was published from (future supply or salvage of an inventoried building)
    inventory_item_id   uuid references inventory_item (id),
    -- the storage site it lies at, once intermediate storage exists (no foreign key until then)
    storage_site_id     uuid,
    category_id         uuid not null references category (id),
    title               text not null check (length(title) between 1 and 200),
    description         text check (length(description) <= 5000),
    material            text check (length(material) <= 200),
    quantity            numeric(12, 3) not null check (quantity >= 0),
    unit                text not null check (unit in ('st', 'm', 'm2', 'm3', 'kg')),
    length_mm           integer check (length_mm > 0),
    width_mm            integer check (width_mm > 0),
    height_mm           integer check (height_mm > 0),
    weight_per_unit_kg  numeric(12, 3) check (weight_per_unit_kg >= 0),
    condition           smallint not null check (condition between 1 and 4),
    condition_notes     text check (length(condition_notes) <= 2000),
    price_kind          text not null check (price_kind in ('FIXED', 'FREE', 'ON_REQUEST')),
    price_sek           numeric(12, 2) check (price_sek >= 0),
    street_address      text,
    postal_code         text,
    city                text,
    latitude            double precision check (latitude between -90 and 90),
    longitude           double precision check (longitude between -180 and 180),
    pickup_instructions text check (length(pickup_instructions) <= 2000),
    available_from      date,
    visibility          text not null check (visibility in ('INTERNAL', 'PUBLIC')),
    -- an internal listing becomes public on this day by itself
    public_from         date,
    status              text not null
        check (status in ('DRAFT', 'PUBLISHED', 'RESERVED', 'HANDED_OVER', 'WITHDRAWN', 'EXPIRED')),
    published_at        timestamptz,
    expires_on          date,
    created_by          text not null,
    version             integer not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    check ((price_kind = 'FIXED') = (price_sek is not null)),
    check ((latitude is null) = (longitude is null)),
    check (public_from is null or visibility = 'INTERNAL'),
    check (status = 'DRAFT' or published_at is not null)
);
create index listing_organisation_idx on listing (organisation_id, updated_at desc);
create index listing_item_idx on listing (inventory_item_id) where inventory_item_id is not null;
create index listing_expiry_idx on listing (expires_on) where status = 'PUBLISHED';

-- One row per change of something the search engine holds. The relay reads the current state of each named
-- row and indexes it with the row's version as external version (so nothing older ever overwrites it), then
-- deletes the outbox rows it handled. Every change of what the index holds bumps the listing's version.
create table search_outbox (
    id          bigserial primary key,
    entity      text        not null check (entity in ('listing')),
    entity_id   uuid        not null,
    created_at  timestamptz not null default clock_timestamp()
);

-- Every insert or update of a listing, whoever makes it (the service, a migration, a job), writes its outbox row
-- in the same transaction: the index cannot miss a change.
create function listing_to_outbox() returns trigger language plpgsql as $$
begin
    insert into search_outbox (entity, entity_id) values ('listing', new.id);
    return new;
end;
$$;
create trigger listing_outbox after insert or update on listing
    for each row execute function listing_to_outbox();

-- A renamed or moved category changes the text and the path of its listings: that is a change of each listing
-- (a new version, so the index takes it), and the listing trigger writes the outbox rows.
create function category_listings_to_outbox() returns trigger language plpgsql as $$
begin
    if new.name_sv is distinct from old.name_sv or new.name_en is distinct from old.name_en
        or new.parent_id is distinct from old.parent_id then
        update listing set version = version + 1
        where category_id = new.id or category_id in (select c.id from category c where c.parent_id = new.id);
    end if;
    return new;
end;
$$;
create trigger category_listings_outbox after update on category
    for each row execute function category_listings_to_outbox();

-- A renamed organisation or one that changes group changes who sees its internal listings.
create function organisation_listings_to_outbox() returns trigger language plpgsql as $$
begin
    if new.name is distinct from old.name or new.org_group is distinct from old.org_group
        or new.code is distinct from old.code then
        update listing set version = version + 1 where organisation_id = new.id;
    end if;
    return new;
end;
$$;
create trigger organisation_listings_outbox after update on organisation
    for each row execute function organisation_listings_to_outbox();
