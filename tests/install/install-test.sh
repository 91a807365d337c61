#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Install test: build the .deb (the `package` preset, CMAKE_INSTALL_PREFIX=/usr), run lintian on
# it, install it with `dpkg -i` into a throw-away root (an overlay over / with a tmpfs upper
# directory, in a private mount namespace, entered with chroot), and there check what a person
# who installs Splitroute relies on:
#   - `dpkg -L splitroute` lists the helper at the path compiled into splitroute-cli;
#   - the polkit action is where polkitd reads actions, and its exec.path is that helper;
#   - the rt_protos entry is where iproute2 reads it: `ip route show proto splitroute` works;
#   - `splitroute-cli apply --direct`, as root, applies a plan and `revert --direct` takes it
#     back, without --helper, inside a network namespace made here (veth pair, no other link);
#   - and, before that, `cmake --install` of the same build: with DESTDIR every file (the /etc
#     one too) lands under DESTDIR; prefix /usr/local puts the system files in /etc and
#     /usr/share/polkit-1; another prefix keeps them under it (cmake/InstallDirs.cmake).
# Nothing is installed on the real root and no route of the machine is touched: the overlay,
# its mounts and the network namespace vanish with the processes started here.
#
#   tests/install/install-test.sh [--no-build [BUILD]]   (--no-build: use build/package, or
#   BUILD, as it is)
# Exit status: 0 passed or skipped (the reason is printed), 1 failed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
# The build to package: build/package (made here unless --no-build), or the one given after
# --no-build (CI passes build/ci, configured for /usr too: no second build).
build="$src/build/package"
if [ "${1:-}" = "--no-build" ] && [ -n "${2:-}" ]; then
    build=$(cd "$2" && pwd)
fi

skip() {
    echo "install-test: SKIPPED: $*"
    exit 0
}
fail() {
    echo "install-test: FAILED: $*" >&2
    exit 1
}

