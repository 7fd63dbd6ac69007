-- Demo organisations for local runs and tests (only the dev and test profiles load db/demo).
-- Their codes match the 'org' attribute of the demo users in infra/keycloak/kretslopp-realm.json. The organisation
-- numbers of the companies are made up (with a valid check digit); those of the municipalities are their own.
insert into organisation_group (code, name) values ('kalmarsund', 'Kalmarsundsregionen')
on conflict (code) do update set name = excluded.name;

insert into organisation (id, code, name, organisation_number, kind, org_group) values
    ('0b6f1a52-3c1e-4d7a-9a10-000000000001', 'kalmar-kommun',         'Kalmar kommun',                 '212000-0746', 'MUNICIPALITY',      'kalmarsund'),
    ('0b6f1a52-3c1e-4d7a-9a10-000000000002', 'kalmarhem',             'Kalmarhem AB',                  '556000-1017', 'MUNICIPAL_COMPANY', 'kalmarsund'),
    ('0b6f1a52-3c1e-4d7a-9a10-000000000003', 'morbylanga-kommun',     'Mörbylånga kommun',             '212000-0779', 'MUNICIPALITY',      'kalmarsund'),
    ('0b6f1a52-3c1e-4d7a-9a10-000000000004', 'kalmar-aterbrukslager', 'Kalmar Återbrukslager',         '556000-1041', 'STORAGE_OPERATOR',  'kalmarsund'),
    ('0b6f1a52-3c1e-4d7a-9a10-000000000005', 'kalmar-rivning',        'Kalmar Rivning & Demontage AB', '556000-1058', 'CONTRACTOR',        null),
    ('0b6f1a52-3c1e-4d7a-9a10-000000000006', 'smalandsbygg',          'Smålandsbygg AB',               '556000-1066', 'BUILDER',           null)
on conflict (id) do update set
    code = excluded.code,
    name = excluded.name,
    organisation_number = excluded.organisation_number,
    kind = excluded.kind,
    org_group = excluded.org_group;

-- Deliveries (issue 21): a carrier in Kalmar, with its demo user nils (role carrier).
insert into organisation (id, code, name, organisation_number, kind, org_group) values
    ('0b6f1a52-3c1e-4d7a-9a10-000000000021', 'kalmarsunds-akeri', 'Kalmarsunds Åkeri AB', '556000-1090', 'CARRIER', null)
on conflict (id) do update set
    code = excluded.code,
    name = excluded.name,
    organisation_number = excluded.organisation_number,
    kind = excluded.kind,
    org_group = excluded.org_group;
