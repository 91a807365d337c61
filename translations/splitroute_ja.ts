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
        <location filename="../app/gui/AddressMapWidget.cpp" line="329"/>
        <source>No routes in this address space</source>
        <translation>このアドレス空間には経路がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="329"/>
        <source>No table</source>
        <translation>経路表なし</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="377"/>
        <source>used</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="416"/>
        <source>never used (shadowed)</source>
        <translation>使われない (隠蔽)</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="486"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="488"/>
        <source>no route: unreachable</source>
        <translation>経路なし: 到達不能</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="491"/>
        <source>uses %1</source>
        <translation>使用する経路: %1</translation>
    </message>
</context>
<context>
    <name>splitroute::app::ChangesView</name>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="45"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="45"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="45"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="45"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="49"/>
        <source>An address, e.g. 10.20.1.1</source>
        <translation>アドレス (例: 10.20.1.1)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="54"/>
        <source>Look up:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="71"/>
        <source>This source has a single table. Changes appear here when a source has a table before and after (for example the demo).</source>
        <translation>このソースには経路表が 1 つしかありません。変更前と変更後の経路表を持つソース (デモなど) では、ここに変更が表示されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="88"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="90"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="95"/>
        <source>changed (%1)</source>
        <translation>変更 (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="98"/>
        <source>The tables are the same (%n route(s)).</source>
        <translation>
            <numerusform>経路表は同じです (経路 %n 件)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="100"/>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged.</source>
        <translation>追加 %1、削除 %2、変更 %3、変更なし %4。</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="118"/>
        <source>Not an address: %1</source>
        <translation>アドレスではありません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="123"/>
        <source>no route</source>
        <translation>経路なし</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="126"/>
        <source>Before: %1
After: %2</source>
        <translation>変更前: %1
変更後: %2</translation>
    </message>
</context>
<context>
    <name>splitroute::app::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="82"/>
        <location filename="../app/gui/MainWindow.cpp" line="579"/>
        <location filename="../app/gui/MainWindow.cpp" line="585"/>
        <source>Splitroute</source>
        <translation>Splitroute</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="106"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="109"/>
        <source>Open a routing table (ip route, route print, netstat, snapshot)</source>
        <translation>経路表を開きます (ip route、route print、netstat、スナップショット)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="112"/>
        <source>Open &amp;Demo</source>
        <translation>デモを開く(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="116"/>
        <source>&amp;This Computer</source>
        <translation>このコンピューター(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="118"/>
        <source>Read this computer&apos;s routing table again</source>
        <translation>このコンピューターの経路表を読み直します</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="121"/>
        <source>&amp;Save Snapshot…</source>
        <translation>スナップショットを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="125"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="130"/>
        <source>Show Table &amp;Before</source>
        <translation>変更前の経路表を表示(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="133"/>
        <source>Switch between the table before and after the change</source>
        <translation>変更前と変更後の経路表を切り替えます</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="136"/>
        <source>&amp;Filter Routes</source>
        <translation>経路を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="144"/>
        <source>&amp;Copy Rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="149"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="151"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="153"/>
        <source>&amp;Whole Address Space</source>
        <translation>アドレス空間全体(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="156"/>
        <source>Not available in this build: planning and applying changes need the planner and the privileged helper.</source>
        <translation>このビルドでは使用できません: 変更の計画と適用にはプランナーと特権ヘルパーが必要です。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="158"/>
        <source>&amp;Apply…</source>
        <translation>適用(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="160"/>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="162"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="170"/>
        <source>&amp;About Splitroute</source>
        <translation>Splitroute について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="173"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="187"/>
        <source>Filter: text, or an address to see the routes that match it</source>
        <translation>絞り込み: 文字列、またはアドレスを入力すると一致する経路を表示</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="191"/>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 と IPv6</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="192"/>
        <location filename="../app/gui/MainWindow.cpp" line="244"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="193"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="195"/>
        <source>All interfaces</source>
        <translation>すべてのインターフェイス</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="226"/>
        <source>Routing table</source>
        <translation>経路表</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="230"/>
        <source>Networks pushed by a VPN profile, with a tunnel/bypass switch for each, appear here once VPN profiles can be opened in this build.</source>
        <translation>VPN プロファイルを開けるようになると、プロファイルがプッシュするネットワークが、それぞれトンネル/迂回の切り替えとともにここに表示されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="236"/>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="248"/>
        <source>IPv6 global unicast</source>
        <translation>IPv6 グローバルユニキャスト</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="264"/>
        <source>Wheel or +/− to zoom, drag or arrow keys to pan, click a route to select it in the table. Bottom band: the route each address uses.</source>
        <translation>ホイールまたは +/− で拡大縮小、ドラッグまたは矢印キーで移動、経路をクリックすると経路表で選択されます。最下段: 各アドレスが実際に使う経路。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="283"/>
        <source>Address map</source>
        <translation>アドレスマップ</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="287"/>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="304"/>
        <location filename="../app/gui/MainWindow.cpp" line="727"/>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="307"/>
        <source>Opened files</source>
        <translation>開いたファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="316"/>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="322"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="322"/>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="322"/>
        <source>Routes</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="326"/>
        <source>Findings (leaks, shadowed bypasses, missing iroutes) are listed here once the analyzers are part of this build.</source>
        <translation>アナライザーがこのビルドに含まれると、検出事項 (漏洩、隠蔽された迂回経路、不足している iroute) がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="340"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="342"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="350"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="354"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="367"/>
        <source>&amp;Routes</source>
        <translation>経路(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="372"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="376"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="414"/>
        <source>No table</source>
        <translation>経路表なし</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="416"/>
        <source>Live: %1</source>
        <translation>ライブ: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="743"/>
        <source>Not following route changes: %1</source>
        <translation>経路の変更を追跡していません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="769"/>
        <source>Stopped following route changes: %1</source>
        <translation>経路の変更の追跡を停止しました: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="418"/>
        <source>Demo data (simulated)</source>
        <translation>デモデータ (シミュレーション)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="420"/>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="422"/>
        <source>Helper: not available in this build</source>
        <translation>ヘルパー: このビルドでは使用不可</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="425"/>
        <location filename="../app/gui/MainWindow.cpp" line="428"/>
        <location filename="../app/gui/MainWindow.cpp" line="506"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>経路 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="426"/>
        <source>Findings: none computed</source>
        <translation>検出事項: 未計算</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="429"/>
        <source>%1 of %2 routes</source>
        <translation>%2 件中 %1 件の経路</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="479"/>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="505"/>
        <source>Format: %1</source>
        <translation>形式: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="584"/>
        <source> (before)</source>
        <translation> (変更前)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="584"/>
        <source> (after)</source>
        <translation> (変更後)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="659"/>
        <source>Cannot open file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="660"/>
        <location filename="../app/gui/MainWindow.cpp" line="814"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="678"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="679"/>
        <source>Some lines were not read</source>
        <translation>読み取れなかった行があります</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="687"/>
        <source>Demo data missing</source>
        <translation>デモデータがありません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="687"/>
        <source>The bundled demo data was not found.</source>
        <translation>同梱のデモデータが見つかりません。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="694"/>
        <source>Demo data unreadable</source>
        <translation>デモデータを読み取れません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="699"/>
        <source>Demo: laptop on a full-tunnel VPN</source>
        <translation>デモ: フルトンネル VPN 接続中のノート PC</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="716"/>
        <source>Reading this computer&apos;s routing table is not supported on this system.</source>
        <translation>このシステムではこのコンピューターの経路表の読み取りに対応していません。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="721"/>
        <source>Cannot read this computer&apos;s routes</source>
        <translation>このコンピューターの経路を読み取れません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="782"/>
        <source>Open Routing Table</source>
        <translation>経路表を開く</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="783"/>
        <source>Routing tables (*.json *.txt *.log *.route);;All files (*)</source>
        <translation>経路表 (*.json *.txt *.log *.route);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="794"/>
        <source>Save Snapshot</source>
        <translation>スナップショットを保存</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="795"/>
        <source>Splitroute snapshots (*.json)</source>
        <translation>Splitroute スナップショット (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="814"/>
        <source>Cannot save snapshot</source>
        <translation>スナップショットを保存できません</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="817"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="823"/>
        <source>About Splitroute</source>
        <translation>Splitroute について</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="824"/>
        <source>Splitroute %1

A split-tunnel route manager: see the routes a VPN installs against your routing table, decide network by network what goes through the tunnel, and apply, revert or export the difference.

Built with Qt %2.</source>
        <translation>Splitroute %1

スプリットトンネル経路マネージャー: VPN が追加する経路を経路表と見比べ、ネットワークごとにトンネルを通すかどうかを決め、その差分を適用・取り消し・エクスポートできます。

Qt %2 でビルドされています。</translation>
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
