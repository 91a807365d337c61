<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>VpnConnection</name>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="41"/>
        <source>OpenVPN profile</source>
        <translation>OpenVPN プロファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="43"/>
        <source>OpenVPN server config and client-config-dir</source>
        <translation>OpenVPN サーバー設定と client-config-dir</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="45"/>
        <source>AWS Client VPN endpoint</source>
        <translation>AWS Client VPN エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="47"/>
        <source>Pasted PUSH_REPLY or OpenVPN log</source>
        <translation>貼り付けた PUSH_REPLY または OpenVPN ログ</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="48"/>
        <source>OpenVPN log or PUSH_REPLY</source>
        <translation>OpenVPN ログまたは PUSH_REPLY</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="57"/>
        <location filename="../app/gui/VpnConnection.cpp" line="70"/>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="59"/>
        <location filename="../app/gui/VpnConnection.cpp" line="71"/>
        <source>%1, line %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="66"/>
        <source>pushed option %1: %2</source>
        <translation>プッシュされたオプション %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="111"/>
        <location filename="../app/gui/VpnConnection.cpp" line="219"/>
        <source>any client</source>
        <translation>任意のクライアント</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="115"/>
        <location filename="../app/gui/VpnConnection.cpp" line="217"/>
        <source>%1 as %2</source>
        <translation>%1 (%2 として)</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="134"/>
        <location filename="../app/gui/VpnConnection.cpp" line="221"/>
        <source>AWS %1</source>
        <translation>AWS %1</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="142"/>
        <source>pasted push</source>
        <translation>貼り付けたプッシュ</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="148"/>
        <source>%1 + pasted push</source>
        <translation>%1 + 貼り付けたプッシュ</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="148"/>
        <source>Pasted push</source>
        <translation>貼り付けたプッシュ</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="150"/>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>Split-tunnel route manager</source>
        <translation>スプリットトンネル経路マネージャー</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>Open the bundled demo.</source>
        <translation>同梱のデモを開きます。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="56"/>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>システムの言語の代わりにこの言語を使います。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>Log debug messages too (or set SPLITROUTE_LOG).</source>
        <translation>デバッグメッセージも記録する（SPLITROUTE_LOG でも指定可）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="76"/>
        <source>Routing tables to open.</source>
        <translation>開く経路表。</translation>
    </message>
</context>
<context>
    <name>splitroute::app::AddressMapWidget</name>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="51"/>
        <source>Address map</source>
        <translation>アドレスマップ</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AddressMapWidget.cpp" line="495"/>
        <source>Laying out %n route(s)…</source>
        <translation>
            <numerusform>経路 %n 件を配置中…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="496"/>
        <source>No routes in this address space</source>
        <translation>このアドレス空間には経路がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="497"/>
        <source>No table</source>
        <translation>経路表なし</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="574"/>
        <source>used</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="631"/>
        <source>next hop changes</source>
        <translation>ネクストホップが変わる</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="637"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="642"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="649"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="654"/>
        <source>local, broadcast</source>
        <translation>ローカル、ブロードキャスト</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="656"/>
        <source>blackhole, unreachable</source>
        <translation>ブラックホール、到達不能</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="657"/>
        <source>never used (shadowed)</source>
        <translation>使われない (隠蔽)</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="727"/>
        <source>The plan changes the next hop of %1 – %2</source>
        <translation>計画により %1 – %2 のネクストホップが変わります</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="736"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="738"/>
        <source>no route: unreachable</source>
        <translation>経路なし: 到達不能</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="741"/>
        <source>uses %1</source>
        <translation>使用する経路: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="743"/>
        <source>The plan changes this next hop.</source>
        <translation>計画によりこのネクストホップが変わります。</translation>
    </message>
