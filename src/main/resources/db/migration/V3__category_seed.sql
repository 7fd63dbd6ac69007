-- The managed category tree: two levels (main groups, and kinds of component below them) covering what Swedish
-- reuse inventories (återbruksinventeringar) actually contain. Loaded in every environment.
--
-- Ids are fixed so that other data can refer to them: 7c0e0000-0000-4000-8000-0000000GGKK, where GG is the main
-- group (01-17, 99 = Övrigt) and KK the kind inside it (00 = the main group itself).
--
-- boverket_id is the resource_id of the best-matching generic product in Boverket's climate database, version
-- 02.06.000 (shared/data/boverket-klimatdatabas-02.06.000-gwp.csv). It is set only where a product genuinely fits;
-- the database has no products for sanitary ware, flooring other than solid wood, kitchens, lighting, furniture,
-- radiators or paving, so those stay null and their items get an estimate from material and mass. Main groups
-- carry no boverket_id: a group is too broad for one product.

insert into category (id, parent_id, code, name_sv, name_en, boverket_id, sort_order) values
-- 01 Dörrar
('7c0e0000-0000-4000-8000-000000000100', null, 'dorrar', 'Dörrar', 'Doors', null, 10),
-- 6000000121 "Innerdörr utan glas, slät eller spegeldörr, oklassad": the ordinary unclassified interior door
('7c0e0000-0000-4000-8000-000000000101', '7c0e0000-0000-4000-8000-000000000100', 'dorrar.innerdorrar', 'Innerdörrar', 'Interior doors', '6000000121', 10),
-- 6000000118 "Ytterdörr utan glas, trä": wood is the commonest exterior door in the housing stock; steel and
-- aluminium entrance doors (6000000115, 6000000187) have no category of their own
('7c0e0000-0000-4000-8000-000000000102', '7c0e0000-0000-4000-8000-000000000100', 'dorrar.ytterdorrar', 'Ytterdörrar', 'Exterior doors', '6000000118', 20),
-- 6000000120 "Innerdörr utan glas, laminerat trä, ljud och brandklassad": the fire/sound-rated interior door
('7c0e0000-0000-4000-8000-000000000103', '7c0e0000-0000-4000-8000-000000000100', 'dorrar.branddorrar', 'Branddörrar', 'Fire doors', '6000000120', 30),
-- 6000000119 "Tamburdörr utan glas, trä": the apartment entrance door (säkerhetsdörr/tamburdörr)
('7c0e0000-0000-4000-8000-000000000104', '7c0e0000-0000-4000-8000-000000000100', 'dorrar.lagenhetsdorrar', 'Lägenhetsdörrar', 'Apartment entrance doors', '6000000119', 40),
-- no garage or sectional door product in the database
('7c0e0000-0000-4000-8000-000000000105', '7c0e0000-0000-4000-8000-000000000100', 'dorrar.garageportar', 'Garageportar', 'Garage doors', null, 50),

-- 02 Fönster
('7c0e0000-0000-4000-8000-000000000200', null, 'fonster', 'Fönster', 'Windows', null, 20),
-- 6000000104 "Fönster, trä, sidhängt, 3-glas": the database only has new 3-pane windows; the side-hung wooden
-- window is the usual Swedish type and what a reused window replaces
('7c0e0000-0000-4000-8000-000000000201', '7c0e0000-0000-4000-8000-000000000200', 'fonster.fonster', 'Fönster', 'Windows', '6000000104', 10),
-- 6000000111 "Fönsterdörr, trä, halvglasad, 3-glas": balcony and patio doors
('7c0e0000-0000-4000-8000-000000000202', '7c0e0000-0000-4000-8000-000000000200', 'fonster.fonsterdorrar', 'Fönsterdörrar', 'Window doors', '6000000111', 20),
-- a sash alone (without frame) matches no product
('7c0e0000-0000-4000-8000-000000000203', '7c0e0000-0000-4000-8000-000000000200', 'fonster.fonsterbagar', 'Fönsterbågar', 'Window sashes', null, 30),
-- 6000000122 "Planglas": loose float glass panes
('7c0e0000-0000-4000-8000-000000000204', '7c0e0000-0000-4000-8000-000000000200', 'fonster.glas', 'Glas', 'Glass', '6000000122', 40),
-- 6000000175 "Isolerruta, dubbelglas (4-16-4)": sealed units; 1956-1973 units may have PCB in the edge seal
('7c0e0000-0000-4000-8000-000000000205', '7c0e0000-0000-4000-8000-000000000200', 'fonster.isolerrutor', 'Isolerrutor', 'Insulating glass units', '6000000175', 50),

