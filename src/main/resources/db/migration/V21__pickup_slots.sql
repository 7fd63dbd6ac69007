-- Pickup slots at a store (issue 21): a storage site publishes its pickup hours (opening periods per weekday,
-- closed days, slot length and how many pickups a slot takes), and a confirmed reservation of a stored lot books a
-- slot. A slot's row counts its bookings; one conditional upsert books, so a slot never takes more than its
-- capacity however many book at once.

-- The hours as the operator gave them (jsonb: [{weekday, opens, closes}], [{day, reason}]); slots are computed.
create table pickup_hours (
    site_id      uuid primary key references storage_site (id),
    slot_minutes integer     not null check (slot_minutes between 10 and 240),
    capacity     integer     not null check (capacity between 1 and 100),
    opening      jsonb       not null,
    closed_days  jsonb       not null,
    version      integer     not null default 0,
    updated_by   text        not null,
    updated_at   timestamptz not null default now()
);

-- One slot that has (or had) bookings: booked never exceeds the capacity it was booked under.
create table pickup_slot (
    site_id   uuid        not null references storage_site (id),
    starts_at timestamptz not null,
    capacity  integer     not null check (capacity between 1 and 100),
    booked    integer     not null default 0 check (booked >= 0),
    primary key (site_id, starts_at),
    check (booked <= capacity)
);

-- A reservation's pickup time. At most one is BOOKED per reservation; a move leaves the old one MOVED, a cancel
-- CANCELLED (with the slot's count given back in the same transaction).
create table pickup_booking (
    id                        uuid primary key,
    reservation_id            uuid        not null references reservation (id),
    site_id                   uuid        not null,
    starts_at                 timestamptz not null,
    ends_at                   timestamptz not null check (ends_at > starts_at),
    status                    text        not null check (status in ('BOOKED', 'MOVED', 'CANCELLED')),
    booked_by_organisation_id uuid        not null references organisation (id),
    booked_by                 text        not null,
    -- booked by the seller's side (a proposal the buyer can move) rather than by the buyer
    by_seller                 boolean     not null,
    reminded                  boolean     not null default false,
    created_at                timestamptz not null default now(),
    ended_at                  timestamptz,
    foreign key (site_id, starts_at) references pickup_slot (site_id, starts_at)
);
create unique index pickup_booking_one_booked on pickup_booking (reservation_id) where status = 'BOOKED';
create index pickup_booking_day_idx on pickup_booking (site_id, starts_at) where status = 'BOOKED';
create index pickup_booking_reminder_idx on pickup_booking (starts_at) where status = 'BOOKED' and not reminded;

-- A reservation that ends without a handover (cancelled, rejected, expired) gives its slot back.
create or replace function pickup_release_on_reservation_end() returns trigger language plpgsql as $$
declare
    b record;
begin
    if new.status in ('CANCELLED', 'REJECTED', 'EXPIRED') and old.status is distinct from new.status then
        for b in select id, site_id, starts_at from pickup_booking
                 where reservation_id = new.id and status = 'BOOKED' for update loop
            update pickup_slot set booked = booked - 1 where site_id = b.site_id and starts_at = b.starts_at;
            update pickup_booking set status = 'CANCELLED', ended_at = now() where id = b.id;
        end loop;
    end if;
    return new;
end;
$$;
create trigger pickup_release_on_reservation_end after update of status on reservation
    for each row execute function pickup_release_on_reservation_end();

-- Booking and reminder notifications.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('RESERVATION_RECEIVED',
    'RESERVATION_CONFIRMED', 'RESERVATION_REJECTED', 'RESERVATION_CANCELLED', 'RESERVATION_EXPIRING',
    'RESERVATION_EXPIRED', 'RESERVATION_HANDED_OVER', 'WANTED_MATCH', 'PICKUP_BOOKED', 'PICKUP_REMINDER'));
