#!/usr/bin/env python3
"""Writes SQL that inserts N realistic listings (default 100,000) for the search benchmark, on stdout.

It reuses the demo generator (infra/demo/generate_demo_listings.py): the same kinds of material, titles, materials,
sizes, prices, descriptions, conditions, towns and positions across Kalmar county, and the same four publishing
organisations in the same proportions (its 300 demo listings scaled up), only many more of them, with their own ids
(be400000-0000-4000-8000-NNNNNNNNNNNN) and a fixed seed of their own, so every run seeds the same rows.

The output is a list of statements separated by lines '--;;' (the bench tool runs them in one transaction):
first the organisations (the prod profile loads no demo data), then the listings in chunks of 1,000 rows, each an
INSERT ... SELECT from VALUES exactly like R__demo_listings.sql. The listing trigger writes one search_outbox row
per listing.

    python3 bench/generate_listings.py [COUNT [FIRST]] > listings.sql

FIRST (default 1) is the number of the first id; bench/run writes its warm-up listings (which it removes again before
the measured run) as 20,000 listings from number 100,001, with a seed of their own.
"""
import importlib.util
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, '..', 'infra', 'demo', 'generate_demo_listings.py')
SEED = 20261128
CHUNK = 1000
SEPARATOR = '\n--;;\n'


def load_demo():
    spec = importlib.util.spec_from_file_location('generate_demo_listings', DEMO)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    demo = load_demo()
    rng = random.Random(SEED + first - 1)
    # the demo's organisations in the demo's proportions (140 : 75 : 50 : 35)
    demo_total = sum(o[1] for o in demo.ORGS)
    plan = []
    for org, share, towns, users, internal_share, prices in demo.ORGS:
        group = 'c' if org == 'kalmar-rivning' else 'h' if org == 'kalmarhem' else 'm'
        plan += [(org, towns, users, internal_share, prices, group)] * round(count * share / demo_total)
    plan = (plan * 2)[:count]
    rng.shuffle(plan)
    # the demo's shares of drafts (5 %) and withdrawn listings (2.7 %); the rest is published
    drafts = count * demo.DRAFTS // demo.COUNT
    withdrawn = count * demo.WITHDRAWN // demo.COUNT
    statuses = ['DRAFT'] * drafts + ['WITHDRAWN'] * withdrawn + ['PUBLISHED'] * (count - drafts - withdrawn)
    rng.shuffle(statuses)
    used = set()

    header, with_values = demo.HEADER.split('with v (', 1)
    organisations = header[header.index('insert into organisation'):].strip()
    out = sys.stdout
    out.write(organisations)
    for start in range(0, count, CHUNK):
        rows = []
        for i in range(start, min(count, start + CHUNK)):
            p = plan[i]
            row = demo.listing(rng, i + 1, statuses[i], *p[:5], p[5], used)
            row['id'] = f'be400000-0000-4000-8000-{first + i:012d}'
            rows.append(row)
        out.write(SEPARATOR)
        out.write('with v (' + with_values)
        out.write(',\n'.join(demo.row_sql(r) for r in rows))
        out.write(demo.FOOTER.rstrip().rstrip(';'))
    out.write('\n')


if __name__ == '__main__':
    main()