# ---- inside the throw-away root (run by the outer part below, already chrooted) ----
if [ "${1:-}" = "--inside" ]; then
    deb=$2 build=$3
    protos=etc/iproute2/rt_protos.d/splitroute.conf
    action_rel=share/polkit-1/actions/org.splitroute.helper.policy
    expect() { [ -e "$1" ] || fail "cmake --install: $1 is missing ($2)"; }
    clean_etc() {
        [ ! -e "/$protos" ] || fail "cmake --install $1 wrote /$protos outside its DESTDIR/prefix"
    }
    DESTDIR=/stage-usr cmake --install "$build" >/dev/null
    expect "/stage-usr/$protos" "DESTDIR, prefix /usr"
    expect "/stage-usr/usr/$action_rel" "DESTDIR, prefix /usr"
    expect /stage-usr/usr/libexec/splitroute/splitroute-helper "DESTDIR, prefix /usr"
    clean_etc "with DESTDIR"
    DESTDIR=/stage-local cmake --install "$build" --prefix /usr/local >/tmp/local.log 2>&1
    grep -q "configured for /usr" /tmp/local.log ||
        fail "cmake --install --prefix /usr/local into a /usr build did not warn"
    expect "/stage-local/$protos" "prefix /usr/local: iproute2 reads only /etc"
    expect "/stage-local/usr/$action_rel" "prefix /usr/local: polkitd reads only /usr/share"
    clean_etc "--prefix /usr/local with DESTDIR"
    cmake --install "$build" --prefix /opt/sr-test >/dev/null 2>&1
    expect "/opt/sr-test/$protos" "another prefix keeps them under it"
    expect "/opt/sr-test/$action_rel" "another prefix keeps them under it"
    clean_etc "--prefix /opt/sr-test"
    [ ! -e "/usr/$action_rel" ] || fail "cmake --install --prefix /opt/sr-test wrote /usr/$action_rel"
    echo "install-test: ok: cmake --install keeps to DESTDIR and the prefix rule"

    echo "install-test: dpkg -i $(basename "$deb")"
    dpkg -i "$deb" >/tmp/dpkg.log 2>&1 || { cat /tmp/dpkg.log; fail "dpkg -i failed"; }

    # The helper path compiled into the client (the string HelperClient hands to pkexec).
    wanted=$(grep -ao '/[a-z0-9/]*/libexec/splitroute/splitroute-helper' /usr/bin/splitroute-cli |
        head -n1 || true)
    [ -n "$wanted" ] || fail "no helper path found in /usr/bin/splitroute-cli"
    dpkg -L splitroute | grep -qx "$wanted" ||
        fail "dpkg -L splitroute does not list $wanted (where splitroute-cli looks for the helper)"
    [ -x "$wanted" ] || fail "$wanted is not an executable file"
    echo "install-test: ok: dpkg -L lists the helper where the client looks for it: $wanted"

    action=/usr/share/polkit-1/actions/org.splitroute.helper.policy
    dpkg -L splitroute | grep -qx "$action" || fail "the package does not install $action"
    exec_path=$(sed -n 's|.*key="org.freedesktop.policykit.exec.path">\([^<]*\)<.*|\1|p' "$action")
    [ "$exec_path" = "$wanted" ] ||
        fail "polkit exec.path is '$exec_path', the client runs '$wanted'"
    echo "install-test: ok: polkit action in /usr/share/polkit-1/actions, exec.path = $exec_path"

    dpkg -L splitroute | grep -qx /etc/iproute2/rt_protos.d/splitroute.conf ||
        fail "the package does not install /etc/iproute2/rt_protos.d/splitroute.conf"
    # The keeper and its unit (installed, not enabled: nothing is started here).
    keeper=/usr/libexec/splitroute/splitroute-keeper
    unit=/usr/lib/systemd/system/splitroute-keeper.service
    dpkg -L splitroute | grep -qx "$keeper" || fail "the package does not install $keeper"
    dpkg -L splitroute | grep -qx "$unit" || fail "the package does not install $unit"
    grep -qx "ExecStart=$keeper" "$unit" || fail "$unit does not start $keeper"
    for hardening in CapabilityBoundingSet=CAP_NET_ADMIN NoNewPrivileges=yes ProtectSystem=strict \
        ProtectHome=yes PrivateTmp=yes "RestrictAddressFamilies=AF_NETLINK AF_UNIX"; do
        grep -qx "$hardening" "$unit" || fail "$unit lacks $hardening"
    done
    "$keeper" --help 2>&1 | grep -q -- --config-dir || fail "$keeper --help does not run"
    echo "install-test: ok: the keeper and its hardened systemd unit: $unit"
    if dpkg -L splitroute | grep -q '^/usr/local'; then
        fail "the package installs under /usr/local: $(dpkg -L splitroute | grep '^/usr/local' | head -n3)"
    fi

    # A network namespace of our own: a veth pair, 10.99.0.1/24 here, a gateway 10.99.0.2.
    cat >/tmp/plan.json <<'EOF'
{"format": "splitroute-plan", "version": 1, "tunnelDevice": "",
 "changes": [{"op": "add", "reason": "install test",
              "route": {"destination": "203.0.113.0/24", "gateway": "10.99.0.2",
                        "interface": "sr-inst0", "metric": 0, "table": "main",
                        "type": "unicast", "protocol": "splitroute", "scope": "global"}}]}
EOF
    unshare -n bash -euo pipefail -c '
        fail() { echo "install-test: FAILED: $*" >&2; exit 1; }
        ip link set lo up
        ip link add sr-inst0 type veth peer name sr-inst1
        ip addr add 10.99.0.1/24 dev sr-inst0
        ip link set sr-inst0 up
        ip link set sr-inst1 up
        ip route show proto splitroute >/dev/null ||
            fail "ip route show proto splitroute: iproute2 does not know the name"
        splitroute-cli apply --direct --yes --plan /tmp/plan.json >/tmp/apply.log 2>&1 ||
            { cat /tmp/apply.log; fail "splitroute-cli apply --direct failed"; }
        shown=$(ip route show proto splitroute)
        echo "$shown" | grep -q "^203.0.113.0/24 via 10.99.0.2 dev sr-inst0" ||
            fail "after apply, ip route show proto splitroute shows: $shown"
        echo "install-test: ok: apply --direct (no --helper): $shown"
        splitroute-cli revert --direct >/tmp/revert.log 2>&1 ||
            { cat /tmp/revert.log; fail "splitroute-cli revert --direct failed"; }
        [ -z "$(ip route show proto splitroute)" ] ||
            fail "after revert: $(ip route show proto splitroute)"
        echo "install-test: ok: revert --direct: no splitroute route left"
    '
    exit 0
fi

# ---- outside: build, lintian, then the throw-away root ----
[ "$(id -u)" -eq 0 ] || skip "needs root (dpkg -i into an overlay root, a network namespace)"
for tool in unshare chroot dpkg dpkg-deb ip cpack lintian; do
    command -v "$tool" >/dev/null || skip "$tool is not installed"
