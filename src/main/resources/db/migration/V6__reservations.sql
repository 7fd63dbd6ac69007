-- Reservations and handover, the notifications they send, the people they are sent to, and the idempotency keys
-- of the requests that change them.

-- What a listing has promised to reservations (held) and what has left with its buyers (handed over). What can
-- still be reserved is quantity - held; the database never lets held exceed quantity.
alter table listing add column held numeric(12, 3) not null default 0
    constraint listing_held_not_negative check (held >= 0);
alter table listing add column handed_over numeric(12, 3) not null default 0
    constraint listing_handed_over_not_negative check (handed_over >= 0);
alter table listing add constraint listing_held_within_quantity check (held <= quantity);

-- A listing's quantity and status follow what it holds: a lot listing offers at most its limit (less what has been
-- handed over) and never more than its own holds plus what the lot has free; a listing with nothing left to
-- reserve shows as reserved, one with nothing left at all as handed over (or, for an emptied lot, withdrawn).
create or replace function listing_follow_lot() returns trigger language plpgsql as $$
declare
    lot_on_hand  numeric;
    lot_promised numeric;
begin
    if new.stock_lot_id is not null then
        select on_hand, promised into lot_on_hand, lot_promised from stock_lot where id = new.stock_lot_id;
        new.quantity := greatest(0, least(new.lot_offer_limit - new.handed_over, new.held + lot_on_hand - lot_promised));
    end if;
    if new.status in ('PUBLISHED', 'RESERVED') then
        if new.quantity = 0 then
            if new.handed_over > 0 then
                new.status := 'HANDED_OVER';
            elsif new.stock_lot_id is not null and lot_on_hand = 0 then
                new.status := 'WITHDRAWN';
            elsif new.stock_lot_id is not null then
                new.status := 'RESERVED';
            end if;
        elsif new.quantity - new.held <= 0 then
            new.status := 'RESERVED';
        else
            new.status := 'PUBLISHED';
        end if;
    end if;
    return new;
end;
$$;

create table reservation (
    id                     uuid primary key,
    listing_id             uuid           not null references listing (id),
    stock_lot_id           uuid references stock_lot (id),
    seller_organisation_id uuid           not null references organisation (id),
    buyer_organisation_id  uuid           not null references organisation (id),
    buyer_username         text           not null,
    buyer_name             text,
    quantity               numeric(12, 3) not null check (quantity > 0),
    message                text check (length(message) <= 2000),
    wished_pickup_at       timestamptz,
    status                 text           not null
        check (status in ('REQUESTED', 'CONFIRMED', 'REJECTED', 'CANCELLED', 'EXPIRED', 'HANDED_OVER')),
    expires_at             timestamptz    not null,
    expiry_warned          boolean        not null default false,
    reject_reason          text check (length(reject_reason) <= 1000),
    pickup_from            timestamptz,
    pickup_to              timestamptz,
    handed_over_quantity   numeric(12, 3),
    handed_over_on         date,
    destination_project    text check (length(destination_project) <= 200),
    destination_address    text check (length(destination_address) <= 300),
    handed_over_by         text,
    version                integer        not null default 0,
    created_at             timestamptz    not null default now(),
    updated_at             timestamptz    not null default now(),
    check ((status = 'HANDED_OVER') = (handed_over_quantity is not null)),
    check (handed_over_quantity is null or (handed_over_quantity > 0 and handed_over_quantity <= quantity)),
    check (status <> 'REJECTED' or reject_reason is not null),
    check (status <> 'CONFIRMED' or (pickup_from is not null and pickup_to > pickup_from))
);
create index reservation_buyer_idx on reservation (buyer_organisation_id, buyer_username, created_at desc);
create index reservation_seller_idx on reservation (seller_organisation_id, created_at desc);
create index reservation_listing_idx on reservation (listing_id);
create index reservation_lot_idx on reservation (stock_lot_id) where stock_lot_id is not null;
create index reservation_expiry_idx on reservation (expires_at) where status = 'REQUESTED';

-- What was handed over, with what climate reporting needs (category, material, mass).
create table handover_record (
    id                     uuid primary key,
    reservation_id         uuid           not null unique references reservation (id),
    listing_id             uuid           not null references listing (id),
    stock_lot_id           uuid references stock_lot (id),
    inventory_item_id      uuid references inventory_item (id),
    category_id            uuid           not null references category (id),
    material               text,
    quantity               numeric(12, 3) not null check (quantity > 0),
    unit                   text           not null,
    weight_per_unit_kg     numeric(12, 3),
    mass_kg                numeric(14, 3),
    seller_organisation_id uuid           not null references organisation (id),
    buyer_organisation_id  uuid           not null references organisation (id),
    handed_over_on         date           not null,
    destination_project    text,
    destination_address    text,
    created_at             timestamptz    not null default now()
);
create index handover_record_seller_idx on handover_record (seller_organisation_id, handed_over_on);
create index handover_record_buyer_idx on handover_record (buyer_organisation_id, handed_over_on);

-- The people who have used the service (from their tokens), so that notifications can reach them by email.
create table person (
    organisation_id     uuid    not null references organisation (id),
    username            text    not null,
    subject             text    not null,
    name                text,
    email               text,
    email_notifications boolean not null default true,
    seen_at             timestamptz not null default now(),
    primary key (organisation_id, username)
);

create table notification (
    id                        uuid primary key,
    recipient_organisation_id uuid        not null references organisation (id),
    recipient_username        text        not null,
    kind                      text        not null check (kind in ('RESERVATION_RECEIVED', 'RESERVATION_CONFIRMED',
        'RESERVATION_REJECTED', 'RESERVATION_CANCELLED', 'RESERVATION_EXPIRING', 'RESERVATION_EXPIRED',
        'RESERVATION_HANDED_OVER')),
    reservation_id            uuid references reservation (id),
    listing_title             text,
    quantity                  numeric(12, 3),
    unit                      text,
    reason                    text,
    created_at                timestamptz not null default now(),
    read_at                   timestamptz,
    -- the email goes out after the commit, from this row: PENDING until sent (or SKIPPED, or FAILED after retries)
    email_status              text        not null default 'PENDING'
        check (email_status in ('PENDING', 'SENT', 'SKIPPED', 'FAILED')),
    email_attempts            integer     not null default 0,
    -- one notification of a kind per reservation and person: a job that runs twice cannot send it twice
    unique (reservation_id, kind, recipient_organisation_id, recipient_username)
);
create index notification_recipient_idx on notification (recipient_organisation_id, recipient_username, created_at desc);
create index notification_email_idx on notification (created_at) where email_status = 'PENDING';

-- Idempotency keys (IETF draft "The Idempotency-Key HTTP Header Field"): stored in the transaction of the change
-- they guard, with the response to replay; kept at least 24 hours.
create table idempotency_key (
    owner             text        not null,
    key               text        not null,
    request_hash      text        not null,
    response_status   integer     not null,
    response_body     text,
    response_location text,
    created_at        timestamptz not null default now(),
    primary key (owner, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
