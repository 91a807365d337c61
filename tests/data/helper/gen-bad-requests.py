#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates bad-requests.jsonl: malformed or forbidden helper requests, one per line.

Each line is {"code": EXPECTED_ERROR_CODE, "line": REQUEST_TEXT | "b64": BASE64_BYTES,
"hello": false (only when the request must be sent before hello), "note": "..."}.
The table they are judged against is sim-table.json. Run from this directory:
    python3 gen-bad-requests.py > bad-requests.jsonl
"""
import base64
import json

out = []


def add(code, request, note, hello=True):
    line = request if isinstance(request, str) else json.dumps(request, separators=(",", ":"))
    e = {"code": code, "line": line, "note": note}
    if not hello:
        e["hello"] = False
    out.append(e)


def addb(code, raw, note):
    out.append({"code": code, "b64": base64.b64encode(raw).decode(), "note": note})


def route(**kw):
    r = {"destination": "203.0.113.0/24", "gateway": "192.168.1.1", "interface": "eth0",
         "protocol": "splitroute"}
    r.update(kw)
    return {k: v for k, v in r.items() if v is not ...}


def apply(changes, **kw):
    r = {"id": 7, "method": "apply", "changes": changes}
    r.update(kw)
    return r


def add_route(**kw):
    return apply([{"op": "add", "route": route(**kw)}])


def del_route(**kw):
    return apply([{"op": "delete", "route": route(**kw)}])


# --- not JSON -------------------------------------------------------------------------------
for text in ['{', '}', '[', ']', '{"id":1,', '{"id":1 "method":"status"}', "{'id':1}",
             '{"id":1,"method":"status",}', '{"id":1,"method":"status"}}', 'nul', 'tru',
             '{"id":01,"method":"status"}', '{"id":1,"method":"sta\\xtus"}',
             '{"id":1,"method":"status"', '{"id":1,"method":status}', '{id:1,method:"status"}',
             '{"id":1,"method":"st\tatus"}', '"unterminated', '{"id":1,"method":"status"} x',
             '-', '1.', '{"id":NaN,"method":"status"}', '{"id":Infinity,"method":"status"}',
             '{"id":1,"method":"status"}{"id":2,"method":"status"}', 'rm -rf /', '$(reboot)',
             '; reboot', '`reboot`', '<xml/>', 'hello']:
    add("parse", text, "not JSON")
addb("parse", b'{"id":1,"method":"st\x00atus"}', "raw NUL inside a string")
addb("parse", b'{"id":1,"method":"status"}\x00', "raw NUL after the object")
addb("parse", b'{"id":1,"method":"\xff\xfe"}', "invalid UTF-8")
addb("parse", b'{"id":1,"method":"\xc3"}', "truncated UTF-8")
addb("parse", b'\xef\xbb\xbf\xef\xbb\xbf{"id":1,"method":"status"}', "two byte order marks")

# --- JSON but not a request -----------------------------------------------------------------
for v in ['[]', '1', '"status"', 'null', 'true', '[{"id":1,"method":"status"}]', '3.14']:
    add("protocol", v, "not an object")
for req, note in [({"method": "status"}, "no id"), ({"id": "1", "method": "status"}, "string id"),
                  ({"id": -1, "method": "status"}, "negative id"),
                  ({"id": 1.5, "method": "status"}, "fractional id"),
                  ({"id": 2 ** 53, "method": "status"}, "id too large"),
                  ({"id": 2 ** 64, "method": "status"}, "id beyond 64 bits"),
                  ({"id": None, "method": "status"}, "null id"),
                  ({"id": {"x": 1}, "method": "status"}, "object id"),
                  ({"id": [1], "method": "status"}, "array id"),
                  ({"id": True, "method": "status"}, "boolean id")]:
    add("protocol", req, note)
for m in [None, 1, True, [], {}, "", "exec", "shell", "run", "system", "HELLO", "Status",
          "status ", "apply;reboot", "../apply", "hello\n", "status\u0000"]:
    req = {"id": 3}
    if m is not None:
        req["method"] = m
    add("protocol", req, "bad method %r" % (m,))

# --- hello ----------------------------------------------------------------------------------
for v, code in [(0, "unsupported"), (2, "unsupported"), (999, "unsupported"),
                (-1, "unsupported"), ("1", "protocol"), (1.0, "protocol"), (None, "protocol"),
                ([1], "protocol")]:
    add(code, {"id": 1, "method": "hello", "version": v}, "hello version %r" % (v,), hello=False)
add("protocol", {"id": 1, "method": "hello"}, "hello without version", hello=False)
add("protocol", {"id": 1, "method": "hello", "version": 1, "client": "x"}, "hello unknown field",
    hello=False)
add("protocol", {"id": 1, "method": "hello", "version": 1, "path": "/bin/sh"},
    "hello with a path", hello=False)

# --- before hello ---------------------------------------------------------------------------
for req in [apply([{"op": "add", "route": route()}]), {"id": 2, "method": "list"},
            {"id": 2, "method": "confirm"}, {"id": 2, "method": "revert"},
            {"id": 2, "method": "status"}, {"id": 2, "method": "revert", "target": "last"}]:
    add("protocol", req, "%s before hello" % req["method"], hello=False)

# --- list -----------------------------------------------------------------------------------
for extra in [{"family": "inet4"}, {"family": 4}, {"family": None}, {"table": -1},
              {"table": "nosuch"}, {"table": 0}, {"table": 2 ** 32}, {"table": 1.5},
              {"table": "main; ip route flush"}, {"format": "text"}, {"file": "/etc/shadow"}]:
    req = {"id": 4, "method": "list"}
    req.update(extra)
    add("protocol", req, "list %s" % json.dumps(extra))

# --- confirm / revert / status --------------------------------------------------------------
add("not-found", {"id": 5, "method": "confirm"}, "confirm with nothing pending")
add("not-found", {"id": 5, "method": "confirm", "transaction": 12}, "confirm unknown transaction")
add("protocol", {"id": 5, "method": "confirm", "transaction": "12"}, "confirm string transaction")
add("protocol", {"id": 5, "method": "confirm", "transaction": -1}, "confirm negative transaction")
add("protocol", {"id": 5, "method": "confirm", "force": True}, "confirm unknown field")
add("not-found", {"id": 6, "method": "revert"}, "revert with nothing pending")
add("not-found", {"id": 6, "method": "revert", "target": "last"}, "revert last with no journal")
for t in ["all", "", 1, None, "pending; reboot"]:
    add("protocol", {"id": 6, "method": "revert", "target": t}, "revert target %r" % (t,))
add("protocol", {"id": 6, "method": "revert", "journal": "/tmp/x.json"}, "revert with a path")
add("protocol", {"id": 8, "method": "status", "verbose": True}, "status unknown field")

# --- apply: request shape -------------------------------------------------------------------
add("protocol", {"id": 7, "method": "apply"}, "apply without changes")
for v in [{}, "add", None, 1, True]:
    add("protocol", {"id": 7, "method": "apply", "changes": v}, "changes not an array")
for field, value in [("command", "ip route flush all"), ("path", "/etc"), ("script", "x"),
                     ("helper", "/bin/sh"), ("env", {"LD_PRELOAD": "x"}), ("table", "main"),
                     ("dryRun", True), ("Changes", [])]:
    req = apply([])
    req[field] = value
    add("protocol", req, "apply unknown field %s" % field)
for v, code in [(-1, "out-of-range"), (3601, "out-of-range"), (2 ** 40, "out-of-range"),
                ("30", "protocol"), (1.5, "protocol"), (None, "protocol"), (True, "protocol")]:
    add(code, apply([{"op": "add", "route": route()}], confirmTimeout=v),
        "confirmTimeout %r" % (v,))

# --- apply: change shape --------------------------------------------------------------------
for ch, note in [("add", "change is a string"), (None, "change is null"), ([], "change is an array"),
                 ({"route": route()}, "no op"), ({"op": "replace", "route": route()}, "op replace"),
                 ({"op": "ADD", "route": route()}, "op ADD"), ({"op": 1, "route": route()}, "op number"),
                 ({"op": "add"}, "no route"), ({"op": "add", "route": "10.0.0.0/8"}, "route string"),
                 ({"op": "add", "route": None}, "route null"),
                 ({"op": "add", "route": route(), "exec": "reboot"}, "unknown change field"),
                 ({"op": "add", "route": route(), "reason": 5}, "reason not a string"),
                 ({"op": "del", "route": route()}, "op del")]:
    add("parse", apply([ch]), note)
add("out-of-range", apply([{"op": "add", "route": route(), "reason": "x" * 2000}]), "reason too long")

# --- apply: route fields --------------------------------------------------------------------
for d in [None, 10, "", "10.0.0.1/8", "10.0.0.0/33", "10.0.0.0", "10.0.0.0/8 ", " 10.0.0.0/8",
          "010.0.0.0/8", "10.0.0.0/08", "10.0.0.0/-1", "2001:DB8::/32", "2001:db8:0::/48",
          "2001:db8::1/32", "::/129", "10.0.0.0/8; rm -rf /", "$(reboot)/8", "10.0.0.0/8\n",
          "10.0.0.0/8\u0000", "10.0.0.0/255.0.0.0", "10.0.0.0/8/8", "10.0.0.0\\8",
          "1.2.3.4.5/32", "256.0.0.0/8", "fe80::1%eth0/128", "[2001:db8::]/32"]:
    add("parse", add_route(destination=d if d is not None else ...), "destination %r" % (d,))
for g in ["192.168.1.1; reboot", "999.1.1.1", 12345, "2001:db8::1", "192.168.1.1/32",
          "$(reboot)", "", "gateway", "192.168.1.1\n", ["192.168.1.1"]]:
    add("parse", add_route(gateway=g), "gateway %r" % (g,))
for m in [-1, 2 ** 32, "100", 1.5, 1e20, None, True, -2 ** 63]:
    add("parse", add_route(metric=m), "metric %r" % (m,))
for t in ["nosuch", -5, 2 ** 32, 1.5, None, True, "main; reboot"]:
    add("parse", add_route(table=t), "table %r" % (t,))
for t in [0, "local", 255]:
    add("forbidden", add_route(table=t), "table %r" % (t,))
for t in ["blackhole", "unreachable", "prohibit", "local", "broadcast", "multicast", "throw",
          "anycast", "nat"]:
    add("forbidden", add_route(type=t, gateway=None), "type %s" % t)
for t in ["bogus", 1, None, "UNICAST"]:
    add("parse", add_route(type=t), "type %r" % (t,))
for p in ["kernel", "boot", "static", "dhcp", "ra", 0, 4, 156, 158, 255, ...]:
    add("forbidden", add_route(protocol=p), "add with protocol %r" % (p,))
for p in ["nosuch", 256, -1, 1.5, None, "157; reboot"]:
    add("parse", add_route(protocol=p), "protocol %r" % (p,))
for s in ["host", "nowhere", "site"]:
    add("forbidden", add_route(scope=s), "scope %s" % s)
for s in ["bogus", 0, None]:
    add("parse", add_route(scope=s), "scope %r" % (s,))
add("invalid-argument", add_route(linkdown=True), "linkdown requested")
for v in ["yes", 1, None]:
    add("parse", add_route(onlink=v), "onlink %r" % (v,))
add("invalid-argument", add_route(prefsrc="2001:db8::1"), "prefsrc of the other family")
add("parse", add_route(prefsrc="not-an-address"), "prefsrc bogus")
add("invalid-argument", add_route(gateway="0.0.0.0"), "unspecified gateway")
add("no-device", add_route(ifindex=99), "ifindex of no interface")
add("no-device", add_route(ifindex=4), "ifindex of another interface")
add("parse", add_route(ifindex=-1), "negative ifindex")
add("parse", add_route(command="ip route flush all"), "unknown route field")
add("parse", add_route(via="192.168.1.1"), "unknown route field via")
add("parse", add_route(dev="eth0"), "unknown route field dev")
for nh, code, note in [("x", "parse", "nexthops not an array"),
                       ([1], "parse", "next hop not an object"),
                       ([{"gateway": "192.168.1.1", "interface": "eth0", "exec": 1}], "parse",
                        "next hop unknown field"),
                       ([{"gateway": "192.168.1.1", "interface": "eth0", "weight": 0}], "parse",
                        "weight 0"),
                       ([{"gateway": "192.168.1.1", "interface": "eth0", "weight": 300}], "parse",
                        "weight 300"),
                       ([{"gateway": "192.168.1.1", "interface": "eth9"}], "no-device",
                        "next hop on an unknown interface"),
                       ([{"gateway": "192.168.1.1", "interface": "eth0; reboot"}], "no-device",
                        "next hop injection"),
                       ([{"gateway": "192.168.1.1"}], "invalid-argument", "next hop without interface"),
                       ([{"gateway": "2001:db8::1", "interface": "eth0"}], "invalid-argument",
                        "next hop gateway of the other family")]:
    add(code, add_route(gateway=None, interface=..., nexthops=nh), note)
add("invalid-argument", add_route(nexthops=[{"gateway": "192.168.1.1", "interface": "eth0"}]),
    "multipath route that also names an interface")

# --- interfaces -----------------------------------------------------------------------------
for name in ["eth9", "eth0; rm -rf /", "$(reboot)", "`reboot`", "../../etc/passwd", "eth0\n",
             "eth0\u0000", "a" * 16, "b" * 1000, "lo0", "ETH0", "eth0 ", " eth0", "*", "eth+",
             "tun0\u0000tun1", "\u202eeth0", "et\u00e90", "wg0", "docker0"]:
    add("no-device", add_route(interface=name), "interface %r" % (name,))
add("invalid-argument", add_route(interface=""), "empty interface")
add("invalid-argument", add_route(interface=...), "no interface")
add("parse", add_route(interface=3), "interface number")
add("parse", add_route(interface=None) if False else apply([{"op": "add", "route": {"destination": "203.0.113.0/24", "interface": ["eth0"], "protocol": "splitroute"}}]), "interface array")

# --- the default route ----------------------------------------------------------------------
add("forbidden", add_route(destination="0.0.0.0/0"), "add IPv4 default")
add("forbidden", add_route(destination="0.0.0.0/0", table="main", metric=1), "add IPv4 default metric 1")
add("forbidden", add_route(destination="::/0", gateway="2001:db8:1::1"), "add IPv6 default")
add("forbidden", del_route(destination="0.0.0.0/0", metric=100, protocol="dhcp"), "delete the DHCP default")
add("forbidden", del_route(destination="0.0.0.0/0", metric=100, protocol=...), "delete the default without protocol")
add("forbidden", del_route(destination="::/0", gateway="2001:db8:1::1", metric=1024, protocol=...),
    "delete the IPv6 default")
add("forbidden", add_route(destination="0.0.0.0/0", interface="tun0", gateway="10.8.0.1"),
    "add default into the tunnel")

# --- deletes of routes that are not ours ----------------------------------------------------
add("forbidden", del_route(destination="192.168.1.0/24", gateway=None, metric=100, protocol=..., scope="link"),
    "delete the LAN's kernel route")
add("forbidden", del_route(destination="10.0.0.0/8", gateway="192.168.1.254", protocol="static"),
    "delete a static route on ethernet")
add("forbidden", del_route(destination="10.0.0.0/8", gateway="192.168.1.254", protocol=...),
    "delete a static route on ethernet, protocol not named")
add("forbidden", del_route(destination="172.16.0.0/12", protocol="boot"), "delete a boot route on ethernet")
add("forbidden", del_route(destination="192.168.50.0/24", gateway=None, interface="wlan0",
                           metric=600, protocol=...), "delete the wireless LAN route")
add("forbidden", del_route(destination="10.8.0.0/24", gateway=None, interface="tun0", protocol=...),
    "delete the tunnel's own kernel subnet route")
add("forbidden", del_route(destination="2001:db8:1::/64", gateway=None, metric=256, protocol=...),
    "delete an IPv6 kernel route")
add("not-found", del_route(destination="192.0.2.0/24"), "delete a route that is not there")
add("not-found", del_route(destination="198.51.100.0/24", gateway="192.168.1.2"),
    "delete ours with the wrong gateway")
add("not-found", del_route(destination="198.51.100.0/24", metric=5), "delete ours with the wrong metric")
add("not-found", del_route(destination="198.51.100.0/24", interface="wlan0"),
    "delete ours naming the wrong interface")
add("not-found", del_route(destination="10.0.0.0/8", gateway="192.168.1.254", protocol="splitroute"),
    "claim a static route is ours")
add("not-found", del_route(destination="172.16.0.0/12", interface="tun0", gateway="10.8.0.1", protocol=...),
    "claim an ethernet route is on the tunnel")
add("not-found", del_route(destination="0.0.0.0/1", gateway="10.8.0.1", interface="tun0", protocol="static"),
    "tunnel half with the wrong protocol")
add("not-found", apply([{"op": "delete", "route": route(destination="198.51.100.0/24")},
                        {"op": "delete", "route": route(destination="198.51.100.0/24")}]),
    "the same route deleted twice")

# --- one bad change in an otherwise good batch: nothing at all may happen -------------------
good = [{"op": "add", "route": route(destination="203.0.113.%d/32" % i)} for i in range(5)]
good.append({"op": "delete", "route": route(destination="0.0.0.0/1", gateway="10.8.0.1", interface="tun0", protocol=...)})
for pos in [0, 3, 6]:
    for bad, code, note in [({"op": "add", "route": route(interface="eth0; reboot")}, "no-device", "injection"),
                            ({"op": "add", "route": route(protocol="static")}, "forbidden", "foreign protocol"),
                            ({"op": "delete", "route": route(destination="10.0.0.0/8", gateway="192.168.1.254", protocol=...)},
                             "forbidden", "foreign delete"),
                            ({"op": "add", "route": route(destination="10.1.2.3/8")}, "parse", "non-canonical")]:
        batch = list(good)
        batch.insert(pos, bad)
        add(code, apply(batch), "batch with %s at %d" % (note, pos))

# --- integers are range-checked as 64-bit values: 2^32 + 157 is not 157 ------------------------
for field, v in [("protocol", 2 ** 32 + 157), ("table", 2 ** 32 + 254), ("metric", 2 ** 32 + 5),
                 ("ifindex", 2 ** 32 + 2), ("protocol", 2 ** 64 - 99)]:
    add("parse", add_route(**{field: v}), "%s %d (narrowed it would pass)" % (field, v))
add("parse", add_route(gateway=None, interface=...,
                       nexthops=[{"gateway": "192.168.1.1", "interface": "eth0", "weight": 2 ** 16 + 1}]),
    "weight 2^16+1")

# --- next hops per route are bounded (RTA_MULTIPATH's length is 16 bits) ---------------------
# The security review's request: 2342 IPv6 next hops wrapped the nest's length, and the second
# gateway's bytes became a top-level RTA_TABLE 254 (the default route went into main).
smuggle = [{"gateway": "fd00::2", "interface": "eth0"}] * 2342
smuggle[1] = {"gateway": "800:f00:fe00:0:ffff::1", "interface": "eth0"}
add("out-of-range", add_route(destination="::/0", gateway=None, interface=..., table=100, metric=5,
                              nexthops=smuggle), "2342 IPv6 next hops (attribute smuggling)")
add("out-of-range", add_route(gateway=None, interface=...,
                              nexthops=[{"gateway": "192.168.1.1", "interface": "eth0"}] * 4097),
    "4097 IPv4 next hops")
add("out-of-range", add_route(gateway=None, interface=...,
                              nexthops=[{"gateway": "192.168.1.1", "interface": "eth0"}] * 257),
    "257 next hops")

# --- onlink only on tunnels, inside the interface's subnets, or via a gateway already onlink --
add("forbidden", add_route(gateway="10.99.0.1", onlink=True), "onlink via a gateway outside eth0's subnet")
add("forbidden", add_route(gateway=None, interface=...,
                           nexthops=[{"gateway": "10.99.0.1", "interface": "eth0", "onlink": True}]),
    "onlink next hop outside eth0's subnet")

# --- nesting --------------------------------------------------------------------------------
add("out-of-range", "[" * 100000 + "]" * 100000, "deeply nested arrays")
add("out-of-range", '{"id":1,"method":"status","x":' + "[" * 40 + "]" * 40 + "}", "nested field")
add("out-of-range", apply([{"op": "add", "route": route(nexthops=[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]])}]),
    "nested next hops")

for e in out:
    print(json.dumps(e, ensure_ascii=True, separators=(",", ":")))