-- 03 Tegel och takpannor
('7c0e0000-0000-4000-8000-000000000300', null, 'tegel', 'Tegel och takpannor', 'Bricks and roof tiles', null, 30),
('7c0e0000-0000-4000-8000-000000000301', '7c0e0000-0000-4000-8000-000000000300', 'tegel.murtegel', 'Murtegel', 'Masonry bricks', '6000000082', 10),
('7c0e0000-0000-4000-8000-000000000302', '7c0e0000-0000-4000-8000-000000000300', 'tegel.takpannor-betong', 'Takpannor av betong', 'Concrete roof tiles', '6000000079', 20),
('7c0e0000-0000-4000-8000-000000000303', '7c0e0000-0000-4000-8000-000000000300', 'tegel.takpannor-tegel', 'Takpannor av tegel', 'Clay roof tiles', '6000000081', 30),

-- 04 Konstruktionsvirke och limträ
('7c0e0000-0000-4000-8000-000000000400', null, 'virke', 'Konstruktionsvirke och limträ', 'Structural timber and glulam', null, 40),
-- 6000000007 "Sågat virke, u 16 %, barrträ" for both studs and solid timber beams (both are sawn softwood)
('7c0e0000-0000-4000-8000-000000000401', '7c0e0000-0000-4000-8000-000000000400', 'virke.reglar', 'Reglar', 'Studs', '6000000007', 10),
('7c0e0000-0000-4000-8000-000000000402', '7c0e0000-0000-4000-8000-000000000400', 'virke.balkar', 'Balkar', 'Timber beams', '6000000007', 20),
('7c0e0000-0000-4000-8000-000000000403', '7c0e0000-0000-4000-8000-000000000400', 'virke.limtra', 'Limträ', 'Glulam', '6000000168', 30),

-- 05 Stål
('7c0e0000-0000-4000-8000-000000000500', null, 'stal', 'Stål', 'Steel', null, 50),
-- 6000000150 "Konstruktionsstål, alla sorter, 80 % primär råvara": Boverket's generic structural steel; the
-- scrap-based variant (6000000151) would understate what a new section costs
('7c0e0000-0000-4000-8000-000000000501', '7c0e0000-0000-4000-8000-000000000500', 'stal.balkar', 'Stålbalkar', 'Steel beams', '6000000150', 10),
('7c0e0000-0000-4000-8000-000000000502', '7c0e0000-0000-4000-8000-000000000500', 'stal.pelare', 'Stålpelare', 'Steel columns', '6000000150', 20),
-- 6000000153 "Tunnplåt för beklädnad, 80 % primär"
('7c0e0000-0000-4000-8000-000000000503', '7c0e0000-0000-4000-8000-000000000500', 'stal.plat', 'Plåt', 'Sheet metal', '6000000153', 30),

-- 06 Skivmaterial
('7c0e0000-0000-4000-8000-000000000600', null, 'skivor', 'Skivmaterial', 'Boards', null, 60),
-- 6000000020 "Gipsskiva, standardskiva": fire, wet-room and hard boards are variants of it
('7c0e0000-0000-4000-8000-000000000601', '7c0e0000-0000-4000-8000-000000000600', 'skivor.gipsskivor', 'Gipsskivor', 'Gypsum boards', '6000000020', 10),
('7c0e0000-0000-4000-8000-000000000602', '7c0e0000-0000-4000-8000-000000000600', 'skivor.spanskivor', 'Spånskivor', 'Particle boards', '6000000000', 20),
('7c0e0000-0000-4000-8000-000000000603', '7c0e0000-0000-4000-8000-000000000600', 'skivor.plywood', 'Plywood', 'Plywood', '6000000023', 30),
('7c0e0000-0000-4000-8000-000000000604', '7c0e0000-0000-4000-8000-000000000600', 'skivor.osb', 'OSB', 'OSB', '6000000024', 40),

