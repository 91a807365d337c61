#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference results for PrefixSet, computed with Python's ipaddress module.

Input (stdin), one case per line:  OP|A1,A2,...|B1,B2,...
  OP: union, difference, intersection, complement4, complement6
Output: one line per case with the minimal CIDR list, comma separated (IPv4 first, each
family ascending), exactly what collapse_addresses / address_exclude give.
"""
import ipaddress
import sys


def collapse(nets):
    v4 = [n for n in nets if n.version == 4]
    v6 = [n for n in nets if n.version == 6]
    return list(ipaddress.collapse_addresses(v4)) + list(ipaddress.collapse_addresses(v6))


def subtract(a, b):
    result = collapse(a)
    for x in collapse(b):
        nxt = []
        for n in result:
            if n.version != x.version or not n.overlaps(x):
                nxt.append(n)
            elif x.supernet_of(n) or x == n:
                continue
            else:  # n strictly contains x
                nxt.extend(n.address_exclude(x))
        result = collapse(nxt)
    return result


def parse(field):
    return [ipaddress.ip_network(s) for s in field.split(",") if s]


for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        continue
    op, a, b = line.split("|")
    a, b = parse(a), parse(b)
    if op == "union":
        out = collapse(a + b)
    elif op == "difference":
        out = subtract(a, b)
    elif op == "intersection":
        out = subtract(a, subtract(a, b))
    elif op == "complement4":
        out = subtract([ipaddress.ip_network("0.0.0.0/0")], a)
    elif op == "complement6":
        out = subtract([ipaddress.ip_network("::/0")], a)
    else:
        raise SystemExit("unknown op " + op)
    print(",".join(str(n) for n in out))
