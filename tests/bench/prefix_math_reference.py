#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Python ipaddress reference for bench_prefixmath.

Usage: prefix_math_reference.py IN OUT_AGG OUT_COMPLEMENT
IN holds one CIDR per line, all of one family. Writes the aggregation (collapse_addresses)
and the complement of that family's whole space (the gaps between the collapsed networks,
each as summarize_address_range) one CIDR per line, and prints the two operation times in
seconds (parsing and writing excluded): "AGG_SECONDS COMPLEMENT_SECONDS".
"""
import ipaddress
import sys
import time


def main():
    src, out_agg, out_comp = sys.argv[1:4]
    with open(src) as f:
        nets = [ipaddress.ip_network(line.strip()) for line in f if line.strip()]
    version = nets[0].version if nets else 4
    cls = ipaddress.IPv4Address if version == 4 else ipaddress.IPv6Address
    top = (1 << (32 if version == 4 else 128)) - 1

    t0 = time.perf_counter()
    agg = list(ipaddress.collapse_addresses(nets))
    t1 = time.perf_counter()

    t2 = time.perf_counter()
    comp = []
    nxt = 0
    for n in agg:
        first = int(n.network_address)
        if first > nxt:
            comp.extend(ipaddress.summarize_address_range(cls(nxt), cls(first - 1)))
        nxt = int(n.broadcast_address) + 1
    if nxt <= top:
        comp.extend(ipaddress.summarize_address_range(cls(nxt), cls(top)))
    t3 = time.perf_counter()

    with open(out_agg, "w") as f:
        f.writelines(str(n) + "\n" for n in agg)
    with open(out_comp, "w") as f:
        f.writelines(str(n) + "\n" for n in comp)
    print(f"{t1 - t0:.9f} {t3 - t2:.9f}")


if __name__ == "__main__":
    main()
