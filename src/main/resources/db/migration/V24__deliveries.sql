-- Delivery as an alternative to pickup (issue 21, item 3): the buyer of a confirmed reservation asks a carrier (an
-- organisation of kind CARRIER, or the seller's own organisation) to bring the material to an address in a time
-- window. The carrier accepts or declines and moves it through planned, on the way and delivered; the receiver
-- confirms receipt by scanning the delivery note's QR code, which completes the reservation's handover.

create table delivery (
    id                      uuid primary key,
    reservation_id          uuid           not null references reservation (id),
    buyer_organisation_id   uuid           not null references organisation (id),
    seller_organisation_id  uuid           not null references organisation (id),
    -- who carries it: a carrier organisation, or the seller's organisation when the seller delivers
    carrier_organisation_id uuid           not null references organisation (id),
    seller_delivers         boolean        not null,
    status                  text           not null check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'PLANNED',
        'ON_THE_WAY', 'DELIVERED', 'CANCELLED')),
    street_address          text           not null check (length(street_address) between 1 and 200),
    postal_code             text check (length(postal_code) <= 20),
    city                    text           not null check (length(city) between 1 and 100),
    latitude                double precision check (latitude between -90 and 90),
    longitude               double precision check (longitude between -180 and 180),
    window_from             timestamptz    not null,
    window_to               timestamptz    not null,
    contact_name            text           not null check (length(contact_name) between 1 and 200),
    contact_phone           text           not null check (length(contact_phone) between 1 and 40),
    instructions            text check (length(instructions) <= 1000),
    -- what goes, as it was when the delivery was asked for (the note prints it; the listing may change later)
    listing_title           text           not null,
    quantity                numeric(12, 3) not null check (quantity > 0),
    unit                    text           not null,
    mass_kg                 numeric(14, 3),
    lot_code                text,
    source_kind             text           not null check (source_kind in ('STORE', 'SITE')),
    source_address          text,
    source_latitude         double precision,
    source_longitude        double precision,
    -- great-circle distance × road factor, when both ends have a position; the carrier's driven km win
    distance_km             numeric(7, 1) check (distance_km >= 0),
    driven_km               numeric(7, 1) check (driven_km >= 0),
    decline_reason          text check (length(decline_reason) <= 1000),
    planned_at              timestamptz,
    -- SHA-256 (hex) of the receipt token that the note's QR code carries; the token itself is never stored
    receipt_token_hash      text           not null unique check (receipt_token_hash ~ '^[0-9a-f]{64}$'),
    requested_by            text           not null,
    received_by             text,
    received_at             timestamptz,
    version                 integer        not null default 0,
    created_at              timestamptz    not null default now(),
    updated_at              timestamptz    not null default now(),
    check (window_to > window_from),
    check ((latitude is null) = (longitude is null)),
    check (status <> 'DECLINED' or decline_reason is not null),
    check (status not in ('PLANNED', 'ON_THE_WAY', 'DELIVERED') or planned_at is not null),
    check ((received_at is null) = (received_by is null)),
    check (received_at is null or status = 'DELIVERED')
);
-- one delivery at a time per reservation (a declined or cancelled one may be followed by another)
create unique index delivery_one_active on delivery (reservation_id) where status not in ('DECLINED', 'CANCELLED');
create index delivery_carrier_idx on delivery (carrier_organisation_id, created_at desc);
create index delivery_buyer_idx on delivery (buyer_organisation_id, created_at desc);
create index delivery_seller_idx on delivery (seller_organisation_id, created_at desc);

-- A reservation is picked up or delivered, never both. The service checks first and answers with the field; these
-- triggers close the gap between that check and the insert: each takes a transaction lock named after the
-- reservation (an advisory lock, not the reservation's row lock, which a cancellation holds while its own trigger
-- gives the pickup slot back), so a booking and a delivery asked for at the same moment are serialised and the
-- second sees the first.
create or replace function delivery_excludes_pickup() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtextextended('delivery-or-pickup:' || new.reservation_id, 24));
    if tg_table_name = 'delivery' then
        if new.status not in ('DECLINED', 'CANCELLED') and exists (select 1 from pickup_booking
                where reservation_id = new.reservation_id and status = 'BOOKED') then
            raise exception 'the reservation has a booked pickup' using errcode = '23P01',
                constraint = 'delivery_excludes_pickup';
        end if;
    elsif new.status = 'BOOKED' and exists (select 1 from delivery where reservation_id = new.reservation_id
            and status not in ('DECLINED', 'CANCELLED')) then
        raise exception 'the reservation is to be delivered' using errcode = '23P01',
            constraint = 'delivery_excludes_pickup';
    end if;
    return new;
end;
$$;
create trigger delivery_excludes_pickup before insert on delivery
    for each row execute function delivery_excludes_pickup();
create trigger pickup_excludes_delivery before insert on pickup_booking
    for each row execute function delivery_excludes_pickup();

-- A reservation that ends without a handover (cancelled, rejected, expired) cancels its delivery.
create or replace function delivery_cancel_on_reservation_end() returns trigger language plpgsql as $$
begin
    if new.status in ('CANCELLED', 'REJECTED', 'EXPIRED') and old.status is distinct from new.status then
        update delivery set status = 'CANCELLED', updated_at = now(), version = version + 1
        where reservation_id = new.id and status not in ('DELIVERED', 'DECLINED', 'CANCELLED');
    end if;
    return new;
end;
$$;
create trigger delivery_cancel_on_reservation_end after update of status on reservation
    for each row execute function delivery_cancel_on_reservation_end();