-- 07 Golv
('7c0e0000-0000-4000-8000-000000000700', null, 'golv', 'Golv', 'Flooring', null, 70),
-- parquet is layered and glued: no product fits (solid boards are golv.tragolv)
('7c0e0000-0000-4000-8000-000000000701', '7c0e0000-0000-4000-8000-000000000700', 'golv.parkett', 'Parkett', 'Parquet', null, 10),
('7c0e0000-0000-4000-8000-000000000702', '7c0e0000-0000-4000-8000-000000000700', 'golv.klinker', 'Klinker', 'Ceramic floor tiles', null, 20),
('7c0e0000-0000-4000-8000-000000000703', '7c0e0000-0000-4000-8000-000000000700', 'golv.plastmatta', 'Plastmatta', 'Vinyl flooring', null, 30),
('7c0e0000-0000-4000-8000-000000000704', '7c0e0000-0000-4000-8000-000000000700', 'golv.linoleum', 'Linoleum', 'Linoleum', null, 40),
-- 6000000192 "Hyvlat virke, u 16 %, barrträ": solid floorboards are planed softwood
('7c0e0000-0000-4000-8000-000000000705', '7c0e0000-0000-4000-8000-000000000700', 'golv.tragolv', 'Trägolv', 'Wooden floorboards', '6000000192', 50),
('7c0e0000-0000-4000-8000-000000000706', '7c0e0000-0000-4000-8000-000000000700', 'golv.textilplattor', 'Textilplattor', 'Carpet tiles', null, 60),
('7c0e0000-0000-4000-8000-000000000707', '7c0e0000-0000-4000-8000-000000000700', 'golv.installationsgolv', 'Installationsgolv', 'Raised access floors', null, 70),

-- 08 Sanitet (porcelain and fittings: nothing in the database)
('7c0e0000-0000-4000-8000-000000000800', null, 'sanitet', 'Sanitet', 'Sanitary ware', null, 80),
('7c0e0000-0000-4000-8000-000000000801', '7c0e0000-0000-4000-8000-000000000800', 'sanitet.wc-stolar', 'WC-stolar', 'Toilets', null, 10),
('7c0e0000-0000-4000-8000-000000000802', '7c0e0000-0000-4000-8000-000000000800', 'sanitet.tvattstall', 'Tvättställ', 'Washbasins', null, 20),
('7c0e0000-0000-4000-8000-000000000803', '7c0e0000-0000-4000-8000-000000000800', 'sanitet.blandare', 'Blandare', 'Taps and mixers', null, 30),
('7c0e0000-0000-4000-8000-000000000804', '7c0e0000-0000-4000-8000-000000000800', 'sanitet.badkar-duschar', 'Badkar och duschar', 'Bathtubs and showers', null, 40),

-- 09 Köksinredning
('7c0e0000-0000-4000-8000-000000000900', null, 'kok', 'Köksinredning', 'Kitchen fittings', null, 90),
('7c0e0000-0000-4000-8000-000000000901', '7c0e0000-0000-4000-8000-000000000900', 'kok.koksskap', 'Köksskåp', 'Kitchen cabinets', null, 10),
('7c0e0000-0000-4000-8000-000000000902', '7c0e0000-0000-4000-8000-000000000900', 'kok.bankskivor', 'Bänkskivor', 'Worktops', null, 20),
('7c0e0000-0000-4000-8000-000000000903', '7c0e0000-0000-4000-8000-000000000900', 'kok.vitvaror', 'Vitvaror', 'Kitchen appliances', null, 30),

