-- Category × material → Boverket product (docs/climate.md#the-mapping). A category's boverket_id stays its product
-- when the material is not given or not known; these tables add a product per material (and, where it matters,
-- per construction type), the material each product is made of, and a stand-in product per material for the
-- fallback that is marked as an estimate. Resource ids are Boverket's (stable across versions), reviewed against
-- 02.06.000.

-- The materials the service recognises in an item's free-text material, the first (lowest rank) whose pattern (a
-- case-insensitive regular expression) is found at the start of a word wins: compounds and special cases rank
-- before the general word (trä/aluminium before aluminium and trä, rostfritt before stål, glasull before glas).
-- resource_id is the material's stand-in product, used only as a marked estimate when no category route fits.
create table climate_material (
    code        text primary key check (code ~ '^[a-z0-9-]{1,40}$'),
    rank        integer not null unique,
    pattern     text    not null,
    name_sv     text    not null,
    name_en     text    not null,
    resource_id text check (resource_id ~ '^\d{1,20}$'),
    note        text
);

insert into climate_material (rank, code, pattern, name_sv, name_en, resource_id, note) values
(10,  'tra-aluminium', 'trä ?[/&+-] ?alu|trä ?och ?alu|träalu|alu ?[/&+-] ?trä|aluminium ?[/&+-] ?trä|aluträ|wood ?[/&+-] ?alu|alu-?clad', 'Trä/aluminium', 'Wood/aluminium', '6000000103', 'Trä/aluminium: fönster, trä/aluminium, sidhängt (Boverket har bara fönster och fönsterdörrar av trä/aluminium)'),
(20,  'rostfritt',     'rostfri|stainless|syrafast|inox',                              'Rostfritt stål', 'Stainless steel', '6000000158', 'Rostfritt stål: rostfri plåt, 65 % skrotbaserad'),
(30,  'aluminium',     'alu',                                                          'Aluminium', 'Aluminium', '6000000159', 'Aluminium: aluminiumprofiler, primär'),
(40,  'koppar',        'koppar|copper|mässing|brass|brons|bronze',                     'Koppar och mässing', 'Copper and brass', '6000000162', 'Koppar/mässing: kopparplåt, 51 % skrotbaserad'),
(50,  'stal',          'stål|steel|järn|iron|gjutjärn|metall|metal|galv|plåt|takplåt|fasadplåt|corten|smide', 'Stål och järn', 'Steel and iron', '6000000150', 'Stål och järn: konstruktionsstål, 80 % primär'),
(60,  'glasull',       'glasull|glass ?wool',                                          'Glasull', 'Glass wool', '6000000001', 'Glasull: skivor och rullar'),
(70,  'stenull',       'stenull|stone ?wool|rock ?wool|rockwool',                      'Stenull', 'Stone wool', '6000000123', 'Stenull: skivor och rullar'),
(80,  'mineralull',    'mineralull|mineral ?wool|isolerull',                           'Mineralull', 'Mineral wool', '6000000001', 'Mineralull av okänt slag: glasull, den lägre siffran'),
(90,  'xps',           'xps|extruderad',                                               'XPS', 'XPS', '6000000132', 'XPS, extruderad polystyren'),
(100, 'cellplast',     'cellplast|eps|frigolit|polystyren|polystyrene|styrofoam',      'Cellplast (EPS)', 'Expanded polystyrene (EPS)', '6000000131', 'Cellplast: EPS'),
(110, 'pir',           'pir|polyisocyanurat|pur|polyuretan|polyurethane',             'PIR/PUR', 'PIR/PUR', '6000000213', 'PIR-isolering'),
(120, 'keramik',       'porslin|porcelain|keramik|ceramic|kakel|klinker|granitkeramik|lergods|stengods|tile', 'Keramik och porslin', 'Ceramics and porcelain', '6000000083', 'Porslin och keramik: Boverket har ingen sanitetsporslin eller klinker; hårdbränd tegelsten är närmaste brända lerprodukt (underskattar snarare)'),
(130, 'tegel',         'tegel|brick|lertegel|lera|clay|murtegel|fasadtegel',           'Tegel', 'Brick', '6000000082', 'Tegel: tegelsten'),
(140, 'lattbetong',    'lättbetong|gasbetong|siporex|ytong|aerated',                   'Lättbetong', 'Aerated concrete', '6000000096', 'Lättbetong: gasbetongblock'),
(150, 'lattklinker',   'lättklinker|leca',                                             'Lättklinker', 'Lightweight clay aggregate', '6000000086', 'Lättklinkerblock, 10–14 % cement'),
(160, 'kalksandsten',  'kalksandsten|sand-?lime',                                      'Kalksandsten', 'Sand-lime brick', '6000000084', 'Kalksandsten'),
(170, 'glas',          'glas|glass',                                                   'Glas', 'Glass', '6000000122', 'Glas: planglas'),
(180, 'fibercement',   'fibercement|fiber ?cement|fibre ?cement|eternit|cembrit|minerit|cementskiv|cementbunden', 'Fibercement', 'Fibre cement', '6000000180', 'Fibercement: byggskiva, ≤ 60 % cement (fasadskivan, 6000000182, väljs i fasad- och takkategorierna)'),
(190, 'betong',        'betong|concrete|cement|prefab',                                'Betong', 'Concrete', '6000000077', 'Betong: prefabricerat armerat betongelement, övrigt (massivt; håldäck och sandwich väljs av kategorin eller konstruktionen)'),
(200, 'gips',          'gips|gypsum|gyproc|plasterboard|fibergips|fermacell',          'Gips', 'Gypsum', '6000000020', 'Gips: gipsskiva, standard'),
(210, 'plywood',       'plywood|kryssfaner',                                           'Plywood', 'Plywood', '6000000023', 'Plywood'),
(220, 'osb',           'osb',                                                          'OSB', 'OSB', '6000000024', 'OSB'),
(230, 'spanskiva',     'spånskiv|spån|particle ?board|chipboard|melamin',              'Spånskiva', 'Particle board', '6000000000', 'Spånskiva'),
(240, 'trafiber',      'mdf|hdf|masonit|board|träfiberskiv|hård ?skiva|hardboard|laminat', 'Träfiberskiva', 'Wood fibre board', '6000000215', 'Träfiberskiva: HDF'),
(250, 'limtra',        'limträ|glulam',                                                'Limträ', 'Glulam', '6000000168', 'Limträ, gran'),
(260, 'kl-tra',        'kl-trä|korslimmat|clt',                                        'KL-trä', 'Cross-laminated timber', '6000000167', 'Korslimmat trä'),
(270, 'lvl',           'lvl|fanerträ|kerto',                                           'Fanerträ (LVL)', 'LVL', '6000000185', 'Fanerträ (LVL)'),
(280, 'tra',           'trä|wood|timber|virke|ek|oak|bok|beech|björk|birch|furu|pine|gran(?!it)|spruce|barrträ|lövträ|teak|lärk|larch|massivträ', 'Trä', 'Wood', '6000000192', 'Trä: hyvlat virke, barrträ'),
(290, 'natursten',     'skiffer|slate|granit|granite|kalksten|limestone|marmor|marble|natursten|sten|stone|sandsten|gnejs', 'Natursten', 'Natural stone', '6000000217', 'Natursten: skifferplattor'),
(300, 'papp',          'papp|bitumen|asfalt|shingel|shingle|roofing ?felt',            'Papp och bitumen', 'Bitumen felt', '6000000141', 'Papp: takpapp, enskiktstätning'),
(310, 'linoleum',      'linoleum|marmoleum',                                           'Linoleum', 'Linoleum', '6000000216', 'Linoleum (linolja, trämjöl, kork, jute) finns inte hos Boverket: hård träfiberskiva som närmaste, snarare en underskattning'),
(320, 'pvc',           'pvc|plast|plastic|vinyl|polyeten|polypropen|akryl|acrylic|abs|polyester|nylon|polyamid', 'Plast', 'Plastic', '6000000210', 'Plast: termoplast, polyolefin'),
(330, 'gummi',         'gummi|rubber|epdm',                                            'Gummi', 'Rubber', '6000000211', 'Gummi: EPDM/SBR'),
(340, 'textil',        'textil|matta|carpet|heltäckning|nålfilt',                      'Textil', 'Textile', '6000000210', 'Textil (polyamid, polypropen): termoplast som närmaste');

