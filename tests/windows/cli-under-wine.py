#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the cross-built splitroute-cli.exe under wine, over the files of tests/data and
against splitroute-helper.exe --simulate (never the real backend: under wine the IP Helper
API is the HOST's routing table).

  cli-under-wine.py WINE CLI_EXE HELPER_EXE SOURCE_DIR [LINUX_CLI]

Checks
  1. every command that reads files (table, lookup, diff, diff --effective, check, plan,
     predict, profile, server, aws, export, and the usage errors) gives the same exit status
     and the same stdout, byte for byte, as the Linux CLI (LINUX_CLI, when given and present;
     otherwise only the exit status expected of each case), and bad input gets its
     FILE:LINE message on stderr;
  2. apply through the Windows HelperClient (a named pipe to the helper, started directly):
     answered "y" (kept), "n" (reverted), no answer within --confirm-timeout (reverted),
     --json; then revert (the kept apply undone); a helper that is not there;
  3. table --live and lookup --live: under Wine 8 GetIpInterfaceTable is missing, so a clear
     "unsupported" error (exit 1), nothing else; watch starts its monitor, says so, and is
     stopped by us.
Exits non-zero when a check fails (all run; failures are listed).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

WINE, CLI, HELPER, SRC = sys.argv[1:5]
LINUX = sys.argv[5] if len(sys.argv) > 5 and os.path.exists(sys.argv[5]) else None
failures = []
work = tempfile.mkdtemp(prefix="splitroute-wincli.")


def winpath(p):
    return "Z:" + os.path.abspath(p).replace("/", "\\")


def run_wine(args, stdin=b"", timeout=120):
    p = subprocess.run([WINE, CLI] + args, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=timeout, cwd=SRC)
    return p.returncode, p.stdout, p.stderr.decode(errors="replace")


def run_linux(args):
    p = subprocess.run([LINUX] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=120, cwd=SRC)
    return p.returncode, p.stdout, p.stderr.decode(errors="replace")


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL " + what, flush=True)
    return cond


T = "tests/data/tables/"
A = "tests/data/analyze/"
plan_out = os.path.relpath(os.path.join(work, "plan.json"), SRC)
# (arguments, expected exit status). Paths relative to SOURCE_DIR, so both CLIs print the
# same names. Commands that write a file write under the work folder.
FILE_CASES = [
    (["--help"], 0),
    (["table", "--from", T + "ip-v4.txt"], 0),
    (["table", "--from", T + "ip-v4.txt", "--json"], 0),
    (["table", "--from", T + "ipjson-v6.json"], 0),
    (["table", "--from", T + "win10-en.routeprint.txt"], 0),
    (["table", "--from", T + "win10-ja-utf16.routeprint.txt", "--json"], 0),
    (["table", "--from", T + "win10-de.routeprint.txt"], 0),
    (["table", "--from", T + "macos.netstat.txt"], 0),
    (["table", "--from", T + "ipjson-broken.json"], 0),  # lines skipped, with warnings
    (["table", "--from", T + "no-such-file.txt"], 2),
    (["table"], 2),
    (["lookup", "10.20.1.1", "--from", T + "laptop-after.ip.txt"], 0),
    (["lookup", "10.20.1.1", "--from", T + "laptop-after.routeprint.txt", "--json"], 0),
    (["diff", T + "laptop-before.ip.txt", T + "laptop-after.ip.txt"], 0),
    (["diff", T + "laptop-before.routeprint.txt", T + "laptop-after.routeprint.txt", "--json"], 0),
    (["diff", "--effective", T + "laptop-before.ip.txt", T + "laptop-after.ip.txt"], 0),
    (["check", "--table", A + "ipv6-leak.json"], None),
    (["check", "--table", A + "clean.json", "--json"], None),
    (["plan", "--table", T + "laptop-after.ip.txt", "--bypass", "192.168.0.0/16",
      "--tunnel", "10.20.0.0/16"], 0),
    (["plan", "--table", T + "laptop-after.ip.txt", "--bypass", "192.168.0.0/16",
      "--tunnel", "10.20.0.0/16", "--output", plan_out], 0),
    (["export", "--plan", plan_out, "--format", "powershell"], 0),
    (["export", "--plan", plan_out, "--format", "cmd"], 0),
    (["export", "--plan", plan_out, "--format", "sh", "--undo"], 0),
    (["export", "--plan", plan_out, "--format", "nmcli"], 2),
    (["predict", "--profile", "tests/data/predict/client.conf", "--push-log",
      "tests/data/predict/client.log", "--table", "tests/data/predict/before.ip-d.json"], None),
    (["profile", "tests/data/sources/primary.ovpn"], None),
    (["profile", "tests/data/ovpn/basic-client.ovpn", "--json"], None),
    (["server", "tests/data/server/net30.conf", "--ccd", "tests/data/server/ccd"], None),
    (["aws", "--endpoints", "tests/data/aws/endpoints-split.json", "--routes",
      "tests/data/aws/routes-split.json"], None),
    (["aws", "--endpoints", "tests/data/aws/endpoints-split.json", "--routes",
      "tests/data/aws/routes-not-json.json"], 2),
    (["no-such-command"], 2),
]


def file_cases():
    # The plan file must exist before export reads it: the cases run in order, and the Linux
    # CLI's copy is written first so both export the same plan.
    for args, expected in FILE_CASES:
        rc, out, err = run_wine(args)
        name = " ".join(args)
        if expected is not None:
            check(rc == expected, "%s: exit %d, expected %d; stderr %s" % (name, rc, expected,
                                                                             err[-400:]))
        if LINUX:
            lrc, lout, lerr = run_linux(args)
            check(rc == lrc, "%s: exit %d under wine, %d on Linux" % (name, rc, lrc))
            if out != lout:
                check(False, "%s: stdout differs from Linux (wine %d bytes, Linux %d): %r vs %r"
                      % (name, len(out), len(lout), out[:300], lout[:300]))
        if "broken" in name:
            check("ipjson-broken.json:" in err, "%s: names FILE:LINE: %s" % (name, err[-300:]))
    print("cli-under-wine: %d file commands compared%s" %
          (len(FILE_CASES), " with the Linux CLI" if LINUX else " (no Linux CLI: exit codes only)"),
          flush=True)


def sim_env():
    d = tempfile.mkdtemp(dir=work)
    sim = os.path.join(d, "table.json")
    shutil.copy(os.path.join(SRC, "tests/data/helper/sim-table.json"), sim)
    plan = os.path.join(d, "plan.json")
    with open(plan, "w") as f:
        json.dump({"format": "splitroute-plan", "changes": [
            {"op": "add", "route": {"destination": "203.0.113.0/24", "gateway": "192.168.1.1",
                                    "interface": "eth0", "protocol": "splitroute"}}]}, f)
    helper_args = ["--helper", winpath(HELPER), "--direct"]
    for a in ["--simulate", winpath(sim), "--allow-unprivileged", "--state-dir",
              winpath(os.path.join(d, "state"))]:
        helper_args += ["--helper-arg", a]
    return sim, plan, helper_args


def has_route(sim):
    with open(sim) as f:
        return any(r.get("destination") == "203.0.113.0/24" for r in json.load(f)["routes"])


def apply_cases():
    sim, plan, h = sim_env()
    rc, out, err = run_wine(["apply", "--plan", winpath(plan), "--confirm-timeout", "30"] + h,
                            stdin=b"y\n")
    check(rc == 0 and b"Kept" in out and has_route(sim),
          "apply answered y: exit %d, %r, %s" % (rc, out, err[-500:]))
    check("Keep these routes? [y/N] (reverting in 30 s)" in err, "apply asks: %s" % err[-300:])
    rc, out, err = run_wine(["revert"] + h)
    check(rc == 0 and not has_route(sim), "revert after a kept apply: exit %d, %r, %s" %
          (rc, out, err[-500:]))

    sim, plan, h = sim_env()
    rc, out, err = run_wine(["apply", "--plan", winpath(plan)] + h, stdin=b"n\n")
    check(rc == 1 and b"Reverted" in out and not has_route(sim),
          "apply answered n: exit %d, %r, %s" % (rc, out, err[-500:]))

    # No answer: stdin stays open and empty until the CLI's countdown ends.
    sim, plan, h = sim_env()
    p = subprocess.Popen([WINE, CLI, "apply", "--plan", winpath(plan), "--confirm-timeout", "2"]
                         + h, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, cwd=SRC)
    started = time.time()
    try:
        p.wait(timeout=120)  # stdin left open: only the countdown can end the question
    except subprocess.TimeoutExpired:
        p.kill()
    took = time.time() - started
    p.stdin.close()
    out, err = p.stdout.read(), p.stderr.read()
    check(took >= 2, "apply not answered: waited %.1f s for a 2 s countdown" % took)
    check(p.returncode == 1 and b"Reverted" in out and not has_route(sim),
          "apply not answered: exit %s, %r, %r" % (p.returncode, out, err[-500:]))

    sim, plan, h = sim_env()
    rc, out, err = run_wine(["apply", "--plan", winpath(plan), "--yes", "--json"] + h)
    try:
        j = json.loads(out)
    except ValueError:
        j = {}
    check(rc == 0 and j.get("result") == "kept" and j.get("applied") == 1 and has_route(sim),
          "apply --yes --json: exit %d, %r" % (rc, out[:400]))

    rc, out, err = run_wine(["apply", "--plan", winpath(plan), "--helper",
                             winpath(os.path.join(work, "nothing.exe")), "--direct"])
    check(rc == 1 and "helper not found" in err, "apply with a missing helper: %d %s" % (rc, err))
    print("cli-under-wine: apply (y, n, timeout, --json), revert, missing helper done",
          flush=True)


def live_cases():
    for args in (["table", "--live"], ["lookup", "10.1.2.3", "--live"]):
        rc, out, err = run_wine(args)
        # Wine 8 lacks GetIpInterfaceTable; on real Windows this lists the table.
        check(rc in (0, 1) and (rc == 0 or "GetIpInterfaceTable" in err or "unsupported" in err
                                or "not supported" in err),
              "%s: exit %d, %s" % (" ".join(args), rc, err[-300:]))
    p = subprocess.Popen([WINE, CLI, "watch"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, cwd=SRC)
    deadline = time.time() + 60
    seen = b""
    os.set_blocking(p.stderr.fileno(), False)
    while time.time() < deadline and b"watching routes" not in seen and p.poll() is None:
        time.sleep(0.2)
        chunk = p.stderr.read()
        if chunk:
            seen += chunk
    check(b"watching routes" in seen, "watch starts its monitor: %r" % seen[-300:])
    p.kill()
    p.wait()
    print("cli-under-wine: table --live, lookup --live, watch done", flush=True)


try:
    file_cases()
    apply_cases()
    live_cases()
finally:
    shutil.rmtree(work, ignore_errors=True)
if failures:
    print("cli-under-wine: %d check(s) FAILED" % len(failures))
    sys.exit(1)
print("cli-under-wine: all checks passed")
