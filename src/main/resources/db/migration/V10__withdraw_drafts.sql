-- A draft that was never published can be withdrawn too: it has no publish date, and the check that every listing
-- out of draft has one (named listing_check3 by PostgreSQL in V4) refused that with a 500. A withdrawn listing keeps
-- the publish date it had, if any; publishing it again sets a new one.
alter table listing drop constraint listing_check3;
alter table listing add constraint listing_published_at_check
    check (status in ('DRAFT', 'WITHDRAWN') or published_at is not null);
