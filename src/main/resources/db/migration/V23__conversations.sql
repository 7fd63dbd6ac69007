-- Conversations (issue 21, docs/conversations.md): a thread between two organisations about a listing (a
-- prospective buyer asks the seller), a reservation (buyer and seller) or a wanted request (a seller offers to the
-- buyer). Everybody of either organisation sees the thread; nobody else.
create table conversation (
    id                         uuid primary key,
    subject_kind               text        not null check (subject_kind in ('LISTING', 'RESERVATION', 'WANTED')),
    subject_id                 uuid        not null,
    -- the subject's title when the thread was started (the listing's, the wanted request's text)
    subject_title              text        not null,
    buyer_organisation_id      uuid        not null references organisation (id),
    seller_organisation_id     uuid        not null references organisation (id),
    started_by_organisation_id uuid        not null references organisation (id),
    started_by                 text        not null,
    created_at                 timestamptz not null default now(),
    last_message_at            timestamptz,
    check (buyer_organisation_id <> seller_organisation_id),
    -- one thread per subject and pair of organisations: starting it again answers the one there is
    unique (subject_kind, subject_id, buyer_organisation_id, seller_organisation_id)
);
create index conversation_buyer_idx on conversation (buyer_organisation_id, (coalesce(last_message_at, created_at)) desc);
create index conversation_seller_idx on conversation (seller_organisation_id, (coalesce(last_message_at, created_at)) desc);

-- A message: plain text as its author wrote it. A moderator hides a message rather than deleting it: the text stays
-- with who hid it, when and why, and participants are shown that it was hidden.
create table conversation_message (
    id               uuid primary key,
    conversation_id  uuid        not null references conversation (id) on delete cascade,
    -- the author's organisation
    organisation_id  uuid        not null references organisation (id),
    author_username  text        not null,
    author_name      text,
    text             text        not null,
    created_at       timestamptz not null default now(),
    hidden_at        timestamptz,
    hidden_by        text,
    hidden_reason    text,
    version          integer     not null default 0,
    check ((hidden_at is null) = (hidden_by is null))
);
create index conversation_message_thread_idx on conversation_message (conversation_id, created_at, id);
-- hiding a message is a moderator's decision: the audit trail records it (the texts and names only as changed)
create trigger audit_conversation_message after update or delete on conversation_message
    for each row execute function audit_capture('author_username', 'author_name', 'text', 'hidden_by',
                                                 'hidden_reason');

-- A PDF attached to a message (photos live in the photo feature, owner kind 'conversation-message').
create table conversation_file (
    id                uuid primary key,
    message_id        uuid        not null references conversation_message (id) on delete cascade,
    conversation_id   uuid        not null references conversation (id) on delete cascade,
    organisation_id   uuid        not null references organisation (id),
    uploaded_by       text        not null,
    original_filename text,
    content_type      text        not null,
    size_bytes        integer     not null,
    content           bytea       not null,
    created_at        timestamptz not null default now()
);
create index conversation_file_message_idx on conversation_file (message_id, created_at);

-- A participant's report of a message, once per message and person.
create table conversation_report (
    id              uuid primary key,
    message_id      uuid        not null references conversation_message (id) on delete cascade,
    organisation_id uuid        not null references organisation (id),
    username        text        not null,
    reason          text        not null,
    created_at      timestamptz not null default now(),
    unique (message_id, organisation_id, username)
);

-- How far each person has read a thread: their unread count is the others' messages after it.
create table conversation_read (
    conversation_id uuid        not null references conversation (id) on delete cascade,
    organisation_id uuid        not null references organisation (id),
    username        text        not null,
    read_at         timestamptz not null,
    primary key (conversation_id, organisation_id, username)
);

-- A new message notifies the people of the other organisation. Message notifications name their thread (not a
-- reservation, so the one-per-reservation-kind-and-person constraint does not apply to them); the email relay sends
-- at most one email per thread and person per 15 minutes, found by when the last one was sent.
alter table notification add column conversation_id uuid references conversation (id) on delete cascade;
alter table notification add column email_sent_at timestamptz;
create index notification_message_mail_idx on notification
    (conversation_id, recipient_organisation_id, recipient_username, email_sent_at) where kind = 'MESSAGE_RECEIVED';

-- Whether a person wants an email of new messages (beside email_notifications, which turns all email off).
alter table person add column message_emails boolean not null default true;
