<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>Split-tunnel route manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="35"/>
        <source>Open the bundled demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Use this language instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>Routing tables to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>splitroute::app::AddressMapWidget</name>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="41"/>
        <source>Address map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="339"/>
        <source>No routes in this address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="339"/>
        <source>No table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="387"/>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="428"/>
        <source>local, broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="430"/>
        <source>blackhole, unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="431"/>
        <source>never used (shadowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="501"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="503"/>
        <source>no route: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="506"/>
        <source>uses %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>splitroute::app::ChangesView</name>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="48"/>
        <source>Traffic that went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="48"/>
        <source>Now goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="48"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="48"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="55"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="55"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="55"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="55"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="59"/>
        <source>An address, e.g. 10.20.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="64"/>
        <source>Look up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="83"/>
        <source>This source has a single table. Changes appear here when a source has a table before and after (for example the demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="101"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="120"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="122"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="127"/>
        <source>changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="131"/>
        <source>The tables are the same (%n route(s)).</source>
        <translation>
            <numerusform>The tables are the same (%n route).</numerusform>
            <numerusform>The tables are the same (%n routes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="133"/>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="152"/>
        <source>Not an address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="157"/>
        <source>no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="160"/>
        <source>Before: %1
After: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>splitroute::app::ExportDialog</name>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="24"/>
        <source>Export Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="31"/>
        <source>NetworkManager connection name (nmcli only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="32"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="33"/>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="44"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="45"/>
        <source>Undo script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="51"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="52"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="88"/>
        <source>Unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="110"/>
        <source>Save Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="116"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>splitroute::app::FindingsModel</name>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="29"/>
        <source>IPv6 traffic does not go through the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="31"/>
        <source>A local network route exposes public addresses (TunnelCrack LocalNet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="32"/>
        <source>No route to the VPN server outside the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="33"/>
        <source>The VPN server is routed into the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="35"/>
        <source>The VPN server&apos;s address comes from DNS (TunnelCrack ServerIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="36"/>
        <source>A pushed route captures the local DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="37"/>
        <source>A pushed route captures the local gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="38"/>
        <source>A pushed route overlaps the local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="39"/>
        <source>route-nopull also drops the VPN&apos;s DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="41"/>
        <source>AWS Client Route Enforcement will undo bypass routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="42"/>
        <source>The AWS VPN Client ignores pull-filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="43"/>
        <source>A bypass is hidden by a more specific tunnel route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="44"/>
        <source>A tunnel route is hidden by a more specific route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="45"/>
        <source>A route into the tunnel has no matching iroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="46"/>
        <source>Two tunnels: one is the backup of the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="47"/>
        <source>Two tunnels claim the same networks at equal metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="58"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="60"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="62"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="134"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="136"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="138"/>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="140"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>splitroute::app::HelperSession</name>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="65"/>
        <source>Helper: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="67"/>
        <source>Helper: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="69"/>
        <source>Helper: ready (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="71"/>
        <source>Helper: working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="73"/>
        <source>Helper: waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="75"/>
        <source>Helper: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HelperSession.cpp" line="151"/>
        <source>%n route change(s) applied.</source>
        <translation type="unfinished">
            <numerusform>%n route change applied.</numerusform>
            <numerusform>%n route changes applied.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="165"/>
        <source>The helper is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="171"/>
        <source>The changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HelperSession.cpp" line="194"/>
        <source>Reverted: %n route change(s) undone.</source>
        <translation type="unfinished">
            <numerusform>Reverted: %n route change undone.</numerusform>
            <numerusform>Reverted: %n route changes undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitroute::app::KeepChangesDialog</name>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="13"/>
        <source>Keep These Routes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="19"/>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="20"/>
        <source>&amp;Revert Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/KeepChangesDialog.cpp" line="40"/>
        <source>The routes have been changed. If you can still reach what you need, keep them. Otherwise they are taken back in %n second(s).</source>
        <translation>
            <numerusform>The routes have been changed. If you can still reach what you need, keep them. Otherwise they are taken back in %n second.</numerusform>
            <numerusform>The routes have been changed. If you can still reach what you need, keep them. Otherwise they are taken back in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitroute::app::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="113"/>
        <location filename="../app/gui/MainWindow.cpp" line="652"/>
        <location filename="../app/gui/MainWindow.cpp" line="658"/>
        <source>Splitroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="137"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>Open a routing table (ip route, route print, netstat, snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="143"/>
        <source>Open &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <source>&amp;This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="149"/>
        <source>Read this computer&apos;s routing table again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="152"/>
        <source>&amp;Save Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="155"/>
        <source>Attach &amp;VPN Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="158"/>
        <source>Read an OpenVPN profile: the networks it sends through the tunnel become rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="161"/>
        <source>&amp;Load Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="164"/>
        <source>Save &amp;Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="168"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="173"/>
        <source>Show Table &amp;Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="176"/>
        <source>Switch between the table before and after the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="179"/>
        <source>&amp;Filter Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="187"/>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="192"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="194"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>&amp;Whole Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="201"/>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="203"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="205"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="216"/>
        <source>&amp;About Splitroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="219"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="233"/>
        <source>Filter: text, or an address to see the routes that match it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="237"/>
        <source>IPv4 and IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="238"/>
        <location filename="../app/gui/MainWindow.cpp" line="285"/>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="239"/>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="241"/>
        <source>All interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="272"/>
        <source>Routing table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="276"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="289"/>
        <source>IPv6 global unicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="303"/>
        <source>Wheel or +/− to zoom, drag or arrow keys to pan, click a route to select it in the table. Bottom band: the route each address uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="322"/>
        <source>Address map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="326"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="338"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="343"/>
        <location filename="../app/gui/MainWindow.cpp" line="1003"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="346"/>
        <source>Opened files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="382"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="384"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="395"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="399"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="412"/>
        <source>&amp;Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="417"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="421"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="459"/>
        <location filename="../app/gui/MainWindow.cpp" line="1116"/>
        <source>No table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="461"/>
        <source>Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="464"/>
        <source>Demo: %1 backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="465"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="469"/>
        <source>Helper: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="472"/>
        <source>Undo the last changes Splitroute applied to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="478"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="738"/>
        <source>Cannot plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="742"/>
        <source>%n route change(s) planned.</source>
        <translation>
            <numerusform>%n route change planned.</numerusform>
            <numerusform>%n route changes planned.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="752"/>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="764"/>
        <source>Apply the planned changes to the demo machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="769"/>
        <source>Write the planned changes as a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="770"/>
        <source>Decide something in the Networks tab first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="820"/>
        <location filename="../app/gui/MainWindow.cpp" line="1084"/>
        <source>Cannot apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="821"/>
        <source>Change %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="828"/>
        <source>%n route change(s) applied.</source>
        <translation>
            <numerusform>%n route change applied.</numerusform>
            <numerusform>%n route changes applied.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="837"/>
        <location filename="../app/gui/MainWindow.cpp" line="1044"/>
        <source>Cannot revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="839"/>
        <source>The changes were reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="990"/>
        <source>Not following route changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1146"/>
        <source>Save Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1147"/>
        <source>Split policies (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1153"/>
        <source>Load Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1154"/>
        <source>Split policies (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1161"/>
        <location filename="../app/gui/MainWindow.cpp" line="1186"/>
        <source>No policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1161"/>
        <location filename="../app/gui/MainWindow.cpp" line="1186"/>
        <source>This source has no VPN connection to decide about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1167"/>
        <source>Cannot save the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1170"/>
        <source>Policy saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1177"/>
        <location filename="../app/gui/MainWindow.cpp" line="1182"/>
        <source>Cannot read the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1220"/>
        <source>Stopped following route changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="467"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="199"/>
        <source>Not available in this build: applying changes needs the privileged helper wiring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="476"/>
        <location filename="../app/gui/MainWindow.cpp" line="480"/>
        <location filename="../app/gui/MainWindow.cpp" line="558"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n route</numerusform>
            <numerusform>%n routes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="481"/>
        <source>%1 of %2 routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="531"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="557"/>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="646"/>
        <source>No findings for this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="647"/>
        <source>Open a table to see findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="657"/>
        <source> (before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="657"/>
        <source> (after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="765"/>
        <source>Apply the planned changes to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="766"/>
        <source>Open the demo or this computer&apos;s table to apply changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="878"/>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="879"/>
        <location filename="../app/gui/MainWindow.cpp" line="1167"/>
        <location filename="../app/gui/MainWindow.cpp" line="1177"/>
        <location filename="../app/gui/MainWindow.cpp" line="1265"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="908"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="909"/>
        <source>Some lines were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="917"/>
        <source>Demo data missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="917"/>
        <source>The bundled demo data was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="924"/>
        <location filename="../app/gui/MainWindow.cpp" line="938"/>
        <location filename="../app/gui/MainWindow.cpp" line="948"/>
        <source>Demo data unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="929"/>
        <source>Demo: laptop on a full-tunnel VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="966"/>
        <source>Reading this computer&apos;s routing table is not supported on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="971"/>
        <source>Cannot read this computer&apos;s routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1036"/>
        <source>helper (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1039"/>
        <source>The helper failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1051"/>
        <source>Cannot keep the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1063"/>
        <source>Applying route changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1065"/>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1108"/>
        <source>Attach VPN Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1109"/>
        <source>OpenVPN profiles (*.ovpn *.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1116"/>
        <source>Open a routing table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1121"/>
        <source>Cannot read the VPN profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1141"/>
        <source>VPN profile %1 attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1194"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1195"/>
        <source>Undo the last route changes Splitroute applied to this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1233"/>
        <source>Open Routing Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1234"/>
        <source>Routing tables (*.json *.txt *.log *.route);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1245"/>
        <source>Save Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1246"/>
        <source>Splitroute snapshots (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1265"/>
        <source>Cannot save snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1268"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1274"/>
        <source>About Splitroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1275"/>
        <source>Splitroute %1

A split-tunnel route manager: see the routes a VPN installs against your routing table, decide network by network what goes through the tunnel, and apply, revert or export the difference.

Built with Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>splitroute::app::NetworksView</name>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="31"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="31"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="31"/>
        <source>Goes through now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="35"/>
        <source>Add a network, e.g. 192.168.1.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="40"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="63"/>
        <source>Tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="65"/>
        <source>Bypass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="67"/>
        <source>As pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="78"/>
        <source>This source has no VPN connection to decide about. The demo shows the networks its profile routes through the tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="91"/>
        <source>Decide network by network what goes through the tunnel of %1. The Changes tab shows the routes that make it so; Export writes them as a script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="105"/>
        <source>All other traffic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="162"/>
        <source>Not a network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="31"/>
        <source>Route in the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>splitroute::app::RouteTableModel</name>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="41"/>
        <source>default override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="43"/>
        <source>shadowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="45"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="47"/>
        <source>pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="49"/>
        <source>added by Splitroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="51"/>
        <source>bypass</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RouteTableModel.cpp" line="71"/>
        <source>%n next hop(s)</source>
        <translation>
            <numerusform>%n next hop</numerusform>
            <numerusform>%n next hops</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="74"/>
        <source>on-link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="113"/>
        <source>Together with its other half this route covers every address, so it overrides the default route without deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="117"/>
        <source>More specific routes cover every address of this route: it is never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="120"/>
        <source>A route to the same destination with a lower metric is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="163"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="165"/>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="167"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="169"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="171"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="173"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="175"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="177"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