-- What the mapped products are made of, so that an item of another material is not given a product of the
-- category's usual material without an estimate mark. Products not listed here are read by their Swedish name.
create table climate_product_material (
    resource_id text primary key check (resource_id ~ '^\d{1,20}$'),
    material    text not null references climate_material (code)
);

insert into climate_product_material (resource_id, material) values
('6000000000', 'spanskiva'), ('6000000001', 'glasull'), ('6000000007', 'tra'), ('6000000016', 'gips'),
('6000000018', 'gips'), ('6000000020', 'gips'), ('6000000021', 'gips'), ('6000000023', 'plywood'), ('6000000024', 'osb'),
('6000000049', 'betong'), ('6000000051', 'betong'), ('6000000054', 'betong'), ('6000000055', 'betong'),
('6000000058', 'betong'), ('6000000059', 'betong'), ('6000000061', 'betong'), ('6000000063', 'betong'),
('6000000065', 'betong'), ('6000000067', 'betong'), ('6000000069', 'betong'), ('6000000071', 'betong'),
('6000000074', 'betong'), ('6000000075', 'betong'), ('6000000077', 'betong'), ('6000000079', 'betong'),
('6000000081', 'tegel'), ('6000000082', 'tegel'), ('6000000083', 'tegel'), ('6000000084', 'kalksandsten'),
('6000000086', 'lattklinker'), ('6000000096', 'lattbetong'), ('6000000097', 'lattbetong'),
('6000000103', 'tra-aluminium'), ('6000000104', 'tra'), ('6000000111', 'tra'), ('6000000112', 'tra-aluminium'),
('6000000113', 'tra'), ('6000000114', 'tra-aluminium'), ('6000000115', 'stal'), ('6000000116', 'rostfritt'),
('6000000117', 'stal'), ('6000000118', 'tra'), ('6000000119', 'tra'), ('6000000120', 'tra'), ('6000000121', 'tra'),
('6000000122', 'glas'), ('6000000123', 'stenull'), ('6000000131', 'cellplast'), ('6000000132', 'xps'),
('6000000140', 'papp'), ('6000000141', 'papp'), ('6000000142', 'papp'), ('6000000150', 'stal'),
('6000000152', 'stal'), ('6000000153', 'stal'), ('6000000157', 'rostfritt'), ('6000000158', 'rostfritt'),
('6000000159', 'aluminium'), ('6000000161', 'aluminium'), ('6000000162', 'koppar'), ('6000000164', 'koppar'),
('6000000167', 'kl-tra'), ('6000000168', 'limtra'), ('6000000175', 'glas'), ('6000000176', 'glas'),
('6000000177', 'glas'), ('6000000178', 'glas'), ('6000000179', 'glas'), ('6000000180', 'fibercement'),
('6000000182', 'fibercement'), ('6000000183', 'natursten'), ('6000000185', 'lvl'), ('6000000186', 'tra'),
('6000000187', 'aluminium'), ('6000000192', 'tra'), ('6000000210', 'pvc'), ('6000000213', 'pir'),
('6000000214', 'pvc'), ('6000000215', 'trafiber'), ('6000000216', 'trafiber'), ('6000000217', 'natursten'),
('6000000221', 'stal'), ('6000000225', 'aluminium');

