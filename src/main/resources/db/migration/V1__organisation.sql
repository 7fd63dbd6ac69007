-- Organisations that use Kretslopp. Users belong to one through the 'org' claim of their token (= code).
create table organisation (
    id                  uuid primary key,
    code                text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name                text not null check (length(name) between 1 and 200),
    organisation_number text unique check (organisation_number ~ '^\d{6}-\d{4}$'),
    kind                text not null check (kind in ('MUNICIPALITY', 'HOUSING_COMPANY', 'CONTRACTOR', 'BUILDER',
                                                      'STORAGE_OPERATOR', 'OTHER')),
    -- organisations of one group see each other's internal listings (twin municipalities, their companies)
    org_group           text,
    created_at          timestamptz not null default now()
);

create index organisation_group_idx on organisation (org_group);
