-- Demo (dev and test only): the transport distance recorded at some of the demo handovers
-- (R__demo_reuse_handovers.sql), so that the climate dashboard shows net figures from a distance beside ones from
-- Boverket's transport scenario. Runs after that file (alphabetical order) and before the service freezes the demo
-- handovers' figures at start-up. Idempotent: only distances not yet set.
update handover_record h
set transport_distance_km = v.km
from (values
    ('dc710000-0000-4000-8000-000000000003'::uuid, 12.0),
    ('dc710000-0000-4000-8000-000000000004'::uuid, 85.0),
    ('dc710000-0000-4000-8000-000000000007'::uuid, 6.5),
    ('dc710000-0000-4000-8000-000000000011'::uuid, 140.0)
) as v (id, km)
where h.id = v.id and h.transport_distance_km is null;
