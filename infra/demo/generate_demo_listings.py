#!/usr/bin/env python3
"""Writes src/main/resources/db/demo/R__demo_listings.sql: about 300 demo listings (annonser) across Kalmar county.

Rerun after changing anything here (the output depends only on this file and the fixed seed, so an unchanged
generator writes an identical file and Flyway sees no new checksum):

    python3 infra/demo/generate_demo_listings.py

and commit both files. Flyway reruns the repeatable migration when its checksum changes; every row is upserted
by its fixed id, so the changed rows are updated in place (with a new version, so the search index takes them).

Dates are written relative to the time the migration runs (now(), current_date): the demo always has listings
published in the last 90 days, supply that becomes available in the coming months and internal listings that
turn public in a few weeks, however long after this was written it is loaded.
"""
import os
import random

SEED = 20261127
COUNT = 300
DRAFTS = 15     # about 5 %, never published
WITHDRAWN = 8   # published once, then taken down
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..',
                   'src', 'main', 'resources', 'db', 'demo', 'R__demo_listings.sql')

# ---------------------------------------------------------------------------------------------------------------
# Places: centre, latitude jitter, longitude jitter (min, max; one-sided where the sea is on the other side),
# postal codes and streets.
TOWNS = {
    'Kalmar':      (56.6745, 16.3230, 0.014, (-0.030, 0.030), ['392 31', '392 34', '392 39', '393 51', '393 56', '393 65'],
                    ['Södra Vägen', 'Norra Vägen', 'Stensövägen', 'Hansavägen', 'Engelbrektsgatan', 'Bergavägen',
                     'Rinkabyvägen', 'Verkstadsgatan', 'Lorensbergsgatan', 'Tjärhovsgatan']),
    'Lindsdal':    (56.7330, 16.2990, 0.006, (-0.012, 0.012), ['394 77'], ['Lindsdalsvägen', 'Skolvägen', 'Björkvägen']),
    'Smedby':      (56.6720, 16.2420, 0.005, (-0.010, 0.010), ['394 70', '394 71'], ['Smedbyvägen', 'Skolvägen', 'Hagbyvägen']),
    'Ljungbyholm': (56.6330, 16.1700, 0.004, (-0.008, 0.008), ['388 40'], ['Storvägen', 'Skolvägen', 'Kvarnvägen']),
    'Färjestaden': (56.6520, 16.4760, 0.008, (-0.004, 0.016), ['386 31', '386 32', '386 33'],
                    ['Järnvägsgatan', 'Skogsbyvägen', 'Industrivägen', 'Kalmarsundsvägen']),
    'Mörbylånga':  (56.5260, 16.3920, 0.006, (-0.002, 0.014), ['386 50'], ['Storgatan', 'Järnvägsgatan', 'Skolgatan']),
    'Borgholm':    (56.8800, 16.6620, 0.006, (-0.002, 0.012), ['387 31', '387 32'],
                    ['Storgatan', 'Köpmangatan', 'Badhusgatan', 'Solbergavägen']),
    'Nybro':       (56.7450, 15.9060, 0.008, (-0.015, 0.015), ['382 30', '382 34', '382 37'],
                    ['Storgatan', 'Kalmarvägen', 'Emmabodavägen', 'Västra Industrigatan', 'Glasbruksgatan']),
    'Emmaboda':    (56.6300, 15.5370, 0.006, (-0.010, 0.010), ['361 30', '361 33'],
                    ['Storgatan', 'Verkstadsgatan', 'Järnvägsgatan', 'Kyrkogatan']),
    'Torsås':      (56.4120, 16.0000, 0.005, (-0.008, 0.008), ['385 30', '385 31'], ['Storgatan', 'Bergkvaravägen', 'Industrigatan']),
    'Mönsterås':   (57.0410, 16.4400, 0.006, (-0.015, 0.004), ['383 30', '383 32'],
                    ['Storgatan', 'Kalmarvägen', 'Industrigatan', 'Bruksgatan']),
    'Oskarshamn':  (57.2640, 16.4400, 0.010, (-0.025, 0.006), ['572 30', '572 34', '572 36'],
                    ['Döderhultsvägen', 'Hantverksgatan', 'Norra Strandgatan', 'Varvsgatan', 'Kristinebergsgatan']),
    'Högsby':      (57.1670, 16.0270, 0.005, (-0.008, 0.008), ['579 30', '579 31'], ['Storgatan', 'Järnvägsgatan', 'Sågverksgatan']),
    'Hultsfred':   (57.4880, 15.8420, 0.006, (-0.010, 0.010), ['577 30', '577 32'],
                    ['Storgatan', 'Järnvägsgatan', 'Industrigatan', 'Västra Långgatan']),
    'Vimmerby':    (57.6660, 15.8550, 0.006, (-0.010, 0.010), ['598 30', '598 37'], ['Storgatan', 'Sevedegatan', 'Tunavägen', 'Industrigatan']),
    'Västervik':   (57.7580, 16.6200, 0.008, (-0.020, 0.008), ['593 30', '593 35', '593 38'],
                    ['Strömsgatan', 'Kvarngatan', 'Breviksvägen', 'Industrigatan']),
}

# Who publishes: organisation code, how many listings, the towns it works in (weights), its users, the share of
# internal listings, and how it prices (FIXED, FREE, ON_REQUEST weights). Never Smålandsbygg (a builder buys).
ORGS = [
    ('kalmar-rivning', 140, {'Kalmar': 22, 'Nybro': 9, 'Emmaboda': 6, 'Torsås': 5, 'Mönsterås': 6, 'Oskarshamn': 9,
                             'Högsby': 4, 'Hultsfred': 5, 'Vimmerby': 6, 'Västervik': 8, 'Borgholm': 6, 'Lindsdal': 3,
                             'Smedby': 3},
     ['johan'], 0.06, (65, 10, 25)),
    ('kalmar-kommun', 75, {'Kalmar': 60, 'Lindsdal': 15, 'Smedby': 13, 'Ljungbyholm': 12}, ['anna', 'anna', 'erik'],
     0.40, (30, 45, 25)),
    ('kalmarhem', 50, {'Kalmar': 75, 'Lindsdal': 10, 'Smedby': 10, 'Ljungbyholm': 5}, ['maria'], 0.40, (40, 35, 25)),
    ('morbylanga-kommun', 35, {'Färjestaden': 55, 'Mörbylånga': 45}, ['karin'], 0.35, (30, 45, 25)),
]

# What each kind of organisation mostly dismantles, for the first sentence of a description.
WORK = {
    'kalmar-rivning': ['rivningen av', 'selektiv rivning av', 'totalrenoveringen av', 'ombyggnaden av'],
    'kalmar-kommun': ['ombyggnaden av', 'renoveringen av', 'rivningen av'],
    'kalmarhem': ['renoveringen av', 'stambytet i', 'ombyggnaden av'],
    'morbylanga-kommun': ['ombyggnaden av', 'renoveringen av', 'rivningen av'],
}
# The buildings each organisation takes material out of, by type, so that an item comes from a building it can be in
# (no limträ from a wash-house, no lägenhetsdörrar from a barn).
BUILDINGS = {
    'kalmar-rivning': [('en industribyggnad', 'industry'), ('en villa', 'villa'), ('ett flerbostadshus', 'apartments'),
                       ('ett kontorshus', 'office'), ('en lagerhall', 'industry'), ('en gammal mejeribyggnad', 'industry'),
                       ('ett radhusområde', 'villa'), ('en ladugård', 'farm'), ('en verkstadsbyggnad', 'industry'),
                       ('ett affärshus', 'office'), ('en sporthall', 'sport'), ('ett hotell', 'office'),
                       ('en skola', 'public'), ('en ridhall', 'sport'), ('ett fritidshus', 'villa')],
    'kalmar-kommun': [('en skola', 'public'), ('en förskola', 'public'), ('ett äldreboende', 'public'),
                      ('ett bibliotek', 'public'), ('en fritidsgård', 'public'), ('en sporthall', 'sport'),
                      ('ett omklädningshus vid idrottsplatsen', 'sport'), ('ett av kommunens kontorshus', 'office'),
                      ('en förrådsbyggnad vid gatukontoret', 'industry'), ('ett gruppboende', 'apartments')],
    'kalmarhem': [('ett flerbostadshus', 'apartments'), ('ett trapphus', 'stairwell'), ('ett loftgångshus', 'apartments'),
                  ('ett radhusområde', 'villa'), ('en tvättstuga', 'service')],
    'morbylanga-kommun': [('en skola', 'public'), ('en förskola', 'public'), ('ett äldreboende', 'public'),
                          ('kommunhuset', 'office'), ('en idrottshall', 'sport'), ('den gamla brandstationen', 'industry'),
                          ('ett kommunalt bostadshus', 'apartments')],
}
HOME = {'villa', 'apartments'}
# a stairwell renovation yields only what a stairwell has, so it is named where it fits, never through ANY
ANY = HOME | {'public', 'office', 'industry', 'farm', 'sport', 'service'}

UNIT_WORD = {'st': 'styck', 'm': 'meter', 'm2': 'kvadratmeter', 'm3': 'kubikmeter', 'kg': 'kilo'}


def dm(w, h):
    """Swedish module size in decimetres (9x21) to outer frame width and height in mm (890 x 2090)."""
    return w * 100 - 10, h * 100 - 10


# ---------------------------------------------------------------------------------------------------------------
# The kinds of material. Each variant: title (with {size}/{qty}), material, (length, width, height) in mm or
# 'door'/'window' for width and height from a module size (one of sizes), weight per unit in kg, production years,
# fixed price range per unit, and sentences that describe it. A kind: category code, unit, quantity range, variants, how it was taken down,
# notes per condition, weights per lister ('c' contractor, 'm' municipality, 'h' housing company), and the types of
# building it comes from (a variant may narrow them).

def V(title, material, dims, weight, years, price, text, sizes=None, cond=(8, 55, 30, 7), where=None):
    return dict(title=title, material=material, dims=dims, weight=weight, years=years, price=price, text=text,
                sizes=sizes, cond=cond, where=where)


DOOR_SIZES = [(7, 21), (8, 21), (9, 21), (9, 21), (10, 21), (10, 21)]

