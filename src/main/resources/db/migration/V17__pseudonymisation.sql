-- Pseudonymisation of a person (docs/privacy.md#what-pseudonymisation-replaces). The person row stays, as the key
-- that the other tables' usernames refer to; their name becomes the pseudonym, made once from a random value (not
-- from the name) and reused when the person is pseudonymised again, and their email goes. A person row that is
-- pseudonymised is never written back from a token: the service refuses that token (problem person-pseudonymised).
-- Neither column is personal: the audit trail records their values.
alter table person
    add column pseudonym        text check (pseudonym ~ '^Person [0-9a-f]{8}$'),
    add column pseudonymised_at timestamptz,
    add check ((pseudonymised_at is null) or (pseudonym is not null));

-- The stock ledger (stock_movement) is not touched: its reason says why stock was adjusted or disposed of and is
-- about the material, and its actor is a username, a key that stays; so the append-only trigger needs no exception.
