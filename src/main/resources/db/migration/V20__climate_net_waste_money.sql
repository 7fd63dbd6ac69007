-- Net figures, waste and money beside CO2e (issue 22, items 3, 5, 6, 7): what reuse itself causes (transport over a
-- distance recorded at handover, storage, refurbishment), the waste code the mass would have had, and what the same
-- things would have cost new, frozen with each handover like the rest of its figures. See docs/climate.md.

-- What the seller records at handover (all optional): the distance the material travels to its new use, and the
-- emissions of storing and of refurbishing it where they know them.
alter table handover_record
    add column transport_distance_km   numeric(8, 1) check (transport_distance_km >= 0 and transport_distance_km <= 100000),
    add column storage_kg_co2e         numeric(14, 3) check (storage_kg_co2e >= 0),
    add column refurbishment_kg_co2e   numeric(14, 3) check (refurbishment_kg_co2e >= 0);

-- The waste code (European List of Waste, chapter 17, as in Sweden's Avfallsförordningen 2020:614, bilaga 3) that
-- a handed-over item would have had as construction and demolition waste: the first rule (lowest rank) whose pattern
-- (a case-insensitive regular expression matched at a word start) is found in the item's material, else in the
-- product's name; without a match, 17 09 04 (mixed construction and demolition waste).
create table climate_waste_code (
    rank    integer primary key,
    pattern text not null,
    code    text not null check (code ~ '^\d{2} \d{2} \d{2}$'),
    name_sv text not null,
    name_en text not null
);

insert into climate_waste_code (rank, pattern, code, name_sv, name_en) values
(10,  'rostfri|stainless|stål|steel|järn|iron|gjutjärn|galv|plåt', '17 04 05', 'Järn och stål', 'Iron and steel'),
(20,  'alumin',                                                    '17 04 02', 'Aluminium', 'Aluminium'),
(30,  'koppar|copper|mässing|brass|brons|bronze',                  '17 04 01', 'Koppar, brons, mässing', 'Copper, bronze, brass'),
(40,  'metall|metal',                                              '17 04 07', 'Blandade metaller', 'Mixed metals'),
(50,  'glasull|stenull|mineralull|glass ?wool|stone ?wool|rock ?wool|cellplast|eps|xps|isolering|insulation',
      '17 06 04', 'Isolermaterial', 'Insulation materials'),
(60,  'betong|concrete|cement',                                    '17 01 01', 'Betong', 'Concrete'),
(70,  'tegel|brick|lertegel',                                      '17 01 02', 'Tegel', 'Bricks'),
(80,  'porslin|porcelain|keramik|ceramic|kakel|klinker|granitkeramik|lergods|stengods|tile', '17 01 03',
      'Klinker, kakel och keramik', 'Tiles and ceramics'),
(90,  'gips|gypsum',                                               '17 08 02', 'Gipsbaserade byggmaterial', 'Gypsum-based construction materials'),
(100, 'glas|glass',                                                '17 02 02', 'Glas', 'Glass'),
(110, 'trä|wood|timber|virke|ek|oak|bok|beech|björk|birch|furu|fur|pine|gran|spruce|barrträ|lövträ|teak|lärk|limträ|plywood|kryssfaner|spånskiva|mdf|hdf|masonit|osb',
      '17 02 01', 'Trä', 'Wood'),
(120, 'pvc|plast|plastic|vinyl|polyeten|polypropen|akryl|acrylic|abs', '17 02 03', 'Plast', 'Plastic'),
(130, 'asfalt|asphalt|bitumen',                                    '17 03 02', 'Bitumenblandningar', 'Bituminous mixtures'),
(140, 'skiffer|slate|granit|granite|kalksten|limestone|marmor|marble|natursten|sten|stone', '17 05 04',
      'Jord och sten', 'Soil and stones');

-- The price of buying the same thing new, per category and unit, in SEK excluding VAT: installation admins set
-- them (PUT /api/v1/climate/reference-prices/{categoryId}) with their source and date. A category without a price
-- of its own uses its parent's in the same unit. The seeded values are Kretslopp's rough defaults (round figures of
-- the order of a Swedish builders' merchant's list price, not quotes): replace them with your procurement's prices.
create table climate_reference_price (
    category_id uuid           not null references category (id),
    unit        text           not null check (unit in ('st', 'm', 'm2', 'm3', 'kg')),
    price_sek   numeric(12, 2) not null check (price_sek >= 0),
    source      text           not null check (length(source) between 1 and 300),
    as_of       date           not null,
    updated_by  text           not null,
    updated_at  timestamptz    not null default now(),
    primary key (category_id, unit)
);

insert into climate_reference_price (category_id, unit, price_sek, source, as_of, updated_by)
select c.id, v.unit, v.price, 'Kretslopp default: rough new price excl. VAT, round figure (not a quote); replace with your own',
       date '2026-12-03', 'V20'
from (values
    ('dorrar.innerdorrar', 'st', 4000), ('dorrar.ytterdorrar', 'st', 15000), ('dorrar.branddorrar', 'st', 9000),
    ('dorrar.lagenhetsdorrar', 'st', 12000),
    ('fonster.fonster', 'st', 8000), ('fonster.fonsterdorrar', 'st', 14000), ('fonster.glas', 'm2', 500),
    ('tegel.murtegel', 'st', 10), ('tegel.murtegel', 'm3', 6000), ('tegel.takpannor-tegel', 'st', 30),
    ('tegel.takpannor-betong', 'st', 15),
    ('virke.reglar', 'm', 15), ('virke.balkar', 'm', 60), ('virke.limtra', 'm', 400),
    ('stal.balkar', 'kg', 25), ('stal.balkar', 'm', 1000), ('stal.pelare', 'kg', 25), ('stal.plat', 'kg', 30),
    ('skivor.gipsskivor', 'm2', 60), ('skivor.spanskivor', 'm2', 90), ('skivor.plywood', 'm2', 200),
    ('skivor.osb', 'm2', 120),
    ('golv.parkett', 'm2', 500), ('golv.klinker', 'm2', 400), ('golv.tragolv', 'm2', 800),
    ('golv.textilplattor', 'm2', 300),
    ('sanitet.wc-stolar', 'st', 3000), ('sanitet.tvattstall', 'st', 1500), ('sanitet.blandare', 'st', 1500),
    ('kok.koksskap', 'st', 2000), ('kok.vitvaror', 'st', 8000),
    ('vvs.radiatorer', 'st', 3500),
    ('belysning.armaturer', 'st', 1500),
    ('isolering.mineralull', 'm2', 80), ('isolering.cellplast', 'm2', 100),
    ('fasad.fasadtegel', 'st', 12), ('fasad.trapanel', 'm2', 250),
    ('mark.marksten', 'm2', 300), ('mark.kantsten', 'm', 200), ('mark.natursten', 'm2', 900),
    ('innervaggar.glaspartier', 'm2', 5000), ('innervaggar.undertaksplattor', 'm2', 150)
) as v (code, unit, price)
join category c on c.code = v.code;

-- The figures of each handover, extended. avoided_*_kg stay what reports sum and are net: the gross (what a new
-- product would have caused: A1–A3 + A4) minus transport, storage and refurbishment. Transport is the recorded
-- distance × mass × the vehicle factor in use (basis DISTANCE) or, without a distance, Boverket's A4 of a reused
-- product (basis REUSE_A4), which is what every figure frozen before this version already subtracted: their net
-- is their frozen figure unchanged, and their gross is derived from it (avoided + mass × reuse A4 + refurbishment).
alter table climate_realised
    add column gross_typical_kg        numeric(14, 3),
    add column gross_conservative_kg   numeric(14, 3),
    add column transport_basis         text not null default 'REUSE_A4' check (transport_basis in ('DISTANCE', 'REUSE_A4')),
    add column transport_distance_km   numeric(8, 1),
    add column transport_factor        numeric(10, 5),
    add column transport_source        text,
    add column transport_kg_co2e       numeric(14, 3),
    add column storage_kg_co2e         numeric(14, 3) not null default 0,
    add column quantity                numeric(12, 3),
    add column unit                    text,
    add column waste_code              text,
    add column waste_name_sv           text,
    add column waste_name_en           text,
    add column reference_price_sek     numeric(12, 2),
    add column reference_unit          text,
    add column reference_source        text,
    add column reference_as_of         date,
    add column new_value_sek           numeric(14, 2),
    add column saved_sek               numeric(14, 2);

update climate_realised
set transport_kg_co2e     = round(coalesce(mass_kg * reuse_a4, 0), 3),
    gross_typical_kg      = avoided_typical_kg + round(coalesce(mass_kg * reuse_a4, 0), 3) + refurbishment_kg_co2e,
    gross_conservative_kg = avoided_conservative_kg + round(coalesce(mass_kg * reuse_a4, 0), 3) + refurbishment_kg_co2e
where basis <> 'NONE';

alter table climate_realised
    add constraint climate_realised_gross_check check ((basis = 'NONE') = (gross_typical_kg is null)),
    add constraint climate_realised_transport_check
        check ((transport_basis = 'DISTANCE') = (transport_distance_km is not null and transport_factor is not null));

-- waste code and money are filled in by the service (the same statement as for a new handover) for rows without
create index climate_realised_waste_missing_idx on climate_realised (handover_record_id) where waste_code is null;
