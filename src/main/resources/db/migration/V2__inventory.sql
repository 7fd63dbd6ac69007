-- Reuse inventories: a managed category tree, buildings (objekt) of an organisation, the contractors assigned to
-- dismantle them, and their inventory items.

create table category (
    id          uuid primary key,
    parent_id   uuid references category (id),
    code        text not null unique check (code ~ '^[a-z0-9][a-z0-9.-]{0,62}$'),
    name_sv     text not null check (length(name_sv) between 1 and 120),
    name_en     text not null check (length(name_en) between 1 and 120),
    -- the matching generic product of Boverket's climate database (resource_id), where one fits
    boverket_id text,
    sort_order  integer not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (parent_id is null or parent_id <> id)
);
create index category_parent_idx on category (parent_id);

create table building (
    id                   uuid primary key,
    organisation_id      uuid not null references organisation (id),
    name                 text not null check (length(name) between 1 and 200),
    street_address       text,
    postal_code          text,
    city                 text,
    property_designation text,
    latitude             double precision check (latitude between -90 and 90),
    longitude            double precision check (longitude between -180 and 180),
    construction_year    integer check (construction_year between 1000 and 2100),
    renovation_year      integer check (renovation_year between 1000 and 2100),
    dismantling_from     date,
    dismantling_to       date,
    contact_name         text,
    contact_phone        text,
    contact_email        text,
    notes                text,
    archived_at          timestamptz,
    version              integer not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    check ((latitude is null) = (longitude is null)),
    check (dismantling_to is null or dismantling_from is null or dismantling_to >= dismantling_from)
);
create index building_organisation_idx on building (organisation_id) where archived_at is null;

-- contractors that may read a building's inventory because they dismantle it
create table building_assignment (
    building_id     uuid not null references building (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    created_at      timestamptz not null default now(),
    primary key (building_id, organisation_id)
);
create index building_assignment_organisation_idx on building_assignment (organisation_id);

create table inventory_item (
    id                 uuid primary key,
    building_id        uuid not null references building (id),
    category_id        uuid not null references category (id),
    name               text not null check (length(name) between 1 and 200),
    material           text,
    quantity           numeric(12, 3) not null check (quantity > 0),
    unit               text not null check (unit in ('st', 'm', 'm2', 'm3', 'kg')),
    length_mm          integer check (length_mm > 0),
    width_mm           integer check (width_mm > 0),
    height_mm          integer check (height_mm > 0),
    weight_per_unit_kg numeric(12, 3) check (weight_per_unit_kg >= 0),
    manufacturer       text,
    product_name       text,
    production_year    integer check (production_year between 1000 and 2100),
    condition          smallint not null check (condition between 1 and 4),
    functional_damage  text,
    aesthetic_damage   text,
    floor              text,
    room               text,
    location_notes     text,
    dismantling_method text,
    dismantling_notes  text,
    available_from     date,
    fate               text not null check (fate in ('REUSE', 'RECYCLE', 'HAZARDOUS_WASTE')),
    hazard_check       text not null default 'NOT_CHECKED' check (hazard_check in ('NOT_CHECKED', 'FREE', 'CONTAINS')),
    hazard_substances  text[] not null default '{}'
        check (hazard_substances <@ array ['ASBESTOS', 'PCB', 'LEAD', 'OTHER']),
    status             text not null default 'INVENTORIED'
        check (status in ('INVENTORIED', 'DISMANTLED', 'IN_STORAGE', 'LISTED', 'REUSED', 'DISCARDED')),
    version            integer not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    -- a check that found something names what it found; the others name nothing
    check ((hazard_check = 'CONTAINS') = (cardinality(hazard_substances) > 0))
);
create index inventory_item_building_idx on inventory_item (building_id);
create index inventory_item_category_idx on inventory_item (category_id);

-- Photos of anything (inventory items now; listings and stock lots later). The bytes live behind the
-- PhotoStorage interface; this table holds what is known about them.
create table photo (
    id                uuid primary key,
    owner_kind        text not null,
    owner_id          uuid not null,
    organisation_id   uuid not null references organisation (id),
    content_type      text not null check (content_type in ('image/jpeg', 'image/png')),
    width             integer not null check (width > 0),
    height            integer not null check (height > 0),
    size_bytes        integer not null check (size_bytes > 0),
    original_filename text,
    uploaded_by       text not null,
    created_at        timestamptz not null default now()
);
create index photo_owner_idx on photo (owner_kind, owner_id);

create table photo_blob (
    photo_id uuid  not null references photo (id) on delete cascade,
    variant  text  not null check (variant in ('image', 'thumbnail')),
    content  bytea not null,
    primary key (photo_id, variant)
);
