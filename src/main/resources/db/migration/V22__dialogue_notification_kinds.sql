-- The notification kinds of conversations (V23) and deliveries (V24), declared here once so that the two features'
-- migrations need not each rewrite the same check constraint.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('RESERVATION_RECEIVED',
    'RESERVATION_CONFIRMED', 'RESERVATION_REJECTED', 'RESERVATION_CANCELLED', 'RESERVATION_EXPIRING',
    'RESERVATION_EXPIRED', 'RESERVATION_HANDED_OVER', 'WANTED_MATCH', 'PICKUP_BOOKED', 'PICKUP_REMINDER',
    'MESSAGE_RECEIVED', 'DELIVERY_REQUESTED', 'DELIVERY_ACCEPTED', 'DELIVERY_DECLINED', 'DELIVERY_UPDATED',
    'DELIVERY_RECEIVED'));
