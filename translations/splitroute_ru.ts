<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>VpnConnection</name>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="41"/>
        <source>OpenVPN profile</source>
        <translation>Профиль OpenVPN</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="43"/>
        <source>OpenVPN server config and client-config-dir</source>
        <translation>Конфигурация сервера OpenVPN и client-config-dir</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="45"/>
        <source>AWS Client VPN endpoint</source>
        <translation>Конечная точка AWS Client VPN</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="47"/>
        <source>Pasted PUSH_REPLY or OpenVPN log</source>
        <translation>Вставленный PUSH_REPLY или журнал OpenVPN</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="48"/>
        <source>OpenVPN log or PUSH_REPLY</source>
        <translation>Журнал OpenVPN или PUSH_REPLY</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="57"/>
        <location filename="../app/gui/VpnConnection.cpp" line="70"/>
        <source>pasted text</source>
        <translation>вставленный текст</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="59"/>
        <location filename="../app/gui/VpnConnection.cpp" line="71"/>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="66"/>
        <source>pushed option %1: %2</source>
        <translation>переданный параметр %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="111"/>
        <location filename="../app/gui/VpnConnection.cpp" line="219"/>
        <source>any client</source>
        <translation>любой клиент</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="115"/>
        <location filename="../app/gui/VpnConnection.cpp" line="217"/>
        <source>%1 as %2</source>
        <translation>%1 как %2</translation>
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
        <translation>вставленный push</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="148"/>
        <source>%1 + pasted push</source>
        <translation>%1 + вставленный push</translation>
    </message>
    <message>
        <location filename="../app/gui/VpnConnection.cpp" line="148"/>
        <source>Pasted push</source>
        <translation>Вставленный push</translation>
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
        <translation>Менеджер маршрутов раздельного туннелирования</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>Open the bundled demo.</source>
        <translation>Открыть встроенную демонстрацию.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="56"/>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>Использовать этот язык вместо системного.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>Log debug messages too (or set SPLITROUTE_LOG).</source>
        <translation>Записывать и отладочные сообщения (или задайте SPLITROUTE_LOG).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="76"/>
        <source>Routing tables to open.</source>
        <translation>Таблицы маршрутизации для открытия.</translation>
    </message>
</context>
<context>
    <name>splitroute::app::AddressMapWidget</name>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="51"/>
        <source>Address map</source>
        <translation>Карта адресов</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AddressMapWidget.cpp" line="495"/>
        <source>Laying out %n route(s)…</source>
        <translation>
            <numerusform>Размещение %n маршрута…</numerusform>
            <numerusform>Размещение %n маршрутов…</numerusform>
            <numerusform>Размещение %n маршрутов…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="496"/>
        <source>No routes in this address space</source>
        <translation>В этом адресном пространстве нет маршрутов</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="497"/>
        <source>No table</source>
        <translation>Нет таблицы</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="574"/>
        <source>used</source>
        <translation>исп.</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="631"/>
        <source>next hop changes</source>
        <translation>меняется следующий узел</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="637"/>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="642"/>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="649"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="654"/>
        <source>local, broadcast</source>
        <translation>локальные, широковещательные</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="656"/>
        <source>blackhole, unreachable</source>
        <translation>blackhole, недостижимые</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="657"/>
        <source>never used (shadowed)</source>
        <translation>не используется (перекрыт)</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="727"/>
        <source>The plan changes the next hop of %1 – %2</source>
        <translation>План меняет следующий узел для %1 – %2</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="736"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="738"/>
        <source>no route: unreachable</source>
        <translation>нет маршрута: недостижимо</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="741"/>
        <source>uses %1</source>
        <translation>используется: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AddressMapWidget.cpp" line="743"/>
        <source>The plan changes this next hop.</source>
        <translation>План меняет этот следующий узел.</translation>
    </message>
