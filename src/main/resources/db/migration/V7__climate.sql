-- Climate impact: Boverket's climate database as data (every imported version kept), the rules that estimate a
-- figure from the material when a category has no product, and the figures frozen at each handover.

-- One imported version of Boverket's climate database ("Boverkets klimatdatabas"). The service imports the
-- bundled file(s) at start-up when their version is missing, and admins can upload a newer file of the same format
-- and activate it (or an older one again).
create table climate_dataset (
    version      text primary key check (version ~ '^\d{2}\.\d{2}\.\d{3}$'),
    source       text        not null,
    published_on date,
    file_name    text        not null,
    sha256       text        not null,
    product_count integer    not null,
    imported_at  timestamptz not null default now(),
    imported_by  text        not null,
    -- the version in use is the one activated last (unless configuration names one)
    activated_at timestamptz
);

-- One product of one version; the figures are kg CO2e per kg (EN 15804 modules), the conversions kg per m² or m³.
create table climate_factor (
    version             text    not null references climate_dataset (version),
    resource_id         text    not null check (resource_id ~ '^\d{1,20}$'),
    name_sv             text    not null,
    name_en             text,
    boverket_category   text,
    bk04_code           text,
    bk04_text           text,
    a1a3_typical        numeric(12, 5) not null,
    a1a3_conservative   numeric(12, 5) not null,
    a4                  numeric(12, 5) not null,
    a5_1                numeric(12, 5),
    conservative_factor numeric(8, 4),
    waste_factor        numeric(8, 4),
    kg_per_m2           numeric(12, 3),
    kg_per_m3           numeric(12, 3),
    conversions         text,
    -- what the figures are per: kg for all but a few products (solar cells: m²)
    inventory_unit      text    not null default 'kg',
    primary key (version, resource_id)
);

-- When a category has no Boverket product, an item's material picks a stand-in product: the first rule (lowest
-- rank) whose pattern (a case-insensitive POSIX regular expression, matched at a word start) is found in the
-- material text. The figure is then marked as an estimate and names the stand-in.
create table climate_material_rule (
    rank        integer primary key,
    pattern     text not null,
    resource_id text not null check (resource_id ~ '^\d{1,20}$'),
    note        text not null
);

insert into climate_material_rule (rank, pattern, resource_id, note) values
(10,  'rostfri|stainless',                                     '6000000158', 'Rostfritt stål: rostfri plåt, 65 % skrotbaserad'),
(20,  'alumin',                                                '6000000159', 'Aluminium: aluminiumprofiler, primär'),
(30,  'koppar|copper|mässing|brass',                           '6000000162', 'Koppar/mässing: kopparplåt, 51 % skrotbaserad'),
(40,  'glasull|stenull|mineralull|glass ?wool|stone ?wool|rock ?wool', '6000000123', 'Mineralull: stenull, skivor'),
(50,  'cellplast|eps|xps|frigolit|polystyren|polystyrene',     '6000000131', 'Cellplast: EPS'),
(60,  'porslin|porcelain|keramik|ceramic|kakel|klinker|lergods|stengods|tile', '6000000083',
      'Porslin och keramik: Boverket har ingen sanitetsporslin; hårdbränd tegelsten är närmaste brända lerprodukt (underskattar snarare)'),
(70,  'tegel|brick|lertegel|lera|clay',                        '6000000082', 'Tegel: tegelsten'),
(80,  'glas|glass',                                            '6000000122', 'Glas: planglas'),
(90,  'stål|steel|järn|iron|gjutjärn|metall|metal|galv',       '6000000150', 'Stål och järn: konstruktionsstål, 80 % primär'),
(100, 'betong|concrete|cement',                                '6000000077', 'Betong: prefabricerat betongelement, övrigt'),
(110, 'gips|gypsum',                                           '6000000020', 'Gips: gipsskiva, standard'),
(120, 'plywood|kryssfaner',                                    '6000000023', 'Plywood'),
(130, 'spånskiva|spån|particle',                               '6000000000', 'Spånskiva'),
(140, 'mdf|hdf|masonit|board|laminat',                         '6000000215', 'Träfiberskiva: HDF'),
(150, 'skiffer|slate|granit|granite|kalksten|limestone|marmor|marble|natursten|sten|stone', '6000000217',
      'Natursten: skifferplattor'),
(160, 'pvc|plast|plastic|vinyl|polyeten|polypropen|akryl|acrylic|abs', '6000000210', 'Plast: termoplast, polyolefin'),
(170, 'gummi|rubber|epdm',                                     '6000000211', 'Gummi: EPDM/SBR'),
(180, 'trä|wood|timber|ek|oak|bok|beech|björk|birch|furu|fur|pine|gran|spruce|barrträ|lövträ|teak|lärk', '6000000192',
      'Trä: hyvlat virke, barrträ');


-- The figures of each handover, frozen in the transaction that records it. A later import of new factors or a
-- changed mapping never rewrites them; they say which version and product they came from.
create table climate_realised (
    handover_record_id      uuid primary key references handover_record (id),
    dataset_version         text references climate_dataset (version),
    basis                   text           not null check (basis in ('PRODUCT', 'MATERIAL_ESTIMATE', 'NONE')),
    resource_id             text,
    product_name_sv         text,
    product_name_en         text,
    mass_kg                 numeric(14, 3),
    mass_source             text check (mass_source in ('WEIGHT_PER_UNIT', 'KG', 'AREA', 'VOLUME')),
    a1a3_typical            numeric(12, 5),
    a1a3_conservative       numeric(12, 5),
    a4                      numeric(12, 5),
    reuse_a4                numeric(12, 5),
    refurbishment_kg_co2e   numeric(14, 3) not null default 0,
    avoided_typical_kg      numeric(14, 3),
    avoided_conservative_kg numeric(14, 3),
    value_sek               numeric(14, 2),
    -- what the reports group by, copied so that reports need no joins into other features' tables
    seller_organisation_id  uuid           not null references organisation (id),
    buyer_organisation_id   uuid           not null references organisation (id),
    category_id             uuid           not null references category (id),
    building_id             uuid references building (id),
    storage_site_id         uuid,
    handed_over_on          date           not null,
    computed_at             timestamptz    not null default now(),
    check ((basis = 'NONE') = (avoided_typical_kg is null))
);
create index climate_realised_seller_idx on climate_realised (seller_organisation_id, handed_over_on);
create index climate_realised_buyer_idx on climate_realised (buyer_organisation_id, handed_over_on);
