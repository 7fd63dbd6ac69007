-- Organisations are registered and kept by the installation's administrators through the API (docs/organisations.md):
-- groups become a table of their own, an organisation gets contact details, an address, a version and an active flag,
-- and what search holds follows a deactivation.

-- Organisation groups (organisations of one group see each other's internal listings). Until now a group was only
-- the free text in organisation.org_group: each value becomes a group whose code is that text, unchanged, so that
-- nothing anybody sees changes and the search index needs no update. (New codes are checked by the API against
-- the pattern of organisation codes; old ones are kept as they were.)
create table organisation_group (
    code       text primary key check (length(code) between 1 and 200),
    name       text        not null check (length(name) between 1 and 200),
    version    integer     not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
insert into organisation_group (code, name)
select distinct org_group, org_group from organisation where org_group is not null;
alter table organisation add constraint organisation_org_group_fkey
    foreign key (org_group) references organisation_group (code);

-- Kinds: a housing company is one of the municipal companies; carriers are new. The API still accepts
-- HOUSING_COMPANY as a name of MUNICIPAL_COMPANY.
alter table organisation drop constraint organisation_kind_check;
update organisation set kind = 'MUNICIPAL_COMPANY' where kind = 'HOUSING_COMPANY';
alter table organisation add constraint organisation_kind_check check (kind in ('MUNICIPALITY', 'MUNICIPAL_COMPANY',
    'CONTRACTOR', 'BUILDER', 'STORAGE_OPERATOR', 'CARRIER', 'OTHER'));

-- Nothing is deleted: an organisation that leaves is deactivated (its users are refused, its listings and wanted
-- requests leave search) and can be reactivated with all it had.
alter table organisation
    add column active         boolean     not null default true,
    add column contact_name   text check (length(contact_name) <= 120),
    add column contact_email  text check (length(contact_email) <= 200),
    add column contact_phone  text check (length(contact_phone) <= 40),
    add column street_address text check (length(street_address) <= 200),
    add column postal_code    text check (length(postal_code) <= 20),
    add column city           text check (length(city) <= 100),
    add column version        integer     not null default 0,
    add column updated_at     timestamptz not null default now();

-- What search holds of an organisation's listings and wanted requests follows the organisation: its name and group
-- are in every listing's document and its group in every request's stored query, and a deactivated organisation's
-- listings and requests are taken out of the indexes (their sources leave them out; the relay deletes what a source
-- no longer gives). Each such change is a change of every listing and request of the organisation: a new version,
-- so that the index takes it, and the triggers of those tables write the outbox rows. (Until now a new group did not
-- reach the stored queries of the organisation's wanted requests.)
drop trigger organisation_listings_outbox on organisation;
drop function organisation_listings_to_outbox();
create function organisation_to_outbox() returns trigger language plpgsql as $$
begin
    if new.name is distinct from old.name or new.org_group is distinct from old.org_group
        or new.code is distinct from old.code or new.active is distinct from old.active then
        update listing set version = version + 1 where organisation_id = new.id;
    end if;
    if new.org_group is distinct from old.org_group or new.active is distinct from old.active then
        update wanted_request set version = version + 1 where organisation_id = new.id;
    end if;
    return new;
end;
$$;
create trigger organisation_outbox after update on organisation
    for each row execute function organisation_to_outbox();

-- The audit trail (V13) keeps no value of an organisation's contact person: recorded as changed only.
drop trigger audit_organisation on organisation;
create trigger audit_organisation after insert or update or delete on organisation
    for each row execute function audit_capture('contact_name', 'contact_email', 'contact_phone');
create trigger audit_organisation_group after insert or update or delete on organisation_group
    for each row execute function audit_capture();