KINDS = [
    dict(cat='dorrar.innerdorrar', where=HOME | {'public', 'office'}, unit='st', qty=(1, 24), w={'c': 8, 'm': 8, 'h': 7}, variants=[
        V('Innerdörrar {size}, vita släta', 'Trä, spånkärna, vitmålad', 'door', 22, (1985, 2012), (150, 400),
          ['Släta dörrblad med karm, foder och trycken.', 'Både vänster- och högerhängda finns.'], DOOR_SIZES),
        V('Slät innerdörr {size} med karm', 'Trä, vitmålad', 'door', 21, (1990, 2015), (150, 350),
          ['Dörrblad och karm hänger ihop, gångjärn och låshus sitter kvar.'], DOOR_SIZES),
        V('Fyrspegeldörrar i furu {size}', 'Massiv furu', 'door', 28, (1935, 1955), (400, 900),
          ['Klassiska spegeldörrar i massiv furu med originalbeslag.', 'Flera lager färg, går fint att lut- eller värmebehandla.'],
          [(8, 20), (9, 20), (9, 21)], cond=(0, 35, 55, 10)),
        V('Innerdörr {size}, ekfanér', 'Trä, ekfanér', 'door', 25, (1970, 1995), (200, 500),
          ['Faner i ek med lackad yta, karm i ek.'], DOOR_SIZES),
        V('Glasad innerdörr {size}, spröjsad', 'Furu, glas', 'door', 30, (1940, 1965), (350, 800),
          ['Halvglasad dörr med spröjs och ursprungligt glas.', 'Glaset är hushållsglas, inte härdat.'],
          [(8, 21), (9, 21)], cond=(0, 40, 50, 10)),
        V('Källardörr i stål {size}', 'Stålplåt, lackerad', 'door', 45, (1965, 1990), (200, 600),
          ['Stålplåtsdörr med karm, cylinderlås medföljer utan nycklar.'], [(9, 21), (10, 21)]),
        V('Vita innerdörrar från Swedoor {size}', 'Trä, spånkärna, vitmålad', 'door', 21, (2005, 2020), (250, 600),
          ['Släta dörrar med karm och dörrhandtag i borstat stål.'], DOOR_SIZES, cond=(35, 50, 15, 0)),
        V('Skjutdörr {size}, vit med skena', 'Trä, MDF, aluminiumskena', 'door', 24, (2000, 2018), (300, 700),
          ['Skjutdörr med väggskena och stoppklackar.'], [(9, 21), (10, 21)]),
    ], take=['Demonterade med karm, skruvarna lossade, inga spikar kvar i karmen.',
             'Dörrbladen är lyfta av gångjärnen och karmarna urlyfta hela.',
             'Nedplockade för hand och märkta två och två med karm och blad.'],
         notes={1: ['Oanvända, levererades i fel mått'], 2: ['Små skavanker och rester av skyltar', 'Hål efter dörrstopp'],
                3: ['Behöver slipas och målas', 'Ett par karmar har skadade hörn'], 4: ['Endast blad utan karm, vissa spruckna']}),
    dict(cat='dorrar.ytterdorrar', where=ANY - {'sport', 'service'} | {'stairwell'}, unit='st', qty=(1, 6), w={'c': 10, 'm': 4, 'h': 5}, variants=[
        V('Ytterdörr i teak med glasruta {size}', 'Teak, trådglas', 'door', 75, (1960, 1980), (900, 2500),
          ['Massiv teakdörr med trådglasruta och tröskel.', 'Oljad yta, går att fräscha upp med teakolja.'],
          [(10, 21), (9, 21)], cond=(0, 40, 50, 10)),
        V('Ytterdörrar i ek {size}', 'Massiv ek', 'door', 70, (1950, 1975), (1000, 3000),
          ['Ek med stående panel, kraftiga gångjärn och låskista.'], [(10, 21), (9, 21)], cond=(0, 35, 55, 10)),
        V('Entrédörr i aluminium med sidoljus', 'Aluminium, isolerglas', (None, 1490, 2290), 95, (1995, 2015), (2500, 7000),
          ['Entréparti i aluminium med sidoljus, dörrstängare och tröskel.', 'Passar butik, kontor eller trapphus.'],
          where={'apartments', 'stairwell', 'public', 'office'}),
        V('Stålytterdörr {size}, grå', 'Stålplåt, isolerad', 'door', 60, (1990, 2015), (800, 2200),
          ['Isolerad stålplåtsdörr för förråd eller teknikrum, med karm.'], [(9, 21), (10, 21)]),
        V('Ytterdörr furu {size}, rödmålad', 'Furu', 'door', 55, (1920, 1960), (500, 1500),
          ['Gammal ytterdörr med spegelfyllningar och originalhandtag.', 'Linoljefärg i flera lager.'],
          [(9, 20), (9, 21)], cond=(0, 25, 60, 15)),
        V('Ytterdörrar {size}, vita med glas', 'Trä, aluminiumbeklädnad, isolerglas', 'door', 65, (2000, 2016), (1500, 4000),
          ['Ytterdörr med 3-glas isolerruta, U-värde 1,0 enligt märkning.'], [(10, 21)]),
    ], take=['Demonterade med karm och tröskel.', 'Utlyfta med karm; fogar och drevning är bortskurna.',
             'Nedtagna av oss med dörrstängare och beslag kvar.'],
         notes={2: ['Slitna trösklar', 'Lätt solblekt utsida'], 3: ['Tätningslister behöver bytas', 'Röta i nederkant på en dörr'],
                4: ['Trasigt glas i en av dörrarna']}),
    dict(cat='dorrar.branddorrar', where={'apartments', 'stairwell', 'public', 'office', 'sport'}, unit='st', qty=(1, 12), w={'c': 5, 'm': 5, 'h': 5}, variants=[
        V('Branddörr EI30 {size}', 'Trä, laminat', 'door', 42, (1990, 2015), (600, 1500),
          ['Brandklassad dörr EI30 med karm, dörrstängare och magnetuppställning.'], [(9, 21), (10, 21)]),
        V('Branddörrar EI60 i stål {size}', 'Stål, mineralullskärna', 'door', 70, (1995, 2018), (1200, 3000),
          ['Ståldörr EI60 med karm, klassningsskylt sitter kvar.'], [(9, 21), (10, 21)]),
        V('Trapphusbranddörr EI30 med glas', 'Stål, brandglas', (None, 1090, 2090), 85, (2000, 2015), (1500, 3500),
          ['Trapphusdörr med brandglas och panikregel.']),
        V('Branddörr EI30 {size}, vit', 'Trä, vitmålad', 'door', 40, (1985, 2010), (400, 1200),
          ['Vit brandklassad dörr från korridor, med karm.'], [(9, 21), (10, 21)]),
    ], take=['Demonterade med karm: brandklassningen gäller bara med originalkarm, så karm och blad hålls ihop.',
             'Nedtagna hela med karm, beslag och klassningsskylt.'],
         notes={2: ['Dörrstängaren behöver justeras', 'Repor i laminatet'], 3: ['Tätningslist saknas på ett blad'],
                1: ['Oanvända, i emballage']}),
    dict(cat='dorrar.lagenhetsdorrar', where={'apartments', 'stairwell'}, unit='st', qty=(2, 30), w={'c': 2, 'm': 1, 'h': 6}, variants=[
        V('Lägenhetsdörrar {size}, säkerhetsdörr klass 3', 'Stålkärna, ekfanér', 'door', 60, (2000, 2015), (800, 2000),
          ['Säkerhetsdörrar med tittöga, brevinkast och cylinder (utan nycklar).', 'Ljudklass R30 dB enligt skylt.'],
          [(10, 21)]),
        V('Tamburdörrar i ekfanér {size}', 'Trä, ekfanér', 'door', 38, (1965, 1985), (200, 600),
          ['Äldre tamburdörrar som inte längre uppfyller brand- och ljudkrav.', 'Passar som förrådsdörr eller innerdörr.'],
          [(9, 21), (10, 21)], cond=(0, 30, 60, 10)),
        V('Lägenhetsdörr {size}, vit med tittöga', 'Trä, stålförstärkning', 'door', 48, (1995, 2010), (500, 1200),
          ['Vit lägenhetsdörr med karm, tittöga och brevinkast.'], [(10, 21)]),
    ], take=['Bytta vid trapphusrenovering, demonterade med karm.', 'Nedplockade med karm; låscylindrarna är utbytta.'],
         notes={2: ['Märken efter namnskyltar'], 3: ['Brevinkasten saknar lock']}),
    dict(cat='dorrar.garageportar', where={'villa', 'industry', 'farm'}, unit='st', qty=(1, 3), w={'c': 2, 'm': 1, 'h': 1}, variants=[
        V('Garageport, takskjutport 2400x2125', 'Stålsektioner, isolerade', (None, 2400, 2125), 140, (2000, 2015), (2000, 6000),
          ['Isolerad sektionsport med skenor, fjädrar och motor.']),
        V('Vikport till garage 2500x2100', 'Trä, stålbeslag', (None, 2500, 2100), 120, (1975, 1995), (500, 1500),
          ['Äldre vikport i trä med beslag.'], cond=(0, 30, 55, 15)),
    ], take=['Demonterade av portleverantör, alla delar märkta.'], notes={3: ['Fjädrarna bör bytas']}),
    dict(cat='fonster.fonsterdorrar', where=HOME | {'public', 'office'}, unit='st', qty=(1, 10), w={'c': 3, 'm': 2, 'h': 4}, variants=[
        V('Balkongdörr {size}, 3-glas', 'Trä, aluminiumbeklädnad, glas', 'door', 60, (1995, 2015), (800, 2000),
          ['Balkongdörr med 3-glas isolerruta och tröskel.'], [(9, 21), (10, 21)]),
        V('Altandörr {size}, 2-glas, vit', 'Furu, glas', 'door', 50, (1975, 1995), (300, 900),
          ['Halvglasad altandörr med karm.'], [(9, 21)], cond=(0, 35, 55, 10)),
    ], take=['Utlyfta med karm, fogarna bortskurna.'], notes={2: ['Färgsläpp invändigt']}),

    dict(cat='fonster.fonster', where=ANY | {'stairwell'}, unit='st', qty=(1, 40), w={'c': 9, 'm': 8, 'h': 8}, variants=[
        V('Fönster 3-glas {size}, trä/aluminium', 'Furu, aluminiumbeklädnad, glas', 'window', 30, (2000, 2018), (600, 1800),
          ['Sidohängda fönster med 3-glas isolerrutor, U-värde ca 1,1.', 'Utsidan är aluminiumbeklädd, insidan vitmålad.'],
          [(10, 12), (12, 12), (11, 13), (9, 12), (12, 14)]),
        V('2-glas fönster {size} i furu', 'Furu, glas', 'window', 22, (1960, 1985), (150, 500),
          ['Kopplade bågar med 2-glas, vitmålade.', 'Fönsterbänkar ingår inte.'],
          [(10, 10), (10, 12), (12, 12), (8, 10)], cond=(0, 30, 60, 10)),
        V('Fönster Elitfönster 3-glas {size}', 'Trä, aluminium, glas', 'window', 32, (2005, 2018), (800, 2000),
          ['Elitfönster med 3-glas, sidohängda, med vädringsbeslag.'], [(11, 13), (12, 12), (10, 12)], cond=(15, 60, 25, 0)),
        V('Tvåluftsfönster {size}, 2+1-glas', 'Furu, aluminium, glas', 'window', 44, (1985, 2000), (400, 1100),
          ['Tvåluftsfönster med 2+1-glas och mittpost.'], [(16, 12), (18, 13), (15, 12)]),
        V('Fasta fönster 3-glas {size}', 'Aluminium, glas', 'window', 38, (2005, 2020), (700, 1800),
          ['Fastkarmsfönster i aluminium med 3-glas, passar som ljusinsläpp.'], [(12, 12), (12, 6), (20, 6)]),
        V('Äldre fönster med spröjs {size}, 2-glas', 'Furu, kittade glas', 'window', 26, (1900, 1950), (200, 700),
          ['Kopplade fönster med spröjs och handblåst glas i vissa rutor.', 'Kittet är gammalt och bör bytas.'],
          [(9, 12), (10, 14), (8, 11)], cond=(0, 15, 65, 20)),
        V('Fönster 2-glas {size}, vita', 'Trä, glas', 'window', 24, (1975, 1995), (200, 600),
          ['Vitmålade fönster med 2-glas, inklusive beslag.'], [(10, 12), (12, 12), (6, 6)]),
        V('Takfönster Velux {size}, 2-glas', 'Furu, aluminium, glas', 'window', 18, (1995, 2012), (600, 1500),
          ['Takfönster med plåtbeslag och insektsnät.'], [(8, 14), (7, 12)], where=HOME | {'public'}),
    ], take=['Fogmassan skuren bort och fönstren utlyfta hela med karm.', 'Demonterade av oss, bågar och karm hålls ihop.',
             'Utlyfta från fasaden med karm och fönsterbleck.'],
         notes={1: ['Oanvända, överblivna från ett projekt'], 2: ['Färgsläpp på insidan', 'Några bågar kärvar'],
                3: ['Kittet behöver bytas', 'Rötskador i nedre karmstycket på några'], 4: ['Punkterade rutor, endast glas och beslag']}),
    dict(cat='fonster.fonsterbagar', where=HOME | {'public', 'farm'}, unit='st', qty=(4, 40), w={'c': 2, 'm': 1, 'h': 1}, variants=[
        V('Fönsterbågar med spröjs, äldre', 'Furu, glas', (None, 450, 1100), 8, (1900, 1940), (50, 250),
          ['Lösa innerbågar och ytterbågar från kopplade fönster, utan karm.', 'Passar till växthus eller renovering.'],
          cond=(0, 10, 70, 20)),
    ], take=['Bågarna lyftes ur karmarna innan rivning.'], notes={3: ['Flagnande färg, kittet spricker']}),
    dict(cat='fonster.isolerrutor', unit='st', qty=(2, 30), w={'c': 2, 'm': 1, 'h': 1}, variants=[
        V('Isolerrutor 4-16-4, felbeställda', 'Glas, argon', (None, 1100, 1300), 25, (2022, 2025), (150, 450),
          ['Nya isolerrutor som blev över vid ett fönsterbyte.'], cond=(90, 10, 0, 0)),
        V('Isolerrutor 3-glas i olika mått', 'Glas', (None, 900, 1200), 28, (2010, 2020), (100, 350),
          ['Blandade mått, lista med mått finns.'], cond=(30, 60, 10, 0)),
    ], take=['Rutorna är urplockade ur bågarna och står på glasställning.'], notes={1: ['Oanvända']}),
    dict(cat='fonster.glas', unit='m2', qty=(4, 40), w={'c': 1, 'm': 1, 'h': 0}, variants=[
        V('Planglas 4 mm, skivor', 'Floatglas 4 mm', (1600, 1000, 4), 10, (2005, 2020), (40, 120),
          ['Planglas i hela skivor, lämpligt till växthus eller inramning.']),
    ], take=['Lyfts på glasställning.'], notes={}),

    dict(cat='tegel.murtegel', unit='st', qty=(500, 9000), step=100, w={'c': 10, 'm': 2, 'h': 1}, variants=[
        V('Rött murtegel, rensat, ca {qty} st', 'Tegel, rött', (250, 120, 62), 2.8, (1930, 1965), (3, 8),
          ['Massivt rött tegel, rensat från kalkbruk och staplat på pall.', 'Ca 500 st per pall.']),
        V('Gult tegel från 1950-talet, ca {qty} st', 'Tegel, gult', (250, 120, 62), 2.6, (1948, 1960), (4, 9),
          ['Gult massivt tegel, knackat och rensat.', 'Lättrensat eftersom det var murat i kalkbruk.']),
        V('Håltegel, rött, ca {qty} st', 'Tegel, håltegel', (250, 120, 62), 2.3, (1960, 1980), (2, 5),
          ['Håltegel som suttit i innerväggar, rensat.', 'Enstaka stenar med bruksrester.'], cond=(0, 40, 55, 5)),
        V('Handslaget tegel, ca {qty} st', 'Tegel, handslaget', (270, 130, 70), 3.3, (1880, 1920), (8, 18),
          ['Gammalt handslaget tegel med levande yta.', 'Rensat för hand, varierande kulör.'], cond=(0, 40, 55, 5)),
    ], take=['Nedplockat för hand och rensat på plats.', 'Murverket togs ned varsamt med minigrävare och rensades för hand.'],
         notes={2: ['Enstaka kantskador'], 3: ['Bruksrester på vissa stenar']}),
    dict(cat='tegel.murtegel', unit='m3', qty=(2, 18), w={'c': 3, 'm': 0, 'h': 0}, variants=[
        V('Tegel, orensat, ca {qty} m3', 'Tegel med bruk', None, 1500, (1920, 1970), (150, 400),
          ['Orensat tegel i lös vikt, tillräckligt helt för att rensas och muras om.', 'Säljs i befintligt skick.'],
          cond=(0, 0, 70, 30)),
    ], take=['Rivet med grävmaskin och sorterat från annat rivningsmaterial.'], notes={3: ['Mycket bruk kvar']}),
    dict(cat='fasad.fasadtegel', where=ANY - {'farm'}, unit='st', qty=(400, 6000), step=100, w={'c': 5, 'm': 2, 'h': 1}, variants=[
        V('Fasadtegel gult, ca {qty} st', 'Tegel, gult, hårdbränt', (250, 120, 62), 2.9, (1955, 1975), (5, 10),
          ['Frostbeständigt, hårdbränt fasadtegel.']),
        V('Rött fasadtegel, blålaserat, ca {qty} st', 'Tegel, rött, hårdbränt', (250, 120, 62), 2.9, (1960, 1980), (6, 12),
          ['Blålaserat fasadtegel med fin patina.']),
        V('Fasadtegel, brunt, ca {qty} st', 'Tegel, brunt', (228, 108, 54), 2.4, (1970, 1985), (4, 9),
          ['Brunt fasadtegel i danskt format.']),
    ], take=['Fasaden togs ned varsamt, stenarna är rensade och pallade.'],
         notes={2: ['Bruksrester på en del stenar'], 3: ['Vissa stenar kantstötta']}),
    dict(cat='tegel.takpannor-betong', where=HOME | {'public', 'farm', 'service'}, unit='st', qty=(300, 3000), step=50, w={'c': 7, 'm': 2, 'h': 3}, variants=[
        V('Takpannor betong, svarta, ca {qty} st', 'Betong, svart', (420, 330, None), 4.2, (1985, 2005), (4, 10),
          ['Tvåkupiga betongpannor, hela och rengjorda.', 'Nockpannor ingår.']),
        V('Begagnade takpannor Benders Palema, röda', 'Betong, tegelröd', (420, 330, None), 4.2, (1975, 1995), (3, 8),
          ['Betongpannor med fin patina.']),
        V('Takpannor av betong, grå, ca {qty} st', 'Betong, grå', (420, 330, None), 4.3, (1970, 1990), (2, 6),
          ['Grå betongpannor, viss mossa på några men hela.'], cond=(0, 35, 55, 10)),
        V('Betongtakpannor Benders Carisma, svarta', 'Betong, ytbehandlad', (420, 330, None), 4.1, (2005, 2015), (8, 14),
          ['Släta betongpannor med ytbehandling, ca 10 st/m2.']),
    ], take=['Nedplockade för hand från taket och staplade på pall.', 'Lyfta ned med kran pall för pall.'],
         notes={2: ['Lite mossa, går att borsta bort'], 3: ['Ett fåtal spruckna pannor sorterade bort']}),
    dict(cat='tegel.takpannor-tegel', where=HOME | {'public', 'farm', 'service'}, unit='st', qty=(300, 2500), step=50, w={'c': 6, 'm': 2, 'h': 2}, variants=[
        V('Lertegelpannor, enkupiga röda, ca {qty} st', 'Lertegel, rött', (400, 250, None), 3.0, (1930, 1960), (6, 14),
          ['Enkupiga lertegelpannor med fin patina.', 'Passar vid renovering av äldre hus.']),
        V('Takpannor av tegel, tvåkupiga', 'Lertegel, rött', (400, 240, None), 3.2, (1940, 1970), (5, 12),
          ['Tvåkupiga tegelpannor, nedplockade och sorterade.']),
        V('Takpannor lertegel, ca {qty} st', 'Lertegel, rött', (400, 240, None), 3.1, (1950, 1975), (4, 10),
          ['Röda lertegelpannor, hela exemplar.']),
        V('Svarta glaserade takpannor av tegel', 'Lertegel, glaserat', (420, 330, None), 3.6, (1990, 2010), (10, 20),
          ['Glaserade tegelpannor, inga frostskador.']),
    ], take=['Nedplockade för hand, varje panna kontrollerad för sprickor.', 'Lyfta ned med kran och staplade på pall.'],
         notes={2: ['Lite mossa'], 3: ['Några pannor har avslagna klackar']}),

    dict(cat='virke.reglar', unit='m', qty=(60, 800), step=10, w={'c': 10, 'm': 2, 'h': 2}, variants=[
        V('Reglar 45x95, gran, ca {qty} m', 'Gran', (3000, 45, 95), 1.9, (1990, 2015), (8, 18),
          ['Reglar från innerväggar, spikfria och sorterade i längder 2,4–3,6 m.']),
        V('Regelvirke 45x70 i blandade längder', 'Gran', (2700, 45, 70), 1.4, (1985, 2010), (5, 12),
          ['Reglar från rivna innerväggar, spikarna utdragna.']),
        V('Reglar 45x145, furu, ca {qty} m', 'Furu', (4200, 45, 145), 2.9, (1975, 2000), (12, 25),
          ['Ytterväggsreglar, torra och raka.']),
        V('Läkt 25x48, ca {qty} m', 'Gran', (4000, 25, 48), 0.5, (1990, 2010), (2, 5),
          ['Takläkt från omläggning av tak.']),
    ], take=['Spikarna utdragna och virket sorterat efter längd.', 'Demonterat för hand och buntat.'],
         notes={2: ['Enstaka spikhål'], 3: ['En del kapade ändar med spikrester']}),
    dict(cat='virke.balkar', where=HOME | {'farm', 'industry'}, unit='m', qty=(20, 300), step=5, w={'c': 4, 'm': 1, 'h': 1}, variants=[
        V('Golvbjälkar 70x220, furu', 'Furu', (5400, 70, 220), 7.0, (1930, 1960), (30, 70),
          ['Kraftiga golvbjälkar från gammalt bjälklag, kvistfritt i stort.']),
        V('Takbjälkar, handhuggna, ca {qty} m', 'Furu', (6000, 150, 200), 13.0, (1880, 1920), (60, 150),
          ['Handhuggna bjälkar med fin yta och tydliga yxspår.'], cond=(0, 30, 60, 10), where={'farm'}),
        V('Takstolsvirke 45x195, gran', 'Gran', (6000, 45, 195), 3.9, (1985, 2005), (15, 30),
          ['Virke från demonterade takstolar, spikplåtarna bortplockade.']),
    ], take=['Demonterade för hand, spikar och spikplåtar borttagna.'], notes={3: ['Spikhål och ytliga sprickor']}),
    dict(cat='virke.limtra', where={'industry', 'sport', 'public', 'farm'}, unit='st', qty=(1, 14), w={'c': 5, 'm': 2, 'h': 0}, variants=[
        V('Limträbalkar 90x405, L40', 'Limträ, gran', (9000, 90, 405), 160, (1995, 2010), (1500, 4000),
          ['Raka limträbalkar från takkonstruktion, hållfasthetsklass L40.']),
        V('Limträbalk 115x630, sadelbalk', 'Limträ, gran', (14400, 115, 630), 500, (1990, 2005), (4000, 9000),
          ['Sadelbalkar för stor spännvidd, stämplade med klass.'], cond=(0, 60, 35, 5), where={'industry', 'sport', 'farm'}),
        V('Limträpelare 140x140', 'Limträ, gran', (3600, 140, 140), 34, (2000, 2015), (600, 1400),
          ['Pelare från skärmtak, raka och hela.']),
        V('Limträbalkar 56x225', 'Limträ, gran', (6000, 56, 225), 36, (2000, 2018), (500, 1200),
          ['Balkar från bjälklag, raka och torra.']),
    ], take=['Nedlyfta med kran efter att anslutningarna skruvats loss.', 'Lossade vid infästningarna och nedlyfta med kran.'],
         notes={2: ['Hål efter infästningar vid ändarna'], 3: ['Ytliga fuktfläckar, ingen röta']}),
    dict(cat='golv.tragolv', where=HOME | {'public'}, unit='m2', qty=(10, 120), w={'c': 3, 'm': 1, 'h': 1}, variants=[
        V('Golvbrädor furu 28x120, ca {qty} m2', 'Furu', (4000, 120, 28), 13, (1920, 1960), (80, 200),
          ['Spontade golvbrädor, försiktigt upptagna.', 'Behöver slipas, fina breda brädor.'], cond=(0, 35, 55, 10)),
        V('Massiva golvplank ek 21 mm', 'Ek', (2200, 140, 21), 15, (1990, 2010), (200, 400),
          ['Massivt ekgolv, oljat.']),
    ], take=['Brädorna bändes upp en och en och spikarna drogs.'], notes={3: ['Spikhål och slitage i gångstråk']}),
    dict(cat='fasad.trapanel', where={'villa', 'farm', 'industry', 'service'}, unit='m2', qty=(10, 150), w={'c': 4, 'm': 1, 'h': 1}, variants=[
        V('Lockpanel, rödfärgad, ca {qty} m2', 'Gran, slamfärg', (3600, 145, 22), 11, (1960, 1990), (30, 80),
          ['Lockpanel med falu rödfärg, bör målas om.'], cond=(0, 30, 60, 10)),
        V('Stående panel gran 22x145', 'Gran, grundmålad', (4200, 145, 22), 11, (2005, 2018), (60, 140),
          ['Panel med grundfärg och ett täckande lager.']),
        V('Liggande fasspontpanel, vit', 'Gran, vitmålad', (4800, 120, 21), 10, (1990, 2010), (40, 100),
          ['Fasspont från förråd och uthus på tomten.']),
    ], take=['Panelen togs ned bräda för bräda och spikarna drogs.'], notes={3: ['Några brädor har röta i nederkant, bortsorterade']}),

    dict(cat='stal.balkar', where={'industry', 'sport', 'office'}, unit='kg', qty=(300, 4500), step=10, w={'c': 12, 'm': 1, 'h': 0}, variants=[
        V('Stålbalkar HEA 200, ca {qty} kg', 'Stål S235', (6000, 200, 190), 1, (1975, 2000), (6, 12),
          ['HEA 200, 42,3 kg/m, i längder kring 6 m.', 'Ytrost, inga skador på flänsarna.']),
        V('IPE 300 stålbalkar', 'Stål S355', (7200, 150, 300), 1, (1990, 2010), (8, 14),
          ['IPE 300, 42,2 kg/m.', 'Målade med grundfärg.']),
        V('Stålbalkar HEB 160', 'Stål S235', (5400, 160, 160), 1, (1970, 1990), (6, 11),
          ['HEB 160, 42,6 kg/m, från mezzaninbjälklag.']),
        V('Stålbalk IPE 200, ca {qty} kg', 'Stål S235', (4800, 100, 200), 1, (1980, 2005), (6, 12),
          ['IPE 200, 22,4 kg/m.']),
        V('HEA 300 stålbalkar, ca {qty} kg', 'Stål S355', (9000, 300, 290), 1, (1985, 2005), (7, 13),
          ['HEA 300, 88,3 kg/m, med svetsade ändplåtar.']),
    ], take=['Demonterade med skärbrännare vid knutpunkterna.', 'Bultförbanden lossade, balkarna lyftes ned med kran.'],
         notes={2: ['Ytrost'], 3: ['Hål efter infästningar, kapade ändar'], 4: ['Kraftig korrosion, endast skrot']}),
    dict(cat='stal.pelare', where={'industry', 'sport', 'office'}, unit='st', qty=(2, 16), w={'c': 3, 'm': 0, 'h': 0}, variants=[
        V('Stålpelare VKR 150x150', 'Stål, VKR-profil', (3600, 150, 150), 80, (1990, 2010), (500, 1200),
          ['Fyrkantsrör 150x150x6 med fot- och toppläts.']),
        V('Stålpelare HEB 200', 'Stål S235', (4200, 200, 200), 260, (1980, 2000), (900, 2200),
          ['Pelare med fot- och toppläts.']),
    ], take=['Lossade vid fotplåtarna och lyfta ned med kran.'], notes={2: ['Målade, lätt ytrost']}),
    dict(cat='stal.plat', where={'industry', 'sport', 'farm'}, unit='m2', qty=(20, 400), w={'c': 3, 'm': 0, 'h': 1}, variants=[
        V('Takplåt, trapetsprofil, svart', 'Stål, lackerad', (6000, 1100, 20), 5, (2000, 2015), (40, 90),
          ['Trapetskorrugerad takplåt, tätt tak utan läckor.']),
        V('Plåt, TP45, galvad', 'Stål, förzinkat', (7200, 1000, 45), 6, (1985, 2005), (30, 70),
          ['Galvad profilplåt från taket, raka plåtar.']),
    ], take=['Skruvarna lossade och plåtarna staplade på strö.'], notes={2: ['Skruvhål'], 3: ['Repor i lacken']}),
    dict(cat='fasad.plat', where={'industry', 'sport', 'office'}, unit='m2', qty=(20, 300), w={'c': 2, 'm': 1, 'h': 0}, variants=[
        V('Fasadplåt, kassetter i aluminium', 'Aluminium, lackerad', (1200, 600, 30), 4, (2005, 2018), (120, 300),
          ['Fasadkassetter i grå kulör med underkonstruktion.']),
        V('Fasadplåt, stående profil, vit', 'Stål, lackerad', (5000, 1000, 20), 5, (1995, 2010), (40, 100),
          ['Profilerad fasadplåt i vit kulör.']),
    ], take=['Skruvarna lossade och plåtarna staplade på strö.'], notes={2: ['Enstaka bucklor']}),

    dict(cat='skivor.gipsskivor', unit='m2', qty=(20, 200), w={'c': 2, 'm': 1, 'h': 1}, variants=[
        V('Gipsskivor 13 mm, överblivna', 'Gips', (2700, 1200, 13), 9, (2024, 2026), (15, 35),
          ['Hela skivor i obrutna buntar, står på pall under tak.'], cond=(90, 10, 0, 0)),
        V('Brandgips 15 mm, ca {qty} m2', 'Gips, brandklassad', (2700, 1200, 15), 12, (2023, 2026), (25, 50),
          ['Brandgipsskivor som blev över.'], cond=(85, 15, 0, 0)),
    ], take=['Står på pall under tak.'], notes={1: ['Oanvända']}),
    dict(cat='skivor.plywood', where={'industry', 'office', 'public', 'apartments'}, unit='m2', qty=(10, 80), w={'c': 2, 'm': 0, 'h': 0}, variants=[
        V('Plywood 18 mm, formskivor', 'Björkplywood, filmbelagd', (2500, 1250, 18), 12, (2015, 2024), (60, 140),
          ['Filmbelagd plywood, använd ett par gånger som formskiva.']),
    ], take=['Rengjorda och staplade.'], notes={2: ['Betongrester i kanterna']}),
    dict(cat='skivor.osb', unit='m2', qty=(10, 80), w={'c': 1, 'm': 0, 'h': 0}, variants=[
        V('OSB-skivor 12 mm', 'OSB/3', (2500, 1200, 12), 7, (2015, 2024), (25, 60),
          ['OSB-skivor från byggskydd, hela skivor.']),
    ], take=['Skruvade och lätta att ta loss.'], notes={2: ['Skruvhål']}),
    dict(cat='skivor.spanskivor', unit='m2', qty=(10, 60), w={'c': 1, 'm': 0, 'h': 0}, variants=[
        V('Golvspånskivor 22 mm, spontade', 'Spånskiva', (2400, 600, 22), 15, (2000, 2015), (20, 50),
          ['Spontade golvspånskivor.']),
    ], take=['Upptagna skiva för skiva.'], notes={3: ['Några skivor har fuktskadade kanter']}),

    dict(cat='golv.parkett', where=HOME | {'public', 'office'}, unit='m2', qty=(15, 180), w={'c': 4, 'm': 5, 'h': 3}, variants=[
        V('Ekparkett 3-stav, ca {qty} m2', 'Ek, flerskikt 14 mm', (2200, 200, 14), 8, (1995, 2012), (100, 220),
          ['Flytande lagd trestavsparkett, klickfog.', 'Går att slipa en gång till.']),
        V('Parkettgolv ek, Kährs', 'Ek, flerskikt 15 mm', (2400, 200, 15), 8.5, (2000, 2015), (120, 250),
          ['Kährs ekparkett, lackad yta.']),
        V('Bokparkett, enstav', 'Bok, flerskikt', (2200, 140, 14), 8, (1990, 2005), (70, 160),
          ['Lackad bokparkett från ett par större rum.']),
        V('Massiv ekparkett i fiskbensmönster', 'Massiv ek', (490, 70, 22), 16, (1940, 1960), (150, 350),
          ['Fiskbensparkett, stavarna upptagna och rengjorda från lim.', 'Kräver omläggning av fackman.'], cond=(0, 25, 65, 10)),
    ], take=['Flytande golv, taget upp bräda för bräda.', 'Upptaget försiktigt och paketerat på pall.'],
         notes={2: ['Repor vid stolar'], 3: ['Behöver slipas']}),
    dict(cat='golv.klinker', unit='m2', qty=(6, 80), w={'c': 2, 'm': 3, 'h': 4}, variants=[
        V('Klinker 300x300, grå, ca {qty} m2', 'Keramik', (300, 300, 9), 20, (2018, 2025), (60, 150),
          ['Restparti i hela kartonger, aldrig lagt.'], cond=(90, 10, 0, 0)),
        V('Klinkerplattor 200x200, röda', 'Keramik', (200, 200, 10), 21, (2015, 2024), (50, 120),
          ['Röda golvklinker, oanvända, hela kartonger.'], cond=(85, 15, 0, 0)),
        V('Klinker 600x600, antracit', 'Granitkeramik', (600, 600, 10), 23, (2020, 2025), (120, 260),
          ['Granitkeramiska plattor, restparti.'], cond=(95, 5, 0, 0)),
    ], take=['Restparti, aldrig lagt.'], notes={1: ['I obrutna kartonger']}),
    dict(cat='golv.textilplattor', where={'office', 'public'}, unit='m2', qty=(40, 600), w={'c': 2, 'm': 2, 'h': 0}, variants=[
        V('Textilplattor 500x500, Interface', 'Polyamid, bitumenbaksida', (500, 500, 7), 4.5, (2008, 2018), (20, 60),
          ['Löst lagda textilplattor i grå nyans.']),
    ], take=['Lyfta, rengjorda och staplade i kartonger.'], notes={3: ['Fläckar i korridorerna']}),
    dict(cat='golv.installationsgolv', where={'office'}, unit='m2', qty=(20, 120), w={'c': 1, 'm': 1, 'h': 0}, variants=[
        V('Installationsgolv 600x600 med fötter', 'Kalciumsulfatskiva, stålfot', (600, 600, 300), 38, (1995, 2010), (150, 400),
          ['Skivor och fötter från serverrum, fotshöjd 300 mm.']),
    ], take=['Skivorna lyfta och fötterna skruvade loss.'], notes={}),
    dict(cat='golv.linoleum', unit='m2', qty=(10, 60), w={'c': 0, 'm': 1, 'h': 1}, variants=[
        V('Linoleummatta, restrulle', 'Linoleum', (None, 2000, 3), 3, (2022, 2025), (50, 120),
          ['Oanvänd restrulle, förvarad inomhus.'], cond=(100, 0, 0, 0)),
    ], take=['Rullen står inomhus.'], notes={}),

    dict(cat='sanitet.wc-stolar', where=HOME | {'public', 'office', 'sport', 'service'}, unit='st', qty=(1, 20), w={'c': 4, 'm': 4, 'h': 6}, variants=[
        V('WC-stol Gustavsberg Nautic, vit', 'Porslin', (650, 360, 800), 24, (2005, 2018), (200, 600),
          ['Golvstående WC-stol med dold S-lås, komplett med sits.']),
        V('Vägghängd WC-stol Ifö Spira', 'Porslin', (530, 360, 400), 20, (2000, 2016), (250, 700),
          ['Vägghängd toalett, fixtur ingår inte.']),
        V('Toalettstol, golvmodell, vit', 'Porslin', (680, 370, 780), 25, (1985, 2005), (100, 300),
          ['Äldre golvmodell med P-lås.'], cond=(0, 45, 50, 5)),
    ], take=['Urkopplade av rörmokare och rengjorda.', 'Demonterade vid stambyte, rengjorda.'],
         notes={2: ['Sitsen är sliten, byt gärna'], 3: ['Spolningen behöver ny packning']}),
    dict(cat='sanitet.tvattstall', where=HOME | {'public', 'office', 'sport', 'service'}, unit='st', qty=(1, 20), w={'c': 3, 'm': 4, 'h': 5}, variants=[
        V('Handfat i porslin 55 cm', 'Porslin', (550, 440, 180), 13, (1995, 2015), (100, 300),
          ['Vita tvättställ med bräddavlopp, utan blandare.']),
        V('Tvättställ Gustavsberg Logic', 'Porslin', (600, 460, 180), 14, (2008, 2018), (150, 400),
          ['Väggmonterat tvättställ, fästbultar medföljer.']),
        V('Handfat, äldre modell med piedestal', 'Porslin', (600, 450, 850), 22, (1950, 1970), (200, 600),
          ['Tvättställ på pelarfot, klassisk modell.'], cond=(0, 35, 55, 10), where=HOME | {'public'}),
    ], take=['Nedtagna av rörmokare, rengjorda.'], notes={2: ['Små repor i glasyren'], 3: ['Liten kantskada']}),
    dict(cat='sanitet.blandare', where=HOME | {'public', 'office', 'sport', 'service'}, unit='st', qty=(1, 15), w={'c': 1, 'm': 2, 'h': 3}, variants=[
        V('Tvättställsblandare, Mora', 'Förkromad mässing', (None, 50, 150), 1.4, (2010, 2020), (100, 300),
          ['Ettgreppsblandare, funktionskontrollerade.']),
        V('Duschblandare termostat', 'Förkromad mässing', (None, 300, 120), 2.5, (2010, 2020), (200, 500),
          ['Termostatblandare med cc 160.']),
    ], take=['Nedmonterade av rörmokare.'], notes={2: ['Kalkfläckar']}),
    dict(cat='sanitet.badkar-duschar', where=HOME | {'office'}, unit='st', qty=(1, 6), w={'c': 3, 'm': 1, 'h': 4}, variants=[
        V('Badkar i gjutjärn, 1700 mm', 'Gjutjärn, emalj', (1700, 750, 450), 120, (1935, 1965), (1000, 3500),
          ['Gjutjärnsbadkar med emalj, står på tassar.', 'Tungt, minst fyra personer vid hämtning.'], cond=(0, 30, 55, 15), where=HOME | {'office'}),
        V('Badkar emaljerat stål 1600', 'Emaljerat stål', (1600, 700, 420), 35, (1980, 2005), (200, 600),
          ['Inbyggnadsbadkar med bräddavlopp.']),
        V('Duschväggar i glas, 2 st', 'Härdat glas, aluminium', (900, 900, 2000), 30, (2010, 2020), (400, 1200),
          ['Vikbara duschväggar med profiler.']),
    ], take=['Urlyft vid badrumsrenovering.', 'Demonterat av rörmokare och rengjort.'],
         notes={2: ['Små nagg i emaljen'], 3: ['Emaljen sliten vid avloppet']}),

    dict(cat='kok.koksskap', where=HOME | {'public', 'office'}, unit='st', qty=(2, 30), w={'c': 3, 'm': 4, 'h': 6}, variants=[
        V('Köksskåp, vita luckor, Marbodal', 'Spånskiva, vita luckor', (600, 600, 700), 24, (2005, 2015), (150, 400),
          ['Bänk- och väggskåp med luckor och gångjärn.']),
        V('Komplett kök, över- och underskåp', 'Spånskiva, lackade luckor', (600, 600, 800), 25, (1998, 2012), (100, 300),
          ['Hela köket säljs helst ihop.', 'Bänkskiva medföljer inte.']),
        V('Platsbyggda köksskåp från 1950-talet', 'Furu, masonit', (800, 500, 900), 30, (1950, 1960), (200, 600),
          ['Ådrade luckor med originalhandtag.', 'Passar i renovering av äldre lägenhet.'], cond=(0, 30, 60, 10),
          where=HOME),
        V('Köksskåp Ikea Metod med luckor', 'Spånskiva, foliefront', (600, 600, 800), 22, (2015, 2022), (200, 500),
          ['Stommar och luckor, lådor med dämpning.']),
    ], take=['Skruvade loss och bärs ut som hela stommar.', 'Demonterade stomme för stomme, luckorna märkta.'],
         notes={2: ['Små märken på luckorna'], 3: ['Lösa gångjärn på några luckor']}),
    dict(cat='kok.bankskivor', where=HOME | {'public', 'office'}, unit='st', qty=(1, 6), w={'c': 1, 'm': 1, 'h': 2}, variants=[
        V('Bänkskiva ek, massiv', 'Massiv ek', (3000, 620, 30), 40, (2008, 2018), (400, 1200),
          ['Oljad massiv bänkskiva med urtag för diskho.']),
        V('Bänkskiva laminat, grå', 'Laminat på spånskiva', (2400, 600, 30), 35, (2005, 2015), (100, 300),
          ['Laminatskiva utan urtag.']),
    ], take=['Skruvad loss underifrån.'], notes={2: ['Brännmärke']}),
    dict(cat='kok.vitvaror', where=HOME | {'public', 'office', 'service'}, unit='st', qty=(1, 8), w={'c': 1, 'm': 1, 'h': 3}, variants=[
        V('Spis, fristående, Electrolux', 'Stål, emalj', (600, 600, 850), 45, (2010, 2018), (300, 900),
          ['Fristående spis med ugn, funktionstestad.']),
        V('Kylskåp, 185 cm', 'Stål, plast', (595, 630, 1850), 65, (2012, 2019), (400, 1200),
          ['Kylskåp utan frys, rengjort och testat.']),
    ], take=['Urkopplade av elektriker.'], notes={2: ['Skavanker på sidorna']}),

    dict(cat='vvs.radiatorer', where=HOME | {'stairwell', 'public', 'office', 'service'}, unit='st', qty=(1, 40), w={'c': 5, 'm': 5, 'h': 6}, variants=[
        V('Gjutjärnsradiatorer, äldre modell', 'Gjutjärn', (800, 200, 600), 75, (1920, 1955), (600, 2000),
          ['Ledradiatorer i gjutjärn, ca 7 kg per led.', 'Trycktestade före demontering.'], cond=(0, 40, 50, 10)),
        V('Panelradiatorer 600x1200, typ 22', 'Stål, vitlackerad', (1200, 100, 600), 36, (1990, 2015), (200, 600),
          ['Dubbla panelradiatorer med konvektorplåt, konsoler medföljer.']),
        V('Radiatorer, enkel panel 500x1600', 'Stål, lackerad', (1600, 60, 500), 31, (1970, 1995), (100, 300),
          ['Enkla panelradiatorer med konsoler.']),
        V('Radiatorer Purmo 300x1000', 'Stål, vitlackerad', (1000, 100, 300), 16, (2000, 2015), (200, 450),
          ['Låga radiatorer för fönsterbröstning.']),
    ], take=['Tömda, proppade och lyfta av konsolerna.', 'Demonterade i samband med stambyte, tömda och proppade.'],
         notes={2: ['Lackskador'], 3: ['Behöver blästras och lackas om']}),
    dict(cat='vvs.kopparror', where=ANY - {'farm'}, unit='m', qty=(20, 200), w={'c': 2, 'm': 0, 'h': 1}, variants=[
        V('Kopparrör 15 och 22 mm', 'Koppar', (3000, 22, 22), 0.5, (1990, 2015), (20, 45),
          ['Raka längder kopparrör, ändarna kapade.']),
    ], take=['Kapat och sorterat efter dimension.'], notes={}),
    dict(cat='vvs.ror', where=HOME | {'public'}, unit='m', qty=(10, 100), w={'c': 1, 'm': 0, 'h': 1}, variants=[
        V('Avloppsrör gjutjärn 110 mm', 'Gjutjärn', (2000, 110, 110), 12, (1950, 1975), (40, 100),
          ['SML-rör från stambyte, rensade.'], cond=(0, 20, 60, 20)),
    ], take=['Kapade vid stambyte och rensade invändigt.'], notes={3: ['Invändig korrosion']}),

    dict(cat='belysning.armaturer', where=ANY | {'stairwell'}, unit='st', qty=(2, 120), w={'c': 4, 'm': 6, 'h': 3}, variants=[
        V('LED-paneler 600x600, infällda', 'Aluminium, opal', (600, 600, 60), 4, (2015, 2022), (100, 300),
          ['LED-armaturer för undertak, 3000 K.', 'Funktionstestade innan nedmontering.'], where={'public', 'office', 'sport'}),
        V('Lysrörsarmaturer 2x36W', 'Stål, vitlackerad', (1270, 170, 80), 4.5, (1990, 2008), (20, 80),
          ['Armaturer för T8-lysrör, lämpliga för konvertering till LED.'], cond=(0, 50, 40, 10)),
        V('Industriarmaturer, högtak', 'Aluminium', (None, 420, 450), 6, (2008, 2018), (200, 600),
          ['LED-armaturer för hög takhöjd.'], where={'industry', 'sport'}),
        V('Plafonder med glaskupa', 'Opalglas, stål', (None, 300, 120), 1.8, (1965, 1985), (50, 200),
          ['Klassiska plafonder från trapphus och korridorer, kontrollerade av elektriker.'], where={'apartments', 'stairwell', 'public', 'service'}),
        V('Pendelarmaturer i mässing', 'Mässing, glas', (None, 350, 600), 2.5, (1950, 1970), (300, 900),
          ['Pendlar omkopplade med nya kablar.'], cond=(0, 40, 55, 5), where={'public', 'office'}),
        V('Utomhusarmaturer, vägg', 'Aluminium, glas', (None, 200, 300), 2, (2005, 2018), (100, 300),
          ['Vägglyktor från entréer.']),
    ], take=['Nedtagna av behörig elektriker.', 'Demonterade från undertaket och packade i kartonger.'],
         notes={2: ['Gulnade kupor på några'], 3: ['Drivdon ej kontrollerade']}),

    dict(cat='isolering.mineralull', unit='m2', qty=(20, 300), w={'c': 5, 'm': 2, 'h': 1}, variants=[
        V('Stenull 145 mm, ca {qty} m2', 'Stenull', (1170, 565, 145), 5, (2010, 2020), (20, 50),
          ['Skivor från vägg, torra och rena.']),
        V('Glasull 95 mm, oöppnade paket', 'Glasull', (1170, 565, 95), 1.7, (2023, 2026), (25, 45),
          ['Obrutna paket, förvarade torrt.'], cond=(100, 0, 0, 0)),
        V('Stenull 95 mm, ca {qty} m2', 'Stenull', (1170, 565, 95), 3.3, (2012, 2022), (15, 35),
          ['Skivor från innerväggar, torra och hela.']),
    ], take=['Uttagen torr, förpackad i plast.'], notes={2: ['Ihoptryckt i kanterna']}),
    dict(cat='isolering.cellplast', unit='m2', qty=(20, 250), w={'c': 3, 'm': 1, 'h': 0}, variants=[
        V('Cellplast EPS 100 mm, markisolering', 'EPS', (1200, 600, 100), 2, (2005, 2020), (15, 40),
          ['Cellplastskivor från markisolering.']),
        V('XPS-skivor 50 mm', 'XPS', (1250, 600, 50), 1.8, (2010, 2020), (20, 45),
          ['Extruderad cellplast från källarväggar.']),
    ], take=['Uppgrävda och rengjorda.'], notes={2: ['Jordrester']}),
    dict(cat='fasad.fasadskivor', where=ANY - {'farm'}, unit='m2', qty=(20, 200), w={'c': 4, 'm': 2, 'h': 2}, variants=[
        V('Fasadskivor fibercement, Cembrit', 'Fibercement, asbestfri', (2500, 1200, 8), 13, (2005, 2018), (60, 180),
          ['Asbestfria fibercementskivor i grå kulör.']),
        V('Fasadskivor HPL, träimitation', 'HPL-laminat', (3000, 1200, 8), 11, (2010, 2020), (120, 280),
          ['Högtryckslaminat med träimitation.']),
    ], take=['Skruvade loss skiva för skiva.'], notes={2: ['Skruvhål i skivorna']}),

    dict(cat='fast-inredning.platsbyggda-skap', where=HOME | {'public', 'office'}, unit='st', qty=(1, 20), w={'c': 2, 'm': 3, 'h': 3}, variants=[
        V('Garderober, vita, 60 cm', 'Spånskiva, vitmålad', (600, 600, 2100), 45, (1980, 2005), (100, 400),
          ['Platsbyggda garderober med hyllor och klädstång.'], where=HOME | {'public'}),
        V('Städskåp och förrådsskåp', 'Spånskiva', (500, 600, 2100), 40, (1990, 2010), (50, 250),
          ['Höga skåp från korridorer och städrum.'], where={'public', 'office'}),
    ], take=['Skruvade loss från väggen.'], notes={2: ['Klisterrester']}),
    dict(cat='fast-inredning.hyllor', where={'apartments', 'public', 'office', 'industry', 'service'}, unit='m', qty=(6, 120), w={'c': 3, 'm': 2, 'h': 0}, variants=[
        V('Pallställ, grenar och balkar', 'Stål, lackerad', (2700, 1100, 4000), 40, (1995, 2015), (200, 600),
          ['Pallställ med gavlar och balkar, säkerhetsklämmor medföljer.'], where={'industry'}),
        V('Förrådshyllor i stål', 'Stål, förzinkat', (1000, 400, 2000), 12, (2000, 2015), (50, 200),
          ['Hyllsystem från källarförråd.'], where={'apartments', 'public', 'office', 'service'}),
    ], take=['Demonterade sektion för sektion.'], notes={2: ['Påkörningsskador på en gavel']}),
    dict(cat='fast-inredning.trappor', where={'industry', 'office', 'public'}, unit='st', qty=(1, 2), w={'c': 1, 'm': 1, 'h': 0}, variants=[
        V('Spiraltrappa i stål', 'Stål, ekplansteg', (None, 1600, 3000), 350, (1990, 2010), (5000, 15000),
          ['Spiraltrappa med räcke, rak höjd ca 3 m.']),
        V('Utvändig ståltrappa, galvad', 'Stål, förzinkat', (4000, 1000, 2800), 450, (2000, 2015), (4000, 12000),
          ['Rak trappa med vilplan och räcke.']),
    ], take=['Demonterad i sektioner och lyft med kran.'], notes={}),
    dict(cat='fast-inredning.racken', where=HOME | {'stairwell', 'public', 'office'}, unit='m', qty=(5, 60), w={'c': 2, 'm': 2, 'h': 2}, variants=[
        V('Ledstång i ek', 'Ek', (None, 50, None), 1.5, (1960, 1990), (50, 150),
          ['Ledstänger med fästen, oljad ek.']),
        V('Balkongräcken i aluminium', 'Aluminium, glas', (None, None, 1100), 15, (2000, 2015), (200, 600),
          ['Räckessektioner med glas.']),
    ], take=['Skruvade loss, sektionerna märkta.'], notes={2: ['Nött yta']}),
    dict(cat='fast-inredning.tavlor', where={'public', 'office'}, unit='st', qty=(1, 30), w={'c': 1, 'm': 3, 'h': 0}, variants=[
        V('Whiteboardtavlor 1800x1200', 'Emaljerat stål', (1800, 20, 1200), 20, (2005, 2018), (100, 400),
          ['Väggmonterade whiteboards med pennfack.']),
    ], take=['Nedtagna från väggarna.'], notes={2: ['Skuggor efter gammal text']}),
    dict(cat='innervaggar.glaspartier', where={'public', 'office'}, unit='st', qty=(2, 20), w={'c': 2, 'm': 2, 'h': 0}, variants=[
        V('Glaspartier, kontorsfronter', 'Härdat glas, aluminiumprofil', (None, 1200, 2700), 85, (2005, 2018), (800, 2500),
          ['Glasväggar med aluminiumprofiler, dörrmoduler ingår.']),
    ], take=['Demonterade modul för modul av systemleverantör.'], notes={2: ['Folierade ränder']}),
    dict(cat='innervaggar.systemvaggar', where={'public', 'office'}, unit='m2', qty=(20, 200), w={'c': 2, 'm': 1, 'h': 0}, variants=[
        V('Systemväggar, melaminyta', 'Stålstomme, gips, melamin', (None, 1200, 2700), 28, (1995, 2012), (80, 250),
          ['Flyttbara väggar med stålstomme.']),
    ], take=['Demonterade modulvis.'], notes={3: ['Hål efter tavelskenor']}),
    dict(cat='innervaggar.undertaksplattor', where={'public', 'office', 'sport'}, unit='m2', qty=(40, 800), w={'c': 3, 'm': 3, 'h': 0}, variants=[
        V('Undertaksplattor 600x600, Ecophon', 'Glasull, målad yta', (600, 600, 20), 1.5, (2005, 2018), (20, 60),
          ['Akustikplattor med synlig bärverkskant.', 'Bärverk kan ingå.']),
        V('Undertaksplattor 1200x600, vita', 'Mineralull', (1200, 600, 15), 2, (2000, 2015), (15, 45),
          ['Vita släta plattor med rak kant.']),
    ], take=['Lyfta ur bärverket och staplade på pall.'], notes={3: ['Enstaka fläckar']}),
    dict(cat='los-inredning.stolar', where={'public', 'office'}, unit='st', qty=(4, 120), w={'c': 1, 'm': 3, 'h': 0}, variants=[
        V('Kontorsstolar Kinnarps', 'Stål, textil', (650, 650, 1050), 16, (2010, 2018), (200, 600),
          ['Kontorsstolar med armstöd, inställbara.']),
        V('Stapelbara stolar i björk', 'Björk', (500, 500, 820), 5, (1990, 2010), (50, 200),
          ['Stolar från matsal och aula.']),
    ], take=['Bärs ut och staplas.'], notes={2: ['Slitet tyg på en del']}),
    dict(cat='los-inredning.bord', where={'public', 'office'}, unit='st', qty=(2, 60), w={'c': 1, 'm': 3, 'h': 0}, variants=[
        V('Skrivbord, höj- och sänkbara', 'Stål, laminatskiva', (1600, 800, 720), 48, (2012, 2020), (500, 1500),
          ['Elektriskt höj- och sänkbara skrivbord.']),
        V('Elevbord med stålstativ', 'Stål, björklaminat', (700, 500, 720), 14, (2000, 2015), (50, 200),
          ['Enkla elevbord, höjdinställbara.'], where={'public'}),
    ], take=['Demonterade och staplade.'], notes={2: ['Repor i skivan']}),
    dict(cat='mark.marksten', unit='m2', qty=(10, 200), w={'c': 3, 'm': 3, 'h': 2}, variants=[
        V('Betongmarksten, grå, ca {qty} m2', 'Betong', (210, 140, 60), 130, (1990, 2012), (60, 150),
          ['Marksten från gårdsplan och gångar.']),
        V('Gatsten i granit', 'Granit', (150, 150, 150), 350, (1900, 1950), (250, 600),
          ['Smågatsten i grå granit, rensad från sand.']),
        V('Betongplattor 400x400', 'Betong', (400, 400, 50), 115, (1980, 2000), (40, 100),
          ['Plattor från uteplats, pallade.']),
    ], take=['Plockad för hand och pallad.', 'Upptagen med maskin och pallad.'], notes={2: ['Lite mossa']}),
    dict(cat='mark.kantsten', where={'apartments', 'public', 'office', 'industry'}, unit='m', qty=(10, 120), w={'c': 2, 'm': 2, 'h': 0}, variants=[
        V('Kantsten i granit', 'Granit', (1000, 150, 300), 100, (1930, 1970), (150, 300),
          ['Rak granitkantsten, huggen yta.']),
    ], take=['Upptagen med grävmaskin.'], notes={3: ['Ändarna avslagna på några']}),
    dict(cat='mark.natursten', unit='m2', qty=(5, 60), w={'c': 2, 'm': 2, 'h': 0}, variants=[
        V('Öländsk kalksten, hällar', 'Kalksten, öländsk', (600, 400, 30), 80, (1950, 1990), (200, 450),
          ['Kalkstenshällar, röd och grå, från en gårdsplan.']),
        V('Kalkstensplattor från trappor och fönsterbänkar', 'Kalksten', (1200, 300, 40), 100, (1930, 1960), (150, 400),
          ['Plattor från trappsteg och fönsterbänkar.']),
    ], take=['Upptagna för hand och lagda på pall.'], notes={2: ['Slitna i gånglinjen']}),
    dict(cat='ovrigt', where=HOME | {'public', 'office'}, unit='st', qty=(1, 40), w={'c': 2, 'm': 1, 'h': 1}, variants=[
        V('Markiser, fönstermarkiser', 'Aluminium, akrylväv', (1200, None, None), 9, (1995, 2010), (50, 250),
          ['Fönstermarkiser med vev.']),
        V('Brevlådor, fastighetsbox', 'Stål, lackerad', (600, 300, 900), 35, (2005, 2015), (300, 900),
          ['Fastighetsboxar från trapphus.'], where={'apartments', 'stairwell'}),
    ], take=['Demonterade och rengjorda.'], notes={3: ['Några vevar saknas']}),
]