-- 10 Radiatorer och VVS
('7c0e0000-0000-4000-8000-000000001000', null, 'vvs', 'Radiatorer och VVS', 'Radiators and plumbing', null, 100),
-- a panel radiator is a finished product, not the sheet it is pressed from: no product
('7c0e0000-0000-4000-8000-000000001001', '7c0e0000-0000-4000-8000-000000001000', 'vvs.radiatorer', 'Radiatorer', 'Radiators', null, 10),
-- pipes of unknown or mixed material (cast iron, galvanised steel, plastic)
('7c0e0000-0000-4000-8000-000000001002', '7c0e0000-0000-4000-8000-000000001000', 'vvs.ror', 'Rör', 'Pipes', null, 20),
-- 6000000164 "Kopparrör, 51 % skrotbaserad" (the less recycled of the two copper pipes: what new pipe is)
('7c0e0000-0000-4000-8000-000000001003', '7c0e0000-0000-4000-8000-000000001000', 'vvs.kopparror', 'Kopparrör', 'Copper pipes', '6000000164', 30),
('7c0e0000-0000-4000-8000-000000001004', '7c0e0000-0000-4000-8000-000000001000', 'vvs.rostfria-ror', 'Rostfria rör', 'Stainless steel pipes', '6000000157', 40),

-- 11 Belysning
('7c0e0000-0000-4000-8000-000000001100', null, 'belysning', 'Belysning', 'Lighting', null, 110),
('7c0e0000-0000-4000-8000-000000001101', '7c0e0000-0000-4000-8000-000000001100', 'belysning.armaturer', 'Armaturer', 'Light fittings', null, 10),

-- 12 Fast inredning
('7c0e0000-0000-4000-8000-000000001200', null, 'fast-inredning', 'Fast inredning', 'Fixed fittings', null, 120),
('7c0e0000-0000-4000-8000-000000001201', '7c0e0000-0000-4000-8000-000000001200', 'fast-inredning.platsbyggda-skap', 'Platsbyggda skåp', 'Built-in cabinets', null, 10),
('7c0e0000-0000-4000-8000-000000001202', '7c0e0000-0000-4000-8000-000000001200', 'fast-inredning.hyllor', 'Hyllor', 'Shelving', null, 20),
-- stairs are built of wood, steel or concrete alike; no single product
('7c0e0000-0000-4000-8000-000000001203', '7c0e0000-0000-4000-8000-000000001200', 'fast-inredning.trappor', 'Trappor', 'Stairs', null, 30),
('7c0e0000-0000-4000-8000-000000001204', '7c0e0000-0000-4000-8000-000000001200', 'fast-inredning.racken', 'Räcken och ledstänger', 'Railings and handrails', null, 40),
('7c0e0000-0000-4000-8000-000000001205', '7c0e0000-0000-4000-8000-000000001200', 'fast-inredning.tavlor', 'Skriv- och anslagstavlor', 'Boards for writing and notices', null, 50),

-- 13 Lös inredning
('7c0e0000-0000-4000-8000-000000001300', null, 'los-inredning', 'Lös inredning', 'Furniture', null, 130),
('7c0e0000-0000-4000-8000-000000001301', '7c0e0000-0000-4000-8000-000000001300', 'los-inredning.stolar', 'Stolar', 'Chairs', null, 10),
('7c0e0000-0000-4000-8000-000000001302', '7c0e0000-0000-4000-8000-000000001300', 'los-inredning.bord', 'Bord', 'Tables', null, 20),
('7c0e0000-0000-4000-8000-000000001303', '7c0e0000-0000-4000-8000-000000001300', 'los-inredning.skap', 'Skåp', 'Cabinets', null, 30),

