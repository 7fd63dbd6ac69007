-- Wanted requests (efterfrågan, bevakning), the matches found between them and listings, and the alerts they send.

create table wanted_request (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    created_by      text        not null,
    -- what is searched for (like the search page's q); the dimension expressions in it are read as dimensions
    text            text check (length(text) <= 200),
    notes           text check (length(notes) <= 2000),
    category_id     uuid references category (id),
    quantity        numeric(12, 3) check (quantity > 0),
    unit            text check (unit in ('st', 'm', 'm2', 'm3', 'kg')),
    length_min_mm   integer check (length_min_mm >= 0),
    length_max_mm   integer check (length_max_mm >= 0),
    width_min_mm    integer check (width_min_mm >= 0),
    width_max_mm    integer check (width_max_mm >= 0),
    height_min_mm   integer check (height_min_mm >= 0),
    height_max_mm   integer check (height_max_mm >= 0),
    condition_max   smallint check (condition_max between 1 and 4),
    place           text check (length(place) <= 200),
    latitude        double precision check (latitude between -90 and 90),
    longitude       double precision check (longitude between -180 and 180),
    within_km       numeric(8, 1) check (within_km > 0),
    needed_by       date,
    price_max_sek   numeric(12, 2) check (price_max_sek >= 0),
    accept_future   boolean     not null default true,
    status          text        not null default 'OPEN' check (status in ('OPEN', 'PAUSED', 'CLOSED', 'EXPIRED')),
    expires_on      date        not null,
    version         integer     not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    closed_at       timestamptz,
    check ((latitude is null) = (longitude is null)),
    check (within_km is null or latitude is not null),
    check (length_min_mm is null or length_max_mm is null or length_min_mm <= length_max_mm),
    check (width_min_mm is null or width_max_mm is null or width_min_mm <= width_max_mm),
    check (height_min_mm is null or height_max_mm is null or height_min_mm <= height_max_mm),
    check ((quantity is null) = (unit is null)),
    check (text is not null or category_id is not null)
);
create index wanted_request_organisation_idx on wanted_request (organisation_id, created_at desc);
create index wanted_request_open_idx on wanted_request (category_id) where status = 'OPEN';
create index wanted_request_expiry_idx on wanted_request (expires_on) where status in ('OPEN', 'PAUSED');

-- A request is a stored query in the percolator index: the same outbox carries its changes there.
alter table search_outbox drop constraint search_outbox_entity_check;
alter table search_outbox add constraint search_outbox_entity_check check (entity in ('listing', 'wanted'));

create function wanted_to_outbox() returns trigger language plpgsql as $$
begin
    insert into search_outbox (entity, entity_id) values ('wanted', coalesce(new.id, old.id));
    return null;
end;
$$;
create trigger wanted_outbox after insert or update or delete on wanted_request
    for each row execute function wanted_to_outbox();

-- A request and a listing that satisfied it: recorded once, the first time the listing was percolated and found it
-- (published or changed), with whether its owner was told (a paused request records the match without telling).
create table wanted_match (
    wanted_request_id uuid        not null references wanted_request (id) on delete cascade,
    listing_id        uuid        not null references listing (id) on delete cascade,
    matched_at        timestamptz not null default now(),
    notified_at       timestamptz,
    primary key (wanted_request_id, listing_id)
);
create index wanted_match_listing_idx on wanted_match (listing_id);

-- Alerts for wanted requests; each person chooses email at once or in a daily digest.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('RESERVATION_RECEIVED',
    'RESERVATION_CONFIRMED', 'RESERVATION_REJECTED', 'RESERVATION_CANCELLED', 'RESERVATION_EXPIRING',
    'RESERVATION_EXPIRED', 'RESERVATION_HANDED_OVER', 'WANTED_MATCH'));
alter table notification add column wanted_request_id uuid references wanted_request (id) on delete cascade;
alter table notification add column listing_id uuid references listing (id) on delete cascade;
-- DIGEST: waits for the person's daily digest mail instead of going out at once
alter table notification drop constraint notification_email_status_check;
alter table notification add constraint notification_email_status_check
    check (email_status in ('PENDING', 'DIGEST', 'SENT', 'SKIPPED', 'FAILED'));
create unique index notification_wanted_match_once on notification
    (wanted_request_id, listing_id, recipient_organisation_id, recipient_username) where kind = 'WANTED_MATCH';
create index notification_digest_idx on notification (recipient_organisation_id, recipient_username)
    where email_status = 'DIGEST';

alter table person add column wanted_alerts text not null default 'AT_ONCE'
    check (wanted_alerts in ('AT_ONCE', 'DAILY_DIGEST'));
