-- Demo wanted requests (dev and test only): what Smålandsbygg (Sara, builder) and Kalmarhem (Maria) are looking for.
-- Kept off doors and windows, which the tests publish by the dozen, so that demo requests do not alert the demo
-- users during the tests. Their stored queries reach the percolator index through the outbox like any other.
insert into wanted_request (id, organisation_id, created_by, text, notes, category_id, quantity, unit,
                            length_min_mm, length_max_mm, width_min_mm, width_max_mm, height_min_mm, height_max_mm,
                            condition_max, place, latitude, longitude, within_km, needed_by, price_max_sek,
                            accept_future, status, expires_on) values
    ('de700000-0000-4000-8000-000000000001', '0b6f1a52-3c1e-4d7a-9a10-000000000006', 'sara',
     'murtegel rött', 'Fasadtegel till tillbyggnad av förskola i Lindsdal, helst samma parti.',
     '7c0e0000-0000-4000-8000-000000000301', 2000, 'st', null, null, null, null, null, null,
     2, 'Lindsdal', 56.7333, 16.3000, 40, current_date + 120, 4, true, 'OPEN', current_date + 90),
    ('de700000-0000-4000-8000-000000000002', '0b6f1a52-3c1e-4d7a-9a10-000000000006', 'sara',
     'takpannor tegel', 'Enkupigt lertegel, röd, till ett uthus.',
     '7c0e0000-0000-4000-8000-000000000303', 120, 'm2', null, null, null, null, null, null,
     3, 'Kalmar', 56.6634, 16.3568, 60, current_date + 60, null, true, 'OPEN', current_date + 90),
    ('de700000-0000-4000-8000-000000000003', '0b6f1a52-3c1e-4d7a-9a10-000000000002', 'maria',
     'ekparkett', 'Till trapphusrenoveringen på Norrliden.',
     '7c0e0000-0000-4000-8000-000000000701', 85, 'm2', null, null, null, null, null, null,
     2, 'Norrliden, Kalmar', 56.6800, 16.3300, 30, current_date + 45, 250, true, 'PAUSED', current_date + 90)
on conflict (id) do nothing;
