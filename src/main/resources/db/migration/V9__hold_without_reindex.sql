-- A reservation's hold, or its release, changes only what a listing holds (and its version): the search index
-- carries no holds, so such a change has nothing to send to it. Every other insert or update of a listing writes
-- its outbox row as before (an edit that changes nothing too); a hold that also changes the status (the last piece
-- reserved) is re-indexed. The index keeps the version of the last change it carries, which only holds follow.
create or replace function listing_to_outbox() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.held <> old.held
        and (to_jsonb(new) - '{held,version,updated_at}'::text[]) = (to_jsonb(old) - '{held,version,updated_at}'::text[]) then
        return new;
    end if;
    insert into search_outbox (entity, entity_id) values ('listing', new.id);
    return new;
end;
$$;

-- A new reservation's references are checked at the commit, not at the insert: the insert comes before the hold (see
-- ReservationService.create), and a check at the insert would share-lock the listing's row while other reservations
-- hold it for update, which PostgreSQL records as a multixact on every reservation of a busy listing. At the commit
-- the transaction holds the row itself, and the check costs nothing more.
alter table reservation alter constraint reservation_listing_id_fkey deferrable initially deferred;
alter table reservation alter constraint reservation_stock_lot_id_fkey deferrable initially deferred;
