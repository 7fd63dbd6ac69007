-- Demo conversation (dev and test only, docs/conversations.md; named to run after the organisations and wanted requests): Johan of Kalmar Rivning & Demontage offers brick to
-- Sara's wanted request "murtegel rött" (R__demo_wanted.sql), and Sara answers. Sara has read it; Johan has not read
-- her answer.
insert into conversation (id, subject_kind, subject_id, subject_title, buyer_organisation_id, seller_organisation_id,
                          started_by_organisation_id, started_by, created_at, last_message_at) values
    ('de900000-0000-4000-8000-000000000001', 'WANTED', 'de700000-0000-4000-8000-000000000001', 'murtegel rött',
     '0b6f1a52-3c1e-4d7a-9a10-000000000006', '0b6f1a52-3c1e-4d7a-9a10-000000000005',
     '0b6f1a52-3c1e-4d7a-9a10-000000000005', 'johan', now() - interval '2 days', now() - interval '1 day')
on conflict (id) do nothing;

insert into conversation_message (id, conversation_id, organisation_id, author_username, author_name, text,
                                  created_at) values
    ('de910000-0000-4000-8000-000000000001', 'de900000-0000-4000-8000-000000000001',
     '0b6f1a52-3c1e-4d7a-9a10-000000000005', 'johan', 'Johan Karlsson',
     E'Hej! Vi river ett skolhus i Färjestaden i januari och räknar med ca 2 500 röda murtegel.\nBilder: https://example.org/fargestaden-tegel',
     now() - interval '2 days'),
    ('de910000-0000-4000-8000-000000000002', 'de900000-0000-4000-8000-000000000001',
     '0b6f1a52-3c1e-4d7a-9a10-000000000006', 'sara', 'Sara Nilsson',
     'Låter bra! Är de rengjorda från bruk, och kan vi hämta på pall?', now() - interval '1 day')
on conflict (id) do nothing;

insert into conversation_read (conversation_id, organisation_id, username, read_at) values
    ('de900000-0000-4000-8000-000000000001', '0b6f1a52-3c1e-4d7a-9a10-000000000006', 'sara', now() - interval '1 day'),
    ('de900000-0000-4000-8000-000000000001', '0b6f1a52-3c1e-4d7a-9a10-000000000005', 'johan', now() - interval '2 days')
on conflict do nothing;
