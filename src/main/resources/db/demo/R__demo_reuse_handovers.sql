-- Demo history of handovers (dev and test only), so that the climate dashboards of Kalmar kommun and the public
-- impact page show something: twelve handovers over the last thirteen months of existing demo listings, sold by
-- Kalmar kommun and Kalmar Rivning & Demontage to Kalmarhem, Smålandsbygg and Kalmar kommun. The buyer person is a
-- placeholder ('demo-historik') so that no demo user's own reservation lists change. Their climate figures are
-- frozen by the service at start-up (it freezes every handover that has none yet), with the active Boverket
-- version. Named 'reuse handovers' so that Flyway runs it after the demo listings and inventory it refers to.
-- Repeatable and idempotent: fixed ids, inserted once.

with v (id, listing_id, seller, buyer, quantity, days_ago) as (values
    ('dc700000-0000-4000-8000-000000000001', 'de400000-0000-4000-8000-000000000007', '0b6f1a52-3c1e-4d7a-9a10-000000000001', '0b6f1a52-3c1e-4d7a-9a10-000000000002', 2, 395),
    ('dc700000-0000-4000-8000-000000000002', 'de400000-0000-4000-8000-000000000076', '0b6f1a52-3c1e-4d7a-9a10-000000000001', '0b6f1a52-3c1e-4d7a-9a10-000000000006', 10, 335),
    ('dc700000-0000-4000-8000-000000000003', 'de400000-0000-4000-8000-000000000120', '0b6f1a52-3c1e-4d7a-9a10-000000000001', '0b6f1a52-3c1e-4d7a-9a10-000000000006', 145, 275),
    ('dc700000-0000-4000-8000-000000000004', 'de400000-0000-4000-8000-000000000069', '0b6f1a52-3c1e-4d7a-9a10-000000000005', '0b6f1a52-3c1e-4d7a-9a10-000000000001', 5, 245),
    ('dc700000-0000-4000-8000-000000000005', 'de400000-0000-4000-8000-000000000122', '0b6f1a52-3c1e-4d7a-9a10-000000000001', '0b6f1a52-3c1e-4d7a-9a10-000000000002', 30, 214),
    ('dc700000-0000-4000-8000-000000000006', 'de400000-0000-4000-8000-000000000108', '0b6f1a52-3c1e-4d7a-9a10-000000000001', '0b6f1a52-3c1e-4d7a-9a10-000000000002', 1, 183),
    ('dc700000-0000-4000-8000-000000000007', 'de400000-0000-4000-8000-000000000013', '0b6f1a52-3c1e-4d7a-9a10-000000000005', '0b6f1a52-3c1e-4d7a-9a10-000000000001', 350, 150),
    ('dc700000-0000-4000-8000-000000000008', 'de400000-0000-4000-8000-000000000221', '0b6f1a52-3c1e-4d7a-9a10-000000000001', '0b6f1a52-3c1e-4d7a-9a10-000000000006', 4, 122),
    ('dc700000-0000-4000-8000-000000000009', 'de400000-0000-4000-8000-000000000241', '0b6f1a52-3c1e-4d7a-9a10-000000000001', '0b6f1a52-3c1e-4d7a-9a10-000000000006', 40, 92),
    ('dc700000-0000-4000-8000-000000000010', 'de400000-0000-4000-8000-000000000259', '0b6f1a52-3c1e-4d7a-9a10-000000000001', '0b6f1a52-3c1e-4d7a-9a10-000000000002', 300, 61),
    ('dc700000-0000-4000-8000-000000000011', 'de400000-0000-4000-8000-000000000064', '0b6f1a52-3c1e-4d7a-9a10-000000000005', '0b6f1a52-3c1e-4d7a-9a10-000000000006', 810, 31),
    ('dc700000-0000-4000-8000-000000000012', 'de400000-0000-4000-8000-000000000242', '0b6f1a52-3c1e-4d7a-9a10-000000000001', '0b6f1a52-3c1e-4d7a-9a10-000000000006', 60, 10))
insert into reservation (id, listing_id, seller_organisation_id, buyer_organisation_id, buyer_username, buyer_name,
                         quantity, status, expires_at, handed_over_quantity, handed_over_on, destination_project,
                         handed_over_by, created_at, updated_at)
select v.id::uuid, v.listing_id::uuid, v.seller::uuid, v.buyer::uuid, 'demo-historik', null, v.quantity, 'HANDED_OVER',
       now() - make_interval(days => v.days_ago - 7), v.quantity, current_date - v.days_ago, 'Demo: återbruk',
       'demo-historik', now() - make_interval(days => v.days_ago + 5), now() - make_interval(days => v.days_ago)
from v
on conflict (id) do nothing;

with v (id, reservation_id, inventory_item_id) as (values
    ('dc710000-0000-4000-8000-000000000001', 'dc700000-0000-4000-8000-000000000001', null),
    ('dc710000-0000-4000-8000-000000000002', 'dc700000-0000-4000-8000-000000000002', 'de310000-0000-4000-8000-000000000009'),
    ('dc710000-0000-4000-8000-000000000003', 'dc700000-0000-4000-8000-000000000003', null),
    ('dc710000-0000-4000-8000-000000000004', 'dc700000-0000-4000-8000-000000000004', null),
    ('dc710000-0000-4000-8000-000000000005', 'dc700000-0000-4000-8000-000000000005', null),
    ('dc710000-0000-4000-8000-000000000006', 'dc700000-0000-4000-8000-000000000006', 'de310000-0000-4000-8000-000000000001'),
    ('dc710000-0000-4000-8000-000000000007', 'dc700000-0000-4000-8000-000000000007', null),
    ('dc710000-0000-4000-8000-000000000008', 'dc700000-0000-4000-8000-000000000008', null),
    ('dc710000-0000-4000-8000-000000000009', 'dc700000-0000-4000-8000-000000000009', null),
    ('dc710000-0000-4000-8000-000000000010', 'dc700000-0000-4000-8000-000000000010', null),
    ('dc710000-0000-4000-8000-000000000011', 'dc700000-0000-4000-8000-000000000011', null),
    ('dc710000-0000-4000-8000-000000000012', 'dc700000-0000-4000-8000-000000000012', null))
insert into handover_record (id, reservation_id, listing_id, stock_lot_id, inventory_item_id, category_id, material,
                             quantity, unit, weight_per_unit_kg, mass_kg, seller_organisation_id,
                             buyer_organisation_id, handed_over_on, destination_project, destination_address)
select v.id::uuid, r.id, r.listing_id, null, v.inventory_item_id::uuid, l.category_id, l.material,
       r.handed_over_quantity, l.unit, l.weight_per_unit_kg, l.weight_per_unit_kg * r.handed_over_quantity,
       r.seller_organisation_id, r.buyer_organisation_id, r.handed_over_on, r.destination_project, null
from v join reservation r on r.id = v.reservation_id::uuid join listing l on l.id = r.listing_id
on conflict (id) do nothing;

-- What became of what this file hands over or takes out (docs/outcomes.md): the same rules as V25's backfill.
select outcome_backfill();