CONDITION_TEXT = {
    1: ['Mycket gott skick, knappt använt.', 'Som nytt.'],
    2: ['Gott skick med normalt slitage.', 'Bra skick, kosmetiska skavanker.', 'I fint skick för sin ålder.'],
    3: ['Användbart efter renovering.', 'Kräver en del arbete innan det kan användas igen.'],
    4: ['Endast för reservdelar eller materialåtervinning.', 'Säljs i befintligt skick; duger som reservdelar eller till enklare bruk.'],
}
PRICE_TEXT = {
    'FIXED': 'Priset gäller per {unit} exkl. moms.',
    'FREE': ['Skänkes mot avhämtning.', 'Gratis, hämtas av köparen.', 'Gratis till den som hämtar.'],
    'ON_REQUEST': ['Pris efter överenskommelse.', 'Begär offert, mängdrabatt vid köp av hela partiet.',
                   'Ring eller skriv för pris.'],
}
PICKUP = [
    'Hämtas vardagar 7–15 efter överenskommelse. Truck finns på plats.',
    'Ring {name} på {phone} innan hämtning.',
    'Hämtas vid vårt lager, lastkaj på baksidan.',
    'Köparen ansvarar för lastning och transport.',
    'Kan levereras mot kostnad inom Kalmar län.',
    'Hämtas på plats. Ta med släp, det finns ingen truck.',
]
NAMES = {'johan': 'Johan', 'anna': 'Anna', 'erik': 'Erik', 'maria': 'Maria', 'karin': 'Karin'}
PHONES = {'johan': '070-174 06 33', 'anna': '070-174 06 12', 'erik': '070-174 06 19', 'maria': '070-174 06 45',
          'karin': '070-174 06 58'}

