-- Personal data (docs/privacy.md): what the retention jobs need to find old rows, and to blank a reservation's free
-- text once it is no longer needed.

-- When a reservation's free text (the buyer's message, the rejection reason, the handover's destination) was removed
-- by ReservationFreeTextRetention, a while after the reservation ended: the job visits a row once, and a reader can
-- tell an empty field from a removed one.
alter table reservation add column free_text_removed_at timestamptz;
-- A rejection names its reason until the reason is removed with the rest of the free text (the check named
-- reservation_check2 by PostgreSQL in V6).
alter table reservation drop constraint reservation_check2;
alter table reservation add constraint reservation_rejected_has_reason
    check (status <> 'REJECTED' or reject_reason is not null or free_text_removed_at is not null);
-- Ended reservations whose free text is still there, by when they ended (their last change).
create index reservation_free_text_idx on reservation (updated_at)
    where free_text_removed_at is null and status in ('REJECTED', 'CANCELLED', 'EXPIRED', 'HANDED_OVER');

-- NotificationRetention finds read notifications by when they were read, and all others by when they were made.
create index notification_read_idx on notification (read_at) where read_at is not null;
create index notification_created_idx on notification (created_at);

-- The audit trail keeps no value of a reservation's destination project either (free text the buyer wrote, which
-- the retention job blanks): it is recorded as changed, like the other free text.
drop trigger audit_reservation on reservation;
create trigger audit_reservation after insert or update or delete on reservation
    for each row execute function audit_capture('buyer_username', 'buyer_name', 'message', 'reject_reason',
                                                'destination_project', 'destination_address', 'handed_over_by');