</context>
<context>
    <name>splitroute::app::ApplyController</name>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="85"/>
        <location filename="../app/gui/ApplyController.cpp" line="173"/>
        <source>Cannot apply</source>
        <translation>Не удаётся применить</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="86"/>
        <source>Change %1 failed: %2</source>
        <translation>Изменение %1 не удалось: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="94"/>
        <source>%n route change(s) applied.</source>
        <translation>
            <numerusform>Применено %n изменение маршрутов.</numerusform>
            <numerusform>Применено %n изменения маршрутов.</numerusform>
            <numerusform>Применено %n изменений маршрутов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="112"/>
        <location filename="../app/gui/ApplyController.cpp" line="255"/>
        <location filename="../app/gui/ApplyController.cpp" line="419"/>
        <source>Cannot revert</source>
        <translation>Не удаётся откатить</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="116"/>
        <source>The changes were reverted.</source>
        <translation>Изменения откачены.</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="132"/>
        <source>Applying route changes…</source>
        <translation>Применение изменений маршрутов…</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="134"/>
        <source>Applying</source>
        <translation>Применение</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="138"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="232"/>
        <source>Helper: not started (will use the helper of the build tree %1)</source>
        <translation>Помощник: не запущен (будет использован помощник из каталога сборки %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="234"/>
        <source>Helper: not started</source>
        <translation>Помощник: не запущен</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="246"/>
        <source>helper (%1)</source>
        <translation>помощник (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="249"/>
        <source>The helper failed</source>
        <translation>Сбой помощника</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="264"/>
        <source>Cannot keep the split after reconnects</source>
        <translation>Не удаётся сохранять разделение после переподключений</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="273"/>
        <source>Cannot stop keeping the split</source>
        <translation>Не удаётся прекратить сохранение разделения</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="282"/>
        <source>Cannot keep the changes</source>
        <translation>Не удалось сохранить изменения</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="333"/>
        <source>%n addition(s)</source>
        <translation>
            <numerusform>%n добавление</numerusform>
            <numerusform>%n добавления</numerusform>
            <numerusform>%n добавлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="334"/>
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n удаление</numerusform>
            <numerusform>%n удаления</numerusform>
            <numerusform>%n удалений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="341"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="359"/>
        <source>Effect: %1.</source>
        <translation>Результат: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="360"/>
        <source>Apply Route Changes</source>
        <translation>Применение изменений маршрутов</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="355"/>
        <source>Apply %n route change(s) to the demo machine?</source>
        <translation>
            <numerusform>Применить %n изменение маршрутов к демо-машине?</numerusform>
            <numerusform>Применить %n изменения маршрутов к демо-машине?</numerusform>
            <numerusform>Применить %n изменений маршрутов к демо-машине?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="357"/>
        <source>Apply %n route change(s) to this computer?</source>
        <translation>
            <numerusform>Применить %n изменение маршрутов к этому компьютеру?</numerusform>
            <numerusform>Применить %n изменения маршрутов к этому компьютеру?</numerusform>
            <numerusform>Применить %n изменений маршрутов к этому компьютеру?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="363"/>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="398"/>
        <source>Undo the last route changes Splitroute applied to the demo machine?</source>
        <translation>Отменить последние изменения маршрутов, применённые Splitroute к демо-машине?</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="400"/>
        <source>Revert</source>
        <translation>Откат</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="399"/>
        <source>Undo the last route changes Splitroute applied to this computer?</source>
        <translation>Отменить последние изменения маршрутов, внесённые Splitroute на этом компьютере?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ApplyController.cpp" line="426"/>
        <source>Reverted: %n route change(s) undone.</source>
        <translation>
            <numerusform>Откат выполнен: отменено %n изменение маршрутов.</numerusform>
            <numerusform>Откат выполнен: отменено %n изменения маршрутов.</numerusform>
            <numerusform>Откат выполнен: отменено %n изменений маршрутов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="443"/>
        <source>Reverting route changes…</source>
        <translation>Откат изменений маршрутов…</translation>
    </message>
    <message>
        <location filename="../app/gui/ApplyController.cpp" line="444"/>
        <source>Reverting</source>
        <translation>Откат</translation>
    </message>
</context>
<context>
    <name>splitroute::app::AwsConnectionDialog</name>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="18"/>
        <source>Open AWS Client VPN Endpoint</source>
        <translation>Открыть конечную точку AWS Client VPN</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="21"/>
        <source>Save the output of &lt;tt&gt;aws ec2 describe-client-vpn-endpoints&lt;/tt&gt; and &lt;tt&gt;aws ec2 describe-client-vpn-routes&lt;/tt&gt; as JSON files; Splitroute derives what the endpoint pushes. The downloaded .ovpn adds the client&apos;s own options.</source>
        <translation>Сохраните вывод &lt;tt&gt;aws ec2 describe-client-vpn-endpoints&lt;/tt&gt; и &lt;tt&gt;aws ec2 describe-client-vpn-routes&lt;/tt&gt; в файлы JSON; Splitroute выведет из них, что передаёт конечная точка. Загруженный .ovpn добавляет собственные параметры клиента.</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="32"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="47"/>
        <source>AWS CLI JSON (*.json);;All files (*)</source>
        <translation>AWS CLI JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="52"/>
        <source>optional: without it a split tunnel&apos;s networks are unknown</source>
        <translation>необязательно: без него сети раздельного туннеля неизвестны</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="55"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="58"/>
        <source>&amp;Endpoints JSON:</source>
        <translation>JSON &amp;конечных точек:</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="58"/>
        <source>Endpoints JSON</source>
        <translation>JSON конечных точек</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="59"/>
        <source>E&amp;ndpoint:</source>
        <translation>Конечная &amp;точка:</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="60"/>
        <source>&amp;Routes JSON:</source>
        <translation>JSON &amp;маршрутов:</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="60"/>
        <source>Routes JSON</source>
        <translation>JSON маршрутов</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="61"/>
        <source>Downloaded &amp;profile:</source>
        <translation>Загруженный &amp;профиль:</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="62"/>
        <source>Client VPN Profile</source>
        <translation>Профиль Client VPN</translation>
    </message>
    <message>
        <location filename="../app/gui/AwsConnectionDialog.cpp" line="63"/>
        <source>OpenVPN profiles (*.ovpn *.conf);;All files (*)</source>
        <translation>Профили OpenVPN (*.ovpn *.conf);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>splitroute::app::Backend</name>
    <message>
        <location filename="../app/gui/Translations.cpp" line="14"/>
        <source>simulated</source>
        <translation>симуляция</translation>
    </message>
    <message>
        <location filename="../app/gui/Translations.cpp" line="16"/>
        <source>netlink</source>
        <translation>ядро (netlink)</translation>
    </message>
    <message>
        <location filename="../app/gui/Translations.cpp" line="18"/>
        <source>IP Helper</source>
        <translation>IP Helper</translation>
    </message>
</context>
<context>
    <name>splitroute::app::ChangesView</name>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="58"/>
        <source>2^32 addresses (all of IPv4)</source>
        <translation>2^32 адресов (весь IPv4)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="58"/>
        <source>2^128 addresses (all of IPv6)</source>
        <translation>2^128 адресов (весь IPv6)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="60"/>
        <source>2^31 addresses (half of IPv4)</source>
        <translation>2^31 адресов (половина IPv4)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="60"/>
        <source>2^127 addresses (half of IPv6)</source>
        <translation>2^127 адресов (половина IPv6)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="61"/>
        <source>2^%1 addresses (a /%2)</source>
        <translation>2^%1 адресов (сеть /%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="84"/>
        <source>western</source>
        <extracomment>Not shown. The number scale of this language: &quot;western&quot; (million = 10^6, billion = 10^9) or &quot;myriad&quot; (10^4 and 10^8, as Japanese 万 and 億). Translate with one of the two words.</extracomment>
        <translation>western</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="78"/>
        <source>about %1 ten thousand (%2% of IPv4)</source>
        <translation>около %1 десятков тысяч (%2% IPv4)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="79"/>
        <source>about %1 ten thousand</source>
        <translation>около %1 десятков тысяч</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="80"/>
        <source>about %1 hundred million (%2% of IPv4)</source>
        <translation>около %1 сотен миллионов (%2% IPv4)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="81"/>
        <source>about %1 hundred million</source>
        <translation>около %1 сотен миллионов</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="73"/>
        <source>about %1 million (%2% of IPv4)</source>
        <translation>около %1 млн (%2% IPv4)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="74"/>
        <source>about %1 million</source>
        <translation>около %1 млн</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="75"/>
        <source>about %1 billion (%2% of IPv4)</source>
        <translation>около %1 млрд (%2% IPv4)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="76"/>
        <source>about %1 billion</source>
        <translation>около %1 млрд</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="94"/>
        <source>about 2^%1 addresses</source>
        <translation>около 2^%1 адресов</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="121"/>
        <source>Traffic that went</source>
        <translation>Трафик шёл</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="121"/>
        <source>Now goes</source>
        <translation>Теперь идёт</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="121"/>
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="121"/>
        <source>Addresses</source>
        <translation>Адресов</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="128"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="128"/>
        <source>Destination</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="128"/>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="128"/>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="132"/>
        <source>An address (e.g. 10.20.1.1) or a host name and Enter</source>
        <translation>Адрес (например, 10.20.1.1) или имя узла и Enter</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="236"/>
        <source>Press Enter to look up the host name %1.</source>
        <translation>Нажмите Enter, чтобы разрешить имя узла %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="237"/>
        <source>“%1” is neither an address nor a host name.</source>
        <translation>«%1» не является ни адресом, ни именем узла.</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="255"/>
        <source>Host names cannot be looked up here; enter an address.</source>
        <translation>Здесь нельзя разрешать имена узлов; введите адрес.</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="260"/>
        <source>Looking up %1…</source>
        <translation>Разрешение имени %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="281"/>
        <source>Cannot look up %1 (%2). Enter an address instead.</source>
        <translation>Не удаётся разрешить %1 (%2). Введите адрес.</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="284"/>
        <source>%1 has no addresses.</source>
        <translation>У %1 нет адресов.</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="294"/>
        <source>%1 (%2)
  Before: %3
  After: %4</source>
        <translation>%1 (%2)
  До: %3
  После: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="299"/>
        <source>… and %n more address(es)</source>
        <translation>
            <numerusform>… и ещё %n адрес</numerusform>
            <numerusform>… и ещё %n адреса</numerusform>
            <numerusform>… и ещё %n адресов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="137"/>
        <source>Look up:</source>
        <translation>Поиск:</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="158"/>
        <source>This source has a single table. Changes appear here when a source has a table before and after (for example the demo).</source>
        <translation>У этого источника одна таблица. Изменения появляются здесь, когда у источника есть таблица до и после (например, в демонстрации).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="176"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="189"/>
        <source>%1 addresses</source>
        <translation>Адресов: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="203"/>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="205"/>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="210"/>
        <source>changed (%1)</source>
        <translation>изменён (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangesView.cpp" line="214"/>
        <source>The tables are the same (%n route(s)).</source>
        <translation>
            <numerusform>Таблицы совпадают (%n маршрут).</numerusform>
            <numerusform>Таблицы совпадают (%n маршрута).</numerusform>
            <numerusform>Таблицы совпадают (%n маршрутов).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="216"/>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged.</source>
        <translation>Добавлено: %1, удалено: %2, изменено: %3, без изменений: %4.</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="242"/>
        <location filename="../app/gui/ChangesView.cpp" line="292"/>
        <source>no route</source>
        <translation>нет маршрута</translation>
    </message>
    <message>
        <location filename="../app/gui/ChangesView.cpp" line="245"/>
        <source>Before: %1
After: %2</source>
        <translation>До: %1
После: %2</translation>
    </message>
</context>
<context>
    <name>splitroute::app::EffectText</name>
    <message numerus="yes">
        <location filename="../app/gui/EffectText.cpp" line="19"/>
        <source>%1 and %n more</source>
        <comment>the rest of a list of address ranges</comment>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="44"/>
        <source>%1 now has no route</source>
        <comment>several address ranges</comment>
        <translation>%1 теперь не имеют маршрута</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="45"/>
        <source>%1 now has no route</source>
        <comment>one address range or all traffic</comment>
        <translation>%1 теперь не имеет маршрута</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="49"/>
        <source>%1 now is dropped (%2)</source>
        <comment>several address ranges; %2: the route type, e.g. blackhole</comment>
        <translation>%1 теперь отбрасываются (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="51"/>
        <source>%1 now is dropped (%2)</source>
        <comment>one address range or all traffic; %2: the route type, e.g. blackhole</comment>
        <translation>%1 теперь отбрасывается (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="56"/>
        <source>%1 now leave through %2</source>
        <comment>several address ranges; %2: a network device</comment>
        <translation>%1 теперь уходят через %2</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="58"/>
        <source>%1 now leaves through %2</source>
        <comment>one address range or all traffic; %2: a network device</comment>
        <translation>%1 теперь уходит через %2</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="64"/>
        <source>%1 now goes %2</source>
        <comment>several address ranges; %2: a next hop, e.g. via 10.0.0.1</comment>
        <translation>%1 теперь идут по маршруту %2</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="66"/>
        <source>%1 now goes %2</source>
        <comment>one address range or all traffic; %2: a next hop, e.g. via 10.0.0.1</comment>
        <translation>%1 теперь идёт по маршруту %2</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="75"/>
        <source>%1 (was: has no route)</source>
        <translation>%1 (было: нет маршрута)</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="77"/>
        <source>%1 (was: is dropped (%2))</source>
        <comment>%2: the route type, e.g. blackhole</comment>
        <translation>%1 (было: отбрасывание (%2))</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="80"/>
        <source>%1 (was: through %2)</source>
        <comment>%2: a network device</comment>
        <translation>%1 (было: через %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="85"/>
        <source>%1 (was: goes %2)</source>
        <comment>%2: a next hop, e.g. via 10.0.0.1</comment>
        <translation>%1 (было: по маршруту %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="98"/>
        <source>all %1 traffic</source>
        <comment>%1: IPv4 or IPv6</comment>
        <translation>весь трафик %1</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="100"/>
        <source>all %1 traffic except %2</source>
        <comment>%1: IPv4 or IPv6; %2: address ranges</comment>
        <translation>весь трафик %1 (кроме %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="108"/>
        <source>no address changes its next hop</source>
        <translation>ни у одного адреса не меняется следующий узел</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="113"/>
        <source>%1; %2</source>
        <comment>two clauses of the effect of a plan</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../app/gui/EffectText.cpp" line="118"/>
        <source>no route</source>
        <translation>нет маршрута</translation>
    </message>
</context>
<context>
    <name>splitroute::app::ExportDialog</name>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="98"/>
        <source>Export Routes</source>
        <translation>Экспорт маршрутов</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="107"/>
        <source>NetworkManager connection name (nmcli only)</source>
        <translation>Имя подключения NetworkManager (только для nmcli)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="116"/>
        <source>Looking for NetworkManager connections…</source>
        <translation>Поиск подключений NetworkManager…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="122"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="123"/>
        <source>Co&amp;nnection:</source>
        <translation>Подкл&amp;ючение:</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="135"/>
        <source>Sc&amp;ript</source>
        <translation>Ск&amp;рипт</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="136"/>
        <source>&amp;Undo script</source>
        <translation>Скрипт &amp;отмены</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="146"/>
        <source>Co&amp;py</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="147"/>
        <source>Copy the script shown (Script or Undo script) to the clipboard</source>
        <translation>Скопировать показанный скрипт (скрипт или скрипт отмены) в буфер обмена</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="148"/>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="149"/>
        <source>Save the script shown (Script or Undo script) to a file</source>
        <translation>Сохранить показанный скрипт (скрипт или скрипт отмены) в файл</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="267"/>
        <source>Type: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="326"/>
        <source>Unknown format</source>
        <translation>Неизвестный формат</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="337"/>
        <source>Type the name of the VPN&apos;s NetworkManager connection, or wait for the list of this computer&apos;s connections.</source>
        <translation>Введите имя подключения NetworkManager для VPN или дождитесь списка подключений этого компьютера.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="341"/>
        <source>No NetworkManager connections were found on this computer. Type the name of the VPN&apos;s connection on the computer that runs the script.</source>
        <translation>На этом компьютере не найдено подключений NetworkManager. Введите имя подключения VPN на компьютере, где будет запущен скрипт.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="343"/>
        <source>nmcli could not list this computer&apos;s NetworkManager connections. Type the name of the VPN&apos;s connection on the computer that runs the script.</source>
        <translation>nmcli не смог перечислить подключения NetworkManager этого компьютера. Введите имя подключения VPN на компьютере, где будет запущен скрипт.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="347"/>
        <source>Choose the VPN&apos;s NetworkManager connection. Found on this computer: %1</source>
        <translation>Выберите подключение NetworkManager для VPN. Найдены на этом компьютере: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="359"/>
        <source>Check before running: %1</source>
        <translation>Проверьте перед запуском: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="389"/>
        <source>Save Script</source>
        <translation>Сохранить скрипт</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="389"/>
        <source>Save Undo Script</source>
        <translation>Сохранить скрипт отмены</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="396"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportDialog.cpp" line="422"/>
        <source>%1: could not make it executable</source>
        <translation>%1: не удалось сделать исполняемым</translation>
    </message>
</context>
<context>
    <name>splitroute::app::FindingsModel</name>
    <message numerus="yes">
        <location filename="../app/gui/FindingsModel.cpp" line="22"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="33"/>
        <source>the tunnel&apos;s own subnet</source>
        <translation>собственная подсеть туннеля</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="35"/>
        <source>the route to the VPN server</source>
        <translation>маршрут к VPN-серверу</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="36"/>
        <source>the VPN server</source>
        <translation>VPN-сервер</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="38"/>
        <source>a VPN DNS server</source>
        <translation>DNS-сервер VPN</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="40"/>
        <source>a protected network</source>
        <translation>защищённая сеть</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="42"/>
        <source>the tunnel&apos;s peer address</source>
        <translation>адрес удалённой стороны туннеля</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="52"/>
        <source>tunnel</source>
        <translation>туннель</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="54"/>
        <source>bypass</source>
        <translation>в обход</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="56"/>
        <source>as pushed</source>
        <translation>как передано</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="70"/>
        <source>IPv4 traffic goes through %1, but IPv6 traffic still leaves through %2 (%3): IPv6 leaks around the tunnel. Tunnel ::/0 too (OpenVPN: redirect-gateway ipv6, or block-ipv6) or turn IPv6 off on that link.</source>
        <translation>Трафик IPv4 идёт через %1, но трафик IPv6 по-прежнему уходит через %2 (%3): IPv6 утекает мимо туннеля. Направьте в туннель и ::/0 (OpenVPN: redirect-gateway ipv6 или block-ipv6) или отключите IPv6 на этом канале.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="76"/>
        <source>The local network %1 on %2 covers public addresses (%3): traffic to them leaves outside the tunnel. A hostile network can claim any range as local (TunnelCrack LocalNet); OpenVPN&apos;s redirect-gateway block-local, or a bypass of private ranges only, closes it.</source>
        <translation>Локальная сеть %1 на %2 охватывает публичные адреса (%3): трафик к ним уходит вне туннеля. Враждебная сеть может объявить локальным любой диапазон (TunnelCrack LocalNet); это закрывает redirect-gateway block-local в OpenVPN или обход только частных диапазонов.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="83"/>
        <source>The bypass %1 on %2 covers public addresses (%3): traffic to them leaves outside the tunnel. A hostile network can claim any range as local (TunnelCrack LocalNet); make sure this bypass is meant.</source>
        <translation>Обход %1 на %2 охватывает публичные адреса (%3): трафик к ним уходит вне туннеля. Враждебная сеть может объявить локальным любой диапазон (TunnelCrack LocalNet); убедитесь, что этот обход задуман.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="89"/>
        <source>Policy rule &apos;%1&apos; bypasses %2, a large public range: that traffic leaves outside the tunnel.</source>
        <translation>Правило политики «%1» пускает в обход %2, большой публичный диапазон: этот трафик уходит вне туннеля.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="94"/>
        <source>The DHCP route %1 on %2 takes %3 out of the tunnel %4: a DHCP server can push such routes (option 121) and read traffic meant for the VPN (TunnelVision, CVE-2024-3661). Unless this network is meant to stay local, ignore DHCP routes on %2 (NetworkManager: ipv4.ignore-auto-routes yes; systemd-networkd: UseRoutes=no) or route it into the tunnel.</source>
        <translation>DHCP-маршрут %1 на %2 выводит %3 из туннеля %4: DHCP-сервер может раздавать такие маршруты (опция 121) и читать трафик, предназначенный для VPN (TunnelVision, CVE-2024-3661). Если эта сеть не должна намеренно оставаться локальной, игнорируйте DHCP-маршруты на %2 (NetworkManager: ipv4.ignore-auto-routes yes; systemd-networkd: UseRoutes=no) или направьте её в туннель.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="102"/>
        <source>No route to the VPN server %1: the tunnel cannot be reached.</source>
        <translation>Нет маршрута к VPN-серверу %1: туннель недостижим.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="105"/>
        <source>The route to the VPN server %1 goes into %2 (%3): the tunnel would carry itself. Add a host route via the physical gateway.</source>
        <translation>Маршрут к VPN-серверу %1 ведёт в %2 (%3): туннель пошёл бы через самого себя. Добавьте маршрут к узлу через физический шлюз.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="110"/>
        <source>The VPN server is given by host name: the host route that keeps it outside the tunnel follows whatever the DNS answers, which an attacker on the local network can spoof (TunnelCrack ServerIP). Pin the server&apos;s address, or use an encrypted resolver.</source>
        <translation>VPN-сервер задан именем узла: маршрут к узлу, удерживающий его вне туннеля, следует ответу DNS, который может подделать злоумышленник в локальной сети (TunnelCrack ServerIP). Закрепите адрес сервера или используйте шифрованный резолвер.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="116"/>
        <source>The VPN route %1 on %2 swallows the local DNS server %3: it is no longer reached through the local network.</source>
        <translation>VPN-маршрут %1 на %2 захватывает локальный DNS-сервер %3: он больше не доступен через локальную сеть.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="121"/>
        <source>The VPN route %1 on %2 swallows the local gateway %3: it is no longer reached through the local network.</source>
        <translation>VPN-маршрут %1 на %2 захватывает локальный шлюз %3: он больше не доступен через локальную сеть.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="126"/>
        <source>The VPN route %1 overlaps the local network %2 on %3: part of the local network now goes into the tunnel.</source>
        <translation>VPN-маршрут %1 пересекается с локальной сетью %2 на %3: часть локальной сети теперь идёт в туннель.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="131"/>
        <source>The VPN route %1 overlaps the local network %2 on %3: the local network wins for its addresses, so the remote hosts with those addresses cannot be reached through the tunnel.</source>
        <translation>VPN-маршрут %1 пересекается с локальной сетью %2 на %3: для её адресов побеждает локальная сеть, поэтому удалённые узлы с этими адресами недостижимы через туннель.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="138"/>
        <source>route-nopull also drops the DNS servers the VPN pushes (dhcp-option DNS); use pull-filter ignore &quot;redirect-gateway&quot; / &quot;route …&quot; to refuse routes only.</source>
        <translation>route-nopull отбрасывает и DNS-серверы, передаваемые VPN (dhcp-option DNS); чтобы отказаться только от маршрутов, используйте pull-filter ignore &quot;redirect-gateway&quot; / &quot;route …&quot;.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="142"/>
        <source>route-nopull also drops the DNS servers the VPN pushes (dhcp-option DNS: %1); use pull-filter ignore &quot;redirect-gateway&quot; / &quot;route …&quot; to refuse routes only.</source>
        <translation>route-nopull отбрасывает и DNS-серверы, передаваемые VPN (dhcp-option DNS: %1); чтобы отказаться только от маршрутов, используйте pull-filter ignore &quot;redirect-gateway&quot; / &quot;route …&quot;.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="148"/>
        <source>AWS Client VPN route enforcement is on for this endpoint: the AWS client watches the routing table and reverts changes to the VPN&apos;s routes, so bypass routes will be undone while connected.</source>
        <translation>Для этой конечной точки включено принудительное применение маршрутов AWS Client VPN (route enforcement): клиент AWS следит за таблицей маршрутизации и отменяет изменения маршрутов VPN, поэтому обходные маршруты будут отменяться, пока подключение активно.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="153"/>
        <source>The AWS VPN Client strips pull-filter and route-nopull from profiles; they only take effect with stock OpenVPN.</source>
        <translation>AWS VPN Client удаляет из профилей pull-filter и route-nopull; они действуют только в стандартном OpenVPN.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="157"/>
        <source>The bypass %1 does not take effect for %2: a more specific (or lower-metric) route sends it into the tunnel.</source>
        <translation>Обход %1 не действует для %2: более точный маршрут (или маршрут с меньшей метрикой) направляет его в туннель.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="161"/>
        <source>The tunnel route %1 does not cover %2: a more specific (or lower-metric) route keeps it outside the tunnel.</source>
        <translation>Маршрут в туннель %1 не охватывает %2: более точный маршрут (или маршрут с меньшей метрикой) оставляет его вне туннеля.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="166"/>
        <source>The route %1 sends %2 into %3, but no client iroute covers it: OpenVPN drops those packets. Add an iroute for it in the client&apos;s client-config-dir file.</source>
        <translation>Маршрут %1 направляет %2 в %3, но его не охватывает ни один клиентский iroute: OpenVPN отбрасывает эти пакеты. Добавьте для него iroute в файл клиента в client-config-dir.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="172"/>
        <source>%1: primary %2 (metric %3), backup %4 (metric %5); the backup carries traffic only while the primary&apos;s route is gone.</source>
        <translation>%1: основной %2 (метрика %3), резервный %4 (метрика %5); резервный передаёт трафик, только пока нет маршрута основного.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="177"/>
        <source>%1 goes into %2 and %3 with the same metric %4: which tunnel carries it depends on installation order.</source>
        <translation>%1 направляется в %2 и %3 с одинаковой метрикой %4: какой туннель его понесёт, зависит от порядка установки маршрутов.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="182"/>
        <source>The route %1 is neither Splitroute&apos;s nor the VPN&apos;s, so the plan leaves it; %2 keeps its next hop.</source>
        <translation>Маршрут %1 не принадлежит ни Splitroute, ни VPN, поэтому план его не трогает; %2 сохраняет свой следующий узел.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="187"/>
        <source>Rule &apos;%1&apos;: cannot resolve %2 (%3); the rule is left out of the plan.</source>
        <translation>Правило «%1»: не удаётся разрешить %2 (%3); правило исключено из плана.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="191"/>
        <source>Rule &apos;%1&apos; (%2 %3) covers %4, %5; the plan leaves that part as it is so the tunnel keeps working.</source>
        <translation>Правило «%1» (%2 %3) охватывает %4 (%5); план оставляет эту часть как есть, чтобы туннель продолжал работать.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="196"/>
        <source>Rule &apos;%1&apos; has no effect: earlier rules already decide all of %2.</source>
        <translation>Правило «%1» ни на что не влияет: предыдущие правила уже решают всё для %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="199"/>
        <source>No %1 route outside the tunnel to send bypassed traffic to; those bypass rules are left out.</source>
        <translation>Нет маршрута %1 вне туннеля, куда направить трафик в обход; эти правила обхода исключены.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="204"/>
        <source>No tunnel device found for %1 tunnel rules; give one with the tunnel device parameter.</source>
        <translation>Не найдено туннельное устройство для правил туннеля %1; укажите его параметром туннельного устройства.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="209"/>
        <source>For %1, keeping the default override and bypassing takes %2 changes instead of %3.</source>
        <translation>Для %1 сохранение замены маршрута по умолчанию с обходами требует меньше изменений: %2 вместо %3.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="214"/>
        <source>For %1, removing the default override and tunnelling takes %2 changes instead of %3.</source>
        <translation>Для %1 удаление замены маршрута по умолчанию с маршрутами в туннель требует меньше изменений: %2 вместо %3.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="243"/>
        <source>IPv6 traffic does not go through the tunnel</source>
        <translation>Трафик IPv6 не идёт через туннель</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="245"/>
        <source>A local network route exposes public addresses (TunnelCrack LocalNet)</source>
        <translation>Маршрут локальной сети выводит публичные адреса из туннеля (TunnelCrack LocalNet)</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="247"/>
        <source>A DHCP route takes traffic out of the tunnel (TunnelVision)</source>
        <translation>DHCP-маршрут выводит трафик из туннеля (TunnelVision)</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="248"/>
        <source>No route to the VPN server outside the tunnel</source>
        <translation>Нет маршрута к VPN-серверу вне туннеля</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="249"/>
        <source>The VPN server is routed into the tunnel</source>
        <translation>Трафик к VPN-серверу направлен в туннель</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="251"/>
        <source>The VPN server&apos;s address comes from DNS (TunnelCrack ServerIP)</source>
        <translation>Адрес VPN-сервера получен через DNS (TunnelCrack ServerIP)</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="252"/>
        <source>A pushed route captures the local DNS server</source>
        <translation>Переданный маршрут захватывает локальный DNS-сервер</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="253"/>
        <source>A pushed route captures the local gateway</source>
        <translation>Переданный маршрут захватывает локальный шлюз</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="254"/>
        <source>A pushed route overlaps the local network</source>
        <translation>Переданный маршрут пересекается с локальной сетью</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="255"/>
        <source>route-nopull also drops the VPN&apos;s DNS servers</source>
        <translation>route-nopull отбрасывает и DNS-серверы VPN</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="257"/>
        <source>AWS Client Route Enforcement will undo bypass routes</source>
        <translation>AWS Client Route Enforcement отменит обходные маршруты</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="258"/>
        <source>The AWS VPN Client ignores pull-filter</source>
        <translation>AWS VPN Client игнорирует pull-filter</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="259"/>
        <source>A bypass is hidden by a more specific tunnel route</source>
        <translation>Обход перекрыт более точным маршрутом в туннель</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="260"/>
        <source>A tunnel route is hidden by a more specific route</source>
        <translation>Маршрут в туннель перекрыт более точным маршрутом</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="261"/>
        <source>A route into the tunnel has no matching iroute</source>
        <translation>Для маршрута в туннель нет соответствующего iroute</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="262"/>
        <source>Two tunnels: one is the backup of the other</source>
        <translation>Два туннеля: один резервный для другого</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="263"/>
        <source>Two tunnels claim the same networks at equal metric</source>
        <translation>Два туннеля претендуют на одни сети с одинаковой метрикой</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="264"/>
        <source>A route the plan may not replace stays in the way</source>
        <translation>Мешает маршрут, который план не может заменить</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="265"/>
        <source>A host name in the policy cannot be resolved</source>
        <translation>Не удаётся разрешить имя узла из политики</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="267"/>
        <source>A rule covers a range the tunnel needs; that part stays as it is</source>
        <translation>Правило охватывает диапазон, нужный туннелю; эта часть остаётся как есть</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="268"/>
        <source>A rule has no effect: earlier rules decide it</source>
        <translation>Правило ни на что не влияет: всё решают предыдущие правила</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="269"/>
        <source>No route outside the tunnel for bypassed traffic</source>
        <translation>Нет маршрута вне туннеля для трафика в обход</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="270"/>
        <source>No tunnel device for the tunnel rules</source>
        <translation>Нет туннельного устройства для правил туннеля</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="272"/>
        <source>The plan changes the default override: fewer route changes</source>
        <translation>План меняет замену маршрута по умолчанию: так меньше изменений маршрутов</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="293"/>
        <source>Info</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="295"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="297"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="369"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="371"/>
        <source>Finding</source>
        <translation>Находка</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="373"/>
        <source>Routes</source>
        <translation>Маршруты</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsModel.cpp" line="375"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>splitroute::app::FindingsPanel</name>
    <message>
        <location filename="../app/gui/FindingsPanel.cpp" line="39"/>
        <source>No findings for this table.</source>
        <translation>Для этой таблицы находок нет.</translation>
    </message>
    <message>
        <location filename="../app/gui/FindingsPanel.cpp" line="40"/>
        <source>Open a table to see findings.</source>
        <translation>Откройте таблицу, чтобы увидеть находки.</translation>
    </message>
</context>
<context>
    <name>splitroute::app::HelperSession</name>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="68"/>
        <source>Helper: not started</source>
        <translation>Помощник: не запущен</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="70"/>
        <source>Helper: starting…</source>
        <translation>Помощник: запуск…</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="73"/>
        <source>Helper: ready (%1; the helper of the build tree %2)</source>
        <translation>Помощник: готов (%1; помощник из каталога сборки %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="75"/>
        <source>Helper: ready (%1)</source>
        <translation>Помощник: готов (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="77"/>
        <source>Helper: working…</source>
        <translation>Помощник: работает…</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="79"/>
        <source>Helper: waiting for confirmation</source>
        <translation>Помощник: ждёт подтверждения</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="81"/>
        <source>Helper: failed</source>
        <translation>Помощник: ошибка</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HelperSession.cpp" line="163"/>
        <source>Cancelled: the %n route change(s) were rolled back.</source>
        <translation>
            <numerusform>Отменено: откачено %n изменение маршрутов.</numerusform>
            <numerusform>Отменено: откачено %n изменения маршрутов.</numerusform>
            <numerusform>Отменено: откачено %n изменений маршрутов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="165"/>
        <source>Cancelled, but the rollback failed: %1. The helper takes the changes back when its confirmation time runs out.</source>
        <translation>Отменено, но откат не удался: %1. Помощник отменит изменения, когда истечёт время подтверждения.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HelperSession.cpp" line="175"/>
        <source>%n route change(s) applied.</source>
        <translation>
            <numerusform>Применено %n изменение маршрутов.</numerusform>
            <numerusform>Применено %n изменения маршрутов.</numerusform>
            <numerusform>Применено %n изменений маршрутов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="197"/>
        <source>The helper is not running.</source>
        <translation>Помощник не запущен.</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="203"/>
        <source>The changes are kept.</source>
        <translation>Изменения сохранены.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HelperSession.cpp" line="226"/>
        <source>Reverted: %n route change(s) undone.</source>
        <translation>
            <numerusform>Откат: отменено %n изменение маршрутов.</numerusform>
            <numerusform>Откат: отменено %n изменения маршрутов.</numerusform>
            <numerusform>Откат: отменено %n изменений маршрутов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="251"/>
        <source>splitroute-keeper holds %1 from now on (%2).</source>
        <translation>Теперь splitroute-keeper сохраняет %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/HelperSession.cpp" line="275"/>
        <source>splitroute-keeper no longer holds %1 and undoes what it applied for it.</source>
        <translation>splitroute-keeper больше не сохраняет %1 и отменяет то, что применил для него.</translation>
    </message>
</context>
<context>
    <name>splitroute::app::KeepChangesDialog</name>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="15"/>
        <source>Keep These Routes?</source>
        <translation>Оставить эти маршруты?</translation>
    </message>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="21"/>
        <source>&amp;Keep</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message>
        <location filename="../app/gui/KeepChangesDialog.cpp" line="22"/>
        <source>&amp;Revert Now</source>
        <translation>&amp;Откатить сейчас</translation>
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
            <numerusform>Маршруты изменены. Если нужное по-прежнему доступно, оставьте их (Enter). Иначе они будут откачены через %n секунду (Esc: сейчас).</numerusform>
            <numerusform>Маршруты изменены. Если нужное по-прежнему доступно, оставьте их (Enter). Иначе они будут откачены через %n секунды (Esc: сейчас).</numerusform>
            <numerusform>Маршруты изменены. Если нужное по-прежнему доступно, оставьте их (Enter). Иначе они будут откачены через %n секунд (Esc: сейчас).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/KeepChangesDialog.cpp" line="56"/>
        <source>&amp;Keep (%n s)</source>
        <translation>
            <numerusform>&amp;Оставить (%n с)</numerusform>
            <numerusform>&amp;Оставить (%n с)</numerusform>
            <numerusform>&amp;Оставить (%n с)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitroute::app::KeeperWatch</name>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="74"/>
        <source>Split no longer kept</source>
        <translation>Разделение больше не сохраняется</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="75"/>
        <source>splitroute-keeper gave up holding %1: %2</source>
        <translation>splitroute-keeper прекратил сохранять %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="76"/>
        <source>another program keeps undoing it</source>
        <translation>другая программа постоянно его отменяет</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="79"/>
        <source>Split restored</source>
        <translation>Разделение восстановлено</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="80"/>
        <source>splitroute-keeper re-applied %1 on %2 (%3 added, %4 removed).</source>
        <translation>splitroute-keeper заново применил %1 на %2 (добавлено: %3, удалено: %4).</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="81"/>
        <source>its tunnel</source>
        <translation>его туннеле</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="97"/>
        <source>Splitroute</source>
        <translation>Splitroute</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="120"/>
        <source>Keeper: not running</source>
        <translation>Keeper: не запущен</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="123"/>
        <source>Keeper: not holding %1</source>
        <translation>Keeper: не сохраняет %1</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="127"/>
        <source>Keeper: %1 waits for %2</source>
        <translation>Keeper: %1 ждёт %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/KeeperWatch.cpp" line="129"/>
        <source>Keeper: holding %1 on %2 (%n re-apply(s))</source>
        <translation>
            <numerusform>Keeper: сохраняет %1 на %2 (%n повторное применение)</numerusform>
            <numerusform>Keeper: сохраняет %1 на %2 (%n повторных применения)</numerusform>
            <numerusform>Keeper: сохраняет %1 на %2 (%n повторных применений)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="134"/>
        <source>Keeper: gave up on %1</source>
        <translation>Keeper: отказался от %1</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="136"/>
        <source>Keeper: refused %1: %2</source>
        <translation>Keeper: отклонил %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/KeeperWatch.cpp" line="138"/>
        <source>Keeper: error in %1: %2</source>
        <translation>Keeper: ошибка в %1: %2</translation>
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
        <translation>VPN-подключение</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="451"/>
        <source>Tunnel Device</source>
        <translation>Туннельное устройство</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="452"/>
        <source>Interface of %1:</source>
        <translation>Интерфейс %1:</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="65"/>
        <location filename="../app/gui/MainWindow.cpp" line="92"/>
        <source>Routing table</source>
        <translation>Таблица маршрутизации</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="65"/>
        <location filename="../app/gui/MainWindow.cpp" line="94"/>
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="65"/>
        <location filename="../app/gui/MainWindow.cpp" line="96"/>
        <source>Address map</source>
        <translation>Карта адресов</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="65"/>
        <location filename="../app/gui/MainWindow.cpp" line="98"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="109"/>
        <source>Findings</source>
        <translation>Находки</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="122"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="129"/>
        <source>V&amp;PN</source>
        <translation>V&amp;PN</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="134"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="137"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="148"/>
        <source>&amp;Routes</source>
        <translation>&amp;Маршруты</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="153"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="158"/>
        <source>Main</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="285"/>
        <location filename="../app/gui/MainWindow.cpp" line="287"/>
        <source>Log File</source>
        <translation>Файл журнала</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="285"/>
        <source>Nothing has been logged to a file.</source>
        <translation>В файл журнала ещё ничего не записано.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="287"/>
        <source>No application opened %1.</source>
        <translation>Ни одно приложение не открыло %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="494"/>
        <source>Log file: %1</source>
        <translation>Файл журнала: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="532"/>
        <location filename="../app/gui/MainWindow.cpp" line="539"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="533"/>
        <source>Changes were applied and wait for you to keep them. Quitting now reverts them. Quit anyway?</source>
        <translation>Изменения применены и ждут вашего подтверждения. Выход сейчас отменит их. Всё равно выйти?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="540"/>
        <source>The decisions made in the Networks tab will be lost. Quit anyway?</source>
        <translation>Решения, принятые на вкладке «Сети», будут потеряны. Всё равно выйти?</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="460"/>
        <source>Routing tables (*.json *.txt *.log *.route)</source>
        <translation>Таблицы маршрутизации (*.json *.txt *.log *.route)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="461"/>
        <source>OpenVPN profiles and server configs (*.ovpn *.conf)</source>
        <translation>Профили и конфигурации сервера OpenVPN (*.ovpn *.conf)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="462"/>
        <source>OpenVPN logs and PUSH_REPLY (*.log *.txt)</source>
        <translation>Журналы OpenVPN и PUSH_REPLY (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="463"/>
        <source>AWS Client VPN endpoints JSON (*.json)</source>
        <translation>JSON конечных точек AWS Client VPN (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="464"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="467"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="361"/>
        <source>Planned: %1</source>
        <translation>План: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="204"/>
        <source>Save Policy</source>
        <translation>Сохранить политику</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="204"/>
        <source>Split policies (*.json)</source>
        <translation>Политики разделения (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="197"/>
        <source>Load Policy</source>
        <translation>Загрузить политику</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="198"/>
        <source>Split policies (*.json);;All files (*)</source>
        <translation>Политики разделения (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="524"/>
        <source>Clear List</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="345"/>
        <source> (before)</source>
        <translation> (до)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="345"/>
        <source> (after)</source>
        <translation> (после)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="212"/>
        <source>Attach VPN Profile</source>
        <translation>Прикрепить VPN-профиль</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="213"/>
        <source>OpenVPN profiles (*.ovpn *.conf);;All files (*)</source>
        <translation>Профили OpenVPN (*.ovpn *.conf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="191"/>
        <source>Save Snapshot</source>
        <translation>Сохранить снимок</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="192"/>
        <source>Splitroute snapshots (*.json)</source>
        <translation>Снимки Splitroute (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="487"/>
        <source>About Splitroute</source>
        <translation>О программе Splitroute</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="488"/>
        <source>Splitroute %1

A split-tunnel route manager: see the routes a VPN installs against your routing table, decide network by network what goes through the tunnel, and apply, revert or export the difference.

Built with Qt %2.</source>
        <translation>Splitroute %1

Менеджер маршрутов раздельного туннелирования: сравните маршруты, которые добавляет VPN, с вашей таблицей маршрутизации, решите для каждой сети, идёт ли она через туннель, и примените, откатите или экспортируйте разницу.

Собрано с Qt %2.</translation>
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
        <translation>IPv&amp;6 — глобальные одноадресные</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="57"/>
        <source>&amp;Before</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="58"/>
        <source>P&amp;lanned</source>
        <translation>&amp;План</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="59"/>
        <source>&amp;After</source>
        <translation>П&amp;осле</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="60"/>
        <source>The routing table on show</source>
        <translation>Показанная таблица маршрутизации</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="61"/>
        <source>The plan&apos;s route changes: added outlined, removed hatched</source>
        <translation>Изменения маршрутов по плану: добавленные обведены, удалённые заштрихованы</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="62"/>
        <source>The routing table once the plan is applied</source>
        <translation>Таблица маршрутизации после применения плана</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="73"/>
        <source>Wheel or +/− to zoom, drag or arrow keys to pan, click a route to select it in the table. Bottom band: the route each address uses.</source>
        <translation>Колесо или +/− — масштаб, перетаскивание или стрелки — прокрутка, щелчок по маршруту выделяет его в таблице. Нижняя полоса: маршрут, который использует каждый адрес.</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="183"/>
        <source>Before: the table on show. Marked: where the plan changes the next hop (Alt+L shows the plan, Alt+A the table after it).</source>
        <translation>До: показанная таблица. Отмечено, где план меняет следующий узел (Alt+L — план, Alt+A — таблица после него).</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="186"/>
        <source>The table before: plans are made for the table after.</source>
        <translation>Таблица до подключения: планы строятся для таблицы после него.</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="187"/>
        <source>Decide in the Networks tab to see the plan here (Planned, After).</source>
        <translation>Примите решения на вкладке «Сети», чтобы увидеть здесь план («План», «После»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MapPage.cpp" line="194"/>
        <source>After: the table once the %n planned change(s) are applied.</source>
        <translation>
            <numerusform>После: таблица после применения %n запланированного изменения.</numerusform>
            <numerusform>После: таблица после применения %n запланированных изменений.</numerusform>
            <numerusform>После: таблица после применения %n запланированных изменений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="223"/>
        <source>Planned: %1. Added routes are outlined, removed ones hatched, the others faded; the bottom band is the table after.</source>
        <translation>План: %1. Добавляемые маршруты обведены, удаляемые заштрихованы, остальные бледные; нижняя полоса — таблица после изменений.</translation>
    </message>
    <message>
        <location filename="../app/gui/MapPage.cpp" line="237"/>
        <source>Video calls</source>
        <translation>Видеозвонки</translation>
    </message>
</context>
<context>
    <name>splitroute::app::NetworksView</name>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="111"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="111"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="111"/>
        <source>Goes through now</source>
        <translation>Сейчас идёт через</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="49"/>
        <source>%1 via %2</source>
        <translation>%1 через %2</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="54"/>
        <location filename="../app/gui/NetworksView.cpp" line="313"/>
        <location filename="../app/gui/NetworksView.cpp" line="319"/>
        <location filename="../app/gui/NetworksView.cpp" line="323"/>
        <source>— (no route)</source>
        <translation>— (нет маршрута)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="60"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="80"/>
        <source>All other IPv6 traffic</source>
        <translation>Весь остальной трафик IPv6</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="81"/>
        <source>All other traffic</source>
        <translation>Весь остальной трафик</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="84"/>
        <source>%1 — %2 via %3</source>
        <translation>%1 — %2 через %3</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="88"/>
        <source>%1 — default via %2</source>
        <translation>%1 — по умолчанию через %2</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="89"/>
        <source>%1 — default via %2 (not overridden)</source>
        <translation>%1 — по умолчанию через %2 (без замены)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="94"/>
        <source>%1 — not routed anywhere</source>
        <translation>%1 — никуда не направляется</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="112"/>
        <source>Will use</source>
        <translation>Пойдёт через</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="112"/>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="124"/>
        <source>Space switches the current network between tunnel and bypass; Enter opens its decision; Delete removes a network you added.</source>
        <translation>Пробел переключает текущую сеть между туннелем и обходом; Enter открывает её решение; Delete удаляет добавленную вами сеть.</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="128"/>
        <source>Add a network, address or host name, e.g. 192.168.1.0/24</source>
        <translation>Добавьте сеть, адрес или имя узла, например 192.168.1.0/24</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="133"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="158"/>
        <source>Tunnel</source>
        <translation>Туннель</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="160"/>
        <source>Bypass</source>
        <translation>В обход</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="162"/>
        <source>As pushed</source>
        <translation>Как передано</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="173"/>
        <source>decided by the rows above it: %1</source>
        <translation>решается строками выше: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="175"/>
        <source>not routed anywhere: no route covers it</source>
        <translation>никуда не направляется: ни один маршрут её не охватывает</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="179"/>
        <source>the VPN server %1 is inside this network — the planner leaves the route to it as it is</source>
        <translation>VPN-сервер %1 находится внутри этой сети — планировщик оставляет маршрут к нему как есть</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="182"/>
        <source>the VPN server %1 is inside this network — the planner keeps its host route</source>
        <translation>VPN-сервер %1 находится внутри этой сети — планировщик сохраняет маршрут к этому узлу</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="186"/>
        <source>already local: the connected route %1 on %2 is more specific</source>
        <translation>уже локальная: подключённый маршрут %1 на %2 более точный</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="188"/>
        <source>partly outside the tunnel: %1 via %2 is more specific</source>
        <translation>частично вне туннеля: %1 через %2 более точный</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="190"/>
        <source>covered by All other traffic (%1 via %2)</source>
        <translation>входит во «Весь остальной трафик» (%1 через %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="194"/>
        <source>%1 carries no IPv6 traffic: sending it through the tunnel has no effect</source>
        <translation>%1 не передаёт трафик IPv6: направлять его через туннель бесполезно</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="195"/>
        <source>%1 carries no IPv4 traffic: sending it through the tunnel has no effect</source>
        <translation>%1 не передаёт трафик IPv4: направлять его через туннель бесполезно</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="199"/>
        <source>host name: resolved to addresses when planning</source>
        <translation>имя узла: разрешается в адреса при планировании</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="204"/>
        <source>host name: resolved to %1</source>
        <translation>имя узла: разрешено в %1</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="207"/>
        <source>host name: cannot be resolved (%1); the plan leaves it out</source>
        <translation>имя узла: не удаётся разрешить (%1); план его не учитывает</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="237"/>
        <source>This table has no VPN connection yet. To decide what goes through the tunnel, attach the VPN&apos;s profile (%1 → %2), paste the server&apos;s PUSH_REPLY or a client log (%1 → %3), or drop an .ovpn file on the window.</source>
        <translation>У этой таблицы пока нет VPN-подключения. Чтобы решить, что пойдёт через туннель, прикрепите профиль VPN (%1 → %2), вставьте PUSH_REPLY сервера или журнал клиента (%1 → %3) или перетащите файл .ovpn в окно.</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="254"/>
        <source>Decide network by network what goes through the tunnel of %1. The Changes tab shows the routes that make it so; Export writes them as a script.</source>
        <translation>Решите для каждой сети, идёт ли она через туннель %1. Вкладка «Изменения» показывает нужные для этого маршруты, «Экспорт» записывает их в виде скрипта.</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="334"/>
        <source>%1 — local network on %2</source>
        <translation>%1 — локальная сеть на %2</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="339"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="341"/>
        <source>— (resolved when planning)</source>
        <translation>— (разрешается при планировании)</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="480"/>
        <source>Only networks you added can be removed; set this one to &quot;As pushed&quot; to leave it as the VPN has it.</source>
        <translation>Удалять можно только добавленные вами сети; чтобы оставить эту как задано VPN, выберите «Как передано».</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="488"/>
        <source>Removed %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="531"/>
        <source>%1 is already in the list.</source>
        <translation>%1 уже есть в списке.</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="526"/>
        <source>Not a network: %1</source>
        <translation>Это не сеть: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/NetworksView.cpp" line="112"/>
        <source>Route in the table</source>
        <translation>Маршрут в таблице</translation>
    </message>
</context>
<context>
    <name>splitroute::app::PersistDialog</name>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="73"/>
        <source>No AWS Client VPN profile was given with this endpoint. The AWS VPN Client ignores profile options that change routes; use Keep This Split After Reconnects instead.</source>
        <translation>Для этой конечной точки не указан профиль AWS Client VPN. AWS VPN Client игнорирует параметры профиля, меняющие маршруты; используйте вместо этого «Сохранять это разделение после переподключений».</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="78"/>
        <source>This connection was read from a server config, not from a client profile. Attach the client&apos;s profile (VPN menu) to write the split into it.</source>
        <translation>Это подключение прочитано из конфигурации сервера, а не из профиля клиента. Чтобы записать в него разделение, прикрепите профиль клиента (меню VPN).</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="83"/>
        <source>This connection was read from a PUSH_REPLY or a log. Attach the client&apos;s profile (VPN menu) to write the split into it.</source>
        <translation>Это подключение прочитано из PUSH_REPLY или журнала. Чтобы записать в него разделение, прикрепите профиль клиента (меню VPN).</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="99"/>
        <source>Make Permanent</source>
        <translation>Закрепить разделение</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="100"/>
        <source>Make Permanent — %1</source>
        <translation>Закрепить разделение — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="102"/>
        <source>Write this split where it lasts when the VPN reconnects. Nothing is written until you press Write; Undo takes it back exactly.</source>
        <translation>Записать это разделение туда, где оно сохранится при переподключении VPN. Ничего не записывается, пока вы не нажмёте «Записать»; «Отменить» в точности возвращает прежнее.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="107"/>
        <source>Where</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="108"/>
        <source>&amp;NetworkManager connections</source>
        <translation>Подключения &amp;NetworkManager</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="110"/>
        <source>OpenVPN &amp;profile</source>
        <translation>П&amp;рофиль OpenVPN</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="118"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="119"/>
        <source>Write &amp;to:</source>
        <translation>&amp;Куда:</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="133"/>
        <source>&amp;Exactly what will be written:</source>
        <translation>&amp;Что будет записано:</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="142"/>
        <source>&amp;Reconnect the VPN afterwards, so that it takes effect now (it drops for a moment)</source>
        <translation>&amp;Переподключить VPN после записи, чтобы изменения вступили в силу сейчас (связь на миг прервётся)</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="157"/>
        <source>&amp;Write</source>
        <translation>Зап&amp;исать</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="158"/>
        <source>&amp;Undo…</source>
        <translation>&amp;Отменить…</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="194"/>
        <source>NetworkManager is Linux&apos;s.</source>
        <translation>NetworkManager есть только в Linux.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="198"/>
        <source>NetworkManager&apos;s connections belong to this computer: open This Computer&apos;s table (File menu) to write them.</source>
        <translation>Подключения NetworkManager принадлежат этому компьютеру: чтобы записать в них, откройте таблицу «Этот компьютер» (меню «Файл»).</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="212"/>
        <source>NetworkManager is being changed; wait for its answer before closing.</source>
        <translation>NetworkManager сейчас изменяется; дождитесь ответа, прежде чем закрывать.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="284"/>
        <source>Write the Profile To</source>
        <translation>Куда записать профиль</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="285"/>
        <source>OpenVPN profiles (*.ovpn *.conf);;All files (*)</source>
        <translation>Профили OpenVPN (*.ovpn *.conf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="306"/>
        <source>No OpenVPN client profile is attached to this connection.</source>
        <translation>К этому подключению не прикреплён профиль клиента OpenVPN.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="321"/>
        <source>The demo&apos;s profile is part of Splitroute: choose where to write a copy with the split (Choose…).</source>
        <translation>Профиль демо входит в Splitroute: выберите, куда записать копию с разделением («Выбрать…»).</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="324"/>
        <source>Choose where to write the profile with the split.</source>
        <translation>Выберите, куда записать профиль с разделением.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="325"/>
        <source>%1 cannot be written here: choose where to write a copy with the split (Choose…).</source>
        <translation>В %1 записать нельзя: выберите, куда записать копию с разделением («Выбрать…»).</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="347"/>
        <location filename="../app/gui/PersistDialog.cpp" line="478"/>
        <source>Nothing to write: decide something in the Networks tab first.</source>
        <translation>Записывать нечего: сначала примите решение на вкладке «Сети».</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="379"/>
        <source>The file changed since the preview was made: nothing was written. Read the new preview, then try again.</source>
        <translation>Файл изменился после того, как был показан предварительный просмотр: ничего не записано. Прочитайте новый просмотр и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="393"/>
        <source>Nothing was written: %1</source>
        <translation>Ничего не записано: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="398"/>
        <source>Wrote the split into %1 (line %2). OpenVPN uses it the next time it connects with this profile; Undo takes it out again.</source>
        <translation>Разделение записано в %1 (строка %2). OpenVPN применит его при следующем подключении с этим профилем; «Отменить» уберёт его.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="418"/>
        <location filename="../app/gui/PersistDialog.cpp" line="421"/>
        <location filename="../app/gui/PersistDialog.cpp" line="622"/>
        <location filename="../app/gui/PersistDialog.cpp" line="625"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="419"/>
        <source>Take the Splitroute block out of %1? Every other line stays as it is.</source>
        <translation>Убрать блок Splitroute из %1? Все остальные строки останутся как есть.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="427"/>
        <location filename="../app/gui/PersistDialog.cpp" line="578"/>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="431"/>
        <source>Took the split out of %1.</source>
        <translation>Разделение убрано из %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="490"/>
        <source>The split written earlier cannot be taken back: %1</source>
        <translation>Ранее записанное разделение нельзя отменить: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="509"/>
        <source>Splitroute wrote splits to %1: connect the VPN whose split to take back.</source>
        <translation>Splitroute записал разделения в %1: подключите VPN, разделение которого нужно отменить.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="520"/>
        <location filename="../app/gui/PersistDialog.cpp" line="658"/>
        <source>Asking NetworkManager…</source>
        <translation>Запрос к NetworkManager…</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="520"/>
        <source>Writing to NetworkManager…</source>
        <translation>Запись в NetworkManager…</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="568"/>
        <source>NetworkManager&apos;s settings changed since the preview was made: nothing was written. Read the new preview, then try again.</source>
        <translation>Настройки NetworkManager изменились после того, как был показан предварительный просмотр: ничего не записано. Прочитайте новый просмотр и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="577"/>
        <source>Writing failed: %1</source>
        <translation>Запись не удалась: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="591"/>
        <source>Wrote the split to %1; the values before are saved in %2.</source>
        <translation>Разделение записано в %1; прежние значения сохранены в %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="452"/>
        <source>Reconnected: %1.</source>
        <translation>Переподключено: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="597"/>
        <source>NetworkManager uses it when the VPN connects next.</source>
        <translation>NetworkManager применит его при следующем подключении VPN.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="623"/>
        <source>Write back the values that &apos;%1&apos; had before Splitroute changed it?</source>
        <translation>Вернуть значения, которые были у «%1» до изменения Splitroute?</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="633"/>
        <source>Undo failed: %1</source>
        <translation>Отменить не удалось: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="637"/>
        <source>Restored the values &apos;%1&apos; had before (saved in %2, now removed).</source>
        <translation>Прежние значения «%1» восстановлены (были сохранены в %2, файл удалён).</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="664"/>
        <source>VPN: &apos;%1&apos; on %2</source>
        <translation>VPN: «%1» на %2</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="666"/>
        <source>Bypass routes: &apos;%1&apos; on %2</source>
        <translation>Маршруты в обход VPN: «%1» на %2</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="672"/>
        <source>A split Splitroute wrote to &apos;%1&apos; is in place; Undo restores the values before.</source>
        <translation>Разделение, записанное Splitroute в «%1», действует; «Отменить» вернёт прежние значения.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="678"/>
        <source>To write another split, undo this one first.</source>
        <translation>Чтобы записать другое разделение, сначала отмените это.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="680"/>
        <source># NetworkManager already holds this split: nothing to write.</source>
        <translation># В NetworkManager уже есть это разделение: записывать нечего.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="683"/>
        <source># The values before are saved to %1 first.</source>
        <translation># Прежние значения сначала сохраняются в %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="687"/>
        <source># Written earlier; Undo runs:</source>
        <translation># Записано ранее; «Отменить» выполнит:</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="699"/>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="703"/>
        <source>%1 holds a Splitroute block (line %2); Undo takes it out.</source>
        <translation>В %1 есть блок Splitroute (строка %2); «Отменить» уберёт его.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="712"/>
        <source># %1 already holds this split: nothing to write.</source>
        <translation># В %1 уже есть это разделение: записывать нечего.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="723"/>
        <source># Press Enter to see what will be written to this file.</source>
        <translation># Нажмите Enter, чтобы увидеть, что будет записано в этот файл.</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="728"/>
        <source>Run the nmcli calls shown</source>
        <translation>Выполнить показанные вызовы nmcli</translation>
    </message>
    <message>
        <location filename="../app/gui/PersistDialog.cpp" line="728"/>
        <source>Write the profile shown</source>
        <translation>Записать показанный профиль</translation>
    </message>
</context>
<context>
    <name>splitroute::app::PushReplyDialog</name>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="20"/>
        <source>Paste PUSH_REPLY or OpenVPN Log</source>
        <translation>Вставить PUSH_REPLY или журнал OpenVPN</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="22"/>
        <source>Paste the server&apos;s &lt;tt&gt;PUSH_REPLY,…&lt;/tt&gt; message, or the client log lines &lt;tt&gt;PUSH: Received control message: &apos;…&apos;&lt;/tt&gt; (verb 3 or more). With several pushes the last complete one is used.</source>
        <translation>Вставьте сообщение сервера &lt;tt&gt;PUSH_REPLY,…&lt;/tt&gt; или строки журнала клиента &lt;tt&gt;PUSH: Received control message: &apos;…&apos;&lt;/tt&gt; (verb 3 или выше). Если передач несколько, используется последняя полная.</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="38"/>
        <source>No profile: only what the server pushes</source>
        <translation>Без профиля: только то, что передаёт сервер</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="40"/>
        <source>Apply to %1 (its pull-filters count)</source>
        <translation>Применить к %1 (с учётом его pull-filter)</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="42"/>
        <source>&amp;Received by:</source>
        <translation>&amp;Получатель:</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="45"/>
        <source>&amp;Load Log File…</source>
        <translation>&amp;Загрузить файл журнала…</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="56"/>
        <source>OpenVPN Log</source>
        <translation>Журнал OpenVPN</translation>
    </message>
    <message>
        <location filename="../app/gui/PushReplyDialog.cpp" line="56"/>
        <source>OpenVPN logs (*.log *.txt);;All files (*)</source>
        <translation>Журналы OpenVPN (*.log *.txt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>splitroute::app::RouteTableModel</name>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="42"/>
        <source>default override</source>
        <translation>замена маршрута по умолчанию</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="44"/>
        <source>shadowed</source>
        <translation>перекрыт</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="46"/>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="48"/>
        <source>pushed</source>
        <translation>передан сервером</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="50"/>
        <source>added by Splitroute</source>
        <translation>добавлен Splitroute</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="52"/>
        <source>bypass</source>
        <translation>в обход</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RouteTableModel.cpp" line="79"/>
        <source>%n next hop(s)</source>
        <translation>
            <numerusform>%n следующий узел</numerusform>
            <numerusform>%n следующих узла</numerusform>
            <numerusform>%n следующих узлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="82"/>
        <source>on-link</source>
        <translation>на канале</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="121"/>
        <source>Together with its other half this route covers every address, so it overrides the default route without deleting it.</source>
        <translation>Вместе со второй половиной этот маршрут покрывает все адреса и потому заменяет маршрут по умолчанию, не удаляя его.</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="125"/>
        <source>More specific routes cover every address of this route: it is never used.</source>
        <translation>Более точные маршруты покрывают все адреса этого маршрута: он никогда не используется.</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="128"/>
        <source>A route to the same destination with a lower metric is used instead.</source>
        <translation>Вместо него используется маршрут к тому же назначению с меньшей метрикой.</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="171"/>
        <source>Destination</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="173"/>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="175"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="177"/>
        <source>Metric</source>
        <translation>Метрика</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="179"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="181"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="183"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../app/gui/RouteTableModel.cpp" line="185"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>splitroute::app::RoutingPage</name>
    <message>
        <location filename="../app/gui/RoutingPage.cpp" line="28"/>
        <source>Filter: text, or an address to see the routes that match it</source>
        <translation>Фильтр: текст или адрес, чтобы увидеть подходящие маршруты</translation>
    </message>
    <message>
        <location filename="../app/gui/RoutingPage.cpp" line="32"/>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 и IPv6</translation>
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
        <translation>Все интерфейсы</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RoutingPage.cpp" line="119"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n маршрут</numerusform>
            <numerusform>%n маршрута</numerusform>
            <numerusform>%n маршрутов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RoutingPage.cpp" line="120"/>
        <source>%1 of %2 routes</source>
        <translation>%1 из %2 маршрутов</translation>
    </message>
</context>
<context>
    <name>splitroute::app::ServerConnectionDialog</name>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="19"/>
        <source>Open OpenVPN Server Config</source>
        <translation>Открыть конфигурацию сервера OpenVPN</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="21"/>
        <source>See a server through one client&apos;s eyes: the pushes every client receives, changed by that client&apos;s client-config-dir file.</source>
        <translation>Взгляд на сервер глазами одного клиента: то, что передаётся всем клиентам, с изменениями из файла client-config-dir этого клиента.</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="37"/>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="41"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="40"/>
        <source>the config&apos;s client-config-dir</source>
        <translation>client-config-dir из конфигурации</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="45"/>
        <source>Server &amp;config:</source>
        <translation>&amp;Конфигурация сервера:</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="46"/>
        <source>Client-config-&amp;dir:</source>
        <translation>Client-config-&amp;dir:</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="47"/>
        <source>Client co&amp;mmon name:</source>
        <translation>&amp;Общее имя (CN) клиента:</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="64"/>
        <source>OpenVPN Server Config</source>
        <translation>Конфигурация сервера OpenVPN</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="65"/>
        <source>OpenVPN configs (*.conf *.ovpn);;All files (*)</source>
        <translation>Конфигурации OpenVPN (*.conf *.ovpn);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="71"/>
        <source>Client-config-dir</source>
        <translation>Client-config-dir</translation>
    </message>
    <message>
        <location filename="../app/gui/ServerConnectionDialog.cpp" line="91"/>
        <source>(any client without a file)</source>
        <translation>(любой клиент без файла)</translation>
    </message>
</context>
<context>
    <name>splitroute::app::SourcesModel</name>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="138"/>
        <source>Opened files</source>
        <translation>Открытые файлы</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="149"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="171"/>
        <source>Format: %1</source>
        <translation>Формат: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SourcesModel.cpp" line="173"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n маршрут</numerusform>
            <numerusform>%n маршрута</numerusform>
            <numerusform>%n маршрутов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="186"/>
        <source>device unknown</source>
        <translation>устройство неизвестно</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="191"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="201"/>
        <source>Pasted text</source>
        <translation>Вставленный текст</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="202"/>
        <source>Kind: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcesModel.cpp" line="203"/>
        <source>Tunnel device: %1</source>
        <translation>Туннельное устройство: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SourcesModel.cpp" line="204"/>
        <source>%n pushed network(s)</source>
        <translation>
            <numerusform>%n переданная сеть</numerusform>
            <numerusform>%n переданные сети</numerusform>
            <numerusform>%n переданных сетей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SourcesModel.cpp" line="205"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitroute::app::StatusLine</name>
    <message>
        <location filename="../app/gui/StatusLine.cpp" line="30"/>
        <source>No table</source>
        <translation>Нет таблицы</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLine.cpp" line="32"/>
        <source>Live: %1</source>
        <translation>Текущая: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLine.cpp" line="34"/>
        <source>Demo: %1 backend</source>
        <translation>Демо: бэкенд %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLine.cpp" line="37"/>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLine.cpp" line="39"/>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StatusLine.cpp" line="43"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n маршрут</numerusform>
            <numerusform>%n маршрута</numerusform>
            <numerusform>%n маршрутов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StatusLine.cpp" line="44"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n находка</numerusform>
            <numerusform>%n находки</numerusform>
            <numerusform>%n находок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitroute::app::WindowActions</name>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="20"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="23"/>
        <source>Open a routing table (ip route, route print, netstat, snapshot) or a VPN input (OpenVPN profile, server config, log, AWS JSON)</source>
        <translation>Открыть таблицу маршрутизации (ip route, route print, netstat, снимок) или входные данные VPN (профиль OpenVPN, конфигурация сервера, журнал, AWS JSON)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="25"/>
        <source>Open &amp;Demo</source>
        <translation>Открыть &amp;демонстрацию</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="27"/>
        <source>&amp;This Computer</source>
        <translation>&amp;Этот компьютер</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="29"/>
        <source>Read this computer&apos;s routing table again</source>
        <translation>Заново прочитать таблицу маршрутизации этого компьютера</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="30"/>
        <source>&amp;Save Snapshot…</source>
        <translation>&amp;Сохранить снимок…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="32"/>
        <source>Attach &amp;VPN Profile…</source>
        <translation>Прикрепить &amp;VPN-профиль…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="35"/>
        <source>Read an OpenVPN profile: the networks it sends through the tunnel become rules</source>
        <translation>Прочитать профиль OpenVPN: сети, идущие через туннель, станут правилами</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="36"/>
        <source>Open OpenVPN &amp;Server Config…</source>
        <translation>Открыть конфигурацию &amp;сервера OpenVPN…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="38"/>
        <source>Read an OpenVPN server config and its client-config-dir: what one client receives becomes a VPN connection</source>
        <translation>Прочитать конфигурацию сервера OpenVPN и её client-config-dir: то, что получает один клиент, станет VPN-подключением</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="40"/>
        <source>Open &amp;AWS Client VPN…</source>
        <translation>Открыть &amp;AWS Client VPN…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="43"/>
        <source>Read the AWS CLI&apos;s endpoint and routes JSON: what the endpoint pushes</source>
        <translation>Прочитать JSON конечной точки и маршрутов из AWS CLI: то, что передаёт конечная точка</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="44"/>
        <source>&amp;Paste PUSH_REPLY or Log…</source>
        <translation>&amp;Вставить PUSH_REPLY или журнал…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="46"/>
        <source>Paste what the server pushed (PUSH_REPLY or an OpenVPN client log)</source>
        <translation>Вставить то, что передал сервер (PUSH_REPLY или журнал клиента OpenVPN)</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="47"/>
        <source>&amp;Remove Connection</source>
        <translation>&amp;Удалить подключение</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="48"/>
        <source>&amp;Close Table</source>
        <translation>За&amp;крыть таблицу</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="50"/>
        <source>Close the table on show and its VPN connections</source>
        <translation>Закрыть показанную таблицу и её VPN-подключения</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="54"/>
        <source>Connection &amp;Details…</source>
        <translation>Сведения о &amp;подключении…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="56"/>
        <source>&amp;Tunnel Device…</source>
        <translation>&amp;Туннельное устройство…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="58"/>
        <source>Choose the interface this connection&apos;s tunnel uses</source>
        <translation>Выбрать интерфейс, который использует туннель этого подключения</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="59"/>
        <source>&amp;Load Policy…</source>
        <translation>&amp;Загрузить политику…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="61"/>
        <source>Save &amp;Policy…</source>
        <translation>Сохранить &amp;политику…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="64"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="68"/>
        <source>Show Table &amp;Before</source>
        <translation>Показать таблицу &amp;до</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="71"/>
        <source>Switch between the table before and after the change</source>
        <translation>Переключиться между таблицей до и после изменения</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="73"/>
        <source>&amp;Filter Routes</source>
        <translation>&amp;Фильтр маршрутов</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="76"/>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Копировать строки</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="80"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="82"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="84"/>
        <source>&amp;Whole Address Space</source>
        <translation>&amp;Всё адресное пространство</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="87"/>
        <source>&amp;Apply…</source>
        <translation>&amp;Применить…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="89"/>
        <source>&amp;Revert</source>
        <translation>&amp;Откатить</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="91"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="93"/>
        <source>Make &amp;Permanent…</source>
        <translation>&amp;Закрепить разделение…</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="95"/>
        <source>&amp;Keep This Split After Reconnects</source>
        <translation>&amp;Сохранять это разделение после переподключений</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="97"/>
        <source>When the applied changes are kept, splitroute-keeper applies them again each time the VPN reconnects</source>
        <translation>Если применённые изменения сохранены, splitroute-keeper применяет их заново при каждом переподключении VPN</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="102"/>
        <source>Open &amp;Log File</source>
        <translation>Открыть &amp;журнал</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="103"/>
        <source>Open the file where Splitroute records what it did</source>
        <translation>Открыть файл, в который Splitroute записывает свои действия</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="104"/>
        <source>&amp;About Splitroute</source>
        <translation>&amp;О программе Splitroute</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="106"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="137"/>
        <source>Undo the last changes applied to the demo machine</source>
        <translation>Отменить последние изменения, применённые к демо-машине</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="138"/>
        <source>Undo the last changes Splitroute applied to this computer</source>
        <translation>Отменить последние изменения, внесённые Splitroute на этом компьютере</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="154"/>
        <source>Write the planned changes as a script</source>
        <translation>Записать запланированные изменения в виде скрипта</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="155"/>
        <source>Decide something in the Networks tab first</source>
        <translation>Сначала примите решение на вкладке «Сети»</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="161"/>
        <source>Write the split into the NetworkManager connections or the OpenVPN profile, so that it lasts when the VPN reconnects; or undo that</source>
        <translation>Записать разделение в подключения NetworkManager или в профиль OpenVPN, чтобы оно сохранялось при переподключении VPN; или отменить это</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="163"/>
        <source>Open a table with a VPN connection first</source>
        <translation>Сначала откройте таблицу с VPN-подключением</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="169"/>
        <source>Apply the planned changes to the demo machine</source>
        <translation>Применить запланированные изменения к демонстрационной машине</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="172"/>
        <source>Apply the planned changes to this computer</source>
        <translation>Применить запланированные изменения на этом компьютере</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="175"/>
        <source>Open the demo or this computer&apos;s table to apply changes.</source>
        <translation>Чтобы применить изменения, откройте демо или таблицу этого компьютера.</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="183"/>
        <source>Hand the kept changes to splitroute-keeper, which applies them again after each reconnect</source>
        <translation>Передать сохранённые изменения splitroute-keeper, который применяет их заново после каждого переподключения</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowActions.cpp" line="185"/>
        <source>Only this computer&apos;s table, with a VPN connection on a known tunnel device, can keep a split after reconnects.</source>
        <translation>Сохранять разделение после переподключений можно только для таблицы этого компьютера с VPN-подключением на известном туннельном устройстве.</translation>
    </message>
</context>
<context>
    <name>splitroute::app::Workspace</name>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="31"/>
        <source>Decisions for %1 restored from the last session.</source>
        <translation>Решения для %1 восстановлены из прошлого сеанса.</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="132"/>
        <source>Cannot save the decisions: %1</source>
        <translation>Не удаётся сохранить решения: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SourcePlan.cpp" line="37"/>
        <source>Cannot plan %1: %2</source>
        <translation>Не удаётся спланировать %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SourcePlan.cpp" line="45"/>
        <source>%n route change(s) planned.</source>
        <translation>
            <numerusform>Запланировано изменение маршрутов: %n.</numerusform>
            <numerusform>Запланировано изменений маршрутов: %n.</numerusform>
            <numerusform>Запланировано изменений маршрутов: %n.</numerusform>
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
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="57"/>
        <source>%1 holds the routes of an AWS Client VPN endpoint. Open it with VPN → Open AWS Client VPN…, together with the endpoints JSON.</source>
        <translation>%1 содержит маршруты конечной точки AWS Client VPN. Откройте его через VPN → Открыть AWS Client VPN… вместе с JSON конечных точек.</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="72"/>
        <source>Splitroute cannot tell which kind of file %1 is.</source>
        <translation>Splitroute не может определить, что за файл %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="75"/>
        <source>ip route show (Linux)</source>
        <translation>ip route show (Linux)</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="76"/>
        <source>ip -j route show, JSON (Linux)</source>
        <translation>ip -j route show, JSON (Linux)</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="77"/>
        <source>route print (Windows)</source>
        <translation>route print (Windows)</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="78"/>
        <source>netstat -rn (macOS, BSD)</source>
        <translation>netstat -rn (macOS, BSD)</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="79"/>
        <source>Splitroute snapshot (JSON)</source>
        <translation>Снимок Splitroute (JSON)</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="87"/>
        <source>If it is a routing table, choose the command that wrote it and Splitroute reads it as that:</source>
        <translation>Если это таблица маршрутизации, выберите команду, которой она получена, и Splitroute прочитает её в этом формате:</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="102"/>
        <source>%1 cannot be read as %2.
%3: %4</source>
        <translation>%1 не читается как %2.
%3: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SourceLoader.cpp" line="136"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="138"/>
        <source>Some lines were not read</source>
        <translation>Некоторые строки не прочитаны</translation>
    </message>
    <message>
        <location filename="../app/gui/DemoMachine.cpp" line="57"/>
        <source>Demo data missing</source>
        <translation>Нет демонстрационных данных</translation>
    </message>
    <message>
        <location filename="../app/gui/DemoMachine.cpp" line="58"/>
        <source>The bundled demo data was not found.</source>
        <translation>Встроенные демонстрационные данные не найдены.</translation>
    </message>
    <message>
        <location filename="../app/gui/DemoMachine.cpp" line="65"/>
        <location filename="../app/gui/DemoMachine.cpp" line="81"/>
        <location filename="../app/gui/DemoMachine.cpp" line="93"/>
        <source>Demo data unreadable</source>
        <translation>Не удаётся прочитать демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../app/gui/DemoMachine.cpp" line="71"/>
        <source>Demo: laptop on a full-tunnel VPN</source>
        <translation>Демо: ноутбук с полнотуннельным VPN</translation>
    </message>
    <message>
        <location filename="../app/gui/LiveTable.cpp" line="32"/>
        <source>Reading this computer&apos;s routing table is not supported on this system.</source>
        <translation>Чтение таблицы маршрутизации этого компьютера не поддерживается в этой системе.</translation>
    </message>
    <message>
        <location filename="../app/gui/LiveTable.cpp" line="38"/>
        <source>Cannot read this computer&apos;s routes</source>
        <translation>Не удаётся прочитать маршруты этого компьютера</translation>
    </message>
    <message>
        <location filename="../app/gui/LiveTable.cpp" line="52"/>
        <source>Not following route changes: %1</source>
        <translation>Изменения маршрутов не отслеживаются: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LiveTable.cpp" line="72"/>
        <source>Stopped following route changes: %1</source>
        <translation>Отслеживание изменений маршрутов остановлено: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="247"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="287"/>
        <source>Close Table</source>
        <translation>Закрыть таблицу</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="288"/>
        <source>Close %1? The decisions made in the Networks tab for its VPN connections will be lost.</source>
        <translation>Закрыть %1? Решения, принятые на вкладке «Сети» для её VPN-подключений, будут потеряны.</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="313"/>
        <source>Closed %1.</source>
        <translation>%1 закрыта.</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="323"/>
        <source>Cannot save snapshot</source>
        <translation>Не удаётся сохранить снимок</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="327"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="346"/>
        <source>No table</source>
        <translation>Нет таблицы</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="346"/>
        <source>Open a routing table first.</source>
        <translation>Сначала откройте таблицу маршрутов.</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="356"/>
        <source>Cannot read the VPN profile</source>
        <translation>Не удалось прочитать VPN-профиль</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="366"/>
        <source>VPN profile %1 attached.</source>
        <translation>VPN-профиль %1 прикреплён.</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="146"/>
        <location filename="../app/gui/Workspace.cpp" line="383"/>
        <source>Cannot read the server config</source>
        <translation>Не удалось прочитать конфигурацию сервера</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="153"/>
        <source>(any client without a file)</source>
        <translation>(любой клиент без файла)</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="156"/>
        <source>OpenVPN Server</source>
        <translation>Сервер OpenVPN</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="157"/>
        <source>Show %1 as seen by the client:</source>
        <translation>Показать %1 глазами клиента:</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="170"/>
        <source>Cannot read the AWS endpoints</source>
        <translation>Не удалось прочитать конечные точки AWS</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="191"/>
        <source>AWS Client VPN</source>
        <translation>AWS Client VPN</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="192"/>
        <source>The file holds several endpoints. Which one?</source>
        <translation>В файле несколько конечных точек. Какую выбрать?</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="391"/>
        <source>Cannot read the AWS Client VPN endpoint</source>
        <translation>Не удалось прочитать конечную точку AWS Client VPN</translation>
    </message>
    <message>
        <location filename="../app/gui/SourceLoader.cpp" line="210"/>
        <source>OpenVPN Server Log</source>
        <translation>Журнал сервера OpenVPN</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/SourceLoader.cpp" line="211"/>
        <source>The log pushed options to %n clients. Show the push to:</source>
        <translation>
            <numerusform>Журнал отправил параметры %n клиенту. Показать, что получил:</numerusform>
            <numerusform>Журнал отправил параметры %n клиентам. Показать, что получил:</numerusform>
            <numerusform>Журнал отправил параметры %n клиентам. Показать, что получил:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="420"/>
        <source>Cannot read the pushed options</source>
        <translation>Не удалось прочитать переданные параметры</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="460"/>
        <source>VPN connection %1 removed.</source>
        <translation>VPN-подключение %1 удалено.</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="81"/>
        <source>Kind: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="83"/>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="84"/>
        <source>Tunnel device: %1</source>
        <translation>Туннельное устройство: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="85"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="88"/>
        <source>Redirects the default gateway%1</source>
        <translation>Перенаправляет шлюз по умолчанию%1</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="90"/>
        <source> (def1: 0.0.0.0/1 + 128.0.0.0/1)</source>
        <translation> (def1: 0.0.0.0/1 + 128.0.0.0/1)</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="95"/>
        <source>Pushed networks (%1): %2</source>
        <translation>Переданные сети (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="97"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../app/gui/TableConnections.cpp" line="100"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="499"/>
        <location filename="../app/gui/Workspace.cpp" line="518"/>
        <source>No policy</source>
        <translation>Нет политики</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="499"/>
        <location filename="../app/gui/Workspace.cpp" line="518"/>
        <source>This source has no VPN connection to decide about.</source>
        <translation>У этого источника нет VPN-подключения, о котором нужно решать.</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="503"/>
        <source>Cannot save the policy</source>
        <translation>Не удалось сохранить политику</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="506"/>
        <source>Policy saved to %1.</source>
        <translation>Политика сохранена в %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/Workspace.cpp" line="514"/>
        <source>Cannot read the policy</source>
        <translation>Не удалось прочитать политику</translation>
    </message>
</context>
</TS>