RISK_NOTE = ['Miljöinventerat före demontering: inget PCB eller asbest.',
             'Fogmassor provtagna, inga PCB-halter över gränsvärdet.',
             'Kontrollerat fritt från PCB och asbest vid miljöinventeringen.']
WORK_NOUN = {'rivningen av': 'rivning', 'selektiv rivning av': 'selektiv rivning', 'totalrenoveringen av': 'totalrenovering',
             'ombyggnaden av': 'ombyggnad', 'renoveringen av': 'renovering', 'stambytet i': 'stambyte'}
FUTURE_NOTE = ['Demonteras varsamt och kan hämtas från angivet datum.',
               'Arbetet startar de närmaste månaderna. Materialet kan reserveras redan nu.',
               'Demonteras när arbetet börjar, tillgängligt från angivet datum.']


# ---------------------------------------------------------------------------------------------------------------

def sv_int(n):
    return f'{n:,}'.replace(',', ' ')


def sv_num(x):
    return f'{x:g}'.replace('.', ',')


def q(s):
    return 'null' if s is None else "'" + s.replace("'", "''") + "'"


def num(x):
    if x is None:
        return 'null'
    if isinstance(x, float) and x.is_integer():
        return f'{int(x)}'
    return f'{x}'


def pick_weighted(rng, weights):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def ago(minutes):
    d, rest = divmod(minutes, 24 * 60)
    h, m = divmod(rest, 60)
    return f"now() - interval '{d} days {h:02d}:{m:02d}'"


