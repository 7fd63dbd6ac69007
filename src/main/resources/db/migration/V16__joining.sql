-- Joining (docs/organisations.md#joining): applications to join the installation, invitations of colleagues, and
-- the removals of members. Who belongs to which organisation is kept by the identity provider (the `org` attribute
-- and the realm roles of each user); these tables keep what was asked, decided and done, for the audit trail.

-- An application of an organisation to join. At most one pending application per organisation number and per
-- applicant; a decided one stays as it was decided (nothing is deleted).
create table organisation_application (
    id                  uuid primary key,
    applicant_subject   text        not null check (length(applicant_subject) between 1 and 255),
    applicant_username  text check (length(applicant_username) <= 255),
    applicant_name      text check (length(applicant_name) <= 255),
    applicant_email     text check (length(applicant_email) <= 255),
    organisation_name   text        not null check (length(organisation_name) between 1 and 200),
    organisation_number text        not null check (organisation_number ~ '^[0-9]{6}-[0-9]{4}$'),
    kind                text        not null check (kind in ('MUNICIPALITY', 'MUNICIPAL_COMPANY', 'CONTRACTOR',
                                                             'BUILDER', 'STORAGE_OPERATOR', 'CARRIER', 'OTHER')),
    org_group           text references organisation_group (code),
    contact_name        text        not null check (length(contact_name) between 1 and 120),
    contact_email       text        not null check (length(contact_email) between 3 and 200),
    contact_phone       text check (length(contact_phone) <= 40),
    activity            text        not null check (length(activity) between 1 and 2000),
    status              text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    decided_by          text check (length(decided_by) <= 255),
    decided_at          timestamptz,
    reject_reason       text check (length(reject_reason) <= 1000),
    organisation_id     uuid references organisation (id),
    organisation_code   text,
    version             integer     not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    check ((status = 'APPROVED') = (organisation_id is not null)),
    check ((status = 'REJECTED') = (reject_reason is not null))
);
create unique index organisation_application_pending_number on organisation_application (organisation_number)
    where status = 'PENDING';
create unique index organisation_application_pending_applicant on organisation_application (applicant_subject)
    where status = 'PENDING';
create index organisation_application_status on organisation_application (status, created_at);

-- An invitation of a colleague by email, with one role. Only the SHA-256 of its token is kept (hex): the token
-- itself is in the email alone. Used once; expires; an admin may revoke it while it is pending.
create table organisation_invitation (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    email           text        not null check (length(email) between 3 and 200),
    role            text        not null check (role in ('contractor', 'builder', 'property-unit',
                                                         'storage-operator', 'admin')),
    token_hash      text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    status          text        not null check (status in ('PENDING', 'ACCEPTED', 'REVOKED')),
    invited_by      text        not null,
    expires_at      timestamptz not null,
    accepted_by     text,
    accepted_at     timestamptz,
    revoked_at      timestamptz,
    version         integer     not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index organisation_invitation_pending on organisation_invitation (organisation_id, created_at)
    where status = 'PENDING';

-- A person removed from an organisation by its admin: the identity provider forgets their organisation and roles;
-- this row (and its audit entry) says who removed whom, and when. Their records stay attributed to them.
create table organisation_member_removal (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    subject         text        not null,
    username        text,
    roles           text        not null,
    removed_by      text        not null,
    created_at      timestamptz not null default now()
);

create trigger audit_organisation_application after insert or update or delete on organisation_application
    for each row execute function audit_capture('applicant_username', 'applicant_name', 'applicant_email',
                                                'contact_name', 'contact_email', 'contact_phone', 'activity',
                                                'reject_reason');
create trigger audit_organisation_invitation after insert or update or delete on organisation_invitation
    for each row execute function audit_capture('email', 'token_hash');
create trigger audit_organisation_member_removal after insert or update or delete on organisation_member_removal
    for each row execute function audit_capture('username');