-- The element types reuse inventories contain that the tree lacked (ids and codes as in V3: new kinds at the end
-- of their group, two new groups). Their boverket_id is the product when no material is given.
insert into category (id, parent_id, code, name_sv, name_en, boverket_id, sort_order) values
('7c0e0000-0000-4000-8000-000000000304', '7c0e0000-0000-4000-8000-000000000300', 'tegel.lattbetongblock', 'Lättbetongblock', 'Aerated concrete blocks', '6000000096', 40),
('7c0e0000-0000-4000-8000-000000000305', '7c0e0000-0000-4000-8000-000000000300', 'tegel.lattklinkerblock', 'Lättklinkerblock', 'Lightweight aggregate blocks', '6000000086', 50),
('7c0e0000-0000-4000-8000-000000000306', '7c0e0000-0000-4000-8000-000000000300', 'tegel.kalksandsten', 'Kalksandsten', 'Sand-lime bricks', '6000000084', 60),
('7c0e0000-0000-4000-8000-000000000404', '7c0e0000-0000-4000-8000-000000000400', 'virke.pelare', 'Träpelare', 'Timber columns', '6000000007', 40),
('7c0e0000-0000-4000-8000-000000000405', '7c0e0000-0000-4000-8000-000000000400', 'virke.kl-tra', 'KL-trä', 'Cross-laminated timber', '6000000167', 50),
('7c0e0000-0000-4000-8000-000000000406', '7c0e0000-0000-4000-8000-000000000400', 'virke.lvl', 'Fanerträ (LVL)', 'Laminated veneer lumber (LVL)', '6000000185', 60),
-- 6000000186 "Lättbalk av trä" has no conversion: a weight (or the unit kg) is needed
('7c0e0000-0000-4000-8000-000000000407', '7c0e0000-0000-4000-8000-000000000400', 'virke.lattbalkar', 'Lättbalkar av trä', 'Timber I-joists', '6000000186', 70),
('7c0e0000-0000-4000-8000-000000000504', '7c0e0000-0000-4000-8000-000000000500', 'stal.lattreglar', 'Stålreglar', 'Light steel studs', '6000000152', 40),
('7c0e0000-0000-4000-8000-000000000605', '7c0e0000-0000-4000-8000-000000000600', 'skivor.fibercement', 'Fibercementskivor', 'Fibre-cement boards', '6000000180', 50),
-- 6000000216 "Hård skiva, HB (våt process)": masonite, the hardboard of older buildings
('7c0e0000-0000-4000-8000-000000000606', '7c0e0000-0000-4000-8000-000000000600', 'skivor.trafiberskivor', 'Träfiberskivor', 'Wood fibre boards', '6000000216', 60),

-- 18 Betongelement: precast elements, each type its own product (a hollow-core slab is not a solid one: Boverket's
-- HD/F counts 1350 kg per m³ of element, a solid slab 2400)
('7c0e0000-0000-4000-8000-000000001800', null, 'betongelement', 'Betongelement', 'Precast concrete elements', null, 180),
('7c0e0000-0000-4000-8000-000000001801', '7c0e0000-0000-4000-8000-000000001800', 'betongelement.hdf', 'Hålbjälklag (HD/F)', 'Hollow-core slabs (HD/F)', '6000000059', 10),
('7c0e0000-0000-4000-8000-000000001802', '7c0e0000-0000-4000-8000-000000001800', 'betongelement.massiva-plattor', 'Massiva bjälklagsplattor (RD)', 'Solid slabs (RD)', '6000000061', 20),
('7c0e0000-0000-4000-8000-000000001803', '7c0e0000-0000-4000-8000-000000001800', 'betongelement.tt-plattor', 'TT-plattor', 'Double-tee slabs (TT)', '6000000049', 30),
('7c0e0000-0000-4000-8000-000000001804', '7c0e0000-0000-4000-8000-000000001800', 'betongelement.plattbarlag', 'Plattbärlag', 'Filigree slabs', '6000000063', 40),
('7c0e0000-0000-4000-8000-000000001805', '7c0e0000-0000-4000-8000-000000001800', 'betongelement.vaggar', 'Massiva väggelement', 'Solid wall elements', '6000000051', 50),
('7c0e0000-0000-4000-8000-000000001806', '7c0e0000-0000-4000-8000-000000001800', 'betongelement.sandwichvaggar', 'Sandwichväggar', 'Sandwich wall elements', '6000000058', 60),
('7c0e0000-0000-4000-8000-000000001807', '7c0e0000-0000-4000-8000-000000001800', 'betongelement.innervaggar', 'Innerväggar av betong', 'Concrete interior walls', '6000000054', 70),
('7c0e0000-0000-4000-8000-000000001808', '7c0e0000-0000-4000-8000-000000001800', 'betongelement.pelare', 'Betongpelare', 'Concrete columns', '6000000067', 80),
('7c0e0000-0000-4000-8000-000000001809', '7c0e0000-0000-4000-8000-000000001800', 'betongelement.balkar', 'Betongbalkar', 'Concrete beams', '6000000069', 90),
('7c0e0000-0000-4000-8000-000000001810', '7c0e0000-0000-4000-8000-000000001800', 'betongelement.trappor-balkonger', 'Trappor och balkonger av betong', 'Concrete stairs and balconies', '6000000074', 100),