-- 14 Isolering
('7c0e0000-0000-4000-8000-000000001400', null, 'isolering', 'Isolering', 'Insulation', null, 140),
-- 6000000001 "Glasull, skivor och rullar": of glass and stone wool boards the lower figure, so that a saving is
-- not overstated when the kind of wool is not known
('7c0e0000-0000-4000-8000-000000001401', '7c0e0000-0000-4000-8000-000000001400', 'isolering.mineralull', 'Mineralull', 'Mineral wool', '6000000001', 10),
-- 6000000131 "EPS, expanderad polystyren" (XPS is 6000000132); the database gives no density, so per kg only
('7c0e0000-0000-4000-8000-000000001402', '7c0e0000-0000-4000-8000-000000001400', 'isolering.cellplast', 'Cellplast', 'Cellular plastic', '6000000131', 20),

-- 15 Fasadmaterial
('7c0e0000-0000-4000-8000-000000001500', null, 'fasad', 'Fasadmaterial', 'Facade materials', null, 150),
-- 6000000083 "Tegelsten, frostbeständigt, hårdbränd": facing brick has to be frost resistant
('7c0e0000-0000-4000-8000-000000001501', '7c0e0000-0000-4000-8000-000000001500', 'fasad.fasadtegel', 'Fasadtegel', 'Facing bricks', '6000000083', 10),
-- 6000000192 "Hyvlat virke, u 16 %, barrträ": cladding boards are planed softwood
('7c0e0000-0000-4000-8000-000000001502', '7c0e0000-0000-4000-8000-000000001500', 'fasad.trapanel', 'Träpanel', 'Timber cladding', '6000000192', 20),
-- 6000000182 "Fibercementskivor, fasadskiva": the common facade board (the stone composite ones are rarer)
('7c0e0000-0000-4000-8000-000000001503', '7c0e0000-0000-4000-8000-000000001500', 'fasad.fasadskivor', 'Fasadskivor', 'Facade boards', '6000000182', 30),
('7c0e0000-0000-4000-8000-000000001504', '7c0e0000-0000-4000-8000-000000001500', 'fasad.plat', 'Fasadplåt', 'Facade sheet metal', '6000000153', 40),

-- 16 Markmaterial (paving, kerbs and stone: nothing in the database; concrete mixes are not paving stones)
('7c0e0000-0000-4000-8000-000000001600', null, 'mark', 'Markmaterial', 'Landscaping materials', null, 160),
('7c0e0000-0000-4000-8000-000000001601', '7c0e0000-0000-4000-8000-000000001600', 'mark.marksten', 'Marksten', 'Paving stones', null, 10),
('7c0e0000-0000-4000-8000-000000001602', '7c0e0000-0000-4000-8000-000000001600', 'mark.kantsten', 'Kantsten', 'Kerbstones', null, 20),
('7c0e0000-0000-4000-8000-000000001603', '7c0e0000-0000-4000-8000-000000001600', 'mark.natursten', 'Natursten', 'Natural stone', null, 30),

-- 17 Innerväggar och undertak (what office and school refurbishments mostly yield)
('7c0e0000-0000-4000-8000-000000001700', null, 'innervaggar', 'Innerväggar och undertak', 'Partitions and ceilings', null, 170),
-- 6000000178 "Härdat säkerhetsglas": a glazed partition is by mass mostly toughened glass (the aluminium frame
-- is left out)
('7c0e0000-0000-4000-8000-000000001701', '7c0e0000-0000-4000-8000-000000001700', 'innervaggar.glaspartier', 'Glaspartier', 'Glazed partitions', '6000000178', 10),
('7c0e0000-0000-4000-8000-000000001702', '7c0e0000-0000-4000-8000-000000001700', 'innervaggar.systemvaggar', 'Systemväggar', 'Demountable partitions', null, 20),
-- ceiling tiles are glass wool or mineral fibre boards with a painted face: no product
('7c0e0000-0000-4000-8000-000000001703', '7c0e0000-0000-4000-8000-000000001700', 'innervaggar.undertaksplattor', 'Undertaksplattor', 'Ceiling tiles', null, 30),

-- 99 Övrigt
('7c0e0000-0000-4000-8000-000000009900', null, 'ovrigt', 'Övrigt', 'Other', null, 990);