</context>
<context>
    <name>splitroute::app::ApplyController</name>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="85"/>
        <location filename="../app/gui/ApplyController.cpp" line="173"/>
        <source>Cannot apply</source>
        <translation>適用できません</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="86"/>
        <source>Change %1 failed: %2</source>
        <translation>変更 %1 が失敗しました: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="94"/>
        <source>%n route change(s) applied.</source>
        <translation>
            <numerusform>%n 件の経路変更を適用しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="112"/>
        <location filename="../app/gui/ApplyController.cpp" line="255"/>
        <location filename="../app/gui/ApplyController.cpp" line="419"/>
        <source>Cannot revert</source>
        <translation>元に戻せません</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="116"/>
        <source>The changes were reverted.</source>
        <translation>変更を元に戻しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="132"/>
        <source>Applying route changes…</source>
        <translation>経路の変更を適用中…</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="134"/>
        <source>Applying</source>
        <translation>適用中</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="138"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="232"/>
        <source>Helper: not started (will use the helper of the build tree %1)</source>
        <translation>ヘルパー: 未起動（ビルドツリー %1 のヘルパーを使用します）</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="234"/>
        <source>Helper: not started</source>
        <translation>ヘルパー: 未起動</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="246"/>
        <source>helper (%1)</source>
        <translation>ヘルパー (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="249"/>
        <source>The helper failed</source>
        <translation>ヘルパーが失敗しました</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="264"/>
        <source>Cannot keep the split after reconnects</source>
        <translation>再接続後も分割を維持できません</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="273"/>
        <source>Cannot stop keeping the split</source>
        <translation>分割の維持を止められません</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="282"/>
        <source>Cannot keep the changes</source>
        <translation>変更を保持できません</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="333"/>
        <source>%n addition(s)</source>
        <translation>
            <numerusform>%n 件の追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="334"/>
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n 件の削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="341"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="359"/>
        <source>Effect: %1.</source>
        <translation>効果: %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="360"/>
        <source>Apply Route Changes</source>
        <translation>経路変更の適用</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="355"/>
        <source>Apply %n route change(s) to the demo machine?</source>
        <translation>
            <numerusform>デモマシンに %n 件の経路変更を適用しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="357"/>
        <source>Apply %n route change(s) to this computer?</source>
        <translation>
            <numerusform>このコンピューターに %n 件の経路変更を適用しますか?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="363"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="398"/>
        <source>Undo the last route changes Splitroute applied to the demo machine?</source>
        <translation>Splitroute がデモマシンに最後に適用した経路変更を元に戻しますか?</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="400"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="399"/>
        <source>Undo the last route changes Splitroute applied to this computer?</source>
        <translation>Splitroute がこのコンピューターに最後に適用した経路変更を取り消しますか?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="426"/>
        <source>Reverted: %n route change(s) undone.</source>
        <translation>
            <numerusform>元に戻しました: %n 件の経路変更を取り消しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="443"/>
        <source>Reverting route changes…</source>
        <translation>経路の変更を元に戻しています…</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="444"/>
        <source>Reverting</source>
        <translation>元に戻し中</translation>
    </message>
</context>
<context>
    <name>splitroute::app::AwsConnectionDialog</name>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="18"/>
        <source>Open AWS Client VPN Endpoint</source>
        <translation>AWS Client VPN エンドポイントを開く</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="21"/>
        <source>Save the output of &lt;tt&gt;aws ec2 describe-client-vpn-endpoints&lt;/tt&gt; and &lt;tt&gt;aws ec2 describe-client-vpn-routes&lt;/tt&gt; as JSON files; Splitroute derives what the endpoint pushes. The downloaded .ovpn adds the client&apos;s own options.</source>
        <translation>&lt;tt&gt;aws ec2 describe-client-vpn-endpoints&lt;/tt&gt; と &lt;tt&gt;aws ec2 describe-client-vpn-routes&lt;/tt&gt; の出力を JSON ファイルとして保存してください。Splitroute はエンドポイントがプッシュする内容を導き出します。ダウンロードした .ovpn はクライアント自身のオプションを追加します。</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="32"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="47"/>
        <source>AWS CLI JSON (*.json);;All files (*)</source>
        <translation>AWS CLI JSON (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="52"/>
        <source>optional: without it a split tunnel&apos;s networks are unknown</source>
        <translation>省略可: ないとスプリットトンネルのネットワークは不明です</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="55"/>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="58"/>
        <source>&amp;Endpoints JSON:</source>
        <translation>エンドポイント JSON(&amp;E):</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="58"/>
        <source>Endpoints JSON</source>
        <translation>エンドポイント JSON</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="59"/>
        <source>E&amp;ndpoint:</source>
        <translation>エンドポイント(&amp;N):</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="60"/>
        <source>&amp;Routes JSON:</source>
        <translation>経路 JSON(&amp;R):</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="60"/>
        <source>Routes JSON</source>
        <translation>経路 JSON</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="61"/>
        <source>Downloaded &amp;profile:</source>
        <translation>ダウンロードしたプロファイル(&amp;P):</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="62"/>
        <source>Client VPN Profile</source>
        <translation>Client VPN プロファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="63"/>
        <source>OpenVPN profiles (*.ovpn *.conf);;All files (*)</source>
        <translation>OpenVPN プロファイル (*.ovpn *.conf);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>splitroute::app::Backend</name>
    <message>
        <location filename="../app/gui/Translations.cpp" line="14"/>
        <source>simulated</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <location filename="../app/gui/Translations.cpp" line="16"/>
        <source>netlink</source>
        <translation>カーネル (netlink)</translation>
    </message>
    <message>
        <location filename="../app/gui/Translations.cpp" line="18"/>
        <source>IP Helper</source>
        <translation>IP ヘルパー</translation>
    </message>
</context>
<context>
    <name>splitroute::app::ChangesView</name>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="58"/>
        <source>2^32 addresses (all of IPv4)</source>
        <translation>2^32 個のアドレス (IPv4 全体)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="58"/>
        <source>2^128 addresses (all of IPv6)</source>
        <translation>2^128 個のアドレス (IPv6 全体)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="60"/>
        <source>2^31 addresses (half of IPv4)</source>
        <translation>2^31 個のアドレス (IPv4 の半分)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="60"/>
        <source>2^127 addresses (half of IPv6)</source>
        <translation>2^127 個のアドレス (IPv6 の半分)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="61"/>
        <source>2^%1 addresses (a /%2)</source>
        <translation>2^%1 個のアドレス (/%2 相当)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="84"/>
        <source>western</source>
        <extracomment>Not shown. The number scale of this language: &quot;western&quot; (million = 10^6, billion = 10^9) or &quot;myriad&quot; (10^4 and 10^8, as Japanese 万 and 億). Translate with one of the two words.</extracomment>
        <translation>myriad</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="78"/>
        <source>about %1 ten thousand (%2% of IPv4)</source>
        <translation>約 %1 万 (IPv4 の %2%)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="79"/>
        <source>about %1 ten thousand</source>
        <translation>約 %1 万</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="80"/>
        <source>about %1 hundred million (%2% of IPv4)</source>
        <translation>約 %1 億 (IPv4 の %2%)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="81"/>
        <source>about %1 hundred million</source>
        <translation>約 %1 億</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="73"/>
        <source>about %1 million (%2% of IPv4)</source>
        <translation>約 %1 百万 (IPv4 の %2%)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="74"/>
        <source>about %1 million</source>
        <translation>約 %1 百万</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="75"/>
        <source>about %1 billion (%2% of IPv4)</source>
        <translation>約 %1 十億 (IPv4 の %2%)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="76"/>
        <source>about %1 billion</source>
        <translation>約 %1 十億</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="94"/>
        <source>about 2^%1 addresses</source>
        <translation>約 2^%1 個のアドレス</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="121"/>
        <source>Traffic that went</source>
        <translation>以前の経路</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="121"/>
        <source>Now goes</source>
        <translation>現在の経路</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="121"/>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="121"/>
        <source>Addresses</source>
        <translation>アドレス数</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="128"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="128"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="128"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="128"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="132"/>
        <source>An address (e.g. 10.20.1.1) or a host name and Enter</source>
        <translation>アドレス (例: 10.20.1.1) またはホスト名を入力して Enter</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="236"/>
        <source>Press Enter to look up the host name %1.</source>
        <translation>Enter を押すとホスト名 %1 を検索します。</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="237"/>
        <source>“%1” is neither an address nor a host name.</source>
        <translation>「%1」はアドレスでもホスト名でもありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="255"/>
        <source>Host names cannot be looked up here; enter an address.</source>
        <translation>ここではホスト名を検索できません。アドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="260"/>
        <source>Looking up %1…</source>
        <translation>%1 を検索中…</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="281"/>
        <source>Cannot look up %1 (%2). Enter an address instead.</source>
        <translation>%1 を検索できません (%2)。代わりにアドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="284"/>
        <source>%1 has no addresses.</source>
        <translation>%1 にはアドレスがありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="294"/>
        <source>%1 (%2)
  Before: %3
  After: %4</source>
        <translation>%1 (%2)
  変更前: %3
  変更後: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="299"/>
        <source>… and %n more address(es)</source>
        <translation>
            <numerusform>… ほか %n 個のアドレス</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="137"/>
        <source>Look up:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="158"/>
        <source>This source has a single table. Changes appear here when a source has a table before and after (for example the demo).</source>
        <translation>このソースには経路表が 1 つしかありません。変更前と変更後の経路表を持つソース (デモなど) では、ここに変更が表示されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="176"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="189"/>
        <source>%1 addresses</source>
        <translation>%1 個のアドレス</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="203"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="205"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="210"/>
        <source>changed (%1)</source>
        <translation>変更 (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="214"/>
        <source>The tables are the same (%n route(s)).</source>
        <translation>
            <numerusform>経路表は同じです (経路 %n 件)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="216"/>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged.</source>
        <translation>追加 %1、削除 %2、変更 %3、変更なし %4。</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="242"/>
        <location filename="../app/gui/ChangesView.cpp" line="292"/>
        <source>no route</source>
        <translation>経路なし</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="245"/>
        <source>Before: %1
After: %2</source>
        <translation>変更前: %1
変更後: %2</translation>
    </message>
</context>
<context>
    <name>splitroute::app::EffectText</name>
    <message numerus="yes">
        <location filename="../app/gui/EffectText.cpp" line="19"/>
        <source>%1 and %n more</source>
        <comment>the rest of a list of address ranges</comment>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="44"/>
        <source>%1 now has no route</source>
        <comment>several address ranges</comment>
        <translation>%1 は今後、経路がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="45"/>
        <source>%1 now has no route</source>
        <comment>one address range or all traffic</comment>
        <translation>%1 は今後、経路がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="49"/>
        <source>%1 now is dropped (%2)</source>
        <comment>several address ranges; %2: the route type, e.g. blackhole</comment>
        <translation>%1 は今後、破棄されます（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="51"/>
        <source>%1 now is dropped (%2)</source>
        <comment>one address range or all traffic; %2: the route type, e.g. blackhole</comment>
        <translation>%1 は今後、破棄されます（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="56"/>
        <source>%1 now leave through %2</source>
        <comment>several address ranges; %2: a network device</comment>
        <translation>%1 は今後、%2 から出ていきます</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="58"/>
        <source>%1 now leaves through %2</source>
        <comment>one address range or all traffic; %2: a network device</comment>
        <translation>%1 は今後、%2 から出ていきます</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="64"/>
        <source>%1 now goes %2</source>
        <comment>several address ranges; %2: a next hop, e.g. via 10.0.0.1</comment>
        <translation>%1 は今後、%2 を通ります</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="66"/>
        <source>%1 now goes %2</source>
        <comment>one address range or all traffic; %2: a next hop, e.g. via 10.0.0.1</comment>
        <translation>%1 は今後、%2 を通ります</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="75"/>
        <source>%1 (was: has no route)</source>
        <translation>%1（以前: 経路なし）</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="77"/>
        <source>%1 (was: is dropped (%2))</source>
        <comment>%2: the route type, e.g. blackhole</comment>
        <translation>%1（以前: 破棄（%2））</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="80"/>
        <source>%1 (was: through %2)</source>
        <comment>%2: a network device</comment>
        <translation>%1（以前: %2 経由）</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="85"/>
        <source>%1 (was: goes %2)</source>
        <comment>%2: a next hop, e.g. via 10.0.0.1</comment>
        <translation>%1（以前: %2）</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="98"/>
        <source>all %1 traffic</source>
        <comment>%1: IPv4 or IPv6</comment>
        <translation>%1 のすべての通信</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="100"/>
        <source>all %1 traffic except %2</source>
        <comment>%1: IPv4 or IPv6; %2: address ranges</comment>
        <translation>%2 を除く %1 のすべての通信</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="108"/>
        <source>no address changes its next hop</source>
        <translation>ネクストホップが変わるアドレスはありません</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="113"/>
        <source>%1; %2</source>
        <comment>two clauses of the effect of a plan</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="118"/>
        <source>no route</source>
        <translation>経路なし</translation>
    </message>
</context>
<context>
    <name>splitroute::app::ExportDialog</name>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="98"/>
        <source>Export Routes</source>
        <translation>経路のエクスポート</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="107"/>
        <source>NetworkManager connection name (nmcli only)</source>
        <translation>NetworkManager の接続名 (nmcli のみ)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="116"/>
        <source>Looking for NetworkManager connections…</source>
        <translation>NetworkManager の接続を探しています…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="122"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="123"/>
        <source>Co&amp;nnection:</source>
        <translation>接続(&amp;N):</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="135"/>
        <source>Sc&amp;ript</source>
        <translation>スクリプト(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="136"/>
        <source>&amp;Undo script</source>
        <translation>取り消しスクリプト(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="146"/>
        <source>Co&amp;py</source>
        <translation>コピー(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="147"/>
        <source>Copy the script shown (Script or Undo script) to the clipboard</source>
        <translation>表示中のスクリプト(スクリプトまたは取り消しスクリプト)をクリップボードにコピーします</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="148"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="149"/>
        <source>Save the script shown (Script or Undo script) to a file</source>
        <translation>表示中のスクリプト(スクリプトまたは取り消しスクリプト)をファイルに保存します</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="267"/>
        <source>Type: %1</source>
        <translation>種類: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="326"/>
        <source>Unknown format</source>
        <translation>不明な形式</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="337"/>
        <source>Type the name of the VPN&apos;s NetworkManager connection, or wait for the list of this computer&apos;s connections.</source>
        <translation>VPN の NetworkManager 接続名を入力するか、このコンピューターの接続一覧が表示されるまでお待ちください。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="341"/>
        <source>No NetworkManager connections were found on this computer. Type the name of the VPN&apos;s connection on the computer that runs the script.</source>
        <translation>このコンピューターには NetworkManager の接続が見つかりませんでした。スクリプトを実行するコンピューターでの VPN 接続名を入力してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="343"/>
        <source>nmcli could not list this computer&apos;s NetworkManager connections. Type the name of the VPN&apos;s connection on the computer that runs the script.</source>
        <translation>nmcli でこのコンピューターの NetworkManager 接続を一覧できませんでした。スクリプトを実行するコンピューターでの VPN 接続名を入力してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="347"/>
        <source>Choose the VPN&apos;s NetworkManager connection. Found on this computer: %1</source>
        <translation>VPN の NetworkManager 接続を選んでください。このコンピューターで見つかった接続: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="359"/>
        <source>Check before running: %1</source>
        <translation>実行する前に確認してください: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="389"/>
        <source>Save Script</source>
        <translation>スクリプトを保存</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="389"/>
        <source>Save Undo Script</source>
        <translation>取り消しスクリプトを保存</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="396"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="422"/>
        <source>%1: could not make it executable</source>
        <translation>%1: 実行可能にできませんでした</translation>
    </message>
</context>
<context>
    <name>splitroute::app::FindingsModel</name>
    <message numerus="yes">
        <location filename="../app/gui/FindingsModel.cpp" line="22"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="33"/>
        <source>the tunnel&apos;s own subnet</source>
        <translation>トンネル自身のサブネット</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="35"/>
        <source>the route to the VPN server</source>
        <translation>VPN サーバーへの経路</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="36"/>
        <source>the VPN server</source>
        <translation>VPN サーバー</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="38"/>
        <source>a VPN DNS server</source>
        <translation>VPN の DNS サーバー</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="40"/>
        <source>a protected network</source>
        <translation>保護されたネットワーク</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="42"/>
        <source>the tunnel&apos;s peer address</source>
        <translation>トンネルの対向アドレス</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="52"/>
        <source>tunnel</source>
        <translation>トンネル</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="54"/>
        <source>bypass</source>
        <translation>迂回</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="56"/>
        <source>as pushed</source>
        <translation>プッシュのまま</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="70"/>
        <source>IPv4 traffic goes through %1, but IPv6 traffic still leaves through %2 (%3): IPv6 leaks around the tunnel. Tunnel ::/0 too (OpenVPN: redirect-gateway ipv6, or block-ipv6) or turn IPv6 off on that link.</source>
        <translation>IPv4 の通信は %1 を通りますが、IPv6 の通信は依然として %2 (%3) から出ていきます: IPv6 がトンネルの外へ漏れています。::/0 もトンネルに通す (OpenVPN: redirect-gateway ipv6 または block-ipv6) か、そのリンクで IPv6 を無効にしてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="76"/>
        <source>The local network %1 on %2 covers public addresses (%3): traffic to them leaves outside the tunnel. A hostile network can claim any range as local (TunnelCrack LocalNet); OpenVPN&apos;s redirect-gateway block-local, or a bypass of private ranges only, closes it.</source>
        <translation>%2 のローカルネットワーク %1 が公開アドレス (%3) を含んでいます: それらへの通信はトンネルの外に出ます。悪意のあるネットワークは任意の範囲をローカルと称することができます (TunnelCrack LocalNet)。OpenVPN の redirect-gateway block-local、またはプライベート範囲だけの迂回で防げます。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="83"/>
        <source>The bypass %1 on %2 covers public addresses (%3): traffic to them leaves outside the tunnel. A hostile network can claim any range as local (TunnelCrack LocalNet); make sure this bypass is meant.</source>
        <translation>%2 の迂回経路 %1 が公開アドレス (%3) を含んでいます: それらへの通信はトンネルの外に出ます。悪意のあるネットワークは任意の範囲をローカルと称することができます (TunnelCrack LocalNet)。この迂回が意図したものか確認してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="89"/>
        <source>Policy rule &apos;%1&apos; bypasses %2, a large public range: that traffic leaves outside the tunnel.</source>
        <translation>ポリシーのルール「%1」が広い公開範囲 %2 を迂回させています: その通信はトンネルの外に出ます。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="94"/>
        <source>The DHCP route %1 on %2 takes %3 out of the tunnel %4: a DHCP server can push such routes (option 121) and read traffic meant for the VPN (TunnelVision, CVE-2024-3661). Unless this network is meant to stay local, ignore DHCP routes on %2 (NetworkManager: ipv4.ignore-auto-routes yes; systemd-networkd: UseRoutes=no) or route it into the tunnel.</source>
        <translation>%2 の DHCP 経路 %1 が %3 をトンネル %4 の外に出しています: DHCP サーバーはこのような経路 (オプション 121) を配布して、VPN に送られるはずの通信を読み取れます (TunnelVision、CVE-2024-3661)。このネットワークを意図してローカルに残すのでなければ、%2 の DHCP 経路を無視する (NetworkManager: ipv4.ignore-auto-routes yes、systemd-networkd: UseRoutes=no) か、トンネルに通してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="102"/>
        <source>No route to the VPN server %1: the tunnel cannot be reached.</source>
        <translation>VPN サーバー %1 への経路がありません: トンネルに到達できません。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="105"/>
        <source>The route to the VPN server %1 goes into %2 (%3): the tunnel would carry itself. Add a host route via the physical gateway.</source>
        <translation>VPN サーバー %1 への経路が %2 (%3) に入っています: トンネルが自分自身を運ぶことになります。物理ゲートウェイ経由のホスト経路を追加してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="110"/>
        <source>The VPN server is given by host name: the host route that keeps it outside the tunnel follows whatever the DNS answers, which an attacker on the local network can spoof (TunnelCrack ServerIP). Pin the server&apos;s address, or use an encrypted resolver.</source>
        <translation>VPN サーバーがホスト名で指定されています: サーバーをトンネル外に保つホスト経路は DNS の応答に従いますが、ローカルネットワーク上の攻撃者はその応答を偽装できます (TunnelCrack ServerIP)。サーバーのアドレスを固定するか、暗号化されたリゾルバーを使ってください。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="116"/>
        <source>The VPN route %1 on %2 swallows the local DNS server %3: it is no longer reached through the local network.</source>
        <translation>%2 の VPN 経路 %1 がローカルの DNS サーバー %3 を取り込んでいます: ローカルネットワーク経由では到達しなくなります。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="121"/>
        <source>The VPN route %1 on %2 swallows the local gateway %3: it is no longer reached through the local network.</source>
        <translation>%2 の VPN 経路 %1 がローカルのゲートウェイ %3 を取り込んでいます: ローカルネットワーク経由では到達しなくなります。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="126"/>
        <source>The VPN route %1 overlaps the local network %2 on %3: part of the local network now goes into the tunnel.</source>
        <translation>VPN 経路 %1 が %3 のローカルネットワーク %2 と重なっています: ローカルネットワークの一部がトンネルに入るようになります。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="131"/>
        <source>The VPN route %1 overlaps the local network %2 on %3: the local network wins for its addresses, so the remote hosts with those addresses cannot be reached through the tunnel.</source>
        <translation>VPN 経路 %1 が %3 のローカルネットワーク %2 と重なっています: そのアドレスではローカルネットワークが優先されるため、同じアドレスを持つリモートのホストにはトンネル経由で到達できません。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="138"/>
        <source>route-nopull also drops the DNS servers the VPN pushes (dhcp-option DNS); use pull-filter ignore &quot;redirect-gateway&quot; / &quot;route …&quot; to refuse routes only.</source>
        <translation>route-nopull は VPN がプッシュする DNS サーバー (dhcp-option DNS) も破棄します。経路だけを拒否するには pull-filter ignore &quot;redirect-gateway&quot; / &quot;route …&quot; を使ってください。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="142"/>
        <source>route-nopull also drops the DNS servers the VPN pushes (dhcp-option DNS: %1); use pull-filter ignore &quot;redirect-gateway&quot; / &quot;route …&quot; to refuse routes only.</source>
        <translation>route-nopull は VPN がプッシュする DNS サーバー (dhcp-option DNS: %1) も破棄します。経路だけを拒否するには pull-filter ignore &quot;redirect-gateway&quot; / &quot;route …&quot; を使ってください。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="148"/>
        <source>AWS Client VPN route enforcement is on for this endpoint: the AWS client watches the routing table and reverts changes to the VPN&apos;s routes, so bypass routes will be undone while connected.</source>
        <translation>このエンドポイントでは AWS Client VPN の経路強制 (route enforcement) が有効です: AWS クライアントが経路表を監視して VPN の経路への変更を元に戻すため、接続中は迂回経路が取り消されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="153"/>
        <source>The AWS VPN Client strips pull-filter and route-nopull from profiles; they only take effect with stock OpenVPN.</source>
        <translation>AWS VPN Client はプロファイルから pull-filter と route-nopull を取り除きます。これらは標準の OpenVPN でのみ有効です。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="157"/>
        <source>The bypass %1 does not take effect for %2: a more specific (or lower-metric) route sends it into the tunnel.</source>
        <translation>迂回経路 %1 は %2 には効きません: より具体的な (またはメトリックの小さい) 経路がそれをトンネルに送ります。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="161"/>
        <source>The tunnel route %1 does not cover %2: a more specific (or lower-metric) route keeps it outside the tunnel.</source>
        <translation>トンネル経路 %1 は %2 を覆っていません: より具体的な (またはメトリックの小さい) 経路がそれをトンネルの外に保ちます。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="166"/>
        <source>The route %1 sends %2 into %3, but no client iroute covers it: OpenVPN drops those packets. Add an iroute for it in the client&apos;s client-config-dir file.</source>
        <translation>経路 %1 は %2 を %3 に送りますが、それを覆うクライアントの iroute がありません: OpenVPN はそのパケットを破棄します。クライアントの client-config-dir ファイルに iroute を追加してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="172"/>
        <source>%1: primary %2 (metric %3), backup %4 (metric %5); the backup carries traffic only while the primary&apos;s route is gone.</source>
        <translation>%1: 主 %2 (メトリック %3)、予備 %4 (メトリック %5)。予備は主の経路がなくなっている間だけ通信を運びます。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="177"/>
        <source>%1 goes into %2 and %3 with the same metric %4: which tunnel carries it depends on installation order.</source>
        <translation>%1 は同じメトリック %4 で %2 と %3 の両方に入ります: どちらのトンネルが運ぶかは経路の追加順によります。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="182"/>
        <source>The route %1 is neither Splitroute&apos;s nor the VPN&apos;s, so the plan leaves it; %2 keeps its next hop.</source>
        <translation>経路 %1 は Splitroute のものでも VPN のものでもないため、計画はそのまま残します。%2 のネクストホップは変わりません。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="187"/>
        <source>Rule &apos;%1&apos;: cannot resolve %2 (%3); the rule is left out of the plan.</source>
        <translation>ルール「%1」: %2 を解決できません (%3)。このルールは計画から除外されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="191"/>
        <source>Rule &apos;%1&apos; (%2 %3) covers %4, %5; the plan leaves that part as it is so the tunnel keeps working.</source>
        <translation>ルール「%1」(%2 %3) は %4 (%5) を含みます。トンネルが動作し続けるよう、計画はその部分をそのまま残します。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="196"/>
        <source>Rule &apos;%1&apos; has no effect: earlier rules already decide all of %2.</source>
        <translation>ルール「%1」は効果がありません: %2 全体が前のルールですでに決まっています。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="199"/>
        <source>No %1 route outside the tunnel to send bypassed traffic to; those bypass rules are left out.</source>
        <translation>迂回する通信を送るトンネル外の %1 経路がありません。それらの迂回ルールは除外されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="204"/>
        <source>No tunnel device found for %1 tunnel rules; give one with the tunnel device parameter.</source>
        <translation>%1 のトンネルルールに使うトンネルデバイスが見つかりません。トンネルデバイスのパラメーターで指定してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="209"/>
        <source>For %1, keeping the default override and bypassing takes %2 changes instead of %3.</source>
        <translation>%1 では、既定経路の上書きを残して迂回すると、変更は %3 件ではなく %2 件で済みます。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="214"/>
        <source>For %1, removing the default override and tunnelling takes %2 changes instead of %3.</source>
        <translation>%1 では、既定経路の上書きを外してトンネルに通すと、変更は %3 件ではなく %2 件で済みます。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="243"/>
        <source>IPv6 traffic does not go through the tunnel</source>
        <translation>IPv6 の通信がトンネルを通りません</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="245"/>
        <source>A local network route exposes public addresses (TunnelCrack LocalNet)</source>
        <translation>ローカルネットワークの経路が公開アドレスをトンネル外に出しています (TunnelCrack LocalNet)</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="247"/>
        <source>A DHCP route takes traffic out of the tunnel (TunnelVision)</source>
        <translation>DHCP 経路が通信をトンネルの外に出しています (TunnelVision)</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="248"/>
        <source>No route to the VPN server outside the tunnel</source>
        <translation>トンネル外を通る VPN サーバーへの経路がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="249"/>
        <source>The VPN server is routed into the tunnel</source>
        <translation>VPN サーバーへの通信がトンネルに入っています</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="251"/>
        <source>The VPN server&apos;s address comes from DNS (TunnelCrack ServerIP)</source>
        <translation>VPN サーバーのアドレスが DNS から得られています (TunnelCrack ServerIP)</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="252"/>
        <source>A pushed route captures the local DNS server</source>
        <translation>プッシュされた経路がローカルの DNS サーバーを取り込んでいます</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="253"/>
        <source>A pushed route captures the local gateway</source>
        <translation>プッシュされた経路がローカルのゲートウェイを取り込んでいます</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="254"/>
        <source>A pushed route overlaps the local network</source>
        <translation>プッシュされた経路がローカルネットワークと重なっています</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="255"/>
        <source>route-nopull also drops the VPN&apos;s DNS servers</source>
        <translation>route-nopull は VPN の DNS サーバーも破棄します</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="257"/>
        <source>AWS Client Route Enforcement will undo bypass routes</source>
        <translation>AWS Client Route Enforcement が迂回経路を元に戻します</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="258"/>
        <source>The AWS VPN Client ignores pull-filter</source>
        <translation>AWS VPN Client は pull-filter を無視します</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="259"/>
        <source>A bypass is hidden by a more specific tunnel route</source>
        <translation>迂回経路がより具体的なトンネル経路に隠されています</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="260"/>
        <source>A tunnel route is hidden by a more specific route</source>
        <translation>トンネル経路がより具体的な経路に隠されています</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="261"/>
        <source>A route into the tunnel has no matching iroute</source>
        <translation>トンネルへの経路に対応する iroute がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="262"/>
        <source>Two tunnels: one is the backup of the other</source>
        <translation>2 つのトンネル: 一方がもう一方の予備です</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="263"/>
        <source>Two tunnels claim the same networks at equal metric</source>
        <translation>2 つのトンネルが同じメトリックで同じネットワークを要求しています</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="264"/>
        <source>A route the plan may not replace stays in the way</source>
        <translation>計画で置き換えられない経路が妨げになっています</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="265"/>
        <source>A host name in the policy cannot be resolved</source>
        <translation>ポリシー内のホスト名を解決できません</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="267"/>
        <source>A rule covers a range the tunnel needs; that part stays as it is</source>
        <translation>ルールがトンネルに必要な範囲を含んでいます。その部分はそのまま残ります</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="268"/>
        <source>A rule has no effect: earlier rules decide it</source>
        <translation>ルールに効果がありません: 前のルールで決まっています</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="269"/>
        <source>No route outside the tunnel for bypassed traffic</source>
        <translation>迂回する通信のためのトンネル外の経路がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="270"/>
        <source>No tunnel device for the tunnel rules</source>
        <translation>トンネルルールに使うトンネルデバイスがありません</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="272"/>
        <source>The plan changes the default override: fewer route changes</source>
        <translation>計画は既定経路の上書きを変更します: 経路の変更が少なくなります</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="293"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="295"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="297"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="369"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="371"/>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="373"/>
        <source>Routes</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="375"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>splitroute::app::FindingsPanel</name>
    <message>
        <location filename="../app/gui/FindingsPanel.cpp" line="39"/>
        <source>No findings for this table.</source>
        <translation>この経路表には検出事項はありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsPanel.cpp" line="40"/>
        <source>Open a table to see findings.</source>
        <translation>検出事項を見るには経路表を開いてください。</translation>
    </message>
</context>
<context>
    <name>splitroute::app::HelperSession</name>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="68"/>
        <source>Helper: not started</source>
        <translation>ヘルパー: 未起動</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="70"/>
        <source>Helper: starting…</source>
        <translation>ヘルパー: 起動中…</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="73"/>
        <source>Helper: ready (%1; the helper of the build tree %2)</source>
        <translation>ヘルパー: 準備完了（%1、ビルドツリー %2 のヘルパー）</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="75"/>
        <source>Helper: ready (%1)</source>
        <translation>ヘルパー: 準備完了 (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="77"/>
        <source>Helper: working…</source>
        <translation>ヘルパー: 処理中…</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="79"/>
        <source>Helper: waiting for confirmation</source>
        <translation>ヘルパー: 確認待ち</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="81"/>
        <source>Helper: failed</source>
        <translation>ヘルパー: 失敗</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HelperSession.cpp" line="163"/>
        <source>Cancelled: the %n route change(s) were rolled back.</source>
        <translation>
            <numerusform>キャンセルしました: %n 件の経路変更を元に戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="165"/>
        <source>Cancelled, but the rollback failed: %1. The helper takes the changes back when its confirmation time runs out.</source>
        <translation>キャンセルしましたが、元に戻せませんでした: %1。確認時間が切れるとヘルパーが変更を取り消します。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HelperSession.cpp" line="175"/>
        <source>%n route change(s) applied.</source>
        <translation>
            <numerusform>%n 件の経路変更を適用しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="197"/>
        <source>The helper is not running.</source>
        <translation>ヘルパーが動作していません。</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="203"/>
        <source>The changes are kept.</source>
        <translation>変更を保持しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HelperSession.cpp" line="226"/>
        <source>Reverted: %n route change(s) undone.</source>
        <translation>
            <numerusform>元に戻しました: %n 件の経路変更を取り消しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="251"/>
        <source>splitroute-keeper holds %1 from now on (%2).</source>
        <translation>これからは splitroute-keeper が %1 を維持します (%2)。</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="275"/>
        <source>splitroute-keeper no longer holds %1 and undoes what it applied for it.</source>
        <translation>splitroute-keeper は %1 の維持をやめ、そのために適用した変更を元に戻します。</translation>
    </message>
</context>
<context>
    <name>splitroute::app::KeepChangesDialog</name>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="15"/>
        <source>Keep These Routes?</source>
        <translation>この経路を維持しますか?</translation>
    </message>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="21"/>
        <source>&amp;Keep</source>
        <translation>維持(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="22"/>
        <source>&amp;Revert Now</source>
        <translation>今すぐ元に戻す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="26"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/KeepChangesDialog.cpp" line="50"/>
        <source>The routes have been changed. If you can still reach what you need, keep them (Enter). Otherwise they are taken back in %n second(s) (Esc: now).</source>
        <translation>
            <numerusform>経路を変更しました。必要な接続先にまだ到達できる場合は維持してください (Enter)。そうでなければ %n 秒後に元に戻します (Esc: 今すぐ)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/KeepChangesDialog.cpp" line="56"/>
        <source>&amp;Keep (%n s)</source>
        <translation>
            <numerusform>維持(&amp;K) (%n 秒)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitroute::app::KeeperWatch</name>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="74"/>
        <source>Split no longer kept</source>
        <translation>分割は維持されなくなりました</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="75"/>
        <source>splitroute-keeper gave up holding %1: %2</source>
        <translation>splitroute-keeper は %1 の維持をあきらめました: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="76"/>
        <source>another program keeps undoing it</source>
        <translation>別のプログラムが繰り返し元に戻しています</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="79"/>
        <source>Split restored</source>
        <translation>分割を復元しました</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="80"/>
        <source>splitroute-keeper re-applied %1 on %2 (%3 added, %4 removed).</source>
        <translation>splitroute-keeper が %2 で %1 を再適用しました (追加 %3、削除 %4)。</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="81"/>
        <source>its tunnel</source>
        <translation>そのトンネル</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="97"/>
        <source>Splitroute</source>
        <translation>Splitroute</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="120"/>
        <source>Keeper: not running</source>
        <translation>Keeper: 動作していません</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="123"/>
        <source>Keeper: not holding %1</source>
        <translation>Keeper: %1 は維持していません</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="127"/>
        <source>Keeper: %1 waits for %2</source>
        <translation>Keeper: %1 は %2 を待っています</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/KeeperWatch.cpp" line="129"/>
        <source>Keeper: holding %1 on %2 (%n re-apply(s))</source>
        <translation>
            <numerusform>Keeper: %2 で %1 を維持中 (再適用 %n 回)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="134"/>
        <source>Keeper: gave up on %1</source>
        <translation>Keeper: %1 をあきらめました</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="136"/>
        <source>Keeper: refused %1: %2</source>
        <translation>Keeper: %1 を拒否しました: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="138"/>
        <source>Keeper: error in %1: %2</source>
        <translation>Keeper: %1 でエラー: %2</translation>
    </message>
</context>
<context>
    <name>splitroute::app::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="53"/>
        <location filename="../app/gui/MainWindow.cpp" line="340"/>
        <location filename="../app/gui/MainWindow.cpp" line="347"/>
        <source>Splitroute</source>
        <translation>Splitroute</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="249"/>
        <source>VPN Connection</source>
        <translation>VPN 接続</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="451"/>
        <source>Tunnel Device</source>
        <translation>トンネルデバイス</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="452"/>
        <source>Interface of %1:</source>
        <translation>%1 のインターフェイス:</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="65"/>
        <location filename="../app/gui/MainWindow.cpp" line="92"/>
        <source>Routing table</source>
        <translation>経路表</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="65"/>
        <location filename="../app/gui/MainWindow.cpp" line="94"/>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="65"/>
        <location filename="../app/gui/MainWindow.cpp" line="96"/>
        <source>Address map</source>
        <translation>アドレスマップ</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="65"/>
        <location filename="../app/gui/MainWindow.cpp" line="98"/>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="109"/>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="120"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="122"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="129"/>
        <source>V&amp;PN</source>
        <translation>VPN(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="134"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="137"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="148"/>
        <source>&amp;Routes</source>
        <translation>経路(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="153"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="158"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="285"/>
        <location filename="../app/gui/MainWindow.cpp" line="287"/>
        <source>Log File</source>
        <translation>ログファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="285"/>
        <source>Nothing has been logged to a file.</source>
        <translation>ファイルにはまだ何も記録されていません。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="287"/>
        <source>No application opened %1.</source>
        <translation>%1 を開けるアプリケーションがありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="494"/>
        <source>Log file: %1</source>
        <translation>ログファイル: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="532"/>
        <location filename="../app/gui/MainWindow.cpp" line="539"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="533"/>
        <source>Changes were applied and wait for you to keep them. Quitting now reverts them. Quit anyway?</source>
        <translation>変更は適用済みで、維持するかどうかの確認を待っています。いま終了すると元に戻されます。終了しますか?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="540"/>
        <source>The decisions made in the Networks tab will be lost. Quit anyway?</source>
        <translation>「ネットワーク」タブで行った決定は失われます。終了しますか?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="460"/>
        <source>Routing tables (*.json *.txt *.log *.route)</source>
        <translation>経路表 (*.json *.txt *.log *.route)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="461"/>
        <source>OpenVPN profiles and server configs (*.ovpn *.conf)</source>
        <translation>OpenVPN プロファイルとサーバー設定 (*.ovpn *.conf)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="462"/>
        <source>OpenVPN logs and PUSH_REPLY (*.log *.txt)</source>
        <translation>OpenVPN ログと PUSH_REPLY (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="463"/>
        <source>AWS Client VPN endpoints JSON (*.json)</source>
        <translation>AWS Client VPN エンドポイント JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="464"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="467"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="361"/>
        <source>Planned: %1</source>
        <translation>計画: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="204"/>
        <source>Save Policy</source>
        <translation>ポリシーを保存</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="204"/>
        <source>Split policies (*.json)</source>
        <translation>分割ポリシー (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="197"/>
        <source>Load Policy</source>
        <translation>ポリシーを読み込む</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="198"/>
        <source>Split policies (*.json);;All files (*)</source>
        <translation>分割ポリシー (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="524"/>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="345"/>
        <source> (before)</source>
        <translation> (変更前)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="345"/>
        <source> (after)</source>
        <translation> (変更後)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="212"/>
        <source>Attach VPN Profile</source>
        <translation>VPN プロファイルを添付</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="213"/>
        <source>OpenVPN profiles (*.ovpn *.conf);;All files (*)</source>
        <translation>OpenVPN プロファイル (*.ovpn *.conf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="191"/>
        <source>Save Snapshot</source>
        <translation>スナップショットを保存</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="192"/>
        <source>Splitroute snapshots (*.json)</source>
        <translation>Splitroute スナップショット (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="487"/>
        <source>About Splitroute</source>
        <translation>Splitroute について</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="488"/>
        <source>Splitroute %1

A split-tunnel route manager: see the routes a VPN installs against your routing table, decide network by network what goes through the tunnel, and apply, revert or export the difference.

Built with Qt %2.</source>
        <translation>Splitroute %1

スプリットトンネル経路マネージャー: VPN が追加する経路を経路表と見比べ、ネットワークごとにトンネルを通すかどうかを決め、その差分を適用・取り消し・エクスポートできます。

Qt %2 でビルドされています。</translation>
    </message>
</context>
<context>
    <name>splitroute::app::MapPage</name>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="49"/>
        <source>IPv&amp;4</source>
        <translation>IPv&amp;4</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="50"/>
        <source>IPv&amp;6 global unicast</source>
        <translation>IPv&amp;6 グローバルユニキャスト</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="57"/>
        <source>&amp;Before</source>
        <translation>変更前(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="58"/>
        <source>P&amp;lanned</source>
        <translation>計画(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="59"/>
        <source>&amp;After</source>
        <translation>変更後(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="60"/>
        <source>The routing table on show</source>
        <translation>表示中のルーティングテーブル</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="61"/>
        <source>The plan&apos;s route changes: added outlined, removed hatched</source>
        <translation>計画による経路の変更: 追加は枠線、削除は斜線</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="62"/>
        <source>The routing table once the plan is applied</source>
        <translation>計画を適用した後のルーティングテーブル</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="73"/>
        <source>Wheel or +/− to zoom, drag or arrow keys to pan, click a route to select it in the table. Bottom band: the route each address uses.</source>
        <translation>ホイールまたは +/− で拡大縮小、ドラッグまたは矢印キーで移動、経路をクリックすると経路表で選択されます。最下段: 各アドレスが実際に使う経路。</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="183"/>
        <source>Before: the table on show. Marked: where the plan changes the next hop (Alt+L shows the plan, Alt+A the table after it).</source>
        <translation>変更前: 表示中のテーブル。印の付いた範囲は計画でネクストホップが変わる所です(Alt+L で計画、Alt+A で適用後のテーブル)。</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="186"/>
        <source>The table before: plans are made for the table after.</source>
        <translation>接続前のテーブルです。計画は接続後のテーブルに対して作られます。</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="187"/>
        <source>Decide in the Networks tab to see the plan here (Planned, After).</source>
        <translation>「ネットワーク」タブで決めると、ここに計画が表示されます(計画、変更後)。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MapPage.cpp" line="194"/>
        <source>After: the table once the %n planned change(s) are applied.</source>
        <translation>
            <numerusform>変更後: 計画された %n 件の変更を適用した後のテーブル。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="223"/>
        <source>Planned: %1. Added routes are outlined, removed ones hatched, the others faded; the bottom band is the table after.</source>
        <translation>計画: %1。追加される経路は枠線、削除される経路は斜線、その他は薄く表示されます。下の帯は適用後のテーブルです。</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="237"/>
        <source>Video calls</source>
        <translation>ビデオ通話</translation>
    </message>
</context>
<context>
    <name>splitroute::app::NetworksView</name>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="111"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="111"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="111"/>
        <source>Goes through now</source>
        <translation>現在の経由先</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="49"/>
        <source>%1 via %2</source>
        <translation>%1 (%2 経由)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="54"/>
        <location filename="../app/gui/NetworksView.cpp" line="313"/>
        <location filename="../app/gui/NetworksView.cpp" line="319"/>
        <location filename="../app/gui/NetworksView.cpp" line="323"/>
        <source>— (no route)</source>
        <translation>— (経路なし)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="60"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="80"/>
        <source>All other IPv6 traffic</source>
        <translation>その他すべての IPv6 通信</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="81"/>
        <source>All other traffic</source>
        <translation>その他すべての通信</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="84"/>
        <source>%1 — %2 via %3</source>
        <translation>%1 — %2 (%3 経由)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="88"/>
        <source>%1 — default via %2</source>
        <translation>%1 — 既定経路 (%2 経由)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="89"/>
        <source>%1 — default via %2 (not overridden)</source>
        <translation>%1 — 既定経路 (%2 経由、上書きなし)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="94"/>
        <source>%1 — not routed anywhere</source>
        <translation>%1 — どこにも経路がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="112"/>
        <source>Will use</source>
        <translation>今後の経由先</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="112"/>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="124"/>
        <source>Space switches the current network between tunnel and bypass; Enter opens its decision; Delete removes a network you added.</source>
        <translation>Space で現在のネットワークをトンネルと迂回の間で切り替え、Enter で決定を開き、Delete で追加したネットワークを削除します。</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="128"/>
        <source>Add a network, address or host name, e.g. 192.168.1.0/24</source>
        <translation>ネットワーク、アドレス、またはホスト名を追加 (例: 192.168.1.0/24)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="133"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="158"/>
        <source>Tunnel</source>
        <translation>トンネル</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="160"/>
        <source>Bypass</source>
        <translation>迂回</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="162"/>
        <source>As pushed</source>
        <translation>プッシュのまま</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="173"/>
        <source>decided by the rows above it: %1</source>
        <translation>上の行で決まっています: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="175"/>
        <source>not routed anywhere: no route covers it</source>
        <translation>どこにも経路がありません: これを覆う経路がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="179"/>
        <source>the VPN server %1 is inside this network — the planner leaves the route to it as it is</source>
        <translation>VPN サーバー %1 がこのネットワーク内にあります — プランナーはそこへの経路をそのまま残します</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="182"/>
        <source>the VPN server %1 is inside this network — the planner keeps its host route</source>
        <translation>VPN サーバー %1 がこのネットワーク内にあります — プランナーはそのホスト経路を維持します</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="186"/>
        <source>already local: the connected route %1 on %2 is more specific</source>
        <translation>すでにローカル: %2 の直結経路 %1 のほうが具体的です</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="188"/>
        <source>partly outside the tunnel: %1 via %2 is more specific</source>
        <translation>一部がトンネル外: %2 経由の %1 のほうが具体的です</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="190"/>
        <source>covered by All other traffic (%1 via %2)</source>
        <translation>「その他すべての通信」に含まれます (%1、%2 経由)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="194"/>
        <source>%1 carries no IPv6 traffic: sending it through the tunnel has no effect</source>
        <translation>%1 は IPv6 の通信を運びません: トンネルに通しても効果はありません</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="195"/>
        <source>%1 carries no IPv4 traffic: sending it through the tunnel has no effect</source>
        <translation>%1 は IPv4 の通信を運びません: トンネルに通しても効果はありません</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="199"/>
        <source>host name: resolved to addresses when planning</source>
        <translation>ホスト名: 計画時にアドレスへ解決されます</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="204"/>
        <source>host name: resolved to %1</source>
        <translation>ホスト名: %1 に解決されました</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="207"/>
        <source>host name: cannot be resolved (%1); the plan leaves it out</source>
        <translation>ホスト名: 解決できません (%1)。計画から除外されます</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="237"/>
        <source>This table has no VPN connection yet. To decide what goes through the tunnel, attach the VPN&apos;s profile (%1 → %2), paste the server&apos;s PUSH_REPLY or a client log (%1 → %3), or drop an .ovpn file on the window.</source>
        <translation>このテーブルにはまだ VPN 接続がありません。トンネルを通すものを決めるには、VPN のプロファイルを添付する（%1 → %2）か、サーバーの PUSH_REPLY またはクライアントのログを貼り付ける（%1 → %3）か、.ovpn ファイルをウィンドウにドロップしてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="254"/>
        <source>Decide network by network what goes through the tunnel of %1. The Changes tab shows the routes that make it so; Export writes them as a script.</source>
        <translation>%1 のトンネルを通す通信をネットワークごとに決めます。「変更」タブにそのための経路が表示され、エクスポートでスクリプトとして書き出せます。</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="334"/>
        <source>%1 — local network on %2</source>
        <translation>%1 — %2 のローカルネットワーク</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="339"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="341"/>
        <source>— (resolved when planning)</source>
        <translation>— (計画時に解決)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="480"/>
        <source>Only networks you added can be removed; set this one to &quot;As pushed&quot; to leave it as the VPN has it.</source>
        <translation>削除できるのは追加したネットワークだけです。VPN の設定どおりにするには、これを「プッシュのまま」にしてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="488"/>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="531"/>
        <source>%1 is already in the list.</source>
        <translation>%1 はすでに一覧にあります。</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="526"/>
        <source>Not a network: %1</source>
        <translation>ネットワークではありません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="112"/>
        <source>Route in the table</source>
        <translation>経路表の経路</translation>
    </message>
</context>
<context>
    <name>splitroute::app::PersistDialog</name>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="73"/>
        <source>No AWS Client VPN profile was given with this endpoint. The AWS VPN Client ignores profile options that change routes; use Keep This Split After Reconnects instead.</source>
        <translation>このエンドポイントには AWS Client VPN のプロファイルが指定されていません。AWS VPN Client は経路を変えるプロファイルのオプションを無視します。代わりに「再接続後もこの分割を維持」を使ってください。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="78"/>
        <source>This connection was read from a server config, not from a client profile. Attach the client&apos;s profile (VPN menu) to write the split into it.</source>
        <translation>この接続はクライアントのプロファイルではなくサーバーの設定から読み込まれました。分割を書き込むには、クライアントのプロファイルを添付してください（VPN メニュー）。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="83"/>
        <source>This connection was read from a PUSH_REPLY or a log. Attach the client&apos;s profile (VPN menu) to write the split into it.</source>
        <translation>この接続は PUSH_REPLY またはログから読み込まれました。分割を書き込むには、クライアントのプロファイルを添付してください（VPN メニュー）。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="99"/>
        <source>Make Permanent</source>
        <translation>永続化</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="100"/>
        <source>Make Permanent — %1</source>
        <translation>永続化 — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="102"/>
        <source>Write this split where it lasts when the VPN reconnects. Nothing is written until you press Write; Undo takes it back exactly.</source>
        <translation>VPN が再接続しても残る場所にこの分割を書き込みます。「書き込む」を押すまで何も書き込まれません。「取り消す」で正確に元に戻せます。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="107"/>
        <source>Where</source>
        <translation>書き込み先</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="108"/>
        <source>&amp;NetworkManager connections</source>
        <translation>NetworkManager の接続(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="110"/>
        <source>OpenVPN &amp;profile</source>
        <translation>OpenVPN プロファイル(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="118"/>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="119"/>
        <source>Write &amp;to:</source>
        <translation>書き込み先ファイル(&amp;T):</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="133"/>
        <source>&amp;Exactly what will be written:</source>
        <translation>書き込まれる内容(&amp;E):</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="142"/>
        <source>&amp;Reconnect the VPN afterwards, so that it takes effect now (it drops for a moment)</source>
        <translation>すぐに反映されるよう、書き込んだ後で VPN を再接続する(&amp;R)（一瞬切断されます）</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="157"/>
        <source>&amp;Write</source>
        <translation>書き込む(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="158"/>
        <source>&amp;Undo…</source>
        <translation>取り消す(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="194"/>
        <source>NetworkManager is Linux&apos;s.</source>
        <translation>NetworkManager は Linux でのみ使えます。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="198"/>
        <source>NetworkManager&apos;s connections belong to this computer: open This Computer&apos;s table (File menu) to write them.</source>
        <translation>NetworkManager の接続はこのコンピューターのものです。書き込むには「このコンピューター」の表を開いてください（ファイル メニュー）。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="212"/>
        <source>NetworkManager is being changed; wait for its answer before closing.</source>
        <translation>NetworkManager を変更中です。閉じる前に応答を待ってください。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="284"/>
        <source>Write the Profile To</source>
        <translation>プロファイルの書き込み先</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="285"/>
        <source>OpenVPN profiles (*.ovpn *.conf);;All files (*)</source>
        <translation>OpenVPN プロファイル (*.ovpn *.conf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="306"/>
        <source>No OpenVPN client profile is attached to this connection.</source>
        <translation>この接続には OpenVPN クライアントのプロファイルが添付されていません。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="321"/>
        <source>The demo&apos;s profile is part of Splitroute: choose where to write a copy with the split (Choose…).</source>
        <translation>デモのプロファイルは Splitroute の一部です。分割を入れたコピーの書き込み先を選んでください（選択…）。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="324"/>
        <source>Choose where to write the profile with the split.</source>
        <translation>分割を入れたプロファイルの書き込み先を選んでください。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="325"/>
        <source>%1 cannot be written here: choose where to write a copy with the split (Choose…).</source>
        <translation>%1 には書き込めません。分割を入れたコピーの書き込み先を選んでください（選択…）。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="347"/>
        <location filename="../app/gui/PersistDialog.cpp" line="478"/>
        <source>Nothing to write: decide something in the Networks tab first.</source>
        <translation>書き込むものがありません。先に「ネットワーク」タブで決めてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="379"/>
        <source>The file changed since the preview was made: nothing was written. Read the new preview, then try again.</source>
        <translation>プレビューの作成後にファイルが変更されました。何も書き込んでいません。新しいプレビューを確認してから、もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="393"/>
        <source>Nothing was written: %1</source>
        <translation>何も書き込まれませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="398"/>
        <source>Wrote the split into %1 (line %2). OpenVPN uses it the next time it connects with this profile; Undo takes it out again.</source>
        <translation>分割を %1 に書き込みました（%2 行目）。OpenVPN は次にこのプロファイルで接続するときからこれを使います。「取り消す」で取り除けます。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="418"/>
        <location filename="../app/gui/PersistDialog.cpp" line="421"/>
        <location filename="../app/gui/PersistDialog.cpp" line="622"/>
        <location filename="../app/gui/PersistDialog.cpp" line="625"/>
        <source>Undo</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="419"/>
        <source>Take the Splitroute block out of %1? Every other line stays as it is.</source>
        <translation>%1 から Splitroute のブロックを取り除きますか？ほかの行はそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="427"/>
        <location filename="../app/gui/PersistDialog.cpp" line="578"/>
        <source>Nothing was changed: %1</source>
        <translation>何も変更されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="431"/>
        <source>Took the split out of %1.</source>
        <translation>%1 から分割を取り除きました。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="490"/>
        <source>The split written earlier cannot be taken back: %1</source>
        <translation>以前に書き込んだ分割を取り消せません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="509"/>
        <source>Splitroute wrote splits to %1: connect the VPN whose split to take back.</source>
        <translation>Splitroute は %1 に分割を書き込んでいます。取り消したい分割の VPN に接続してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="520"/>
        <location filename="../app/gui/PersistDialog.cpp" line="658"/>
        <source>Asking NetworkManager…</source>
        <translation>NetworkManager に問い合わせています…</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="520"/>
        <source>Writing to NetworkManager…</source>
        <translation>NetworkManager に書き込んでいます…</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="568"/>
        <source>NetworkManager&apos;s settings changed since the preview was made: nothing was written. Read the new preview, then try again.</source>
        <translation>プレビューの作成後に NetworkManager の設定が変更されました。何も書き込んでいません。新しいプレビューを確認してから、もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="577"/>
        <source>Writing failed: %1</source>
        <translation>書き込みに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="591"/>
        <source>Wrote the split to %1; the values before are saved in %2.</source>
        <translation>分割を %1 に書き込みました。以前の値は %2 に保存されています。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="452"/>
        <source>Reconnected: %1.</source>
        <translation>再接続しました: %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="597"/>
        <source>NetworkManager uses it when the VPN connects next.</source>
        <translation>NetworkManager は次に VPN が接続するときからこれを使います。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="623"/>
        <source>Write back the values that &apos;%1&apos; had before Splitroute changed it?</source>
        <translation>Splitroute が変更する前の「%1」の値を書き戻しますか？</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="633"/>
        <source>Undo failed: %1</source>
        <translation>取り消しに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="637"/>
        <source>Restored the values &apos;%1&apos; had before (saved in %2, now removed).</source>
        <translation>「%1」の以前の値を復元しました（%2 に保存されていたもので、このファイルは削除しました）。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="664"/>
        <source>VPN: &apos;%1&apos; on %2</source>
        <translation>VPN: %2 上の「%1」</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="666"/>
        <source>Bypass routes: &apos;%1&apos; on %2</source>
        <translation>バイパスする経路: %2 上の「%1」</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="672"/>
        <source>A split Splitroute wrote to &apos;%1&apos; is in place; Undo restores the values before.</source>
        <translation>Splitroute が「%1」に書き込んだ分割が有効です。「取り消す」で以前の値に戻ります。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="678"/>
        <source>To write another split, undo this one first.</source>
        <translation>別の分割を書き込むには、先にこれを取り消してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="680"/>
        <source># NetworkManager already holds this split: nothing to write.</source>
        <translation># NetworkManager はすでにこの分割を保持しています。書き込むものはありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="683"/>
        <source># The values before are saved to %1 first.</source>
        <translation># 以前の値は先に %1 に保存されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="687"/>
        <source># Written earlier; Undo runs:</source>
        <translation># 以前に書き込み済み。「取り消す」は次を実行します:</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="699"/>
        <source>Profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="703"/>
        <source>%1 holds a Splitroute block (line %2); Undo takes it out.</source>
        <translation>%1 には Splitroute のブロックがあります（%2 行目）。「取り消す」で取り除けます。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="712"/>
        <source># %1 already holds this split: nothing to write.</source>
        <translation># %1 にはすでにこの分割があります。書き込むものはありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="723"/>
        <source># Press Enter to see what will be written to this file.</source>
        <translation># Enter キーを押すと、このファイルに書き込まれる内容が表示されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="728"/>
        <source>Run the nmcli calls shown</source>
        <translation>表示された nmcli の呼び出しを実行します</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="728"/>
        <source>Write the profile shown</source>
        <translation>表示されたプロファイルを書き込みます</translation>
    </message>
</context>
<context>
    <name>splitroute::app::PushReplyDialog</name>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="20"/>
        <source>Paste PUSH_REPLY or OpenVPN Log</source>
        <translation>PUSH_REPLY または OpenVPN ログを貼り付け</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="22"/>
        <source>Paste the server&apos;s &lt;tt&gt;PUSH_REPLY,…&lt;/tt&gt; message, or the client log lines &lt;tt&gt;PUSH: Received control message: &apos;…&apos;&lt;/tt&gt; (verb 3 or more). With several pushes the last complete one is used.</source>
        <translation>サーバーの &lt;tt&gt;PUSH_REPLY,…&lt;/tt&gt; メッセージ、またはクライアントのログ行 &lt;tt&gt;PUSH: Received control message: &apos;…&apos;&lt;/tt&gt; (verb 3 以上) を貼り付けてください。プッシュが複数ある場合は、最後の完全なものが使われます。</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="38"/>
        <source>No profile: only what the server pushes</source>
        <translation>プロファイルなし: サーバーがプッシュする内容のみ</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="40"/>
        <source>Apply to %1 (its pull-filters count)</source>
        <translation>%1 に適用 (その pull-filter が有効)</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="42"/>
        <source>&amp;Received by:</source>
        <translation>受信側(&amp;R):</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="45"/>
        <source>&amp;Load Log File…</source>
        <translation>ログファイルを読み込む(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="56"/>
        <source>OpenVPN Log</source>
        <translation>OpenVPN ログ</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="56"/>
        <source>OpenVPN logs (*.log *.txt);;All files (*)</source>
        <translation>OpenVPN ログ (*.log *.txt);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>splitroute::app::RouteTableModel</name>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="42"/>
        <source>default override</source>
        <translation>既定経路の上書き</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="44"/>
        <source>shadowed</source>
        <translation>隠蔽</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="46"/>
        <source>inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="48"/>
        <source>pushed</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="50"/>
        <source>added by Splitroute</source>
        <translation>Splitroute が追加</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="52"/>
        <source>bypass</source>
        <translation>迂回</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RouteTableModel.cpp" line="79"/>
        <source>%n next hop(s)</source>
        <translation>
            <numerusform>ネクストホップ %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="82"/>
        <source>on-link</source>
        <translation>リンク上</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="121"/>
        <source>Together with its other half this route covers every address, so it overrides the default route without deleting it.</source>
        <translation>もう半分と合わせてこの経路はすべてのアドレスを覆うため、既定経路を削除せずに上書きします。</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="125"/>
        <source>More specific routes cover every address of this route: it is never used.</source>
        <translation>より具体的な経路がこの経路のすべてのアドレスを覆っているため、この経路は使われません。</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="128"/>
        <source>A route to the same destination with a lower metric is used instead.</source>
        <translation>同じ宛先でメトリックが小さい経路が代わりに使われます。</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="171"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="173"/>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="175"/>
        <source>Interface</source>
        <translation>インターフェイス</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="177"/>
        <source>Metric</source>
        <translation>メトリック</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="179"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="181"/>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="183"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="185"/>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
</context>
<context>
    <name>splitroute::app::RoutingPage</name>
    <message>
        <location filename="../app/gui/RoutingPage.cpp" line="28"/>
        <source>Filter: text, or an address to see the routes that match it</source>
        <translation>絞り込み: 文字列、またはアドレスを入力すると一致する経路を表示</translation>
    </message>
    <message>
        <location filename="../app/gui/RoutingPage.cpp" line="32"/>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 と IPv6</translation>
    </message>
    <message>
        <location filename="../app/gui/RoutingPage.cpp" line="33"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location filename="../app/gui/RoutingPage.cpp" line="34"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../app/gui/RoutingPage.cpp" line="36"/>
        <source>All interfaces</source>
        <translation>すべてのインターフェイス</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RoutingPage.cpp" line="119"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>経路 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RoutingPage.cpp" line="120"/>
        <source>%1 of %2 routes</source>
        <translation>%2 件中 %1 件の経路</translation>
    </message>
</context>
<context>
    <name>splitroute::app::ServerConnectionDialog</name>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="19"/>
        <source>Open OpenVPN Server Config</source>
        <translation>OpenVPN サーバー設定を開く</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="21"/>
        <source>See a server through one client&apos;s eyes: the pushes every client receives, changed by that client&apos;s client-config-dir file.</source>
        <translation>1 つのクライアントの視点でサーバーを見ます: すべてのクライアントが受け取るプッシュを、そのクライアントの client-config-dir ファイルで変更したものです。</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="37"/>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="41"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="40"/>
        <source>the config&apos;s client-config-dir</source>
        <translation>設定の client-config-dir</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="45"/>
        <source>Server &amp;config:</source>
        <translation>サーバー設定(&amp;C):</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="46"/>
        <source>Client-config-&amp;dir:</source>
        <translation>client-config-dir(&amp;D):</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="47"/>
        <source>Client co&amp;mmon name:</source>
        <translation>クライアントのコモンネーム(&amp;M):</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="64"/>
        <source>OpenVPN Server Config</source>
        <translation>OpenVPN サーバー設定</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="65"/>
        <source>OpenVPN configs (*.conf *.ovpn);;All files (*)</source>
        <translation>OpenVPN 設定 (*.conf *.ovpn);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="71"/>
        <source>Client-config-dir</source>
        <translation>client-config-dir</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="91"/>
        <source>(any client without a file)</source>
        <translation>(ファイルのない任意のクライアント)</translation>
    </message>
</context>
<context>
    <name>splitroute::app::SourcesModel</name>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="138"/>
        <source>Opened files</source>
        <translation>開いたファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="149"/>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="171"/>
        <source>Format: %1</source>
        <translation>形式: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SourcesModel.cpp" line="173"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>経路 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="186"/>
        <source>device unknown</source>
        <translation>デバイス不明</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="191"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="201"/>
        <source>Pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="202"/>
        <source>Kind: %1</source>
        <translation>種類: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="203"/>
        <source>Tunnel device: %1</source>
        <translation>トンネルデバイス: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SourcesModel.cpp" line="204"/>
        <source>%n pushed network(s)</source>
        <translation>
            <numerusform>プッシュされたネットワーク %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SourcesModel.cpp" line="205"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitroute::app::StatusLine</name>
    <message>
        <location filename="../app/gui/StatusLine.cpp" line="30"/>
        <source>No table</source>
        <translation>経路表なし</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLine.cpp" line="32"/>
        <source>Live: %1</source>
        <translation>ライブ: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLine.cpp" line="34"/>
        <source>Demo: %1 backend</source>
        <translation>デモ: %1 バックエンド</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLine.cpp" line="37"/>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLine.cpp" line="39"/>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StatusLine.cpp" line="43"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>経路 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StatusLine.cpp" line="44"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>検出事項 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitroute::app::WindowActions</name>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="20"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="23"/>
        <source>Open a routing table (ip route, route print, netstat, snapshot) or a VPN input (OpenVPN profile, server config, log, AWS JSON)</source>
        <translation>経路表 (ip route、route print、netstat、スナップショット) または VPN の入力 (OpenVPN プロファイル、サーバー設定、ログ、AWS JSON) を開きます</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="25"/>
        <source>Open &amp;Demo</source>
        <translation>デモを開く(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="27"/>
        <source>&amp;This Computer</source>
        <translation>このコンピューター(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="29"/>
        <source>Read this computer&apos;s routing table again</source>
        <translation>このコンピューターの経路表を読み直します</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="30"/>
        <source>&amp;Save Snapshot…</source>
        <translation>スナップショットを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="32"/>
        <source>Attach &amp;VPN Profile…</source>
        <translation>VPN プロファイルを添付(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="35"/>
        <source>Read an OpenVPN profile: the networks it sends through the tunnel become rules</source>
        <translation>OpenVPN プロファイルを読み込みます: トンネル経由のネットワークがルールになります</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="36"/>
        <source>Open OpenVPN &amp;Server Config…</source>
        <translation>OpenVPN サーバー設定を開く(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="38"/>
        <source>Read an OpenVPN server config and its client-config-dir: what one client receives becomes a VPN connection</source>
        <translation>OpenVPN サーバー設定とその client-config-dir を読み込みます: 1 つのクライアントが受け取る内容が VPN 接続になります</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="40"/>
        <source>Open &amp;AWS Client VPN…</source>
        <translation>AWS Client VPN を開く(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="43"/>
        <source>Read the AWS CLI&apos;s endpoint and routes JSON: what the endpoint pushes</source>
        <translation>AWS CLI のエンドポイントと経路の JSON を読み込みます: エンドポイントがプッシュする内容</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="44"/>
        <source>&amp;Paste PUSH_REPLY or Log…</source>
        <translation>PUSH_REPLY またはログを貼り付け(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="46"/>
        <source>Paste what the server pushed (PUSH_REPLY or an OpenVPN client log)</source>
        <translation>サーバーがプッシュした内容 (PUSH_REPLY または OpenVPN クライアントのログ) を貼り付けます</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="47"/>
        <source>&amp;Remove Connection</source>
        <translation>接続を削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="48"/>
        <source>&amp;Close Table</source>
        <translation>経路表を閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="50"/>
        <source>Close the table on show and its VPN connections</source>
        <translation>表示中の経路表とその VPN 接続を閉じます</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="54"/>
        <source>Connection &amp;Details…</source>
        <translation>接続の詳細(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="56"/>
        <source>&amp;Tunnel Device…</source>
        <translation>トンネルデバイス(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="58"/>
        <source>Choose the interface this connection&apos;s tunnel uses</source>
        <translation>この接続のトンネルが使うインターフェイスを選びます</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="59"/>
        <source>&amp;Load Policy…</source>
        <translation>ポリシーを読み込む(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="61"/>
        <source>Save &amp;Policy…</source>
        <translation>ポリシーを保存(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="64"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="68"/>
        <source>Show Table &amp;Before</source>
        <translation>変更前の経路表を表示(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="71"/>
        <source>Switch between the table before and after the change</source>
        <translation>変更前と変更後の経路表を切り替えます</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="73"/>
        <source>&amp;Filter Routes</source>
        <translation>経路を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="76"/>
        <source>&amp;Copy Rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="80"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="82"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="84"/>
        <source>&amp;Whole Address Space</source>
        <translation>アドレス空間全体(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="87"/>
        <source>&amp;Apply…</source>
        <translation>適用(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="89"/>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="91"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="93"/>
        <source>Make &amp;Permanent…</source>
        <translation>永続化(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="95"/>
        <source>&amp;Keep This Split After Reconnects</source>
        <translation>再接続後もこの分割を維持(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="97"/>
        <source>When the applied changes are kept, splitroute-keeper applies them again each time the VPN reconnects</source>
        <translation>適用した変更を維持すると、VPN が再接続するたびに splitroute-keeper が再適用します</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="102"/>
        <source>Open &amp;Log File</source>
        <translation>ログファイルを開く(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="103"/>
        <source>Open the file where Splitroute records what it did</source>
        <translation>Splitroute が行った操作を記録したファイルを開く</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="104"/>
        <source>&amp;About Splitroute</source>
        <translation>Splitroute について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="106"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="137"/>
        <source>Undo the last changes applied to the demo machine</source>
        <translation>デモマシンに最後に適用した変更を元に戻す</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="138"/>
        <source>Undo the last changes Splitroute applied to this computer</source>
        <translation>Splitroute がこのコンピューターに最後に適用した変更を取り消します</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="154"/>
        <source>Write the planned changes as a script</source>
        <translation>計画した変更をスクリプトとして書き出します</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="155"/>
        <source>Decide something in the Networks tab first</source>
        <translation>先に「ネットワーク」タブで決めてください</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="161"/>
        <source>Write the split into the NetworkManager connections or the OpenVPN profile, so that it lasts when the VPN reconnects; or undo that</source>
        <translation>VPN が再接続しても残るよう、分割を NetworkManager の接続または OpenVPN プロファイルに書き込みます。またはそれを取り消します</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="163"/>
        <source>Open a table with a VPN connection first</source>
        <translation>先に VPN 接続のある表を開いてください</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="169"/>
        <source>Apply the planned changes to the demo machine</source>
        <translation>計画した変更をデモ用マシンに適用します</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="172"/>
        <source>Apply the planned changes to this computer</source>
        <translation>計画した変更をこのコンピューターに適用します</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="175"/>
        <source>Open the demo or this computer&apos;s table to apply changes.</source>
        <translation>変更を適用するには、デモまたはこのコンピューターの経路表を開いてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="183"/>
        <source>Hand the kept changes to splitroute-keeper, which applies them again after each reconnect</source>
        <translation>維持した変更を splitroute-keeper に渡し、再接続のたびに再適用させます</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="185"/>
        <source>Only this computer&apos;s table, with a VPN connection on a known tunnel device, can keep a split after reconnects.</source>
        <translation>再接続後も分割を維持できるのは、トンネルデバイスが分かっている VPN 接続のある、このコンピューターの経路表だけです。</translation>
    </message>
</context>
<context>
    <name>splitroute::app::Workspace</name>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="31"/>
        <source>Decisions for %1 restored from the last session.</source>
        <translation>%1 の決定を前回のセッションから復元しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="132"/>
        <source>Cannot save the decisions: %1</source>
        <translation>決定を保存できません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcePlan.cpp" line="37"/>
        <source>Cannot plan %1: %2</source>
        <translation>%1 を計画できません: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SourcePlan.cpp" line="45"/>
        <source>%n route change(s) planned.</source>
        <translation>
            <numerusform>経路の変更 %n 件を計画しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ConnectionDecisions.cpp" line="95"/>
        <location filename="../app/gui/ConnectionDecisions.cpp" line="106"/>
        <location filename="../app/gui/SourceLoader.cpp" line="114"/>
        <location filename="../app/gui/SourcePlan.cpp" line="72"/>
        <location filename="../app/gui/Workspace.cpp" line="323"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="56"/>
        <location filename="../app/gui/SourceLoader.cpp" line="85"/>
        <location filename="../app/gui/SourceLoader.cpp" line="101"/>
        <location filename="../app/gui/SourceLoader.cpp" line="113"/>
        <source>Cannot open file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="57"/>
        <source>%1 holds the routes of an AWS Client VPN endpoint. Open it with VPN → Open AWS Client VPN…, together with the endpoints JSON.</source>
        <translation>%1 には AWS Client VPN エンドポイントの経路が含まれています。エンドポイント JSON と一緒に VPN → AWS Client VPN を開く… で開いてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="72"/>
        <source>Splitroute cannot tell which kind of file %1 is.</source>
        <translation>Splitroute は %1 がどの種類のファイルか判別できません。</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="75"/>
        <source>ip route show (Linux)</source>
        <translation>ip route show（Linux）</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="76"/>
        <source>ip -j route show, JSON (Linux)</source>
        <translation>ip -j route show、JSON（Linux）</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="77"/>
        <source>route print (Windows)</source>
        <translation>route print（Windows）</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="78"/>
        <source>netstat -rn (macOS, BSD)</source>
        <translation>netstat -rn（macOS、BSD）</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="79"/>
        <source>Splitroute snapshot (JSON)</source>
        <translation>Splitroute スナップショット（JSON）</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="87"/>
        <source>If it is a routing table, choose the command that wrote it and Splitroute reads it as that:</source>
        <translation>ルーティングテーブルであれば、それを出力したコマンドを選んでください。その形式として読み込みます:</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="102"/>
        <source>%1 cannot be read as %2.
%3: %4</source>
        <translation>%1 は %2 として読み込めません。
%3: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SourceLoader.cpp" line="136"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="138"/>
        <source>Some lines were not read</source>
        <translation>読み取れなかった行があります</translation>
    </message>
    <message>
        <location filename="../app/gui/DemoMachine.cpp" line="57"/>
        <source>Demo data missing</source>
        <translation>デモデータがありません</translation>
    </message>
    <message>
        <location filename="../app/gui/DemoMachine.cpp" line="58"/>
        <source>The bundled demo data was not found.</source>
        <translation>同梱のデモデータが見つかりません。</translation>
    </message>
    <message>
        <location filename="../app/gui/DemoMachine.cpp" line="65"/>
        <location filename="../app/gui/DemoMachine.cpp" line="81"/>
        <location filename="../app/gui/DemoMachine.cpp" line="93"/>
        <source>Demo data unreadable</source>
        <translation>デモデータを読み取れません</translation>
    </message>
    <message>
        <location filename="../app/gui/DemoMachine.cpp" line="71"/>
        <source>Demo: laptop on a full-tunnel VPN</source>
        <translation>デモ: フルトンネル VPN 接続中のノート PC</translation>
    </message>
    <message>
        <location filename="../app/gui/LiveTable.cpp" line="32"/>
        <source>Reading this computer&apos;s routing table is not supported on this system.</source>
        <translation>このシステムではこのコンピューターの経路表の読み取りに対応していません。</translation>
    </message>
    <message>
        <location filename="../app/gui/LiveTable.cpp" line="38"/>
        <source>Cannot read this computer&apos;s routes</source>
        <translation>このコンピューターの経路を読み取れません</translation>
    </message>
    <message>
        <location filename="../app/gui/LiveTable.cpp" line="52"/>
        <source>Not following route changes: %1</source>
        <translation>経路の変更を追跡していません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LiveTable.cpp" line="72"/>
        <source>Stopped following route changes: %1</source>
        <translation>経路の変更の追跡を停止しました: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="247"/>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="287"/>
        <source>Close Table</source>
        <translation>経路表を閉じる</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="288"/>
        <source>Close %1? The decisions made in the Networks tab for its VPN connections will be lost.</source>
        <translation>%1 を閉じますか? 「ネットワーク」タブでその VPN 接続について決めた内容は失われます。</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="313"/>
        <source>Closed %1.</source>
        <translation>%1 を閉じました。</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="323"/>
        <source>Cannot save snapshot</source>
        <translation>スナップショットを保存できません</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="327"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="346"/>
        <source>No table</source>
        <translation>経路表なし</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="346"/>
        <source>Open a routing table first.</source>
        <translation>先に経路表を開いてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="356"/>
        <source>Cannot read the VPN profile</source>
        <translation>VPN プロファイルを読み込めません</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="366"/>
        <source>VPN profile %1 attached.</source>
        <translation>VPN プロファイル %1 を添付しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="146"/>
        <location filename="../app/gui/Workspace.cpp" line="383"/>
        <source>Cannot read the server config</source>
        <translation>サーバー設定を読み込めません</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="153"/>
        <source>(any client without a file)</source>
        <translation>(ファイルのない任意のクライアント)</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="156"/>
        <source>OpenVPN Server</source>
        <translation>OpenVPN サーバー</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="157"/>
        <source>Show %1 as seen by the client:</source>
        <translation>クライアントから見た %1 を表示:</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="170"/>
        <source>Cannot read the AWS endpoints</source>
        <translation>AWS エンドポイントを読み込めません</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="191"/>
        <source>AWS Client VPN</source>
        <translation>AWS Client VPN</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="192"/>
        <source>The file holds several endpoints. Which one?</source>
        <translation>ファイルに複数のエンドポイントがあります。どれを使いますか?</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="391"/>
        <source>Cannot read the AWS Client VPN endpoint</source>
        <translation>AWS Client VPN エンドポイントを読み込めません</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="210"/>
        <source>OpenVPN Server Log</source>
        <translation>OpenVPN サーバーのログ</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SourceLoader.cpp" line="211"/>
        <source>The log pushed options to %n clients. Show the push to:</source>
        <translation>
            <numerusform>このログは %n 個のクライアントにオプションを送りました。表示するクライアント:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="420"/>
        <source>Cannot read the pushed options</source>
        <translation>プッシュされたオプションを読み込めません</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="460"/>
        <source>VPN connection %1 removed.</source>
        <translation>VPN 接続 %1 を削除しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="81"/>
        <source>Kind: %1</source>
        <translation>種類: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="83"/>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="84"/>
        <source>Tunnel device: %1</source>
        <translation>トンネルデバイス: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="85"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="88"/>
        <source>Redirects the default gateway%1</source>
        <translation>既定ゲートウェイをリダイレクトします%1</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="90"/>
        <source> (def1: 0.0.0.0/1 + 128.0.0.0/1)</source>
        <translation> (def1: 0.0.0.0/1 + 128.0.0.0/1)</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="95"/>
        <source>Pushed networks (%1): %2</source>
        <translation>プッシュされたネットワーク (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="97"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="100"/>
        <source>Notes:</source>
        <translation>注記:</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="499"/>
        <location filename="../app/gui/Workspace.cpp" line="518"/>
        <source>No policy</source>
        <translation>ポリシーがありません</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="499"/>
        <location filename="../app/gui/Workspace.cpp" line="518"/>
        <source>This source has no VPN connection to decide about.</source>
        <translation>このソースには判断対象の VPN 接続がありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="503"/>
        <source>Cannot save the policy</source>
        <translation>ポリシーを保存できません</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="506"/>
        <source>Policy saved to %1.</source>
        <translation>ポリシーを %1 に保存しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="514"/>
        <source>Cannot read the policy</source>
        <translation>ポリシーを読み込めません</translation>
    </message>
</context>
</TS>