def quantity(rng, kind):
    lo, hi = kind['qty']
    step = kind.get('step')
    if step:
        return float(rng.randrange(lo // step, hi // step + 1) * step)
    if kind['unit'] in ('m2', 'm3') and rng.random() < 0.4:
        return round(rng.uniform(lo, hi) * 2) / 2
    # small counts are more common than large ones
    return float(int(lo + (hi - lo) * rng.random() ** 1.8))


def types_of(kind, variant):
    return variant['where'] or kind.get('where', ANY)


def listing(rng, n, status, org, towns, users, internal_share, price_weights, group, used_points):
    org_types = {t for _, t in BUILDINGS[org]}
    kinds = [k for k in KINDS if k['w'][group] > 0 and any(types_of(k, v) & org_types for v in k['variants'])]
    kind = rng.choices(kinds, weights=[k['w'][group] for k in kinds])[0]
    v = rng.choice([v for v in kind['variants'] if types_of(kind, v) & org_types])
    building = rng.choice([b for b, t in BUILDINGS[org] if t in types_of(kind, v)])
    main_group = kind['cat'].split('.')[0]
    work = rng.choice([w for w in WORK[org] if w != 'stambytet i' or main_group in ('sanitet', 'vvs', 'kok')])
    unit = kind['unit']
    qty = quantity(rng, kind)
    qty_text = sv_int(int(qty)) if qty.is_integer() else sv_num(qty)

    size = rng.choice(v['sizes']) if v['sizes'] else None
    if v['dims'] in ('door', 'window'):
        width, height = dm(*size)
        length = None
    elif v['dims'] is None:
        length = width = height = None
    else:
        length, width, height = v['dims']
    title = v['title'].format(size=f'{size[0]}x{size[1]}' if size else '', qty=qty_text)
    if '{qty}' not in v['title'] and qty > 1 and rng.random() < 0.4:
        title += f', {qty_text} {unit}'

    condition = rng.choices([1, 2, 3, 4], weights=v['cond'])[0]
    notes = kind['notes'].get(condition)
    condition_notes = rng.choice(notes) if notes and rng.random() < 0.55 else None
    year = rng.randint(*v['years'])

    town = pick_weighted(rng, towns)
    lat0, lon0, dlat, (dlon_lo, dlon_hi), postcodes, streets = TOWNS[town]
    while True:
        lat = round(lat0 + rng.uniform(-dlat, dlat), 5)
        lon = round(lon0 + rng.uniform(dlon_lo, dlon_hi), 5)
        if (lat, lon) not in used_points:
            used_points.add((lat, lon))
            break
    street = f'{rng.choice(streets)} {rng.randint(1, 64)}'
    postcode = rng.choice(postcodes)

    # published in the last 90 days; a draft was never published
    if status == 'DRAFT':
        created = rng.randint(1 * 1440, 25 * 1440)
        published = None
        updated = created - rng.randint(10, 600)
    else:
        published = rng.randint(60, 89 * 1440)
        created = published + rng.randint(15, 3 * 1440)
        updated = rng.randint(min(30, published), published) if status == 'WITHDRAWN' else published

    # availability: about 10 % future supply (still in the building), otherwise now or already some time
    r = rng.random()
    leftover = v['cond'][0] >= 85  # new material left over from a building project
    future = r < 0.10 and status != 'WITHDRAWN' and not leftover
    if future:
        available = f'current_date + {rng.randint(20, 160)}'
        if condition == 1:
            condition = 2
            condition_notes = None
    elif r < 0.45:
        available = f'current_date - {rng.randint(1, 120)}'
    else:
        available = None

    visibility = 'INTERNAL' if rng.random() < internal_share else 'PUBLIC'
    public_from = f'current_date + {rng.randint(14, 42)}' if visibility == 'INTERNAL' and rng.random() < 0.5 else None

    price_kind = rng.choices(['FIXED', 'FREE', 'ON_REQUEST'], weights=price_weights)[0]
    if condition == 4 and price_kind == 'FIXED':
        price_kind = 'FREE'
    price = None
    if price_kind == 'FIXED':
        lo, hi = v['price']
        raw = rng.uniform(lo, hi) * (0.6 if condition == 3 else 1.0)
        step = 1 if hi <= 20 else 5 if hi <= 200 else 50 if hi <= 3000 else 500
        price = max(step, round(raw / step) * step)

    user = rng.choice(users)
    if leftover:
        first = f'Överblivet material från ett byggprojekt i {town}.'
    elif future:
        first = f'Sitter kvar i {building} i {town}, som står inför {WORK_NOUN[work]}.'
    else:
        first = rng.choice([f'Kommer från {work} {building} i {town}.',
                            f'Från {work} {building} i {town}.',
                            f'Material från {work} {building} i {town}.'])
    if leftover:
        year_text = f'Tillverkningsår {year}.'
    elif year < 1910:
        year_text = 'Från början av 1900-talet.' if year >= 1900 else 'Från slutet av 1800-talet.'
    elif year < 1950:
        year_text = f'Från {year // 10 * 10}-talet.'
    else:
        year_text = rng.choice([f'Tillverkningsår ca {year}.', f'Från {year}.', f'Monterades {year}.'])
    # what is still in a building has not been taken down yet: no sentence on how it was dismantled
    # nor on new material left over, which was never mounted
    taken = [] if future or leftover else [rng.choice(kind['take'])]
    state = 'Nyskick, oanvänt.' if leftover and condition == 1 else rng.choice(CONDITION_TEXT[condition])
    parts = [first, year_text] + v['text'] + taken + [state]
    if 1956 <= year <= 1982 and main_group in ('fonster', 'golv', 'fasad', 'dorrar', 'tegel', 'innervaggar'):
        # the sealant sentence only where there are sealants: around windows and doors
        parts.append(rng.choice(RISK_NOTE if main_group in ('fonster', 'dorrar') else RISK_NOTE[::2]))
    if future:
        parts.append(rng.choice(FUTURE_NOTE))
    if price_kind == 'FIXED':
        parts.append(PRICE_TEXT['FIXED'].format(unit=UNIT_WORD[unit]))
    else:
        texts = PRICE_TEXT[price_kind]
        parts.append(rng.choice([t for t in texts if qty > 1 or 'hela partiet' not in t]))
    description = ' '.join(parts)

    pickup = None
    if rng.random() < 0.5:
        pickup = rng.choice(PICKUP).format(name=NAMES[user], phone=PHONES[user])

    return dict(
        id=f'de400000-0000-4000-8000-{n:012d}', org=org, cat=kind['cat'], title=title, description=description,
        material=v['material'], quantity=qty, unit=unit, length=length, width=width, height=height,
        weight=v['weight'], condition=condition, condition_notes=condition_notes, price_kind=price_kind, price=price,
        street=street, postcode=postcode, city=town, lat=lat, lon=lon, pickup=pickup, available=available,
        visibility=visibility, public_from=public_from, status=status,
        published=ago(published) if published is not None else None, created=ago(created), updated=ago(updated),
        user=user)


def generate():
    rng = random.Random(SEED)
    plan = []
    for org, count, towns, users, internal_share, prices in ORGS:
        group = 'c' if org == 'kalmar-rivning' else 'h' if org == 'kalmarhem' else 'm'
        plan += [(org, towns, users, internal_share, prices, group)] * count
    rng.shuffle(plan)
    statuses = ['DRAFT'] * DRAFTS + ['WITHDRAWN'] * WITHDRAWN + ['PUBLISHED'] * (COUNT - DRAFTS - WITHDRAWN)
    rng.shuffle(statuses)
    used = set()
    rows = [listing(rng, i + 1, statuses[i], *p[:5], p[5], used) for i, p in enumerate(plan)]
    assert len(rows) == COUNT
    titles = [r['title'].lower() for r in rows]
    assert sum('dörr' in t for t in titles) >= 25, 'the tests expect at least 20 doors'
    assert sum('takpannor' in t for t in titles) >= 5
    assert sum('fönster' in t for t in titles) >= 10
    return rows


def row_sql(r):
    return (f"({q(r['id'])}, {q(r['org'])}, {q(r['cat'])},\n"
            f" {q(r['title'])},\n"
            f" {q(r['description'])},\n"
            f" {q(r['material'])}, {num(r['quantity'])}, {q(r['unit'])}, {num(r['length'])}, {num(r['width'])}, "
            f"{num(r['height'])}, {num(r['weight'])}, {r['condition']}, {q(r['condition_notes'])}, "
            f"{q(r['price_kind'])}, {num(r['price'])},\n"
            f" {q(r['street'])}, {q(r['postcode'])}, {q(r['city'])}, {r['lat']:.5f}, {r['lon']:.5f}, "
            f"{q(r['pickup'])},\n"
            f" {r['available'] or 'null'}, {q(r['visibility'])}, {r['public_from'] or 'null'}, {q(r['status'])}, "
            f"{r['published'] or 'null'}, {r['created']}, {r['updated']}, {q(r['user'])})")


HEADER = """\
-- Demo listings (annonser) for local runs and tests (only the dev and test profiles load db/demo): about 300 offers
-- of reclaimed building material across Kalmar county, published by Kalmar kommun, Kalmarhem, Mörbylånga kommun
-- and, most of all, the contractor Kalmar Rivning & Demontage. Smålandsbygg (a builder) buys and lists nothing.
--
-- GENERATED by infra/demo/generate_demo_listings.py (deterministic, fixed seed): change the generator and rerun
-- it (python3 infra/demo/generate_demo_listings.py), do not edit this file by hand.
--
-- Repeatable and idempotent: every row has a fixed id (de400000-0000-4000-8000-000000000NNN) and is upserted, so a
-- changed file updates the demo rows in place, with a new version so that the search index takes the change (the
-- listing trigger writes one search_outbox row per row). Listings created through the application are left alone.
-- Categories and organisations are referred to by code; an unknown code fails on a not-null column.
--
-- Dates are relative to when the migration runs, so the demo stays current: published in the last 90 days, some
-- supply available only in the coming months (still in buildings not yet dismantled), some internal listings that
-- turn public in a few weeks. price_sek is the price per unit (st, m, m2, m3, kg) excluding VAT.

-- Flyway runs repeatable migrations in the order of their description, so 'demo listings' runs before
-- 'demo organisations' on an empty database. The organisations used here are therefore made sure of first, with
-- the same values as R__demo_organisations.sql, which stays their owner (it upserts them afterwards).
insert into organisation_group (code, name) values ('kalmarsund', 'Kalmarsundsregionen') on conflict (code) do nothing;
insert into organisation (id, code, name, organisation_number, kind, org_group) values
    ('0b6f1a52-3c1e-4d7a-9a10-000000000001', 'kalmar-kommun',     'Kalmar kommun',                 '212000-0746', 'MUNICIPALITY',      'kalmarsund'),
    ('0b6f1a52-3c1e-4d7a-9a10-000000000002', 'kalmarhem',         'Kalmarhem AB',                  '556000-1017', 'MUNICIPAL_COMPANY', 'kalmarsund'),
    ('0b6f1a52-3c1e-4d7a-9a10-000000000003', 'morbylanga-kommun', 'Mörbylånga kommun',             '212000-0779', 'MUNICIPALITY',      'kalmarsund'),
    ('0b6f1a52-3c1e-4d7a-9a10-000000000005', 'kalmar-rivning',    'Kalmar Rivning & Demontage AB', '556000-1058', 'CONTRACTOR',        null)
on conflict (id) do nothing;

with v (id, organisation_code, category_code,
        title,
        description,
        material, quantity, unit, length_mm, width_mm, height_mm, weight_per_unit_kg, condition, condition_notes,
        price_kind, price_sek,
        street_address, postal_code, city, latitude, longitude, pickup_instructions,
        available_from, visibility, public_from, status, published_at, created_at, updated_at, created_by) as (values
"""

FOOTER = """
)
insert into listing (id, organisation_id, category_id, title, description, material, quantity, unit, length_mm,
                     width_mm, height_mm, weight_per_unit_kg, condition, condition_notes, price_kind, price_sek,
                     street_address, postal_code, city, latitude, longitude, pickup_instructions, available_from,
                     visibility, public_from, status, published_at, created_by, version, created_at, updated_at)
select v.id::uuid, o.id, c.id, v.title, v.description, v.material, v.quantity::numeric, v.unit, v.length_mm::integer,
       v.width_mm::integer, v.height_mm::integer, v.weight_per_unit_kg::numeric, v.condition::smallint,
       v.condition_notes, v.price_kind, v.price_sek::numeric, v.street_address, v.postal_code, v.city,
       v.latitude::double precision, v.longitude::double precision, v.pickup_instructions, v.available_from::date,
       v.visibility, v.public_from::date, v.status, v.published_at, v.created_by, 0, v.created_at, v.updated_at
from v
left join organisation o on o.code = v.organisation_code
left join category c on c.code = v.category_code
on conflict (id) do update set
    organisation_id = excluded.organisation_id,
    inventory_item_id = null,
    storage_site_id = null,
    category_id = excluded.category_id,
    title = excluded.title,
    description = excluded.description,
    material = excluded.material,
    quantity = excluded.quantity,
    unit = excluded.unit,
    length_mm = excluded.length_mm,
    width_mm = excluded.width_mm,
    height_mm = excluded.height_mm,
    weight_per_unit_kg = excluded.weight_per_unit_kg,
    condition = excluded.condition,
    condition_notes = excluded.condition_notes,
    price_kind = excluded.price_kind,
    price_sek = excluded.price_sek,
    street_address = excluded.street_address,
    postal_code = excluded.postal_code,
    city = excluded.city,
    latitude = excluded.latitude,
    longitude = excluded.longitude,
    pickup_instructions = excluded.pickup_instructions,
    available_from = excluded.available_from,
    visibility = excluded.visibility,
    public_from = excluded.public_from,
    status = excluded.status,
    published_at = excluded.published_at,
    expires_on = null,
    created_by = excluded.created_by,
    version = listing.version + 1,
    created_at = excluded.created_at,
    updated_at = excluded.updated_at;
"""


def main():
    rows = generate()
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(HEADER)
        f.write(',\n'.join(row_sql(r) for r in rows))
        f.write(FOOTER)
    print(f'wrote {len(rows)} listings to {os.path.relpath(OUT)}')


if __name__ == '__main__':
    main()