done
unshare -m true 2>/dev/null || skip "cannot make a mount namespace here (unshare -m)"
unshare -n true 2>/dev/null || skip "cannot make a network namespace here (unshare -n)"
grep -qw overlay /proc/filesystems || modprobe overlay 2>/dev/null ||
    skip "the kernel has no overlay filesystem"
probe=$(mktemp -d /tmp/splitroute-install-probe.XXXXXX)
if ! unshare -m --propagation private sh -c '
        mount -t tmpfs tmpfs "$1" && mkdir "$1/u" "$1/w" "$1/r" &&
        mount -t overlay overlay -o "lowerdir=/,upperdir=$1/u,workdir=$1/w" "$1/r"' probe "$probe" \
        2>/dev/null; then
    rmdir "$probe"
    skip "cannot mount an overlay over / here (container without the right to?)"
fi
rmdir "$probe"

cd "$src"
if [ "${1:-}" != "--no-build" ]; then
    cmake --preset package >/dev/null
    cmake --build --preset package
fi
rm -f "$build"/splitroute_*.deb
(cd "$build" && cpack -G DEB >/dev/null) || fail "cpack -G DEB failed"
deb=$(ls "$build"/splitroute_*.deb)
echo "install-test: built $deb"

# lintian: no errors (warnings are printed, not fatal). --fail-on error is lintian 2.x.
lintian_out=$(lintian --fail-on error "$deb" 2>&1) || {
    echo "$lintian_out"
    fail "lintian reports errors on the package"
}
[ -z "$lintian_out" ] || echo "$lintian_out"
echo "install-test: ok: lintian reports no errors"

real_status_before=$(dpkg-query -W -f='${Status} ${Version}' splitroute 2>/dev/null || true)
real_files_before=$(ls -d /usr/libexec/splitroute /etc/iproute2/rt_protos.d/splitroute.conf \
    /usr/share/polkit-1/actions/org.splitroute.helper.policy /opt/sr-test 2>/dev/null || true)

# The throw-away root: everything from here runs in a private mount namespace, so the overlay
# and the mounts under it disappear when it ends, whatever happens.
unshare -m --propagation private bash -euo pipefail -c '
    script=$1 deb=$2 build=$3 src=$4
    top=$(mktemp -d /tmp/splitroute-install-test.XXXXXX)
    mount -t tmpfs -o size=1g tmpfs "$top"
    mkdir "$top/upper" "$top/work" "$top/root"
    mount -t overlay overlay -o "lowerdir=/,upperdir=$top/upper,workdir=$top/work" "$top/root"
    root=$top/root
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs tmpfs "$root/run"
    mount -t tmpfs tmpfs "$root/tmp"
    cp "$deb" "$script" "$root/tmp/"
    # The sources and the build, at their own paths, for cmake --install (already there when
    # on the root file system; not when under /tmp, which is a fresh tmpfs in here, or on
    # another mount). install_manifest.txt is then written through to the real build.
    for dir in "$src" "$build"; do
        if [ ! -d "$root$dir" ]; then
            mkdir -p "$root$dir"
            mount --bind "$dir" "$root$dir"
        fi
    done
    status=0
    chroot "$root" bash "/tmp/$(basename "$script")" --inside "/tmp/$(basename "$deb")" "$build" ||
        status=$?
    rmdir "$top" 2>/dev/null || true
    exit $status
' install-test "$here/install-test.sh" "$deb" "$build" "$src" || fail "inside the throw-away root"
# The mount namespace is gone, and with it the overlay: the real root must be as before.
real_status_after=$(dpkg-query -W -f='${Status} ${Version}' splitroute 2>/dev/null || true)
[ "$real_status_before" = "$real_status_after" ] ||
    fail "the real root's dpkg status of splitroute changed: '$real_status_before' -> '$real_status_after'"
real_files_after=$(ls -d /usr/libexec/splitroute /etc/iproute2/rt_protos.d/splitroute.conf \
    /usr/share/polkit-1/actions/org.splitroute.helper.policy /opt/sr-test 2>/dev/null || true)
[ "$real_files_before" = "$real_files_after" ] ||
    fail "files appeared on the real root: $real_files_after"
rmdir /tmp/splitroute-install-test.* 2>/dev/null || true
echo "install-test: passed"