-- 19 Takmaterial (roof tiles stay in group 03)
('7c0e0000-0000-4000-8000-000000001900', null, 'tak', 'Takmaterial', 'Roofing', null, 190),
('7c0e0000-0000-4000-8000-000000001901', '7c0e0000-0000-4000-8000-000000001900', 'tak.takplat', 'Takplåt', 'Roof sheeting', '6000000153', 10),
('7c0e0000-0000-4000-8000-000000001902', '7c0e0000-0000-4000-8000-000000001900', 'tak.takpapp', 'Takpapp', 'Roofing felt', '6000000141', 20),
('7c0e0000-0000-4000-8000-000000001903', '7c0e0000-0000-4000-8000-000000001900', 'tak.takskiffer', 'Takskiffer', 'Roof slate', '6000000217', 30),
('7c0e0000-0000-4000-8000-000000001904', '7c0e0000-0000-4000-8000-000000001900', 'tak.fibercementplattor', 'Fibercementplattor för tak', 'Fibre-cement roof sheets', '6000000182', 40)
on conflict (id) do nothing;

-- The product of a category for a material. construction, when set, is a pattern (like a material's) that must
-- also be found in the material text, and wins over the row without one (e.g. "betong, HD/F" in Övrigt). estimate
-- marks a deliberate stand-in (the database has no such product; note says which is used and why): its figures
-- carry the estimate mark like any other fallback.
create table climate_category_product (
    id           uuid primary key default gen_random_uuid(),
    category_id  uuid    not null references category (id) on delete cascade,
    material     text    not null references climate_material (code),
    construction text,
    resource_id  text    not null check (resource_id ~ '^\d{1,20}$'),
    estimate     boolean not null default false,
    note         text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create unique index climate_category_product_key on climate_category_product (category_id, material, coalesce(construction, ''));
create trigger audit_climate_category_product after insert or update or delete on climate_category_product
    for each row execute function audit_capture();

insert into climate_category_product (category_id, material, construction, resource_id, estimate, note)
select c.id, v.material, v.construction, v.resource_id, v.estimate, v.note
from (values
-- doors: a door of unknown kind gets the lower-figure product of its material
('dorrar', 'tra', null, '6000000121', false, 'Dörr av okänt slag: slät innerdörr, den lägsta siffran för trädörrar'),
('dorrar', 'stal', null, '6000000115', false, 'Ståldörr av okänt slag: massiv ståldörr'),
('dorrar', 'rostfritt', null, '6000000116', false, null),
('dorrar', 'aluminium', null, '6000000187', false, 'Aluminiumdörr: helglasad ytterdörr av aluminium'),
('dorrar', 'glas', null, '6000000178', false, 'Helglasdörr: härdat säkerhetsglas'),
('dorrar.innerdorrar', 'tra', null, '6000000121', false, null),
('dorrar.innerdorrar', 'stal', null, '6000000117', false, null),
('dorrar.innerdorrar', 'glas', null, '6000000178', false, 'Helglasdörr: härdat säkerhetsglas'),
('dorrar.innerdorrar', 'aluminium', null, '6000000187', true, 'Boverket har ingen innerdörr av aluminium: helglasad ytterdörr av aluminium'),
('dorrar.innerdorrar', 'rostfritt', null, '6000000116', true, 'Boverket har ingen rostfri innerdörr: rostfri ytterdörr'),
('dorrar.ytterdorrar', 'tra', null, '6000000118', false, null),
('dorrar.ytterdorrar', 'stal', null, '6000000115', false, null),
('dorrar.ytterdorrar', 'rostfritt', null, '6000000116', false, null),
('dorrar.ytterdorrar', 'aluminium', null, '6000000187', false, null),
('dorrar.branddorrar', 'tra', null, '6000000120', false, null),
('dorrar.branddorrar', 'stal', null, '6000000117', false, 'Branddörr av stål: innerdörr av stål'),
('dorrar.lagenhetsdorrar', 'tra', null, '6000000119', false, null),
('dorrar.lagenhetsdorrar', 'stal', null, '6000000115', false, 'Säkerhetsdörr av stål: massiv ståldörr'),
('dorrar.garageportar', 'stal', null, '6000000115', true, 'Boverket har inga portar: massiv ståldörr per m²'),
('dorrar.garageportar', 'aluminium', null, '6000000187', true, 'Boverket har inga portar: ytterdörr av aluminium per m²'),
('dorrar.garageportar', 'tra', null, '6000000118', true, 'Boverket har inga portar: ytterdörr av trä per m²'),
-- windows: every frame material Boverket has
('fonster', 'tra', null, '6000000104', false, null),
('fonster', 'tra-aluminium', null, '6000000103', false, null),
('fonster', 'aluminium', null, '6000000225', false, null),
('fonster', 'pvc', null, '6000000214', false, null),
('fonster', 'glas', null, '6000000122', false, null),
('fonster.fonster', 'tra', null, '6000000104', false, null),
('fonster.fonster', 'tra-aluminium', null, '6000000103', false, null),
('fonster.fonster', 'aluminium', null, '6000000225', false, null),
('fonster.fonster', 'pvc', null, '6000000214', false, null),
('fonster.fonster', 'stal', null, '6000000225', true, 'Boverket har inga stålfönster: aluminiumfönster'),
('fonster.fonsterdorrar', 'tra', null, '6000000111', false, null),
('fonster.fonsterdorrar', 'tra', 'helglas', '6000000113', false, null),
('fonster.fonsterdorrar', 'tra-aluminium', null, '6000000112', false, null),
('fonster.fonsterdorrar', 'tra-aluminium', 'helglas', '6000000114', false, null),
('fonster.fonsterdorrar', 'aluminium', null, '6000000187', true, 'Boverket har ingen fönsterdörr av aluminium: helglasad ytterdörr av aluminium'),
('fonster.fonsterdorrar', 'pvc', null, '6000000214', true, 'Boverket har ingen fönsterdörr av PVC: fönster av PVC'),
('fonster.fonsterbagar', 'tra', null, '6000000104', true, 'En båge utan karm: hela fönstrets siffra per m² (överskattar något)'),
('fonster.fonsterbagar', 'tra-aluminium', null, '6000000103', true, 'En båge utan karm: hela fönstrets siffra per m² (överskattar något)'),
('fonster.fonsterbagar', 'aluminium', null, '6000000225', true, 'En båge utan karm: hela fönstrets siffra per m² (överskattar något)'),
('fonster.fonsterbagar', 'pvc', null, '6000000214', true, 'En båge utan karm: hela fönstrets siffra per m² (överskattar något)'),
('fonster.glas', 'glas', null, '6000000122', false, null),
('fonster.glas', 'glas', 'härdat|tempered|säkerhetsglas|esg', '6000000178', false, null),
('fonster.glas', 'glas', 'laminerat|laminated|vsg', '6000000177', false, null),
('fonster.glas', 'glas', 'brandglas|brandklassat|fire', '6000000179', false, null),
('fonster.isolerrutor', 'glas', null, '6000000175', false, null),
('fonster.isolerrutor', 'glas', 'treglas|3-glas|tre glas|triple', '6000000176', false, null),
-- bricks, blocks and roof tiles
('tegel', 'tegel', null, '6000000082', false, null),
('tegel', 'betong', null, '6000000079', false, 'Betong i tegelgruppen: betongtakpannor'),
('tegel', 'lattbetong', null, '6000000096', false, null),
('tegel', 'lattklinker', null, '6000000086', false, null),
('tegel', 'kalksandsten', null, '6000000084', false, null),
('tegel.murtegel', 'tegel', null, '6000000082', false, null),
('tegel.murtegel', 'tegel', 'hårdbränd|frostbeständig|fasad', '6000000083', false, null),
('tegel.takpannor-betong', 'betong', null, '6000000079', false, null),
('tegel.takpannor-tegel', 'tegel', null, '6000000081', false, null),
('tegel.takpannor-tegel', 'keramik', null, '6000000081', false, null),
('tegel.lattbetongblock', 'lattbetong', null, '6000000096', false, null),
('tegel.lattbetongblock', 'lattbetong', 'element|armerad', '6000000097', false, null),
('tegel.lattklinkerblock', 'lattklinker', null, '6000000086', false, null),
('tegel.kalksandsten', 'kalksandsten', null, '6000000084', false, null),
-- timber, glulam and the other beams and columns people put there
('virke', 'tra', null, '6000000007', false, null),
('virke', 'limtra', null, '6000000168', false, null),
('virke', 'kl-tra', null, '6000000167', false, null),
('virke', 'lvl', null, '6000000185', false, null),
('virke.reglar', 'tra', null, '6000000007', false, null),
('virke.reglar', 'stal', null, '6000000152', false, 'Stålregel: lättreglar av stål'),
('virke.balkar', 'tra', null, '6000000007', false, null),
('virke.balkar', 'limtra', null, '6000000168', false, null),
('virke.balkar', 'lvl', null, '6000000185', false, null),
('virke.balkar', 'kl-tra', null, '6000000167', false, null),
('virke.balkar', 'stal', null, '6000000150', false, null),
('virke.balkar', 'betong', null, '6000000069', false, null),
('virke.limtra', 'limtra', null, '6000000168', false, null),
('virke.limtra', 'tra', null, '6000000168', false, null),
('virke.pelare', 'tra', null, '6000000007', false, null),
('virke.pelare', 'limtra', null, '6000000168', false, null),
('virke.pelare', 'stal', null, '6000000150', false, null),
('virke.pelare', 'betong', null, '6000000067', false, null),
('virke.kl-tra', 'kl-tra', null, '6000000167', false, null),
('virke.kl-tra', 'tra', null, '6000000167', false, null),
('virke.lvl', 'lvl', null, '6000000185', false, null),
('virke.lvl', 'tra', null, '6000000185', false, null),
('virke.lattbalkar', 'tra', null, '6000000186', false, null),
-- steel and other metals
('stal', 'stal', null, '6000000150', false, null),
('stal', 'rostfritt', null, '6000000158', false, null),
('stal', 'aluminium', null, '6000000159', false, null),
('stal', 'koppar', null, '6000000162', false, null),
('stal.balkar', 'stal', null, '6000000150', false, null),
('stal.balkar', 'tra', null, '6000000007', false, null),
('stal.balkar', 'limtra', null, '6000000168', false, null),
('stal.balkar', 'betong', null, '6000000069', false, null),
('stal.balkar', 'aluminium', null, '6000000159', false, null),
('stal.balkar', 'rostfritt', null, '6000000158', true, 'Boverket har inga rostfria profiler: rostfri plåt'),
('stal.pelare', 'stal', null, '6000000150', false, null),
('stal.pelare', 'tra', null, '6000000007', false, null),
('stal.pelare', 'limtra', null, '6000000168', false, null),
('stal.pelare', 'betong', null, '6000000067', false, null),
('stal.pelare', 'aluminium', null, '6000000159', false, null),
('stal.plat', 'stal', null, '6000000153', false, null),
('stal.plat', 'aluminium', null, '6000000161', false, null),
('stal.plat', 'koppar', null, '6000000162', false, null),
('stal.plat', 'rostfritt', null, '6000000158', false, null),
('stal.lattreglar', 'stal', null, '6000000152', false, null),
-- boards
('skivor', 'gips', null, '6000000020', false, null),
('skivor', 'spanskiva', null, '6000000000', false, null),
('skivor', 'plywood', null, '6000000023', false, null),
('skivor', 'osb', null, '6000000024', false, null),
('skivor', 'fibercement', null, '6000000180', false, null),
('skivor', 'trafiber', null, '6000000215', false, null),
('skivor.gipsskivor', 'gips', null, '6000000020', false, null),
('skivor.gipsskivor', 'gips', 'brand|fire', '6000000016', false, null),
('skivor.gipsskivor', 'gips', 'våtrum|wet', '6000000018', false, null),
('skivor.gipsskivor', 'gips', 'hård|hard|robust', '6000000021', false, null),
('skivor.gipsskivor', 'gips', 'vindskydd|vind', '6000000015', false, null),
('skivor.gipsskivor', 'gips', 'fibergips|fermacell', '6000000022', false, null),
('skivor.spanskivor', 'spanskiva', null, '6000000000', false, null),
('skivor.spanskivor', 'tra', null, '6000000000', false, null),
('skivor.plywood', 'plywood', null, '6000000023', false, null),
('skivor.plywood', 'tra', null, '6000000023', false, null),
('skivor.osb', 'osb', null, '6000000024', false, null),
('skivor.osb', 'tra', null, '6000000024', false, null),
('skivor.fibercement', 'fibercement', null, '6000000180', false, null),
('skivor.fibercement', 'fibercement', 'inomhus|våtrum', '6000000209', false, null),
('skivor.trafiberskivor', 'trafiber', null, '6000000216', false, null),
('skivor.trafiberskivor', 'trafiber', 'hdf|mdf', '6000000215', false, null),
('skivor.trafiberskivor', 'tra', null, '6000000216', false, null),
-- flooring: the database has solid wood only, the rest are marked stand-ins
('golv', 'tra', null, '6000000192', true, 'Golv av trä av okänt slag: hyvlat virke'),
('golv.parkett', 'tra', null, '6000000192', true, 'Parkett är skiktad och limmad: hyvlat virke som närmaste (underskattar)'),
('golv.klinker', 'keramik', null, '6000000083', true, 'Boverket har ingen klinker: hårdbränd tegelsten som närmaste brända lerprodukt'),
('golv.plastmatta', 'pvc', null, '6000000210', true, 'Boverket har ingen plastmatta: termoplast (polyolefin); PVC-mattor har mjukgörare och fyllmedel'),
('golv.linoleum', 'linoleum', null, '6000000216', true, 'Boverket har ingen linoleum: hård träfiberskiva som närmaste (underskattar)'),
('golv.tragolv', 'tra', null, '6000000192', false, null),
('golv.textilplattor', 'textil', null, '6000000210', true, 'Boverket har inga textilgolv: termoplast som närmaste'),
('golv.textilplattor', 'pvc', null, '6000000210', true, 'Boverket har inga textilgolv: termoplast som närmaste'),
('golv.installationsgolv', 'stal', null, '6000000153', true, 'Installationsgolv: plåtkassetter, tunnplåt som närmaste'),
('golv.installationsgolv', 'spanskiva', null, '6000000000', true, 'Installationsgolv: spånskiveplattor'),
('golv.installationsgolv', 'gips', null, '6000000019', true, 'Installationsgolv: golvskiva av gips'),
-- plumbing and heating
('vvs.radiatorer', 'stal', null, '6000000153', true, 'En panelradiator pressas av tunnplåt: tunnplåt som närmaste'),
('vvs.radiatorer', 'aluminium', null, '6000000159', true, 'Aluminiumradiator: aluminiumprofiler'),
('vvs.ror', 'koppar', null, '6000000164', false, null),
('vvs.ror', 'rostfritt', null, '6000000157', false, null),
('vvs.ror', 'stal', null, '6000000221', true, 'Stål- och gjutjärnsrör: galvaniserade stålprodukter'),
('vvs.ror', 'pvc', null, '6000000210', true, 'Plaströr: termoplast (polyolefin)'),
('vvs.kopparror', 'koppar', null, '6000000164', false, null),
('vvs.rostfria-ror', 'rostfritt', null, '6000000157', false, null),
('vvs.rostfria-ror', 'stal', null, '6000000157', false, null),
-- fixed fittings: stairs
('fast-inredning.trappor', 'betong', null, '6000000074', false, null),
('fast-inredning.trappor', 'tra', null, '6000000007', true, 'Trätrappa: sågat virke'),
('fast-inredning.trappor', 'stal', null, '6000000150', true, 'Ståltrappa: konstruktionsstål'),
-- insulation
('isolering', 'glasull', null, '6000000001', false, null),
('isolering', 'stenull', null, '6000000123', false, null),
('isolering', 'mineralull', null, '6000000001', false, 'Mineralull av okänt slag: glasull, den lägre siffran'),
('isolering', 'cellplast', null, '6000000131', false, null),
('isolering', 'xps', null, '6000000132', false, null),
('isolering', 'pir', null, '6000000213', false, null),
('isolering.mineralull', 'mineralull', null, '6000000001', false, 'Mineralull av okänt slag: glasull, den lägre siffran'),
('isolering.mineralull', 'glasull', null, '6000000001', false, null),
('isolering.mineralull', 'stenull', null, '6000000123', false, null),
('isolering.cellplast', 'cellplast', null, '6000000131', false, null),
('isolering.cellplast', 'xps', null, '6000000132', false, null),
('isolering.cellplast', 'pir', null, '6000000213', false, null),
-- facades
('fasad', 'tegel', null, '6000000083', false, null),
('fasad', 'tra', null, '6000000192', false, null),
('fasad', 'fibercement', null, '6000000182', false, null),
('fasad', 'stal', null, '6000000153', false, null),
('fasad', 'aluminium', null, '6000000161', false, null),
('fasad', 'koppar', null, '6000000162', false, null),
('fasad', 'natursten', null, '6000000217', false, null),
('fasad.fasadtegel', 'tegel', null, '6000000083', false, null),
('fasad.trapanel', 'tra', null, '6000000192', false, null),
('fasad.fasadskivor', 'fibercement', null, '6000000182', false, null),
('fasad.fasadskivor', 'natursten', null, '6000000183', false, 'Stenkompositskiva, 12–17 % polyester'),
('fasad.fasadskivor', 'natursten', 'skiffer|slate', '6000000217', false, null),
('fasad.fasadskivor', 'tra', null, '6000000023', true, 'Träbaserad fasadskiva: plywood'),
('fasad.plat', 'stal', null, '6000000153', false, null),
('fasad.plat', 'aluminium', null, '6000000161', false, null),
('fasad.plat', 'koppar', null, '6000000162', false, null),
('fasad.plat', 'rostfritt', null, '6000000158', false, null),
-- partitions and ceilings
('innervaggar.glaspartier', 'glas', null, '6000000178', false, null),
('innervaggar.glaspartier', 'aluminium', null, '6000000178', true, 'Glasparti med aluminiumram: till massan mest härdat glas'),
('innervaggar.systemvaggar', 'stal', null, '6000000152', true, 'Systemvägg med stålstomme: lättreglar av stål'),
('innervaggar.systemvaggar', 'gips', null, '6000000020', true, 'Systemvägg med gipsskivor: gipsskiva'),
('innervaggar.systemvaggar', 'glas', null, '6000000178', true, 'Glasad systemvägg: härdat glas'),
('innervaggar.undertaksplattor', 'mineralull', null, '6000000001', true, 'Undertaksplatta: glasullsskiva (målad yta ingår inte)'),
('innervaggar.undertaksplattor', 'glasull', null, '6000000001', true, 'Undertaksplatta: glasullsskiva (målad yta ingår inte)'),
('innervaggar.undertaksplattor', 'stenull', null, '6000000123', true, 'Undertaksplatta: stenullsskiva (målad yta ingår inte)'),
('innervaggar.undertaksplattor', 'gips', null, '6000000020', false, null),
-- precast concrete: the element type by category, or by the construction written in the material
('betongelement', 'betong', null, '6000000077', false, 'Betongelement av okänt slag: prefabricerat armerat element, övrigt'),
('betongelement', 'betong', 'hålbjälklag|håldäck|hd ?/ ?f|hdf', '6000000059', false, null),
('betongelement', 'betong', 'tt', '6000000049', false, null),
('betongelement', 'betong', 'massiv ?platta|massiva ?plattor|rd', '6000000061', false, null),
('betongelement', 'betong', 'plattbärlag|ple|filigran', '6000000063', false, null),
('betongelement', 'betong', 'sandwich', '6000000058', false, null),
('betongelement', 'betong', 'halvsandwich', '6000000055', false, null),
('betongelement', 'betong', 'skalvägg', '6000000065', false, null),
('betongelement', 'betong', 'pelare|column', '6000000067', false, null),
('betongelement', 'betong', 'balk|beam', '6000000069', false, null),
('betongelement', 'betong', 'trapp|balkong|stair|balcon', '6000000074', false, null),
('betongelement', 'betong', 'loftgång', '6000000075', false, null),
('betongelement.hdf', 'betong', null, '6000000059', false, null),
('betongelement.massiva-plattor', 'betong', null, '6000000061', false, null),
('betongelement.tt-plattor', 'betong', null, '6000000049', false, null),
('betongelement.plattbarlag', 'betong', null, '6000000063', false, null),
('betongelement.vaggar', 'betong', null, '6000000051', false, null),
('betongelement.vaggar', 'betong', 'halvsandwich', '6000000055', false, null),
('betongelement.vaggar', 'betong', 'skalvägg', '6000000065', false, null),
('betongelement.sandwichvaggar', 'betong', null, '6000000058', false, null),
('betongelement.innervaggar', 'betong', null, '6000000054', false, null),
('betongelement.pelare', 'betong', null, '6000000067', false, null),
('betongelement.balkar', 'betong', null, '6000000069', false, null),
('betongelement.balkar', 'betong', 'förspänd|prestressed', '6000000071', false, null),
('betongelement.trappor-balkonger', 'betong', null, '6000000074', false, null),
('betongelement.trappor-balkonger', 'betong', 'loftgång', '6000000075', false, null),
-- roofing
('tak', 'stal', null, '6000000153', false, null),
('tak', 'aluminium', null, '6000000161', false, null),
('tak', 'koppar', null, '6000000162', false, null),
('tak', 'papp', null, '6000000141', false, null),
('tak', 'natursten', null, '6000000217', false, null),
('tak', 'fibercement', null, '6000000182', false, null),
('tak', 'tegel', null, '6000000081', false, null),
('tak', 'betong', null, '6000000079', false, null),
('tak.takplat', 'stal', null, '6000000153', false, null),
('tak.takplat', 'aluminium', null, '6000000161', false, null),
('tak.takplat', 'koppar', null, '6000000162', false, null),
('tak.takplat', 'rostfritt', null, '6000000158', false, null),
('tak.takpapp', 'papp', null, '6000000141', false, null),
('tak.takpapp', 'papp', 'underlag', '6000000140', false, null),
('tak.takpapp', 'papp', 'shingel|shingle', '6000000142', false, null),
('tak.takskiffer', 'natursten', null, '6000000217', false, null),
('tak.fibercementplattor', 'fibercement', null, '6000000182', false, null),
-- Övrigt: precast elements by their construction, so that "betong, HD/F" is not counted as a solid element
('ovrigt', 'betong', 'hålbjälklag|håldäck|hd ?/ ?f|hdf', '6000000059', false, null),
('ovrigt', 'betong', 'tt-platt|tt-bjälklag', '6000000049', false, null),
('ovrigt', 'betong', 'sandwich', '6000000058', false, null),
('ovrigt', 'betong', 'halvsandwich', '6000000055', false, null)
) as v (code, material, construction, resource_id, estimate, note)
join category c on c.code = v.code
on conflict do nothing;

-- The materials a category's items are commonly made of: the coverage report lists each category with each of
-- them (and with no material), and a test requires a product route for every one. A kind without its own list
-- has its group's.
create table climate_common_material (
    category_id uuid not null references category (id) on delete cascade,
    material    text not null references climate_material (code),
    primary key (category_id, material)
);

insert into climate_common_material (category_id, material)
select c.id, v.material
from (values
('dorrar', 'tra'), ('dorrar', 'stal'), ('dorrar', 'aluminium'),
('fonster', 'tra'), ('fonster', 'tra-aluminium'), ('fonster', 'aluminium'), ('fonster', 'pvc'),
('fonster.glas', 'glas'), ('fonster.isolerrutor', 'glas'),
('tegel', 'tegel'), ('tegel.takpannor-betong', 'betong'),
('tegel.lattbetongblock', 'lattbetong'), ('tegel.lattklinkerblock', 'lattklinker'), ('tegel.kalksandsten', 'kalksandsten'),
('virke', 'tra'), ('virke', 'limtra'), ('virke', 'stal'),
('stal', 'stal'), ('stal', 'aluminium'), ('stal', 'rostfritt'),
('stal.balkar', 'stal'), ('stal.balkar', 'tra'), ('stal.balkar', 'limtra'), ('stal.balkar', 'betong'),
('stal.pelare', 'stal'), ('stal.pelare', 'tra'), ('stal.pelare', 'limtra'), ('stal.pelare', 'betong'),
('skivor', 'gips'), ('skivor', 'spanskiva'), ('skivor', 'plywood'), ('skivor', 'osb'), ('skivor', 'fibercement'),
('skivor', 'trafiber'),
('golv', 'tra'), ('golv', 'keramik'), ('golv', 'pvc'), ('golv.linoleum', 'linoleum'), ('golv.textilplattor', 'textil'),
('golv.installationsgolv', 'stal'), ('golv.installationsgolv', 'spanskiva'),
('sanitet', 'keramik'), ('sanitet', 'stal'), ('sanitet.blandare', 'koppar'), ('sanitet.badkar-duschar', 'pvc'),
('kok', 'spanskiva'), ('kok', 'tra'), ('kok.bankskivor', 'natursten'), ('kok.vitvaror', 'stal'),
('vvs', 'stal'), ('vvs.ror', 'koppar'), ('vvs.ror', 'pvc'), ('vvs.kopparror', 'koppar'),
('vvs.rostfria-ror', 'rostfritt'),
('belysning', 'aluminium'), ('belysning', 'stal'),
('fast-inredning', 'tra'), ('fast-inredning', 'spanskiva'), ('fast-inredning', 'stal'),
('fast-inredning.trappor', 'betong'), ('fast-inredning.racken', 'glas'),
('los-inredning', 'tra'), ('los-inredning', 'stal'), ('los-inredning', 'spanskiva'), ('los-inredning', 'pvc'),
('isolering', 'mineralull'), ('isolering', 'glasull'), ('isolering', 'stenull'), ('isolering', 'cellplast'),
('isolering', 'xps'),
('fasad', 'tegel'), ('fasad', 'tra'), ('fasad', 'fibercement'), ('fasad', 'stal'), ('fasad', 'aluminium'),
('mark', 'betong'), ('mark', 'natursten'),
('innervaggar', 'glas'), ('innervaggar', 'gips'), ('innervaggar', 'stal'),
('innervaggar.undertaksplattor', 'mineralull'), ('innervaggar.undertaksplattor', 'gips'),
('betongelement', 'betong'),
('tak', 'stal'), ('tak', 'aluminium'), ('tak', 'papp'), ('tak', 'natursten'), ('tak', 'fibercement'),
('ovrigt', 'tra'), ('ovrigt', 'stal'), ('ovrigt', 'betong'), ('ovrigt', 'tegel'), ('ovrigt', 'glas')
) as v (code, material)
join category c on c.code = v.code
on conflict do nothing;

-- The frozen figures say which route chose their product (null for figures frozen before this version).
alter table climate_realised add column route text;

-- The old material rules are replaced by climate_material.
drop table climate_material_rule;
