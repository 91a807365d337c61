#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the cross-built splitroute-helper.exe under wine, always with --simulate (an
in-memory table in a file): the IP Helper API under wine would change the HOST's routes, so
the real backend is never used here.

  helper-under-wine.py WINE HELPER_EXE SOURCE_DIR

Checks
  1. every request of tests/data/helper/bad-requests.jsonl gets its expected error code
     (the "hello": false ones in a session without hello, the rest after a hello), the
     session still answers afterwards, and the table file and state directory are untouched;
  2. apply + confirm, then revert "last" in a second helper: the table changes, then is back
     to what it was;
  3. apply without confirm, then end of input: rolled back ("reverted", reason disconnect);
  4. apply with confirmTimeout 1 and input kept open: rolled back by the deadline
     ("reverted", reason timeout) — the Windows loop's timed wait.
Exits non-zero on the first mismatch of a check (all checks run; failures are listed).
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading

WINE, EXE, SRC = sys.argv[1:4]
DATA = os.path.join(SRC, "tests", "data", "helper")
failures = []


def winpath(p):
    return "Z:" + p.replace("/", "\\")


class Env:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="splitroute-winhelper.")
        self.sim = os.path.join(self.dir, "table.json")
        shutil.copy(os.path.join(DATA, "sim-table.json"), self.sim)
        self.state = os.path.join(self.dir, "state")

    def table(self):
        with open(self.sim) as f:
            return json.load(f)

    def args(self):
        return [WINE, EXE, "--simulate", winpath(self.sim), "--allow-unprivileged",
                "--state-dir", winpath(self.state)]

    def cleanup(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def run_batch(env, lines):
    """Sends all lines, closes stdin, returns (responses, events, exit code)."""
    data = b"".join(l + b"\n" for l in lines)
    p = subprocess.run(env.args(), input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=300)
    responses, events = [], []
    for raw in p.stdout.splitlines():
        try:
            j = json.loads(raw)
        except ValueError:
            failures.append("not JSON on stdout: %r" % raw[:200])
            continue
        (events if "event" in j else responses).append(j)
    return responses, events, p.returncode, p.stderr.decode(errors="replace")


def check(cond, what):
    if not cond:
        failures.append(what)
    return cond


def corpus():
    cases = []
    with open(os.path.join(DATA, "bad-requests.jsonl")) as f:
        for text in f:
            j = json.loads(text)
            raw = base64.b64decode(j["b64"]) if "b64" in j else j["line"].encode()
            cases.append((j["code"], raw, j.get("hello", True), j.get("note", "")))
    return cases


HELLO = b'{"id":1,"method":"hello","version":1}'
STATUS = b'{"id":99,"method":"status"}'
ADD = {"op": "add", "route": {"destination": "203.0.113.0/24", "gateway": "192.168.1.1",
                              "interface": "eth0", "protocol": "splitroute"}}


def routes(table):
    """The routes as comparable keys: the helper writes its table back in the full form
    (ifindex, scope, table, type filled in), so the files differ in text after a change."""
    return sorted((r["destination"], r.get("gateway") or "", r.get("interface") or "",
                   r.get("metric", 0), r.get("protocol", "")) for r in table["routes"])


def has_route(table, dest):
    return any(r.get("destination") == dest for r in table["routes"])


def check_corpus():
    cases = corpus()
    matched = 0
    for with_hello in (False, True):
        group = [c for c in cases if c[2] == with_hello]
        env = Env()
        before = env.table()
        lines = ([HELLO] if with_hello else []) + [c[1] for c in group] + [STATUS]
        responses, events, rc, err = run_batch(env, lines)
        if with_hello:
            check(responses and responses[0].get("ok") is True, "hello failed: %s" % err[-500:])
            responses = responses[1:]
        if not check(len(responses) == len(group) + 1,
                     "session hello=%s: %d responses for %d requests (stderr: %s)"
                     % (with_hello, len(responses), len(group) + 1, err[-500:])):
            env.cleanup()
            continue
        for (code, raw, _, note), r in zip(group, responses):
            got = r.get("error", {}).get("code") if r.get("ok") is False else "ok"
            if check(got == code and r["error"].get("message"),
                     "%s: expected %s, got %s (%r)" % (note, code, got, raw[:80])):
                matched += 1
        check(responses[-1].get("ok") is with_hello,
              "status after the corpus (hello=%s): %s" % (with_hello, responses[-1]))
        check(rc == 0, "helper exit status %d" % rc)
        check(not events, "unexpected events: %s" % events)
        check(env.table() == before, "table file changed by refused requests")
        for name in ("journal.json", "last-applied.json"):
            check(not os.path.exists(os.path.join(env.state, name)), name + " written")
        env.cleanup()
    print("helper-under-wine: corpus %d/%d error codes as expected" % (matched, len(cases)))
    return matched, len(cases)


def check_apply_confirm_revert():
    env = Env()
    before = env.table()
    apply = json.dumps({"id": 2, "method": "apply", "confirmTimeout": 30, "changes": [ADD]})
    responses, events, rc, err = run_batch(
        env, [HELLO, apply.encode(), b'{"id":3,"method":"confirm"}', STATUS])
    ok = check(len(responses) == 4 and all(r.get("ok") for r in responses),
               "apply/confirm: %s %s" % (responses, err[-500:]))
    if ok:
        check(responses[1]["applied"] == 1 and responses[1]["verify"]["verified"],
              "apply response: %s" % responses[1])
        check(responses[2]["confirmed"] is True, "confirm response: %s" % responses[2])
        check(responses[3]["pending"] is None and responses[3]["lastApplied"] is not None,
              "status after confirm: %s" % responses[3])
    check(not events, "events after a confirmed apply: %s" % events)
    check(has_route(env.table(), "203.0.113.0/24"), "confirmed route not in the table file")
    check(os.path.exists(os.path.join(env.state, "last-applied.json")), "no last-applied.json")
    # A second helper (the journal is read back from the state directory) reverts it.
    responses, events, rc, err = run_batch(env, [HELLO, b'{"id":4,"method":"revert","target":"last"}'])
    check(len(responses) == 2 and responses[1].get("ok") is True,
          "revert last: %s %s" % (responses, err[-500:]))
    check(routes(env.table()) == routes(before), "table not restored by revert last")
    check(not os.path.exists(os.path.join(env.state, "last-applied.json")),
          "last-applied.json left after revert")
    env.cleanup()
    print("helper-under-wine: apply/confirm/revert-last round trip done")


def check_disconnect_rollback():
    env = Env()
    before = env.table()
    apply = json.dumps({"id": 2, "method": "apply", "confirmTimeout": 300, "changes": [ADD]})
    responses, events, rc, err = run_batch(env, [HELLO, apply.encode()])
    check(len(responses) == 2 and responses[1].get("ok") is True, "apply: %s" % responses)
    check([e.get("reason") for e in events if e["event"] == "reverted"] == ["disconnect"],
          "no reverted/disconnect event: %s" % events)
    check(routes(env.table()) == routes(before), "table not restored after disconnect")
    check(not os.path.exists(os.path.join(env.state, "journal.json")), "journal.json left")
    env.cleanup()
    print("helper-under-wine: rollback on end of input done")


def check_deadline_rollback():
    env = Env()
    before = env.table()
    p = subprocess.Popen(env.args(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL)
    watchdog = threading.Timer(120, p.kill)
    watchdog.start()
    apply = json.dumps({"id": 2, "method": "apply", "confirmTimeout": 1, "changes": [ADD]})
    p.stdin.write(HELLO + b"\n" + apply.encode() + b"\n")
    p.stdin.flush()
    seen = []
    for raw in p.stdout:
        j = json.loads(raw)
        seen.append(j)
        if j.get("event") == "reverted":
            break
    reverted = [j for j in seen if j.get("event") == "reverted"]
    check(reverted and reverted[0]["reason"] == "timeout",
          "no reverted/timeout event while input stayed open: %s" % seen)
    # The table file is written after the event: look once the helper has exited (nothing
    # is pending any more, so end of input changes nothing).
    p.stdin.close()
    p.wait()
    check(routes(env.table()) == routes(before), "table not restored by the deadline")
    watchdog.cancel()
    env.cleanup()
    print("helper-under-wine: rollback at the confirm deadline done")


check_corpus()
check_apply_confirm_revert()
check_disconnect_rollback()
check_deadline_rollback()
if failures:
    for f in failures[:50]:
        print("helper-under-wine: FAIL " + f, file=sys.stderr)
    print("helper-under-wine: %d failure(s)" % len(failures), file=sys.stderr)
    sys.exit(1)
print("helper-under-wine: all checks passed")
