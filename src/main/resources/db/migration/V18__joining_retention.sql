-- Personal data of joining that has outlived its purpose (docs/privacy.md#how-long-it-is-kept), and what
-- pseudonymising a person replaces there: the columns may be emptied, and the row says when.

-- An application: the applicant's name and email, the contact person and the free text (what the company does,
-- the reason of a rejection) may be emptied once it is decided; who applied (subject), for which organisation and
-- what was decided stay.
alter table organisation_application
    alter column contact_name drop not null,
    alter column contact_email drop not null,
    alter column activity drop not null,
    add column personal_data_removed_at timestamptz;

do $$
declare
    reject_check text;
begin
    select conname into reject_check from pg_constraint
    where conrelid = 'organisation_application'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) like '%reject_reason IS NOT NULL%';
    execute format('alter table organisation_application drop constraint %I', reject_check);
end $$;
-- a rejection has its reason until the retention job removes it
alter table organisation_application add constraint organisation_application_reject_reason
    check ((status = 'REJECTED' and (reject_reason is not null or personal_data_removed_at is not null))
           or (status <> 'REJECTED' and reject_reason is null));
create index organisation_application_retention on organisation_application (decided_at)
    where status <> 'PENDING' and personal_data_removed_at is null;

-- An invitation: the address it was sent to may be emptied once it is accepted, revoked or expired.
alter table organisation_invitation
    alter column email drop not null,
    add column email_removed_at timestamptz;
create index organisation_invitation_retention on organisation_invitation (updated_at)
    where email_removed_at is null;
