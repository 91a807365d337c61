<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>Split-tunnel route manager</source>
        <translation>スプリットトンネル経路マネージャー</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="35"/>
        <source>Open the bundled demo.</source>
        <translation>同梱のデモを開きます。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>システムの言語の代わりにこの言語を使います。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>Routing tables to open.</source>
        <translation>開く経路表。</translation>
    </message>
</context>
<context>
    <name>splitroute::app::AddressMapWidget</name>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="41"/>
        <source>Address map</source>
        <translation>アドレスマップ</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="339"/>
        <source>No routes in this address space</source>
        <translation>このアドレス空間には経路がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="339"/>
        <source>No table</source>
        <translation>経路表なし</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="387"/>
        <source>used</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="428"/>
        <source>local, broadcast</source>
        <translation>ローカル、ブロードキャスト</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="430"/>
        <source>blackhole, unreachable</source>
        <translation>ブラックホール、到達不能</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="431"/>
        <source>never used (shadowed)</source>
        <translation>使われない (隠蔽)</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="501"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="503"/>
        <source>no route: unreachable</source>
        <translation>経路なし: 到達不能</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="506"/>
        <source>uses %1</source>
        <translation>使用する経路: %1</translation>
    </message>
</context>
<context>
    <name>splitroute::app::ChangesView</name>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="48"/>
        <source>Traffic that went</source>
        <translation>以前の経路</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="48"/>
        <source>Now goes</source>
        <translation>現在の経路</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="48"/>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="48"/>
        <source>Addresses</source>
        <translation>アドレス数</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="55"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="55"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="55"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="55"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="59"/>
        <source>An address, e.g. 10.20.1.1</source>
        <translation>アドレス (例: 10.20.1.1)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="64"/>
        <source>Look up:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="83"/>
        <source>This source has a single table. Changes appear here when a source has a table before and after (for example the demo).</source>
        <translation>このソースには経路表が 1 つしかありません。変更前と変更後の経路表を持つソース (デモなど) では、ここに変更が表示されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="101"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="120"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="122"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="127"/>
        <source>changed (%1)</source>
        <translation>変更 (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="131"/>
        <source>The tables are the same (%n route(s)).</source>
        <translation>
            <numerusform>経路表は同じです (経路 %n 件)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="133"/>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged.</source>
        <translation>追加 %1、削除 %2、変更 %3、変更なし %4。</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="152"/>
        <source>Not an address: %1</source>
        <translation>アドレスではありません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="157"/>
        <source>no route</source>
        <translation>経路なし</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="160"/>
        <source>Before: %1
After: %2</source>
        <translation>変更前: %1
変更後: %2</translation>
    </message>
</context>
<context>
    <name>splitroute::app::ExportDialog</name>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="24"/>
        <source>Export Routes</source>
        <translation>経路のエクスポート</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="31"/>
        <source>NetworkManager connection name (nmcli only)</source>
        <translation>NetworkManager の接続名 (nmcli のみ)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="32"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="33"/>
        <source>&amp;Connection:</source>
        <translation>接続(&amp;C):</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="44"/>
        <source>Script</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="45"/>
        <source>Undo script</source>
        <translation>取り消しスクリプト</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="51"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="52"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="88"/>
        <source>Unknown format</source>
        <translation>不明な形式</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="110"/>
        <source>Save Script</source>
        <translation>スクリプトを保存</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>splitroute::app::FindingsModel</name>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="29"/>
        <source>IPv6 traffic does not go through the tunnel</source>
        <translation>IPv6 の通信がトンネルを通りません</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="31"/>
        <source>A local network route exposes public addresses (TunnelCrack LocalNet)</source>
        <translation>ローカルネットワークの経路が公開アドレスをトンネル外に出しています (TunnelCrack LocalNet)</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="32"/>
        <source>No route to the VPN server outside the tunnel</source>
        <translation>トンネル外を通る VPN サーバーへの経路がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="33"/>
        <source>The VPN server is routed into the tunnel</source>
        <translation>VPN サーバーへの通信がトンネルに入っています</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="35"/>
        <source>The VPN server&apos;s address comes from DNS (TunnelCrack ServerIP)</source>
        <translation>VPN サーバーのアドレスが DNS から得られています (TunnelCrack ServerIP)</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="36"/>
        <source>A pushed route captures the local DNS server</source>
        <translation>プッシュされた経路がローカルの DNS サーバーを取り込んでいます</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="37"/>
        <source>A pushed route captures the local gateway</source>
        <translation>プッシュされた経路がローカルのゲートウェイを取り込んでいます</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="38"/>
        <source>A pushed route overlaps the local network</source>
        <translation>プッシュされた経路がローカルネットワークと重なっています</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="39"/>
        <source>route-nopull also drops the VPN&apos;s DNS servers</source>
        <translation>route-nopull は VPN の DNS サーバーも破棄します</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="41"/>
        <source>AWS Client Route Enforcement will undo bypass routes</source>
        <translation>AWS Client Route Enforcement が迂回経路を元に戻します</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="42"/>
        <source>The AWS VPN Client ignores pull-filter</source>
        <translation>AWS VPN Client は pull-filter を無視します</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="43"/>
        <source>A bypass is hidden by a more specific tunnel route</source>
        <translation>迂回経路がより具体的なトンネル経路に隠されています</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="44"/>
        <source>A tunnel route is hidden by a more specific route</source>
        <translation>トンネル経路がより具体的な経路に隠されています</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="45"/>
        <source>A route into the tunnel has no matching iroute</source>
        <translation>トンネルへの経路に対応する iroute がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="46"/>
        <source>Two tunnels: one is the backup of the other</source>
        <translation>2 つのトンネル: 一方がもう一方の予備です</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="47"/>
        <source>Two tunnels claim the same networks at equal metric</source>
        <translation>2 つのトンネルが同じメトリックで同じネットワークを要求しています</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="58"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="60"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="62"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="134"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="136"/>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="138"/>
        <source>Routes</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="140"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>splitroute::app::HelperSession</name>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="65"/>
        <source>Helper: not started</source>
        <translation>ヘルパー: 未起動</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="67"/>
        <source>Helper: starting…</source>
        <translation>ヘルパー: 起動中…</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="69"/>
        <source>Helper: ready (%1)</source>
        <translation>ヘルパー: 準備完了 (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="71"/>
        <source>Helper: working…</source>
        <translation>ヘルパー: 処理中…</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="73"/>
        <source>Helper: waiting for confirmation</source>
        <translation>ヘルパー: 確認待ち</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="75"/>
        <source>Helper: failed</source>
        <translation>ヘルパー: 失敗</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HelperSession.cpp" line="151"/>
        <source>%n route change(s) applied.</source>
        <translation>
            <numerusform>%n 件の経路変更を適用しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="165"/>
        <source>The helper is not running.</source>
        <translation>ヘルパーが動作していません。</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="171"/>
        <source>The changes are kept.</source>
        <translation>変更を保持しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HelperSession.cpp" line="194"/>
        <source>Reverted: %n route change(s) undone.</source>
        <translation>
            <numerusform>元に戻しました: %n 件の経路変更を取り消しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitroute::app::KeepChangesDialog</name>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="13"/>
        <source>Keep These Routes?</source>
        <translation>この経路を維持しますか?</translation>
    </message>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="19"/>
        <source>&amp;Keep</source>
        <translation>維持(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="20"/>
        <source>&amp;Revert Now</source>
        <translation>今すぐ元に戻す(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/KeepChangesDialog.cpp" line="40"/>
        <source>The routes have been changed. If you can still reach what you need, keep them. Otherwise they are taken back in %n second(s).</source>
        <translation>
            <numerusform>経路を変更しました。必要な相手に引き続き接続できるなら維持してください。そうでなければ %n 秒後に元に戻します。</numerusform>
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
        <translation>Splitroute</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="137"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>Open a routing table (ip route, route print, netstat, snapshot)</source>
        <translation>経路表を開きます (ip route、route print、netstat、スナップショット)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="143"/>
        <source>Open &amp;Demo</source>
        <translation>デモを開く(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <source>&amp;This Computer</source>
        <translation>このコンピューター(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="149"/>
        <source>Read this computer&apos;s routing table again</source>
        <translation>このコンピューターの経路表を読み直します</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="152"/>
        <source>&amp;Save Snapshot…</source>
        <translation>スナップショットを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="155"/>
        <source>Attach &amp;VPN Profile…</source>
        <translation>VPN プロファイルを添付(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="158"/>
        <source>Read an OpenVPN profile: the networks it sends through the tunnel become rules</source>
        <translation>OpenVPN プロファイルを読み込みます: トンネル経由のネットワークがルールになります</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="161"/>
        <source>&amp;Load Policy…</source>
        <translation>ポリシーを読み込む(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="164"/>
        <source>Save &amp;Policy…</source>
        <translation>ポリシーを保存(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="168"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="173"/>
        <source>Show Table &amp;Before</source>
        <translation>変更前の経路表を表示(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="176"/>
        <source>Switch between the table before and after the change</source>
        <translation>変更前と変更後の経路表を切り替えます</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="179"/>
        <source>&amp;Filter Routes</source>
        <translation>経路を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="187"/>
        <source>&amp;Copy Rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="192"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="194"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>&amp;Whole Address Space</source>
        <translation>アドレス空間全体(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="201"/>
        <source>&amp;Apply…</source>
        <translation>適用(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="203"/>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="205"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="216"/>
        <source>&amp;About Splitroute</source>
        <translation>Splitroute について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="219"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="233"/>
        <source>Filter: text, or an address to see the routes that match it</source>
        <translation>絞り込み: 文字列、またはアドレスを入力すると一致する経路を表示</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="237"/>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 と IPv6</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="238"/>
        <location filename="../app/gui/MainWindow.cpp" line="285"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="239"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="241"/>
        <source>All interfaces</source>
        <translation>すべてのインターフェイス</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="272"/>
        <source>Routing table</source>
        <translation>経路表</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="276"/>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="289"/>
        <source>IPv6 global unicast</source>
        <translation>IPv6 グローバルユニキャスト</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="303"/>
        <source>Wheel or +/− to zoom, drag or arrow keys to pan, click a route to select it in the table. Bottom band: the route each address uses.</source>
        <translation>ホイールまたは +/− で拡大縮小、ドラッグまたは矢印キーで移動、経路をクリックすると経路表で選択されます。最下段: 各アドレスが実際に使う経路。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="322"/>
        <source>Address map</source>
        <translation>アドレスマップ</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="326"/>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="338"/>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="343"/>
        <location filename="../app/gui/MainWindow.cpp" line="1003"/>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="346"/>
        <source>Opened files</source>
        <translation>開いたファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="382"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="384"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="395"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="399"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="412"/>
        <source>&amp;Routes</source>
        <translation>経路(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="417"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="421"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="459"/>
        <location filename="../app/gui/MainWindow.cpp" line="1116"/>
        <source>No table</source>
        <translation>経路表なし</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="461"/>
        <source>Live: %1</source>
        <translation>ライブ: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="464"/>
        <source>Demo: %1 backend</source>
        <translation>デモ: %1 バックエンド</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="465"/>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="469"/>
        <source>Helper: not started</source>
        <translation>ヘルパー: 未起動</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="472"/>
        <source>Undo the last changes Splitroute applied to this computer</source>
        <translation>Splitroute がこのコンピューターに最後に適用した変更を取り消します</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="478"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>検出事項 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="738"/>
        <source>Cannot plan: %1</source>
        <translation>計画できません: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="742"/>
        <source>%n route change(s) planned.</source>
        <translation>
            <numerusform>経路の変更 %n 件を計画しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="752"/>
        <source>Planned: %1</source>
        <translation>計画: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="764"/>
        <source>Apply the planned changes to the demo machine</source>
        <translation>計画した変更をデモ用マシンに適用します</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="769"/>
        <source>Write the planned changes as a script</source>
        <translation>計画した変更をスクリプトとして書き出します</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="770"/>
        <source>Decide something in the Networks tab first</source>
        <translation>先に「ネットワーク」タブで決めてください</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="820"/>
        <location filename="../app/gui/MainWindow.cpp" line="1084"/>
        <source>Cannot apply</source>
        <translation>適用できません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="821"/>
        <source>Change %1 failed: %2</source>
        <translation>変更 %1 が失敗しました: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="828"/>
        <source>%n route change(s) applied.</source>
        <translation>
            <numerusform>経路の変更 %n 件を適用しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="837"/>
        <location filename="../app/gui/MainWindow.cpp" line="1044"/>
        <source>Cannot revert</source>
        <translation>元に戻せません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="839"/>
        <source>The changes were reverted.</source>
        <translation>変更を元に戻しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="990"/>
        <source>Not following route changes: %1</source>
        <translation>経路の変更を追跡していません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1146"/>
        <source>Save Policy</source>
        <translation>ポリシーを保存</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1147"/>
        <source>Split policies (*.json)</source>
        <translation>分割ポリシー (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1153"/>
        <source>Load Policy</source>
        <translation>ポリシーを読み込む</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1154"/>
        <source>Split policies (*.json);;All files (*)</source>
        <translation>分割ポリシー (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1161"/>
        <location filename="../app/gui/MainWindow.cpp" line="1186"/>
        <source>No policy</source>
        <translation>ポリシーがありません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1161"/>
        <location filename="../app/gui/MainWindow.cpp" line="1186"/>
        <source>This source has no VPN connection to decide about.</source>
        <translation>このソースには判断対象の VPN 接続がありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1167"/>
        <source>Cannot save the policy</source>
        <translation>ポリシーを保存できません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1170"/>
        <source>Policy saved to %1.</source>
        <translation>ポリシーを %1 に保存しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1177"/>
        <location filename="../app/gui/MainWindow.cpp" line="1182"/>
        <source>Cannot read the policy</source>
        <translation>ポリシーを読み込めません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1220"/>
        <source>Stopped following route changes: %1</source>
        <translation>経路の変更の追跡を停止しました: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="467"/>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="199"/>
        <source>Not available in this build: applying changes needs the privileged helper wiring.</source>
        <translation>このビルドでは使用できません: 変更の適用には特権ヘルパーとの接続が必要です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="476"/>
        <location filename="../app/gui/MainWindow.cpp" line="480"/>
        <location filename="../app/gui/MainWindow.cpp" line="558"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>経路 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="481"/>
        <source>%1 of %2 routes</source>
        <translation>%2 件中 %1 件の経路</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="531"/>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="557"/>
        <source>Format: %1</source>
        <translation>形式: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="646"/>
        <source>No findings for this table.</source>
        <translation>この経路表には検出事項はありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="647"/>
        <source>Open a table to see findings.</source>
        <translation>検出事項を見るには経路表を開いてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="657"/>
        <source> (before)</source>
        <translation> (変更前)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="657"/>
        <source> (after)</source>
        <translation> (変更後)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="765"/>
        <source>Apply the planned changes to this computer</source>
        <translation>計画した変更をこのコンピューターに適用します</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="766"/>
        <source>Open the demo or this computer&apos;s table to apply changes.</source>
        <translation>変更を適用するには、デモまたはこのコンピューターの経路表を開いてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="878"/>
        <source>Cannot open file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="879"/>
        <location filename="../app/gui/MainWindow.cpp" line="1167"/>
        <location filename="../app/gui/MainWindow.cpp" line="1177"/>
        <location filename="../app/gui/MainWindow.cpp" line="1265"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="908"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="909"/>
        <source>Some lines were not read</source>
        <translation>読み取れなかった行があります</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="917"/>
        <source>Demo data missing</source>
        <translation>デモデータがありません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="917"/>
        <source>The bundled demo data was not found.</source>
        <translation>同梱のデモデータが見つかりません。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="924"/>
        <location filename="../app/gui/MainWindow.cpp" line="938"/>
        <location filename="../app/gui/MainWindow.cpp" line="948"/>
        <source>Demo data unreadable</source>
        <translation>デモデータを読み取れません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="929"/>
        <source>Demo: laptop on a full-tunnel VPN</source>
        <translation>デモ: フルトンネル VPN 接続中のノート PC</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="966"/>
        <source>Reading this computer&apos;s routing table is not supported on this system.</source>
        <translation>このシステムではこのコンピューターの経路表の読み取りに対応していません。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="971"/>
        <source>Cannot read this computer&apos;s routes</source>
        <translation>このコンピューターの経路を読み取れません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1036"/>
        <source>helper (%1)</source>
        <translation>ヘルパー (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1039"/>
        <source>The helper failed</source>
        <translation>ヘルパーが失敗しました</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1051"/>
        <source>Cannot keep the changes</source>
        <translation>変更を保持できません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1063"/>
        <source>Applying route changes…</source>
        <translation>経路の変更を適用中…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1065"/>
        <source>Applying</source>
        <translation>適用中</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1108"/>
        <source>Attach VPN Profile</source>
        <translation>VPN プロファイルを添付</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1109"/>
        <source>OpenVPN profiles (*.ovpn *.conf);;All files (*)</source>
        <translation>OpenVPN プロファイル (*.ovpn *.conf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1116"/>
        <source>Open a routing table first.</source>
        <translation>先に経路表を開いてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1121"/>
        <source>Cannot read the VPN profile</source>
        <translation>VPN プロファイルを読み込めません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1141"/>
        <source>VPN profile %1 attached.</source>
        <translation>VPN プロファイル %1 を添付しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1194"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1195"/>
        <source>Undo the last route changes Splitroute applied to this computer?</source>
        <translation>Splitroute がこのコンピューターに最後に適用した経路変更を取り消しますか?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1233"/>
        <source>Open Routing Table</source>
        <translation>経路表を開く</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1234"/>
        <source>Routing tables (*.json *.txt *.log *.route);;All files (*)</source>
        <translation>経路表 (*.json *.txt *.log *.route);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1245"/>
        <source>Save Snapshot</source>
        <translation>スナップショットを保存</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1246"/>
        <source>Splitroute snapshots (*.json)</source>
        <translation>Splitroute スナップショット (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1265"/>
        <source>Cannot save snapshot</source>
        <translation>スナップショットを保存できません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1268"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1274"/>
        <source>About Splitroute</source>
        <translation>Splitroute について</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="1275"/>
        <source>Splitroute %1

A split-tunnel route manager: see the routes a VPN installs against your routing table, decide network by network what goes through the tunnel, and apply, revert or export the difference.

Built with Qt %2.</source>
        <translation>Splitroute %1

スプリットトンネル経路マネージャー: VPN が追加する経路を経路表と見比べ、ネットワークごとにトンネルを通すかどうかを決め、その差分を適用・取り消し・エクスポートできます。

Qt %2 でビルドされています。</translation>
    </message>
</context>
<context>
    <name>splitroute::app::NetworksView</name>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="31"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="31"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="31"/>
        <source>Goes through now</source>
        <translation>現在の経由先</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="35"/>
        <source>Add a network, e.g. 192.168.1.0/24</source>
        <translation>ネットワークを追加 (例: 192.168.1.0/24)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="40"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="63"/>
        <source>Tunnel</source>
        <translation>トンネル</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="65"/>
        <source>Bypass</source>
        <translation>迂回</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="67"/>
        <source>As pushed</source>
        <translation>プッシュのまま</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="78"/>
        <source>This source has no VPN connection to decide about. The demo shows the networks its profile routes through the tunnel.</source>
        <translation>このソースには判断の対象となる VPN 接続がありません。デモでは、プロファイルがトンネル経由にするネットワークが表示されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="91"/>
        <source>Decide network by network what goes through the tunnel of %1. The Changes tab shows the routes that make it so; Export writes them as a script.</source>
        <translation>%1 のトンネルを通す通信をネットワークごとに決めます。「変更」タブにそのための経路が表示され、エクスポートでスクリプトとして書き出せます。</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="105"/>
        <source>All other traffic (%1)</source>
        <translation>その他すべての通信 (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="162"/>
        <source>Not a network: %1</source>
        <translation>ネットワークではありません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="31"/>
        <source>Route in the table</source>
        <translation>経路表の経路</translation>
    </message>
</context>
<context>
    <name>splitroute::app::RouteTableModel</name>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="41"/>
        <source>default override</source>
        <translation>既定経路の上書き</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="43"/>
        <source>shadowed</source>
        <translation>隠蔽</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="45"/>
        <source>inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="47"/>
        <source>pushed</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="49"/>
        <source>added by Splitroute</source>
        <translation>Splitroute が追加</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="51"/>
        <source>bypass</source>
        <translation>迂回</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RouteTableModel.cpp" line="71"/>
        <source>%n next hop(s)</source>
        <translation>
            <numerusform>ネクストホップ %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="74"/>
        <source>on-link</source>
        <translation>リンク上</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="113"/>
        <source>Together with its other half this route covers every address, so it overrides the default route without deleting it.</source>
        <translation>もう半分と合わせてこの経路はすべてのアドレスを覆うため、既定経路を削除せずに上書きします。</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="117"/>
        <source>More specific routes cover every address of this route: it is never used.</source>
        <translation>より具体的な経路がこの経路のすべてのアドレスを覆っているため、この経路は使われません。</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="120"/>
        <source>A route to the same destination with a lower metric is used instead.</source>
        <translation>同じ宛先でメトリックが小さい経路が代わりに使われます。</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="163"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="165"/>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="167"/>
        <source>Interface</source>
        <translation>インターフェイス</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="169"/>
        <source>Metric</source>
        <translation>メトリック</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="171"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="173"/>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="175"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="177"/>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
</context>
</TS>
