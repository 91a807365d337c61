<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>VpnConnection</name>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="119"/>
        <source>OpenVPN profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="121"/>
        <source>OpenVPN server config and client-config-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="123"/>
        <source>AWS Client VPN endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="125"/>
        <source>Pasted PUSH_REPLY or OpenVPN log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="126"/>
        <source>OpenVPN log or PUSH_REPLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="135"/>
        <location filename="../app/gui/VpnConnection.cpp" line="148"/>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="137"/>
        <location filename="../app/gui/VpnConnection.cpp" line="149"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="144"/>
        <source>pushed option %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="249"/>
        <location filename="../app/gui/VpnConnection.cpp" line="484"/>
        <source>any client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="250"/>
        <location filename="../app/gui/VpnConnection.cpp" line="482"/>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="336"/>
        <location filename="../app/gui/VpnConnection.cpp" line="337"/>
        <location filename="../app/gui/VpnConnection.cpp" line="486"/>
        <source>AWS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="371"/>
        <source>pasted push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="408"/>
        <source>%1 + pasted push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="408"/>
        <source>Pasted push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="411"/>
        <source>%1 + %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../app/gui/AddressMapWidget.cpp" line="47"/>
        <source>Address map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AddressMapWidget.cpp" line="398"/>
        <source>Laying out %n route(s)…</source>
        <translation>
            <numerusform>Laying out %n route…</numerusform>
            <numerusform>Laying out %n routes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="399"/>
        <source>No routes in this address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="400"/>
        <source>No table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="448"/>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="489"/>
        <source>local, broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="491"/>
        <source>blackhole, unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="492"/>
        <source>never used (shadowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="562"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="564"/>
        <source>no route: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="567"/>
        <source>uses %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>splitroute::app::AwsConnectionDialog</name>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="16"/>
        <source>Open AWS Client VPN Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="19"/>
        <source>Save the output of &lt;tt&gt;aws ec2 describe-client-vpn-endpoints&lt;/tt&gt; and &lt;tt&gt;aws ec2 describe-client-vpn-routes&lt;/tt&gt; as JSON files; Splitroute derives what the endpoint pushes. The downloaded .ovpn adds the client&apos;s own options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="30"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="44"/>
        <source>AWS CLI JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="49"/>
        <source>optional: without it a split tunnel&apos;s networks are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="52"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="55"/>
        <source>&amp;Endpoints JSON:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="55"/>
        <source>Endpoints JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="56"/>
        <source>E&amp;ndpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="57"/>
        <source>&amp;Routes JSON:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="57"/>
        <source>Routes JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="58"/>
        <source>Downloaded &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="59"/>
        <source>Client VPN Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="60"/>
        <source>OpenVPN profiles (*.ovpn *.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>splitroute::app::ChangesView</name>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="55"/>
        <source>2^32 addresses (all of IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="55"/>
        <source>2^128 addresses (all of IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="57"/>
        <source>2^31 addresses (half of IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="57"/>
        <source>2^127 addresses (half of IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="58"/>
        <source>2^%1 addresses (a /%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="81"/>
        <source>western</source>
        <extracomment>Not shown. The number scale of this language: &quot;western&quot; (million = 10^6, billion = 10^9) or &quot;myriad&quot; (10^4 and 10^8, as Japanese 万 and 億). Translate with one of the two words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="75"/>
        <source>about %1 ten thousand (%2% of IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="76"/>
        <source>about %1 ten thousand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="77"/>
        <source>about %1 hundred million (%2% of IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="78"/>
        <source>about %1 hundred million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="70"/>
        <source>about %1 million (%2% of IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="71"/>
        <source>about %1 million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="72"/>
        <source>about %1 billion (%2% of IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="73"/>
        <source>about %1 billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="91"/>
        <source>about 2^%1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="118"/>
        <source>Traffic that went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="118"/>
        <source>Now goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="118"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="118"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="125"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="125"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="125"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="125"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="129"/>
        <source>An address (e.g. 10.20.1.1) or a host name and Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="230"/>
        <source>Press Enter to look up the host name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="231"/>
        <source>“%1” is neither an address nor a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="249"/>
        <source>Host names cannot be looked up here; enter an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="254"/>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="275"/>
        <source>Cannot look up %1 (%2). Enter an address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="278"/>
        <source>%1 has no addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="288"/>
        <source>%1 (%2)
  Before: %3
  After: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="293"/>
        <source>… and %n more address(es)</source>
        <translation>
            <numerusform>… and %n more address</numerusform>
            <numerusform>… and %n more addresses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="134"/>
        <source>Look up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="155"/>
        <source>This source has a single table. Changes appear here when a source has a table before and after (for example the demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="173"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="183"/>
        <source>%1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="197"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="199"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="204"/>
        <source>changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="208"/>
        <source>The tables are the same (%n route(s)).</source>
        <translation>
            <numerusform>The tables are the same (%n route).</numerusform>
            <numerusform>The tables are the same (%n routes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="210"/>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="236"/>
        <location filename="../app/gui/ChangesView.cpp" line="286"/>
        <source>no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="239"/>
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
    <message numerus="yes">
        <location filename="../app/gui/FindingsModel.cpp" line="21"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="32"/>
        <source>the tunnel&apos;s own subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="34"/>
        <source>the route to the VPN server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="35"/>
        <source>the VPN server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="37"/>
        <source>a VPN DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="39"/>
        <source>a protected network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="41"/>
        <source>the tunnel&apos;s peer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="51"/>
        <source>tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="53"/>
        <source>bypass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="55"/>
        <source>as pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="69"/>
        <source>IPv4 traffic goes through %1, but IPv6 traffic still leaves through %2 (%3): IPv6 leaks around the tunnel. Tunnel ::/0 too (OpenVPN: redirect-gateway ipv6, or block-ipv6) or turn IPv6 off on that link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="75"/>
        <source>The local network %1 on %2 covers public addresses (%3): traffic to them leaves outside the tunnel. A hostile network can claim any range as local (TunnelCrack LocalNet); OpenVPN&apos;s redirect-gateway block-local, or a bypass of private ranges only, closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="82"/>
        <source>The bypass %1 on %2 covers public addresses (%3): traffic to them leaves outside the tunnel. A hostile network can claim any range as local (TunnelCrack LocalNet); make sure this bypass is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="88"/>
        <source>Policy rule &apos;%1&apos; bypasses %2, a large public range: that traffic leaves outside the tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="93"/>
        <source>The DHCP route %1 on %2 takes %3 out of the tunnel %4: a DHCP server can push such routes (option 121) and read traffic meant for the VPN (TunnelVision, CVE-2024-3661). Unless this network is meant to stay local, ignore DHCP routes on %2 (NetworkManager: ipv4.ignore-auto-routes yes; systemd-networkd: UseRoutes=no) or route it into the tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="101"/>
        <source>No route to the VPN server %1: the tunnel cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="104"/>
        <source>The route to the VPN server %1 goes into %2 (%3): the tunnel would carry itself. Add a host route via the physical gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="109"/>
        <source>The VPN server is given by host name: the host route that keeps it outside the tunnel follows whatever the DNS answers, which an attacker on the local network can spoof (TunnelCrack ServerIP). Pin the server&apos;s address, or use an encrypted resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="115"/>
        <source>The VPN route %1 on %2 swallows the local DNS server %3: it is no longer reached through the local network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="120"/>
        <source>The VPN route %1 on %2 swallows the local gateway %3: it is no longer reached through the local network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="125"/>
        <source>The VPN route %1 overlaps the local network %2 on %3: part of the local network now goes into the tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="130"/>
        <source>The VPN route %1 overlaps the local network %2 on %3: the local network wins for its addresses, so the remote hosts with those addresses cannot be reached through the tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="137"/>
        <source>route-nopull also drops the DNS servers the VPN pushes (dhcp-option DNS); use pull-filter ignore &quot;redirect-gateway&quot; / &quot;route …&quot; to refuse routes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="141"/>
        <source>route-nopull also drops the DNS servers the VPN pushes (dhcp-option DNS: %1); use pull-filter ignore &quot;redirect-gateway&quot; / &quot;route …&quot; to refuse routes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="147"/>
        <source>AWS Client VPN route enforcement is on for this endpoint: the AWS client watches the routing table and reverts changes to the VPN&apos;s routes, so bypass routes will be undone while connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="152"/>
        <source>The AWS VPN Client strips pull-filter and route-nopull from profiles; they only take effect with stock OpenVPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="156"/>
        <source>The bypass %1 does not take effect for %2: a more specific (or lower-metric) route sends it into the tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="160"/>
        <source>The tunnel route %1 does not cover %2: a more specific (or lower-metric) route keeps it outside the tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="165"/>
        <source>The route %1 sends %2 into %3, but no client iroute covers it: OpenVPN drops those packets. Add an iroute for it in the client&apos;s client-config-dir file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="171"/>
        <source>%1: primary %2 (metric %3), backup %4 (metric %5); the backup carries traffic only while the primary&apos;s route is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="176"/>
        <source>%1 goes into %2 and %3 with the same metric %4: which tunnel carries it depends on installation order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="181"/>
        <source>The route %1 is neither Splitroute&apos;s nor the VPN&apos;s, so the plan leaves it; %2 keeps its next hop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="186"/>
        <source>Rule &apos;%1&apos;: cannot resolve %2 (%3); the rule is left out of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="190"/>
        <source>Rule &apos;%1&apos; (%2 %3) covers %4, %5; the plan leaves that part as it is so the tunnel keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="195"/>
        <source>Rule &apos;%1&apos; has no effect: earlier rules already decide all of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="198"/>
        <source>No %1 route outside the tunnel to send bypassed traffic to; those bypass rules are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="203"/>
        <source>No tunnel device found for %1 tunnel rules; give one with the tunnel device parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="208"/>
        <source>For %1, keeping the default override and bypassing takes %2 changes instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="213"/>
        <source>For %1, removing the default override and tunnelling takes %2 changes instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="242"/>
        <source>IPv6 traffic does not go through the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="244"/>
        <source>A local network route exposes public addresses (TunnelCrack LocalNet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="246"/>
        <source>A DHCP route takes traffic out of the tunnel (TunnelVision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="247"/>
        <source>No route to the VPN server outside the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="248"/>
        <source>The VPN server is routed into the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="250"/>
        <source>The VPN server&apos;s address comes from DNS (TunnelCrack ServerIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="251"/>
        <source>A pushed route captures the local DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="252"/>
        <source>A pushed route captures the local gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="253"/>
        <source>A pushed route overlaps the local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="254"/>
        <source>route-nopull also drops the VPN&apos;s DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="256"/>
        <source>AWS Client Route Enforcement will undo bypass routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="257"/>
        <source>The AWS VPN Client ignores pull-filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="258"/>
        <source>A bypass is hidden by a more specific tunnel route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="259"/>
        <source>A tunnel route is hidden by a more specific route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="260"/>
        <source>A route into the tunnel has no matching iroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="261"/>
        <source>Two tunnels: one is the backup of the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="262"/>
        <source>Two tunnels claim the same networks at equal metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="263"/>
        <source>A route the plan may not replace stays in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="264"/>
        <source>A host name in the policy cannot be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="266"/>
        <source>A rule covers a range the tunnel needs; that part stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="267"/>
        <source>A rule has no effect: earlier rules decide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="268"/>
        <source>No route outside the tunnel for bypassed traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="269"/>
        <source>No tunnel device for the tunnel rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="271"/>
        <source>The plan changes the default override: fewer route changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="292"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="294"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="296"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="368"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="370"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="372"/>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="374"/>
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
        <location filename="../app/gui/HelperSession.cpp" line="157"/>
        <source>Cancelled: the %n route change(s) were rolled back.</source>
        <translation>
            <numerusform>Cancelled: the %n route change was rolled back.</numerusform>
            <numerusform>Cancelled: the %n route changes were rolled back.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="159"/>
        <source>Cancelled, but the rollback failed: %1. The helper takes the changes back when its confirmation time runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HelperSession.cpp" line="169"/>
        <source>%n route change(s) applied.</source>
        <translation>
            <numerusform>%n route change applied.</numerusform>
            <numerusform>%n route changes applied.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="191"/>
        <source>The helper is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="197"/>
        <source>The changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HelperSession.cpp" line="220"/>
        <source>Reverted: %n route change(s) undone.</source>
        <translation>
            <numerusform>Reverted: %n route change undone.</numerusform>
            <numerusform>Reverted: %n route changes undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitroute::app::KeepChangesDialog</name>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="14"/>
        <source>Keep These Routes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="20"/>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="21"/>
        <source>&amp;Revert Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="25"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/KeepChangesDialog.cpp" line="49"/>
        <source>The routes have been changed. If you can still reach what you need, keep them (Enter). Otherwise they are taken back in %n second(s) (Esc: now).</source>
        <translation>
            <numerusform>The routes have been changed. If you can still reach what you need, keep them (Enter). Otherwise they are taken back in %n second (Esc: now).</numerusform>
            <numerusform>The routes have been changed. If you can still reach what you need, keep them (Enter). Otherwise they are taken back in %n seconds (Esc: now).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/KeepChangesDialog.cpp" line="55"/>
        <source>&amp;Keep (%n s)</source>
        <translation>
            <numerusform>&amp;Keep (%n s)</numerusform>
            <numerusform>&amp;Keep (%n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitroute::app::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="133"/>
        <location filename="../app/gui/MainWindow.cpp" line="782"/>
        <location filename="../app/gui/MainWindow.cpp" line="788"/>
        <source>Splitroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="157"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="164"/>
        <source>Open &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="168"/>
        <source>&amp;This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="170"/>
        <source>Read this computer&apos;s routing table again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="173"/>
        <source>&amp;Save Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="176"/>
        <source>Attach &amp;VPN Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="179"/>
        <source>Read an OpenVPN profile: the networks it sends through the tunnel become rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="182"/>
        <source>Open OpenVPN &amp;Server Config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="184"/>
        <source>Read an OpenVPN server config and its client-config-dir: what one client receives becomes a VPN connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="187"/>
        <source>Open &amp;AWS Client VPN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>Read the AWS CLI&apos;s endpoint and routes JSON: what the endpoint pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="192"/>
        <source>&amp;Paste PUSH_REPLY or Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="195"/>
        <source>Paste what the server pushed (PUSH_REPLY or an OpenVPN client log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="197"/>
        <source>&amp;Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="202"/>
        <source>&amp;Close Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="204"/>
        <source>Close the table on show and its VPN connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="220"/>
        <source>Connection &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="226"/>
        <source>VPN Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="228"/>
        <source>&amp;Tunnel Device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="230"/>
        <source>Choose the interface this connection&apos;s tunnel uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="248"/>
        <source>Tunnel Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="248"/>
        <source>Interface of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="252"/>
        <source>&amp;Load Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="255"/>
        <source>Save &amp;Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="259"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="264"/>
        <source>Show Table &amp;Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="267"/>
        <source>Switch between the table before and after the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="270"/>
        <source>&amp;Filter Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="278"/>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="283"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="285"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="287"/>
        <source>&amp;Whole Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="292"/>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="294"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="296"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="307"/>
        <source>&amp;About Splitroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="310"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="324"/>
        <source>Filter: text, or an address to see the routes that match it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="328"/>
        <source>IPv4 and IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="329"/>
        <location filename="../app/gui/MainWindow.cpp" line="376"/>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="330"/>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="332"/>
        <source>All interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="363"/>
        <source>Routing table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="367"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="380"/>
        <source>IPv6 global unicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="394"/>
        <source>Wheel or +/− to zoom, drag or arrow keys to pan, click a route to select it in the table. Bottom band: the route each address uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="413"/>
        <source>Address map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="417"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="429"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="438"/>
        <location filename="../app/gui/MainWindow.cpp" line="1231"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="441"/>
        <source>Opened files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="450"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="477"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="479"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="490"/>
        <source>V&amp;PN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="500"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="504"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="517"/>
        <source>&amp;Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="522"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="526"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="566"/>
        <location filename="../app/gui/MainWindow.cpp" line="1447"/>
        <source>No table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="568"/>
        <source>Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="571"/>
        <source>Demo: %1 backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="572"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="576"/>
        <source>Helper: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="579"/>
        <source>Undo the last changes Splitroute applied to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="585"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1587"/>
        <source>Close Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1588"/>
        <source>Close %1? The decisions made in the Networks tab for its VPN connections will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1622"/>
        <source>Closed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1848"/>
        <source>Reverting route changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1849"/>
        <source>Reverting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1893"/>
        <source>Routing tables (*.json *.txt *.log *.route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1894"/>
        <source>OpenVPN profiles and server configs (*.ovpn *.conf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1895"/>
        <source>OpenVPN logs and PUSH_REPLY (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1896"/>
        <source>AWS Client VPN endpoints JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1897"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1900"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="916"/>
        <source>%n route change(s) planned.</source>
        <translation>
            <numerusform>%n route change planned.</numerusform>
            <numerusform>%n route changes planned.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="959"/>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="971"/>
        <source>Apply the planned changes to the demo machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="976"/>
        <source>Write the planned changes as a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="977"/>
        <source>Decide something in the Networks tab first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1017"/>
        <location filename="../app/gui/MainWindow.cpp" line="1323"/>
        <source>Cannot apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1018"/>
        <source>Change %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="1025"/>
        <source>%n route change(s) applied.</source>
        <translation>
            <numerusform>%n route change applied.</numerusform>
            <numerusform>%n route changes applied.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1034"/>
        <location filename="../app/gui/MainWindow.cpp" line="1272"/>
        <source>Cannot revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1036"/>
        <source>The changes were reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1218"/>
        <source>Not following route changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1784"/>
        <source>Save Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1785"/>
        <source>Split policies (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1791"/>
        <source>Load Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1792"/>
        <source>Split policies (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1799"/>
        <location filename="../app/gui/MainWindow.cpp" line="1824"/>
        <source>No policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1799"/>
        <location filename="../app/gui/MainWindow.cpp" line="1824"/>
        <source>This source has no VPN connection to decide about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1805"/>
        <source>Cannot save the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1808"/>
        <source>Policy saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1815"/>
        <location filename="../app/gui/MainWindow.cpp" line="1820"/>
        <source>Cannot read the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1880"/>
        <source>Stopped following route changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="574"/>
        <location filename="../app/gui/MainWindow.cpp" line="1704"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="290"/>
        <source>Not available in this build: applying changes needs the privileged helper wiring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="583"/>
        <location filename="../app/gui/MainWindow.cpp" line="587"/>
        <location filename="../app/gui/MainWindow.cpp" line="673"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n route</numerusform>
            <numerusform>%n routes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="588"/>
        <source>%1 of %2 routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="646"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="672"/>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="760"/>
        <source>No findings for this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="761"/>
        <source>Open a table to see findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="787"/>
        <source> (before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="787"/>
        <source> (after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="972"/>
        <source>Apply the planned changes to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="973"/>
        <source>Open the demo or this computer&apos;s table to apply changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1087"/>
        <location filename="../app/gui/MainWindow.cpp" line="1101"/>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="946"/>
        <location filename="../app/gui/MainWindow.cpp" line="1102"/>
        <location filename="../app/gui/MainWindow.cpp" line="1805"/>
        <location filename="../app/gui/MainWindow.cpp" line="1815"/>
        <location filename="../app/gui/MainWindow.cpp" line="1931"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="160"/>
        <source>Open a routing table (ip route, route print, netstat, snapshot) or a VPN input (OpenVPN profile, server config, log, AWS JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="894"/>
        <source>Cannot plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1088"/>
        <source>%1 holds the routes of an AWS Client VPN endpoint. Open it with VPN → Open AWS Client VPN…, together with the endpoints JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="1135"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1136"/>
        <source>Some lines were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1144"/>
        <source>Demo data missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1144"/>
        <source>The bundled demo data was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1151"/>
        <location filename="../app/gui/MainWindow.cpp" line="1165"/>
        <location filename="../app/gui/MainWindow.cpp" line="1176"/>
        <source>Demo data unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1156"/>
        <source>Demo: laptop on a full-tunnel VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1194"/>
        <source>Reading this computer&apos;s routing table is not supported on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1199"/>
        <source>Cannot read this computer&apos;s routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1264"/>
        <source>helper (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1267"/>
        <source>The helper failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1279"/>
        <source>Cannot keep the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1291"/>
        <source>Applying route changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1293"/>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1297"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1347"/>
        <source>Attach VPN Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1348"/>
        <source>OpenVPN profiles (*.ovpn *.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1447"/>
        <source>Open a routing table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1361"/>
        <source>Cannot read the VPN profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1368"/>
        <source>VPN profile %1 attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1377"/>
        <location filename="../app/gui/MainWindow.cpp" line="1397"/>
        <source>Cannot read the server config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1381"/>
        <source>(any client without a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1384"/>
        <source>OpenVPN Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1385"/>
        <source>Show %1 as seen by the client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1407"/>
        <source>Cannot read the AWS endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1420"/>
        <source>AWS Client VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1421"/>
        <source>The file holds several endpoints. Which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1428"/>
        <source>Cannot read the AWS Client VPN endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1461"/>
        <source>Cannot read the pushed options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1562"/>
        <source>VPN connection %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1671"/>
        <source>device unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1672"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1681"/>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1682"/>
        <location filename="../app/gui/MainWindow.cpp" line="1702"/>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1683"/>
        <location filename="../app/gui/MainWindow.cpp" line="1705"/>
        <source>Tunnel device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="1684"/>
        <source>%n pushed network(s)</source>
        <translation>
            <numerusform>%n pushed network</numerusform>
            <numerusform>%n pushed networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="1685"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1706"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1708"/>
        <source>Redirects the default gateway%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1709"/>
        <source> (def1: 0.0.0.0/1 + 128.0.0.0/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1714"/>
        <source>Pushed networks (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1716"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1718"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1832"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1833"/>
        <source>Undo the last route changes Splitroute applied to this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1911"/>
        <source>Save Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1912"/>
        <source>Splitroute snapshots (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1931"/>
        <source>Cannot save snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1934"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1940"/>
        <source>About Splitroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1941"/>
        <source>Splitroute %1

A split-tunnel route manager: see the routes a VPN installs against your routing table, decide network by network what goes through the tunnel, and apply, revert or export the difference.

Built with Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>splitroute::app::NetworksView</name>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="106"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="106"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="106"/>
        <source>Goes through now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="44"/>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="49"/>
        <location filename="../app/gui/NetworksView.cpp" line="282"/>
        <location filename="../app/gui/NetworksView.cpp" line="288"/>
        <location filename="../app/gui/NetworksView.cpp" line="292"/>
        <source>— (no route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="55"/>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="75"/>
        <source>All other IPv6 traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="76"/>
        <source>All other traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="79"/>
        <source>%1 — %2 via %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="83"/>
        <source>%1 — default via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="84"/>
        <source>%1 — default via %2 (not overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="89"/>
        <source>%1 — not routed anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="107"/>
        <source>Will use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="107"/>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="114"/>
        <source>Space switches the current network between tunnel and bypass; Enter opens its decision; Delete removes a network you added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="118"/>
        <source>Add a network, address or host name, e.g. 192.168.1.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="123"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="146"/>
        <source>Tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="148"/>
        <source>Bypass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="150"/>
        <source>As pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="161"/>
        <source>decided by the rows above it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="163"/>
        <source>not routed anywhere: no route covers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="167"/>
        <source>the VPN server %1 is inside this network — the planner leaves the route to it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="170"/>
        <source>the VPN server %1 is inside this network — the planner keeps its host route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="174"/>
        <source>already local: the connected route %1 on %2 is more specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="176"/>
        <source>partly outside the tunnel: %1 via %2 is more specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="178"/>
        <source>covered by All other traffic (%1 via %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="182"/>
        <source>%1 carries no IPv6 traffic: sending it through the tunnel has no effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="183"/>
        <source>%1 carries no IPv4 traffic: sending it through the tunnel has no effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="187"/>
        <source>host name: resolved to addresses when planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="192"/>
        <source>host name: resolved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="195"/>
        <source>host name: cannot be resolved (%1); the plan leaves it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="209"/>
        <source>This source has no VPN connection to decide about. The demo shows the networks its profile routes through the tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="223"/>
        <source>Decide network by network what goes through the tunnel of %1. The Changes tab shows the routes that make it so; Export writes them as a script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="303"/>
        <source>%1 — local network on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="308"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="310"/>
        <source>— (resolved when planning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="385"/>
        <source>Only networks you added can be removed; set this one to &quot;As pushed&quot; to leave it as the VPN has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="393"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="436"/>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="431"/>
        <source>Not a network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="107"/>
        <source>Route in the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>splitroute::app::PushReplyDialog</name>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="18"/>
        <source>Paste PUSH_REPLY or OpenVPN Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="20"/>
        <source>Paste the server&apos;s &lt;tt&gt;PUSH_REPLY,…&lt;/tt&gt; message, or the client log lines &lt;tt&gt;PUSH: Received control message: &apos;…&apos;&lt;/tt&gt; (verb 3 or more). With several pushes the last complete one is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="36"/>
        <source>No profile: only what the server pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="38"/>
        <source>Apply to %1 (its pull-filters count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="40"/>
        <source>&amp;Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="43"/>
        <source>&amp;Load Log File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="54"/>
        <source>OpenVPN Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="54"/>
        <source>OpenVPN logs (*.log *.txt);;All files (*)</source>
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
        <location filename="../app/gui/RouteTableModel.cpp" line="78"/>
        <source>%n next hop(s)</source>
        <translation>
            <numerusform>%n next hop</numerusform>
            <numerusform>%n next hops</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="81"/>
        <source>on-link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="120"/>
        <source>Together with its other half this route covers every address, so it overrides the default route without deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="124"/>
        <source>More specific routes cover every address of this route: it is never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="127"/>
        <source>A route to the same destination with a lower metric is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="170"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="172"/>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="174"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="176"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="178"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="180"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="182"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="184"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>splitroute::app::ServerConnectionDialog</name>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="17"/>
        <source>Open OpenVPN Server Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="19"/>
        <source>See a server through one client&apos;s eyes: the pushes every client receives, changed by that client&apos;s client-config-dir file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="35"/>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="39"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="38"/>
        <source>the config&apos;s client-config-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="43"/>
        <source>Server &amp;config:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="44"/>
        <source>Client-config-&amp;dir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="45"/>
        <source>Client co&amp;mmon name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="62"/>
        <source>OpenVPN Server Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="63"/>
        <source>OpenVPN configs (*.conf *.ovpn);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="69"/>
        <source>Client-config-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="89"/>
        <source>(any client without a file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
