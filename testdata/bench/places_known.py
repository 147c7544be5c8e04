#!/usr/bin/env python3
"""The well-known places and all their Latin names: writes
normalize/places_known.tsv, the table of the gazetteer's look-alike cap
(place_known.go; issue 11: Samara and Samarra, two cities, are not one).
Usage:

    apt-get download libgeonames0 libgeonames-common
    places_known.py MINPOP libgeonames0_*.deb libgeonames-common_*.deb \\
        > normalize/places_known.tsv

then `go test ./normalize -run TestPlaceKnownIndex -update-places` writes
the index the binary embeds (normalize/place_known.bin). Reads the packages
as places_gazetteer.py does (GeoNames, geonames.org, CC BY 4.0, as Debian's
geonames packages 0.3.0-1 ship it).

Kept: the cities of MINPOP people or more and every first-level division of
a country that has a city of 15,000 people or more (the countries are
countries.tsv's, which the index reads first); of each, its GeoNames name
and every name in the catalogues of places_gazetteer.LANGS written in the
Latin script alone, one a fold; a division's names are its largest city's
too (Ta'izz, the governorate, of Taiz, the city: a division is often named
after its capital, in another spelling). Unlike places.tsv, no name is pruned: a
name the matcher joins to the place's own (Praga, Prague; Lugansk, Luhansk)
must be found as the place's, or the cap would part it from its place.

Columns as places.tsv's: place (GeoNames id or division code), population
(a division's: its largest city's), names separated by "|", the GeoNames
name first; rows by population, largest first.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import places_gazetteer as pg  # noqa: E402


def main():
    minpop = int(sys.argv[1])
    cities, catalogs = pg.read_geonames(*sys.argv[2:4])

    def latin(ns):
        return [n for n in ns if not pg.script_in(n, pg.SCRIPTS[1:])]

    rows, divisions = {}, {}
    for gid, name, a1code, a1name, cc, _country, _tz, pop in cities:
        if pop >= minpop:
            rows[gid] = (pop, gid, latin(pg.names_of(gid, name, catalogs)))
        code = cc + "." + a1code
        if a1code and a1name and (code not in divisions or divisions[code][0] < pop):
            divisions[code] = (pop, a1name, gid)
    for code, (pop, a1name, largest) in divisions.items():
        names = latin(pg.names_of(code, a1name, catalogs))
        rows[code] = (pop, code, names)
        if largest in rows:  # the division's names are its largest city's too
            city = rows[largest][2]
            seen = {pg.fold(n) for n in city}
            city += [n for n in names if pg.fold(n) not in seen]
    rows = list(rows.values())
    rows.sort(key=lambda r: (-r[0], r[1]))
    print("# The world's cities of %d people or more and first-level divisions with all their" % minpop)
    print("# names in the Latin script, none pruned. From GeoNames (www.geonames.org, CC BY 4.0)")
    print("# as Debian's libgeonames0 and libgeonames-common 0.3.0-1 ship it; written by")
    print("# testdata/bench/places_known.py.")
    print("# place\tpopulation\tnames")
    for pop, gid, names in rows:
        if names:
            print("%s\t%d\t%s" % (gid, pop, "|".join(names)))


if __name__ == "__main__":
    main()
