<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Tr</name>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="+34"/>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base</source>
        <translation>ベース</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Δ</source>
        <translation>%1 Δ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 Δ%</source>
        <translation>%1 Δ%</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <location filename="../ui/document.cpp" line="+66"/>
        <location filename="../ui/mainwindowfiles.cpp" line="+59"/>
        <location line="+126"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../ui/documentedits.cpp" line="+107"/>
        <location line="+22"/>
        <location line="+20"/>
        <location line="+70"/>
        <location filename="../ui/documentscenarios.cpp" line="+125"/>
        <source>The node no longer exists</source>
        <translation>このノードはもう存在しません</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The wire no longer exists</source>
        <translation>この接続線はもう存在しません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Insert Reroute</source>
        <translation>中継点を挿入</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The link no longer exists</source>
        <translation>この接続はもう存在しません</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="+587"/>
        <source>A scenario needs a name</source>
        <translation>シナリオには名前が必要です</translation>
    </message>
    <message>
        <location filename="../ui/documentscenarios.cpp" line="-91"/>
        <location filename="../ui/whatif/comparedialog.cpp" line="+62"/>
        <location filename="../ui/docks/scenariodiffdock.cpp" line="+111"/>
        <source>Base</source>
        <translation>ベース</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-446"/>
        <source>A scenario named %1 exists already</source>
        <translation>%1 という名前のシナリオは既に存在します</translation>
    </message>
    <message>
        <location filename="../ui/documentscenarios.cpp" line="+48"/>
        <location line="+17"/>
        <location line="+23"/>
        <source>The scenario no longer exists</source>
        <translation>このシナリオはもう存在しません</translation>
    </message>
    <message>
        <location filename="../ui/documentedits.cpp" line="+27"/>
        <source>Give the parameter a value first</source>
        <translation>先にパラメーターに値を設定してください</translation>
    </message>
    <message>
        <location filename="../ui/nodefactory.cpp" line="+35"/>
        <source>Suppliers</source>
        <translation>サプライヤー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fabs</source>
        <translation>ファブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+30"/>
        <source>Packaging</source>
        <translation>パッケージング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+6"/>
        <source>Optics</source>
        <translation>光学部品</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/nametext.cpp" line="+267"/>
        <source>Power</source>
        <translation>電力</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+2"/>
        <source>Integration</source>
        <translation>統合</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/nametext.cpp" line="-230"/>
        <location filename="../ui/export/report.cpp" line="+288"/>
        <source>Datacenter</source>
        <translation>データセンター</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/messagetext.cpp" line="-54"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+379"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+38"/>
        <location filename="../ui/export/reportinputs.cpp" line="+43"/>
        <source>Workload</source>
        <translation>ワークロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/nametext.cpp" line="-7"/>
        <source>Demand</source>
        <translation>需要</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demand: %1</source>
        <translation>需要: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier: %1</source>
        <translation>サプライヤー: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Datacenter of %1</source>
        <translation>%1 のデータセンター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop on a datacenter to build it from %1, or on the canvas for a new one.</source>
        <translation>データセンターにドロップすると %1 で構築し、キャンバスにドロップすると新しく作成します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop on a datacenter to serve %1 there.</source>
        <translation>データセンターにドロップすると、そこで %1 を提供します。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Datacenter (%1)</source>
        <translation>データセンター (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 demand</source>
        <translation>%1 の需要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 supplier</source>
        <translation>%1 のサプライヤー</translation>
    </message>
    <message>
        <location filename="../ui/projectfiles.cpp" line="+40"/>
        <source>Token Factory projects and designs (*.tfproj *.json);;Projects (*.tfproj);;Designs (*.json)</source>
        <translation>Token Factory のプロジェクトと設計 (*.tfproj *.json);;プロジェクト (*.tfproj);;設計 (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token Factory project (*.tfproj);;Design as JSON (*.json)</source>
        <translation>Token Factory プロジェクト (*.tfproj);;JSON 形式の設計 (*.json)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot open %1:

%2

The default design is shown instead.</source>
        <translation>%1 を開けません:

%2

代わりに既定の設計を表示します。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+76"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた状態&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Overview: zoom in to select wires</source>
        <translation>概要表示: 接続線を選択するには拡大してください</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>取り消し(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dupl&amp;icate</source>
        <translation>複製(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design &amp;Settings</source>
        <translation>設計設定(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pr&amp;eferences…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Arrange</source>
        <translation>配置(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Auto Layout</source>
        <translation>自動レイアウト(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Frame Selection</source>
        <translation>選択範囲をフレームで囲む(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the nodes to frame first</source>
        <translation>先にフレームで囲むノードを選択してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Note</source>
        <translation>メモを追加(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to &amp;Fit</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to Se&amp;lection</source>
        <translation>選択範囲を表示(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find No&amp;de…</source>
        <translation>ノードを検索(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Problem</source>
        <translation>次の問題(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Problem</source>
        <translation>前の問題(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Minimap</source>
        <translation>ミニマップ(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loc&amp;k Canvas</source>
        <translation>キャンバスをロック(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Snap to Grid</source>
        <translation>グリッドにスナップ(&amp;S)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Solve</source>
        <translation>求解(&amp;S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Balance (fixed shares)</source>
        <translation>バランス (固定シェア)(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimise: &amp;Most Tokens</source>
        <translation>最適化: トークン最大(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimise: &amp;Cheapest Plan for the Demand</source>
        <translation>最適化: 需要を満たす最安プラン(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimise: &amp;Least Power for the Demand</source>
        <translation>最適化: 需要を満たす最小電力(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;About Token Factory Planner</source>
        <translation>Token Factory Planner について(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1[*] — Token Factory Planner</source>
        <translation>%1[*] — Token Factory Planner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balance</source>
        <translation>バランス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise (%1)</source>
        <translation>最適化 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · solving…</source>
        <translation>%1 · 求解中…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · solved in %2 µs</source>
        <translation>%1 · %2 µs で求解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · solved in %2 ms</source>
        <translation>%1 · %2 ms で求解</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Canvas locked: View ▸ Lock Canvas to edit again</source>
        <translation>キャンバスはロック中: 表示 ▸ キャンバスをロック で編集を再開</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Auto Layout</source>
        <translation>自動レイアウト</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Find a node by name, kind or part…</source>
        <translation>名前・種類・部品でノードを検索…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/docks/problemsdock.cpp" line="+45"/>
        <source>No problems</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The clipboard holds no nodes</source>
        <translation>クリップボードにノードがありません</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfiles.cpp" line="-138"/>
        <location line="+21"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>Cannot save %1:
%2</source>
        <translation>%1 を保存できません:
%2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1?</source>
        <translation>%1 への変更を保存しますか?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot open %1:

%2</source>
        <translation>%1 を開けません:

%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Discard the changes and reload %1 from disk?</source>
        <translation>変更を破棄して %1 をディスクから読み込み直しますか?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1:

%2</source>
        <translation>%1 を読み込めません:

%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (autosaved %2)</source>
        <translation>%1 (%2 に自動保存)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recover Unsaved Work</source>
        <translation>未保存の作業を復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token Factory Planner did not close properly. Restore the unsaved work?

%1</source>
        <translation>Token Factory Planner は正常に終了しませんでした。未保存の作業を復元しますか?

%1</translation>
    </message>
    <message>
        <location filename="../ui/unitformat.cpp" line="+51"/>
        <source> k</source>
        <comment>short scale: thousand</comment>
        <translation> K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> M</source>
        <comment>short scale: million</comment>
        <translation> M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> B</source>
        <comment>short scale: billion (10^9)</comment>
        <translation> B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> T</source>
        <comment>short scale: trillion (10^12)</comment>
        <translation> T</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+55"/>
        <location filename="../ui/docks/inspectordock.cpp" line="-303"/>
        <location filename="../ui/export/report.cpp" line="+35"/>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="+33"/>
        <source>Public domain</source>
        <translation>パブリックドメイン</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Token Factory Planner</source>
        <translation>Token Factory Planner について</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h2&gt;Token Factory Planner %1&lt;/h2&gt;&lt;p&gt;Plan AI datacenters as token factories: draw the suppliers and the datacenter, wire them, and see tokens per second, power, the cost of a million tokens and the bottleneck as you edit.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Token Factory Planner %1&lt;/h2&gt;&lt;p&gt;AI データセンターをトークン工場として計画します。サプライヤーとデータセンターを描いて接続すれば、編集しながら毎秒トークン数、電力、100 万トークンあたりのコスト、ボトルネックを確認できます。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド。MIT ライセンスで提供されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Licence</source>
        <translation>ライセンス(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web site</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open in the web browser</source>
        <translation>ウェブブラウザーで開く</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Third-party libraries</source>
        <translation>サードパーティ ライブラリ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+53"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect the next time the app starts.</source>
        <translation>次回アプリを起動したときに反映されます。</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-4"/>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+3"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+301"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-2"/>
        <location filename="../ui/export/reportinputs.cpp" line="-4"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+1"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto&amp;save every:</source>
        <translation>自動保存の間隔(&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Megawatts (MW)</source>
        <translation>メガワット (MW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kilowatts (kW)</source>
        <translation>キロワット (kW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Power:</source>
        <translation>電力(&amp;P):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>US dollars ($)</source>
        <translation>米ドル ($)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euros (€)</source>
        <translation>ユーロ (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>通貨(&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>$1 = €</source>
        <translation>$1 = €</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xchange rate:</source>
        <translation>為替レート(&amp;X):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Designs keep their figures in MW and US dollars; only the display changes.</source>
        <translation>設計の数値は MW と米ドルで保持され、表示だけが変わります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New designs</source>
        <translation>新しい設計</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> $/MWh</source>
        <translation> $/MWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Electricity price:</source>
        <translation>電力価格(&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given to designs started from the default design. Opened designs keep their own price.</source>
        <translation>既定の設計から始めた設計に適用されます。開いた設計は独自の価格を保持します。</translation>
    </message>
    <message>
        <location filename="../ui/commands/addgoodcommand.cpp" line="+16"/>
        <source>Add good %1</source>
        <translation>品目 %1 を追加</translation>
    </message>
    <message>
        <location filename="../ui/commands/addlinkcommand.cpp" line="+15"/>
        <source>Connect %1 to %2</source>
        <translation>%1 を %2 に接続</translation>
    </message>
    <message>
        <location filename="../ui/commands/addnodecommand.cpp" line="+15"/>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <location filename="../ui/commands/valuecommands.cpp" line="+78"/>
        <source>Change %1 of %2</source>
        <translation>%2 の %1 を変更</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Choose %1 %2 for %3 in %4</source>
        <translation>%4 で %3 に %1 %2 を選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 of %2 in %3</source>
        <translation>%3 で %2 の %1 をクリア</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n Node(s)</source>
        <translation>
            <numerusform>%n 個のノードを移動</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commands/removelinkcommand.cpp" line="+16"/>
        <source>Disconnect %1 from %2</source>
        <translation>%1 と %2 の接続を解除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect</source>
        <translation>接続を解除</translation>
    </message>
    <message>
        <location filename="../ui/commands/removenodescommand.cpp" line="+17"/>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n Node(s)</source>
        <translation>
            <numerusform>%n 個のノードを削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commands/valuecommands.cpp" line="-108"/>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Clear %1 of %2</source>
        <translation>%2 の %1 をクリア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose %1 %2 for %3</source>
        <translation>%3 に %1 %2 を選択</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change share of %1 into %2</source>
        <translation>%1 から %2 へのシェアを変更</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="-306"/>
        <source>offline: no target</source>
        <translation>オフライン：目標なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workload&apos;s</source>
        <translation>ワークロードの値</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No %1 result calibrated: borrows the mean of %2; band ±%3%</source>
        <translation>%1 の校正結果なし：%2 の平均を借用、幅 ±%3%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calibrated on %1, but no calibration row is a model of this kind: read it as a ceiling; band ±%2%</source>
        <translation>%1 で校正済みだが、この種類のモデルの校正行はない：上限として読むこと、幅 ±%2%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calibrated on %1, rows: %2; band ±%3%</source>
        <translation>%1 で校正、行数：%2、幅 ±%3%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Select a node to edit it.</source>
        <translation>ノードを選択すると編集できます。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario %1: edits go into its overrides; empty a field to use the Base value.</source>
        <translation>シナリオ %1: 編集はその上書き値になります。フィールドを空にするとベースの値を使います。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/export/report.cpp" line="+127"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>default %1</source>
        <translation>既定値 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>design default</source>
        <translation>設計の既定値</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pin as a slider to the What-if panel</source>
        <translation>スライダーとして What-if パネルに固定</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>equal split</source>
        <translation>均等配分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share of %1 from %2</source>
        <translation>%1 に占める %2 のシェア</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../ui/scenarioview.cpp" line="+29"/>
        <source>Scenario %1, %2: %3</source>
        <translation>シナリオ %1、%2：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../ui/limittext.cpp" line="+25"/>
        <location filename="../ui/messagetext.cpp" line="-47"/>
        <location filename="../ui/shownproblems.cpp" line="+17"/>
        <source>&apos;%1&apos;</source>
        <comment>a name in a message</comment>
        <translation>「%1」</translation>
    </message>
    <message>
        <location filename="../ui/limittext.cpp" line="+17"/>
        <location line="+18"/>
        <source>%1 a year</source>
        <translation>年間 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>capacity of %1 (%2)</source>
        <translation>%1 の容量（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed activity of %1 (%2)</source>
        <translation>%1 の固定稼働量（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demand of %1 (%2)</source>
        <translation>%1 の需要（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token target (%1)</source>
        <translation>トークン目標（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>power limit (%1)</source>
        <translation>電力上限（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>budget (%1)</source>
        <translation>予算（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2</source>
        <comment>a good at a node</comment>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+1 %1 of %2 = %3 (range: being computed)</source>
        <translation>%2 を +1 %1 = %3（範囲: 計算中）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+1 %1 of %2 = %3 (holds from %4 to %5 %1)</source>
        <translation>%2 を +1 %1 = %3（%4 から %5 %1 の間で有効）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>each %1 forced on idle %2 = %3</source>
        <translation>未使用の %2 に %1 を 1 単位強制するごとに = %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; becomes worth using below %1 a unit (now %2)</source>
        <translation>；単価 %1 未満なら使う価値あり（現在 %2）</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="+18"/>
        <location line="+209"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+11"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+1"/>
        <location filename="../ui/export/reportinputs.cpp" line="+2"/>
        <source>Accelerator</source>
        <translation>アクセラレーター</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+2"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+2"/>
        <location filename="../ui/export/reportinputs.cpp" line="+4"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (known: %2)</source>
        <translation>%1（既知: %2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no node &apos;%1&apos;</source>
        <translation>ノード「%1」はありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no wire &apos;%1&apos;</source>
        <translation>配線「%1」はありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The good &apos;%1&apos; is not defined in the design</source>
        <translation>品目「%1」は設計で定義されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no system &apos;%1&apos;</source>
        <translation>カタログにシステム「%1」はありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no accelerator &apos;%1&apos;</source>
        <translation>カタログにアクセラレーター「%1」はありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no workload &apos;%1&apos;</source>
        <translation>カタログにワークロード「%1」はありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no scenario &apos;%1&apos; (there are none)</source>
        <translation>シナリオ「%1」はありません（シナリオがありません）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no scenario &apos;%1&apos;</source>
        <translation>シナリオ「%1」はありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The node id &apos;%1&apos; is used twice</source>
        <translation>ノードID「%1」が重複しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The good id &apos;%1&apos; is used twice</source>
        <translation>品目ID「%1」が重複しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wire exists already</source>
        <translation>この配線はすでにあります</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: must be %2, got %3</source>
        <translation>%1: %2である必要があります（入力値%3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: must be a number</source>
        <translation>%1: 数値である必要があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: must be finite, got %2</source>
        <translation>%1: 有限の値である必要があります（入力値: %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>infinity</source>
        <translation>無限大</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minus infinity</source>
        <translation>負の無限大</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 needs %2 but nothing supplies it</source>
        <translation>%1は%2を必要としますが、供給元がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 makes no %2 per unit of activity (check its parameters), so it cannot supply its consumers</source>
        <translation>%1は活動1単位あたり%2を作りません（パラメーターを確認してください）。そのため供給先に供給できません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 makes %2 only as a by-product and falls short of what its consumers need; add another producer or fix the shares</source>
        <translation>%1は%2を副産物としてしか作らず、供給先の必要量に足りません。別の生産元を追加するか、配分を直してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shares of %1 into %2 are all 0, so nothing supplies it</source>
        <translation>%2への%1の配分がすべて 0 のため、何も供給されません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shares of %1 into %2 add up to %3, not 1; they are scaled to add up to 1</source>
        <translation>%2への%1の配分の合計が 1 ではなく%3です。合計が 1 になるよう調整されます</translation>
    </message>
    <message>
        <location filename="../ui/limittext.cpp" line="-63"/>
        <location line="+6"/>
        <location line="+10"/>
        <location filename="../ui/messagetext.cpp" line="+19"/>
        <source>%1 %2</source>
        <comment>an amount and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="+4"/>
        <source>%1 asks for %2 but gets %3: %4 (%5) unmet, limited by %6</source>
        <translation>%1は%2を求めていますが、得られるのは%3です。%4（%5）が不足し、%6が制約になっています</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 is not valid: %3</source>
        <translation>%1: %2 は無効です: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not a valid value</source>
        <translation>%1: %2は有効な値ではありません</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The solve gives figures that are not finite numbers (at %1): numbers in the design are too large or too small to be worked with together; check the recipe amounts, parameters and capacities of the nodes named</source>
        <translation>計算結果に有限でない数値があります（対象: %1）。設計内の数値が大きすぎるか小さすぎて一緒に扱えません。挙げたノードのレシピ量、パラメーター、容量を確認してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures are not all finite numbers: numbers in the design are too large or too small to be worked with together; check the recipe amounts, parameters and capacities</source>
        <translation>数値の一部が有限ではありません。設計内の数値が大きすぎるか小さすぎて一緒に扱えません。レシピ量、パラメーター、容量を確認してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The solve&apos;s figures do not balance (at %1), so they are not shown as a solution: numbers in the design are too far apart to be solved together; check the recipe amounts, shares and capacities of the nodes named</source>
        <translation>計算結果の収支が合わない（対象: %1）ため、解として表示しません。設計内の数値の桁が離れすぎていて一緒に解けません。挙げたノードのレシピ量、比率、容量を確認してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The solve&apos;s figures do not balance, so they are not shown as a solution: numbers in the design are too far apart to be solved together; check the recipe amounts, shares and capacities</source>
        <translation>計算結果の収支が合わないため、解として表示しません。設計内の数値の桁が離れすぎていて一緒に解けません。レシピ量、比率、容量を確認してください</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 by %2</source>
        <comment>a limit broken by an amount</comment>
        <translation>%1（%2 超過）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The limits cannot all hold; which of them conflict could not be worked out (the LP code found no answer to that question either)</source>
        <translation>すべての制約は満たせません。どの制約が衝突しているかは特定できませんでした（LP ソルバーもこの問いに答えを見つけられませんでした）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan over the quarters meets all the limits</source>
        <translation>すべての制約を満たす四半期計画はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LP code found no plan over the quarters</source>
        <translation>LP ソルバーは四半期計画を見つけられませんでした</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These limits cannot all hold: %1. The best achievable plan breaks %2.</source>
        <translation>これらの制約はすべては満たせません：%1。到達可能な最良の計画が破る制約：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These limits cannot all hold: %1. The best achievable plan breaks %2, held back by %3.</source>
        <translation>これらの制約はすべては満たせません：%1。到達可能な最良の計画が破る制約：%2。この計画を抑えている制約：%3。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plan over the quarters grows without limit: some stage between a supplier and the demand has no capacity, space or power limit</source>
        <translation>四半期計画が際限なく大きくなります。供給元と需要の間のどこかの段階に容量・スペース・電力の上限がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The loop %1 makes more than it uses (something from nothing), so tokens/s grow without limit; check its recipes or give one of them a capacity</source>
        <translation>ループ%1は使うより多く作る（無から有を生む）ため、トークン/s が際限なく増えます。レシピを確認するか、いずれかに容量を設定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loop %1 makes more than it uses (something from nothing), so the objective improves without limit; check its recipes or give one of them a capacity</source>
        <translation>ループ%1は使うより多く作る（無から有を生む）ため、目的関数の値が際限なく改善します。レシピを確認するか、いずれかに容量を設定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing limits %1 (no capacity), so tokens/s grow without limit; give it a capacity</source>
        <translation>%1 には制限がありません（容量なし）。そのためトークン/s が際限なく増えます。容量を設定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing limits %1 (no capacity), so the objective improves without limit; give it a capacity</source>
        <translation>%1 には制限がありません（容量なし）。そのため目的関数の値が際限なく改善します。容量を設定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing limits %1 (no capacity), so tokens/s grow without limit; give them capacities</source>
        <translation>%1 には制限がありません（容量なし）。そのためトークン/s が際限なく増えます。それぞれに容量を設定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing limits %1 (no capacity), so the objective improves without limit; give them capacities</source>
        <translation>%1 には制限がありません（容量なし）。そのため目的関数の値が際限なく改善します。それぞれに容量を設定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing limits the plan, so tokens/s grow without limit; give the suppliers capacities</source>
        <translation>計画を制限するものが何もないため、トークン/s が際限なく増えます。供給元に容量を設定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing limits the plan, so the objective improves without limit; give the suppliers capacities</source>
        <translation>計画を制限するものが何もないため、目的関数の値が際限なく改善します。供給元に容量を設定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The LP code stopped without an answer (numerical trouble); try simplifying the design</source>
        <translation>LP ソルバーは答えを出せずに停止しました（数値的な問題）。設計を単純にしてみてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LP code returned a plan that breaks a balance or limit by %1 (relative); the figures are not trusted</source>
        <translation>LP ソルバーが返した計画は収支または制約を %1（相対値）だけ破っています。この数値は信頼できません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 GB</source>
        <comment>gigabytes</comment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 in %2 does not fit on %3 × %4: its weights take %5 and one sequence&apos;s KV cache %6, but a GPU has %7 of HBM (%8 usable)</source>
        <translation>%2 の %1 は %3 × %4 に収まりません：重みが %5、1 シーケンスの KV キャッシュが %6 を占めますが、GPU 1 基の HBM は %7（使用可能 %8）です</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>it needs a group of at least %n GPUs</source>
        <translation>
            <numerusform>少なくとも GPU %n 基のグループが必要です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>it needs %n GPUs, more than one scale-up domain of %1</source>
        <translation>
            <numerusform>GPU %n 基が必要で、スケールアップ領域 1 つ（%1 基）を超えます</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2</source>
        <comment>a reason and what follows from it</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the service target of %1 tokens/s per user and a time to first token of %2</source>
        <translation>ユーザーあたり %1 トークン/s、最初のトークンまで %2 というサービス目標</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the service target of %1 tokens/s per user</source>
        <translation>ユーザーあたり %1 トークン/s というサービス目標</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service target of a time to first token of %1</source>
        <translation>最初のトークンまで %1 というサービス目標</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 is out of reach: %2 serves %3 at most %4 tokens/s per user, with a first token after %5 (one sequence on %n GPUs)</source>
        <translation>
            <numerusform>%1は達成できません：%2 で %3 を提供すると、ユーザーあたり最大 %4 トークン/s、最初のトークンまで %5 です（1 シーケンスに GPU %n 基）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no dense %2 rate (it has %3)</source>
        <translation>%1 には %2 の密演算性能がありません（対応：%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog has no efficiency factors for the %1 family at %2</source>
        <translation>カタログに %1 ファミリーの %2 での効率係数がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog entry of %1 lacks figures the throughput model needs</source>
        <translation>%1 のカタログ項目に、スループットモデルに必要な数値がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog does not say how many GPUs %1 has</source>
        <translation>カタログに %1 の GPU 数がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog has no accelerator or system &apos;%1&apos;</source>
        <translation>カタログにアクセラレーターまたはシステム「%1」はありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the catalog has no workload &apos;%1&apos;</source>
        <translation>カタログにワークロード「%1」はありません</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no parameter &apos;%2&apos;</source>
        <translation>%1にパラメーター「%2」はありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not take %2 (it takes no inputs)</source>
        <translation>%1は%2を受け取りません（入力がありません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not take %2 (it takes %3)</source>
        <translation>%1は%2を受け取りません（受け取るのは%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not produce %2</source>
        <translation>%1は%2を生産しません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not connected to any demand, so it stays idle</source>
        <translation>%1はどの需要にもつながっていないため、稼働しません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loop %1 uses up exactly what it makes, so no demand can be met through it (no unique balance)</source>
        <translation>ループ%1は作った分をちょうど使い切るため、これを通じて需要を満たせません（収支が一意に定まりません）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The loop %1 consumes more than it makes, so the demand cannot be balanced</source>
        <translation>ループ%1は作るより多く消費するため、需要の収支が合いません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The loop %1 nearly balances: its gain differs from 1 by about %2, within the tolerance of %3, so its activities would be the demand divided by that difference (check its recipe amounts)</source>
        <translation>ループ%1はほぼ釣り合っています。ゲインと 1 の差は約 %2 で許容誤差 %3 の範囲内のため、活動量は需要をその差で割った値になってしまいます（レシピの数量を確認してください）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The design has no demand node, so nothing is produced</source>
        <translation>設計に需要ノードがないため、何も生産されません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The design has no demand for tokens, so no tokens are made</source>
        <translation>設計にトークンの需要がないため、トークンは作られません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A node needs a name</source>
        <translation>ノードには名前が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the name of the base design; choose another name</source>
        <translation>%1 はベース設計の名前です。別の名前を選んでください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2 cannot both be set</source>
        <translation>%1と%2は同時に設定できません</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1: %2</source>
        <comment>a field and why its value does not fit</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1: the range must start below its end, got %2 to %3</source>
        <translation>%1: 範囲の始まりは終わりより小さくなければなりません（入力値 %2～%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two swept parameters must differ (both are %1)</source>
        <translation>変化させる 2 つのパラメーターは異なっている必要があります（どちらも %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan cannot be solved in %1 (the problems before this say why)</source>
        <translation>%1 の計画は解けません（理由は前の問題を参照）</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="+5"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+104"/>
        <source>(model default)</source>
        <translation>(モデルの既定値)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+0"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Valid: %1</source>
        <translation>有効: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimate: %1</source>
        <translation>推定: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overridden in scenario %1; Base: %2</source>
        <translation>シナリオ %1 で上書き、ベース: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uncertainty: %1</source>
        <translation>不確実性: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a range (a distribution) for Monte Carlo and the tornado</source>
        <translation>モンテカルロとトルネード図のために範囲 (分布) を指定</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chosen in scenario %1; Base: %2</source>
        <translation>シナリオ %1 で選択、ベース: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Price: %1 per %2</source>
        <translation>価格: %2 あたり %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gross margin: %1</source>
        <translation>粗利益: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>own cost %1</source>
        <translation>自社コスト %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margin %1</source>
        <translation>利益 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which: %1</source>
        <translation>内訳: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Activity: %1 %2</source>
        <translation>稼働量: %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Capex: %1</source>
        <translation>Capex: %1</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Per rack (roofline): %1 tokens/s (band %2 to %3), %4 kW, %5 replicas of %6 GPUs, %7-bound, batch %8 each</source>
        <translation>ラックあたり（ルーフライン）：%1 トークン/s（幅 %2～%3）、%4 kW、GPU %6 基のレプリカ %5 個、%7 律速、各バッチ %8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>compute</source>
        <translation>演算</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export/report.cpp" line="-220"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the service target: %1 tokens/s per user, first token after %2</source>
        <translation>サービス目標時：ユーザーあたり %1 トークン/s、最初のトークンまで %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline maximum: %1 tokens/s per user, first token after %2</source>
        <translation>オフライン最大：ユーザーあたり %1 トークン/s、最初のトークンまで %2</translation>
    </message>
    <message>
        <location line="+449"/>
        <source>Capacity: %1 %2, %3 used</source>
        <translation>容量: %1 %2、使用率 %3</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: 「%2」は数値ではありません</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Share: &quot;%1&quot; is not a number</source>
        <translation>シェア: 「%1」は数値ではありません</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="+45"/>
        <location line="+202"/>
        <source>Figures</source>
        <translation>主要指標</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+101"/>
        <location filename="../ui/docks/kpipanel.cpp" line="-191"/>
        <location filename="../ui/export/report.cpp" line="+280"/>
        <source>Tokens/s</source>
        <translation>トークン/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand tokens/s</source>
        <translation>需要 トークン/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max tokens/s</source>
        <translation>最大 トークン/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <source>Tokens/year</source>
        <translation>トークン/年</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="-325"/>
        <source>IT power</source>
        <translation>IT 電力</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>Facility power</source>
        <translation>施設電力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy/year</source>
        <translation>エネルギー/年</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+140"/>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <location line="+501"/>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Racks installed</source>
        <translation>設置済みラック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Racks delivered</source>
        <translation>納入ラック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power drawn</source>
        <translation>施設の消費電力</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokens made</source>
        <translation>生成トークン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens made over the plan</source>
        <translation>計画全体の生成トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex over the plan</source>
        <translation>計画全体の Capex</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+8"/>
        <source>NPV of the plan</source>
        <translation>計画の NPV</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 in a quarter</source>
        <translation>四半期の%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <extracomment>a figure of the plan over time in one quarter: &quot;Tokens/s online in 2027Q4&quot;</extracomment>
        <translation>%2 の%1</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+70"/>
        <source>Capital charge/year</source>
        <translation>資本費/年</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="-7"/>
        <source>Opex/year</source>
        <translation>Opex/年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCO/year</source>
        <translation>TCO/年</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <source>Cost per million tokens</source>
        <translation>100 万トークンのコスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="-492"/>
        <source>Tokens per joule</source>
        <translation>トークン/ジュール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per USD</source>
        <translation>1 USD あたりのトークン数</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+74"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="+420"/>
        <source>Cost per GPU-hour</source>
        <translation>GPU 1 時間のコスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/year per provisioned MW</source>
        <translation>供給容量 MW あたりのトークン/年</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+13"/>
        <source>NPV at the token price</source>
        <translation>トークン価格での NPV</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+5"/>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <source>Payback</source>
        <translation>回収期間</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no value without a token price.</source>
        <translation>トークン価格がないため、%1 には値がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no value in a quarter with nothing online.</source>
        <extracomment>a quarter&apos;s cost per million tokens, per GPU-hour or load at demand</extracomment>
        <translation>稼働中の設備がない四半期のため、%1 には値がありません。</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Choose a quarter for %1.</source>
        <translation>%1 の四半期を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not a quarter; the design&apos;s timeline runs from %3 to %4.</source>
        <translation>%1: 「%2」は四半期ではありません。設計のタイムラインは %3 から %4 までです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is outside the design&apos;s timeline, which runs from %3 to %4.</source>
        <translation>%1: %2 は設計のタイムライン（%3 から %4 まで）の外です。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The design cannot be solved as it is: %1</source>
        <translation>現在の設計は解けません: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The design cannot be solved as it is (see Problems).</source>
        <translation>現在の設計は解けません（問題を参照）。</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="-4"/>
        <location filename="../ui/charts/kpichart.cpp" line="+41"/>
        <location filename="../ui/export/report.cpp" line="-197"/>
        <source>Bottleneck</source>
        <translation>ボトルネック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its load at demand</source>
        <translation>需要/容量</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Goal Seek: Make %1…</source>
        <translation>ゴールシーク: %1 を…にする</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The demand over the tokens/s online in the quarter</source>
        <translation>需要 ÷ その四半期に稼働中のトークン/s</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../ui/docks/timelinedock.cpp" line="+177"/>
        <source>nothing online yet</source>
        <translation>まだ稼働なし</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>– (no token price)</source>
        <translation>–（トークン価格なし）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan&apos;s cash flows at %1 per million tokens, discounted at the cost of capital, with the book value left at the end</source>
        <translation>100 万トークンあたり %1 での計画のキャッシュフローを資本コストで割り引き、期末に残る簿価を加えたもの</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not within the plan</source>
        <translation>計画期間内になし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quarter from which the plan&apos;s discounted cash so far stays at or above zero</source>
        <translation>計画の割引後累積キャッシュがゼロ以上を保ち始める四半期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures — %1</source>
        <translation>主要指標 — %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Being computed: the figures below are still those of the previous mode</source>
        <translation>計算中: 以下の数値はまだ前のモードのものです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best reachable plan: what was asked cannot be had (see Problems)</source>
        <translation>到達可能な最良の計画：要求は満たせません（問題を参照）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot be solved: see Problems</source>
        <translation>求解できません: 「問題」を参照</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+322"/>
        <location filename="../ui/export/report.cpp" line="+198"/>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>never</source>
        <translation>回収せず</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="-89"/>
        <location line="+106"/>
        <source>none binds</source>
        <translation>制約なし</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Online in the quarter, the quarter&apos;s capex, its opex at a yearly rate</source>
        <translation>四半期中に稼働中のもの、その四半期の設備投資、年率換算の運用費</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>none binds (tightest: %1)</source>
        <translation>制約なし (最も厳しいもの: %1)</translation>
    </message>
    <message>
        <location filename="../ui/unitformat.cpp" line="-15"/>
        <location line="+5"/>
        <location filename="../ui/docks/kpipanel.cpp" line="-272"/>
        <location filename="../ui/docks/settingsdock.cpp" line="-66"/>
        <location filename="../ui/scene/diffoverlay.cpp" line="+65"/>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="+2"/>
        <location line="+2"/>
        <source>%1× its capacity</source>
        <translation>容量の %1 倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no capacity</source>
        <translation>容量なし</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Demand of %1 tokens/s exceeds the capacities</source>
        <translation>%1 トークン/s の需要が容量を超えています</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimisedock.cpp" line="+73"/>
        <source>Optimise</source>
        <translation>最適化</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimiserows.cpp" line="+59"/>
        <source>holds from %1 to %2 %3</source>
        <translation>%1 から %2 %3 の間で有効</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>range: being computed</source>
        <translation>範囲: 計算中</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimisedock.cpp" line="+94"/>
        <source>Balance mode: producers split demand by their shares. Choose Solve ▸ Optimise to find the best plan and what one more unit of each supply is worth.</source>
        <translation>バランス モード: 生産者は需要をシェアに応じて分担します。求解 ▸ 最適化 を選ぶと、最適なプランと各供給をもう 1 単位増やす価値がわかります。</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Optimal: %1 %2</source>
        <translation>最適値: %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No plan meets all the limits (see Problems). Shown: the best reachable plan, %1 of the %2 tokens/s asked.</source>
        <translation>すべての制約を満たす計画はありません（問題を参照）。表示中：到達可能な最良の計画、要求 %2 トークン/s のうち %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held back by %1.</source>
        <translation>制約：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No best plan: something grows without limit (see Problems).</source>
        <translation>最良の計画はありません：何かが際限なく増えます（問題を参照）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LP code found no answer (see Problems).</source>
        <translation>LP ソルバーは解を見つけられませんでした（問題を参照）。</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Finding the best plan… The figures follow when it is solved; the window can be used meanwhile.</source>
        <translation>最適な計画を求めています… 解けしだい数値を表示します。その間もウィンドウは操作できます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Binding limits</source>
        <translation>有効な制約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of one more unit of a good</source>
        <translation>品目をもう 1 単位増やす価値</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimiserows.cpp" line="+93"/>
        <source>%1 %2 per unit</source>
        <translation>1 単位あたり %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimisedock.cpp" line="+1"/>
        <source>Idle or held back</source>
        <translation>未使用または保留</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimiserows.cpp" line="+3"/>
        <source>%1
reduced cost %2 %3 per unit</source>
        <translation>%1
被約費用 1 単位あたり %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>worth using below %1</source>
        <translation>%1 未満なら使う価値あり</translation>
    </message>
    <message>
        <location filename="../ui/docks/palettedock.cpp" line="+50"/>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search kinds…</source>
        <translation>種類を検索…</translation>
    </message>
    <message>
        <location filename="../ui/docks/problemsdock.cpp" line="-30"/>
        <location line="+35"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (%1)</source>
        <translation>問題 (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scene/designscene.cpp" line="+444"/>
        <location line="+23"/>
        <source>Delete %n Item(s)</source>
        <translation>
            <numerusform>%n 個の項目を削除</numerusform>
        </translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Connect an output to an input, not to another output</source>
        <translation>出力は入力に接続してください。別の出力には接続できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an input to an output, not to another input</source>
        <translation>入力は出力に接続してください。別の入力には接続できません</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+18"/>
        <source>Not connected: %1</source>
        <translation>接続されていません: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+14"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rename Frame</source>
        <translation>フレームの名前を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Frame Colour</source>
        <translation>フレームの色を変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete Frame</source>
        <translation>フレームを削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/scene/noteitem.cpp" line="+90"/>
        <source>Edit Note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Frame Here</source>
        <translation>ここにフレームを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Note Here</source>
        <translation>ここにメモを追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame Selection</source>
        <translation>選択範囲をフレームで囲む</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>オレンジ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>グレー</translation>
    </message>
    <message>
        <location filename="../ui/tools/clipboard.cpp" line="+62"/>
        <source>The clipboard holds no design: %1</source>
        <translation>クリップボードに設計がありません: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to paste</source>
        <translation>貼り付けるものがありません</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Paste %n Node(s)</source>
        <translation>
            <numerusform>%n 個のノードを貼り付け</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tools/quickaddpopup.cpp" line="+23"/>
        <source>Add a node: type to search…</source>
        <translation>ノードを追加: 入力して検索…</translation>
    </message>
    <message>
        <location filename="../ui/scene/designview.cpp" line="+369"/>
        <source>No kind of node connects to %1</source>
        <translation>%1 に接続できるノードの種類はありません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add %1 and connect it</source>
        <translation>%1 を追加して接続</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Not changed: %1</source>
        <translation>変更されませんでした: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create a node of this kind</source>
        <translation>この種類のノードは作成できません</translation>
    </message>
    <message>
        <location filename="../ui/scene/nodeitem.cpp" line="+327"/>
        <location line="+38"/>
        <source>BOTTLENECK</source>
        <translation>ボトルネック</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>%1 of %2 %3</source>
        <comment>delivered of asked, unit</comment>
        <translation>%2 %3 中 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartkinds.cpp" line="+24"/>
        <source>Demand met and capacity use</source>
        <translation>需要充足率と容量使用率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost by node kind</source>
        <translation>ノード種類別コスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where each dollar per million tokens goes</source>
        <translation>100 万トークンあたりの 1 ドルの内訳</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/export/report.cpp" line="+27"/>
        <source>Who earns what per million tokens</source>
        <translation>100 万トークンあたり誰がいくら得るか</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power breakdown</source>
        <translation>電力の内訳</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export/report.cpp" line="-65"/>
        <source>Throughput vs interactivity</source>
        <translation>スループットと対話速度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows from suppliers to tokens</source>
        <translation>サプライヤーからトークンへの流れ</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpanel.cpp" line="+49"/>
        <source>A catalog system to compare, running the first datacenter&apos;s workload</source>
        <translation>比較するカタログのシステム（最初のデータセンターのワークロードを実行）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>このグラフを PNG、SVG、PDF で保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy this chart to the clipboard</source>
        <translation>このグラフをクリップボードにコピー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this chart in a window of its own</source>
        <translation>このグラフを別ウィンドウで開く</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Compare with…</source>
        <translation>比較対象…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 — Token Factory Planner</source>
        <translation>%1 — Token Factory Planner</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsdock.cpp" line="+11"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartstyle.cpp" line="+89"/>
        <source>trillions</source>
        <translation>兆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billions</source>
        <translation>十億</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>millions</source>
        <translation>百万</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thousands</source>
        <translation>千</translation>
    </message>
    <message>
        <location filename="../ui/charts/costchart.cpp" line="+30"/>
        <source>Cost by node kind: capex %1, opex %2 per year</source>
        <translation>ノード種類別コスト: Capex %1、年間 Opex %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost by node kind: no solution</source>
        <translation>ノード種類別コスト: 解なし</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+20"/>
        <location filename="../ui/export/report.cpp" line="-408"/>
        <source>Capital charge per year</source>
        <translation>年間資本費</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <source>Opex per year</source>
        <translation>年間 Opex</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1  capex %2</source>
        <translation>%1  Capex %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  opex %2/yr</source>
        <translation>%1  Opex %2/年</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>USD per year</source>
        <translation>USD/年</translation>
    </message>
    <message>
        <location filename="../ui/charts/kpichart.cpp" line="-6"/>
        <source>Capacity use: %1 of %2 tokens/s demanded</source>
        <translation>容量使用: 需要 %2 トークン/s のうち %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand met and capacity use: no solution</source>
        <translation>需要充足率と容量使用率: 解なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also at capacity</source>
        <translation>同じく容量上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other limits and demand</source>
        <translation>その他の制約と需要</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token demand met</source>
        <translation>トークン需要の充足率</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>% of capacity (of demand for tokens)</source>
        <translation>容量に対する % (トークンは需要に対する %)</translation>
    </message>
    <message>
        <location filename="../ui/charts/powerchart.cpp" line="+27"/>
        <source>Power at the meter: %1, IT %2</source>
        <translation>メーターでの電力: %1、IT %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power at the meter: none drawn</source>
        <translation>メーターでの電力: 消費なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (rack split estimated)</source>
        <translation> (ラック内訳は推定)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="-318"/>
        <location filename="../ui/charts/powerchart.cpp" line="+12"/>
        <source>Accelerators</source>
        <translation>アクセラレーター</translation>
    </message>
    <message>
        <location filename="../ui/charts/powerchart.cpp" line="+1"/>
        <source>Host and network</source>
        <translation>ホストとネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other IT loads</source>
        <translation>その他の IT 負荷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling and overhead</source>
        <translation>冷却とオーバーヘッド</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sankeywidget.cpp" line="+38"/>
        <source>Flows from suppliers to tokens: %1 per year of cost</source>
        <translation>サプライヤーからトークンへの流れ: 年間コスト %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows from suppliers to tokens: no solution</source>
        <translation>サプライヤーからトークンへの流れ: 解なし</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Bands and figures: dollars per year of TCO (capital charge + opex); on the bands: the flow each wire carries</source>
        <translation>帯の幅と金額: 年間 TCO のドル額 (資本費 + Opex)、帯の上: 各接続線の流量</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="-158"/>
        <location filename="../ui/charts/sankeywidget.cpp" line="-103"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuechainchart.cpp" line="-30"/>
        <source>Logic</source>
        <translation>ロジック</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Facility</source>
        <translation>施設</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+33"/>
        <source>Foundry</source>
        <translation>ファウンドリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory makers</source>
        <translation>メモリメーカー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packager</source>
        <translation>パッケージング</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+9"/>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="-8"/>
        <source>Accelerator vendor</source>
        <translation>アクセラレータベンダー</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <source>Optics makers</source>
        <translation>光モジュールメーカー</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="-4"/>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <source>Rack integrator</source>
        <translation>ラックインテグレータ</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <source>Datacenter operator</source>
        <translation>データセンター事業者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility</source>
        <translation>電力会社</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+10"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who earns what per million tokens: %1 per million tokens</source>
        <translation>100 万トークンあたり誰がいくら得るか: 100 万トークンあたり %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who earns what per million tokens: no tokens made</source>
        <translation>100 万トークンあたり誰がいくら得るか: トークンは生成されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own costs and the return on capital</source>
        <translation>自社コストと資本収益</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+65"/>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="+480"/>
        <source>Gross margin</source>
        <translation>粗利益</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuechainchart.cpp" line="+11"/>
        <source>Where each dollar per million tokens goes: %1 per million tokens</source>
        <translation>100 万トークンあたりの 1 ドルの内訳: 100 万トークンあたり %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where each dollar per million tokens goes: no tokens made</source>
        <translation>100 万トークンあたりの 1 ドルの内訳: トークンの生産なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opex: running costs and energy</source>
        <translation>Opex: 運用コストとエネルギー</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+31"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+37"/>
        <source>USD per million tokens</source>
        <translation>100 万トークンあたりの USD</translation>
    </message>
    <message>
        <location filename="../ui/export/canvasexport.cpp" line="+108"/>
        <location filename="../ui/export/chartexport.cpp" line="+141"/>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <location filename="../ui/whatif/studydialog.cpp" line="+128"/>
        <location line="+3"/>
        <location filename="../ui/export/canvasexport.cpp" line="+6"/>
        <location line="+14"/>
        <location line="+12"/>
        <location filename="../ui/export/chartexport.cpp" line="+6"/>
        <location line="+8"/>
        <location filename="../ui/export/exportactions.cpp" line="+166"/>
        <location line="+3"/>
        <location filename="../ui/export/report.cpp" line="+255"/>
        <location line="+11"/>
        <location filename="../ui/export/tables.cpp" line="+246"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/export/canvasexport.cpp" line="-20"/>
        <location line="+10"/>
        <source>Token factory design</source>
        <translation>トークン工場の設計</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexport.cpp" line="-95"/>
        <location line="+98"/>
        <location filename="../ui/export/report.cpp" line="-6"/>
        <source>Token Factory Planner %1</source>
        <translation>Token Factory Planner %1</translation>
    </message>
    <message>
        <location filename="../ui/export/canvasexport.cpp" line="+13"/>
        <location filename="../ui/export/chartexport.cpp" line="-45"/>
        <location line="+16"/>
        <source>%1: the file name must end in .png, .svg or .pdf</source>
        <translation>%1: ファイル名の末尾は .png、.svg、.pdf のいずれかにしてください</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexport.cpp" line="-13"/>
        <location line="+16"/>
        <source>%1: size must be at least 16×16 pixels and DPI between 24 and 2400</source>
        <translation>%1: サイズは 16×16 ピクセル以上、DPI は 24～2400 にしてください</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Unknown chart kind &apos;%1&apos;</source>
        <translation>不明なグラフの種類「%1」</translation>
    </message>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="+44"/>
        <location filename="../ui/whatif/studydialog.cpp" line="-25"/>
        <location filename="../ui/export/exportactions.cpp" line="-117"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="+7"/>
        <source>PNG Size</source>
        <translation>PNG のサイズ</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width:</source>
        <translation>幅:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>高さ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>解像度:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+23"/>
        <source>Export Chart</source>
        <translation>グラフをエクスポート</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <location line="+37"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;SVG 図 (*.svg);;PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="-55"/>
        <source>Compare Scenarios</source>
        <translation>シナリオを比較</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Δ vs Base</source>
        <translation>ベースとの差 Δ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not solvable</source>
        <translation>求解不能</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;Table (CSV)…</source>
        <translation>表をエクスポート (CSV)(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Chart…</source>
        <translation>グラフをエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/whatif/studydialog.cpp" line="-49"/>
        <source>C&amp;opy Chart</source>
        <translation>グラフをコピー(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/export/exportactions.cpp" line="-17"/>
        <source>Export Table</source>
        <translation>表をエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/whatif/studydialog.cpp" line="+45"/>
        <location filename="../ui/export/exportactions.cpp" line="+3"/>
        <location line="+78"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="-66"/>
        <source>Export Canvas</source>
        <translation>キャンバスをエクスポート</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+27"/>
        <source>Export Timeline</source>
        <translation>タイムラインのエクスポート</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Export Report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report (PDF)…</source>
        <translation>レポート (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Chart Shown…</source>
        <translation>表示中のグラフ(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;opy Chart Shown</source>
        <translation>表示中のグラフをコピー(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;harts</source>
        <translation>グラフ(&amp;H)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Key Figures (CSV)…</source>
        <translation>主要指標 (CSV)(&amp;K)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Node Steps (CSV)…</source>
        <translation>ノードの工程 (CSV)(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Flows (CSV)…</source>
        <translation>フロー (CSV)(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who Earns What (CSV)…</source>
        <translation>誰がいくら得るか (CSV)(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Timeline, Every Series (CSV)…</source>
        <translation>タイムライン、全系列 (CSV)(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;anvas (PNG, SVG or PDF)…</source>
        <translation>キャンバス (PNG、SVG または PDF)(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-753"/>
        <source>Tokens per second</source>
        <translation>毎秒トークン数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demand %1, capacities allow %2</source>
        <translation>需要 %1、容量の上限 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens per year</source>
        <translation>年間トークン数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MWh per year</source>
        <translation>年間 %1 MWh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>energy %1</source>
        <translation>エネルギー %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCO per year</source>
        <translation>年間 TCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$ per million tokens</source>
        <translation>100 万トークンあたりの $</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the facility meter</source>
        <translation>施設のメーター基準</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per dollar</source>
        <translation>1 ドルあたりのトークン数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, a ceiling</source>
        <translation>%1、上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="-420"/>
        <location filename="../ui/export/report.cpp" line="+11"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+685"/>
        <source>unsaved design</source>
        <translation>未保存の設計</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Token Factory Planner %1 · %2 · %3</source>
        <translation>Token Factory Planner %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+17"/>
        <source>Token factory report: %1</source>
        <translation>トークン工場レポート: %1</translation>
    </message>
    <message>
        <location line="-825"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>annuity at the cost of capital, by asset class</source>
        <translation>資本コストでの年賦額（資産クラス別）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>capital charge + opex</source>
        <translation>資本費 + Opex</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Token factory report</source>
        <translation>トークン工場レポート</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Key figures</source>
        <translation>主要指標</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tokens per rack (roofline model)</source>
        <translation>ラックあたりのトークン（ルーフラインモデル）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs</source>
        <translation>実行内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per rack</source>
        <translation>ラックあたり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band (tokens/s)</source>
        <translation>幅（トークン/s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per user</source>
        <translation>ユーザーあたり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLPerf round</source>
        <translation>MLPerf ラウンド</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The band comes from the calibration residuals (docs/throughput-model.md); published results the model was not fitted to differ by more, most for mixtures of experts.</source>
        <translation>幅は校正残差から求めたもの（docs/throughput-model.md）。モデルを合わせていない公開結果との差はこれより大きく、混合エキスパートで最大。</translation>
    </message>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="-40"/>
        <location filename="../ui/export/report.cpp" line="-22"/>
        <location line="+398"/>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../ui/docks/scheduleeditor.cpp" line="+76"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+95"/>
        <source>Row %1: &quot;%2&quot; is not a quarter such as 2027Q3</source>
        <translation>%1 行目：「%2」は 2027Q3 のような四半期ではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: &quot;%2&quot; is not a number</source>
        <translation>%1 行目：「%2」は数値ではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Over time</source>
        <translation>時間経過</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Default: %n quarter(s)</source>
        <translation>
            <numerusform>既定：%n 四半期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many quarters this stage delays its output (wafer start to die, die to package, package to rack)</source>
        <translation>この工程が出力を遅らせる四半期数（ウェハ投入からダイ、ダイからパッケージ、パッケージからラック）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time (quarters)</source>
        <translation>リードタイム（四半期）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule of</source>
        <translation>スケジュールの対象</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/export/report.cpp" line="-397"/>
        <location line="+398"/>
        <location line="+114"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-58"/>
        <source>From quarter</source>
        <translation>開始四半期</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-103"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step a year after the last one</source>
        <translation>最後のステップの 1 年後に追加</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+4"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+1"/>
        <source>Removes the selected steps</source>
        <translation>選択したステップを削除します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of quarter and value from a spreadsheet</source>
        <translation>表計算ソフトからの四半期と値の行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file of quarter and value rows</source>
        <translation>四半期と値の行からなる CSV ファイル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog&apos;s yearly capacity figures as a schedule</source>
        <translation>カタログの年次生産能力をスケジュールとして使用</translation>
    </message>
    <message>
        <location line="+93"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+88"/>
        <source>%1 (scheduled)</source>
        <translation>%1（スケジュールあり）</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Nothing to paste: rows of a quarter and a value are expected</source>
        <translation>貼り付ける内容がありません：四半期と値の行が必要です</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no rows of a quarter and a value</source>
        <translation>%1 には四半期と値の行がありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Schedule</source>
        <translation>スケジュールのインポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV table (*.csv *.txt)</source>
        <translation>CSV 表 (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The catalog has no yearly figures after the timeline&apos;s first year for this entry</source>
        <translation>このエントリには、タイムラインの初年度より後の年次データがカタログにありません</translation>
    </message>
    <message>
        <location filename="../ui/scene/noteitem.cpp" line="-55"/>
        <location line="+38"/>
        <location filename="../ui/export/report.cpp" line="-511"/>
        <location line="+398"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Move Note</source>
        <translation>メモを移動</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-462"/>
        <source>none: borrowed</source>
        <translation>なし：借用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ±%2%</source>
        <translation>%1 ±%2%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline: %1</source>
        <translation>オフライン：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The design cannot be solved:
%1</source>
        <translation>この設計は求解できません:
%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the most tokens/s</source>
        <translation>トークン/s の最大化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the least cost</source>
        <translation>コストの最小化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the least power</source>
        <translation>電力の最小化</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 to %2 %3</source>
        <translation>%1 ～ %2 %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shadow prices: what one more unit of each limit is worth</source>
        <translation>シャドウプライス: 各制約をもう 1 単位増やす価値</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The design could not be optimised.</source>
        <translation>この設計は最適化できませんでした。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optimise mode, splits free, for %1: %2 %3.</source>
        <translation>最適化モード（配分は自由）、%1: %2 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures above are Balance mode&apos;s (the splits as set); these prices are the optimum&apos;s.</source>
        <translation>上の指標はバランス モード（設定どおりの配分）のもので、これらの価格は最適解のものです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One more unit is worth</source>
        <translation>1 単位増やす価値</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 more in the Optimise dock (Solve ▸ Optimise).</source>
        <translation>ほか %1 件は最適化パネルにあります（求解 ▸ 最適化）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No capacity limits the design.</source>
        <translation>設計を制約する容量はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit (tightest first)</source>
        <translation>制約 (厳しい順)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+4"/>
        <location filename="../ui/export/report.cpp" line="+2"/>
        <source>Load at demand</source>
        <translation>需要/容量</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+169"/>
        <source>TCO per year over every accelerator&apos;s hours</source>
        <translation>年間 TCO を全アクセラレータの全時間で割った値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens per year per provisioned MW</source>
        <translation>供給容量 MW あたりの年間トークン数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MW built, at the meter</source>
        <translation>建設済み MW（受電点）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per million tokens</source>
        <translation>100 万トークンあたり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per year</source>
        <translation>年間売上</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over %1 years at the cost of capital</source>
        <translation>資本コストで %1 年間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>discounted</source>
        <translation>割引後</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value added</source>
        <translation>付加価値</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-539"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+212"/>
        <source>Scenario: %1</source>
        <translation>シナリオ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base design (no scenario)</source>
        <translation>ベース設計（シナリオなし）</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>No limit binds.</source>
        <translation>有効な制約はありません。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Binding limit</source>
        <translation>有効な制約</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds over</source>
        <translation>有効範囲</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Each line is the most tokens/s per GPU a datacenter&apos;s hardware gives at each output speed per user; a dot is where the datacenter runs at its service target (docs/throughput-model.md).</source>
        <translation>各線は、ユーザーあたりの各出力速度でデータセンターのハードウェアが出せる GPU あたりの最大トークン/s を示す。点はデータセンターがサービス目標で稼働する位置（docs/throughput-model.md）。</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Inputs that differ from the catalog (%1 of %2)</source>
        <translation>カタログと異なる入力 (%2 件中 %1 件)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inputs that differ from the catalog</source>
        <translation>カタログと異なる入力</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values set on the design where the catalog (or the node kind&apos;s default) says otherwise or nothing.</source>
        <translation>カタログ (またはノード種類の既定値) と異なる、またはカタログにない値を設計で設定したもの。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: every input is the catalog&apos;s.</source>
        <translation>なし: すべての入力がカタログどおりです。</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+206"/>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog or default</source>
        <translation>カタログまたは既定値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../ui/export/reportinputs.cpp" line="+28"/>
        <source>scenario %1 (Base: %2)</source>
        <translation>シナリオ %1（ベース: %2）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Design settings</source>
        <translation>設計の設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>design setting</source>
        <translation>設計の設定</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>estimate: %1</source>
        <translation>推定: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scenario %1 (Base: %2); %3</source>
        <translation>シナリオ %1（ベース: %2）; %3</translation>
    </message>
    <message>
        <location filename="../ui/documentcanvas.cpp" line="+14"/>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add Frame %1</source>
        <translation>フレーム %1 を追加</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete Frame %1</source>
        <translation>フレーム %1 を削除</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Move Frame %1</source>
        <translation>フレーム %1 を移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Frame</source>
        <translation>フレームを移動</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/scene/designscene.cpp" line="-19"/>
        <source>Delete Note</source>
        <translation>メモを削除</translation>
    </message>
    <message>
        <location filename="../ui/commands/addscenariocommand.cpp" line="+13"/>
        <source>Add Scenario %1</source>
        <translation>シナリオ %1 を追加</translation>
    </message>
    <message>
        <location filename="../ui/commands/removescenariocommand.cpp" line="+15"/>
        <source>Delete Scenario %1</source>
        <translation>シナリオ %1 を削除</translation>
    </message>
    <message>
        <location filename="../ui/commands/valuecommands.cpp" line="+175"/>
        <source>Rename Scenario %1 to %2</source>
        <translation>シナリオ %1 の名前を %2 に変更</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Change %1 in %2</source>
        <translation>%2 の %1 を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 in %2</source>
        <translation>%2 の %1 をクリア</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Set Distribution of %1</source>
        <translation>%1 の分布を設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Distribution of %1</source>
        <translation>%1 の分布をクリア</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+297"/>
        <source>Each value must lie between %1 and %2</source>
        <translation>各値は %1 から %2 の範囲でなければなりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum must not be above the maximum</source>
        <translation>最小値は最大値を超えてはなりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most likely value must lie between the minimum and the maximum</source>
        <translation>最頻値は最小値と最大値の間でなければなりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard deviation must not be negative</source>
        <translation>標準偏差は負にできません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The median must be above 0</source>
        <translation>中央値は 0 より大きくなければなりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sigma of ln x must not be negative</source>
        <translation>ln x のシグマは負にできません</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-18"/>
        <location filename="../ui/dialogs/distributiondialog.cpp" line="+41"/>
        <source>Uncertainty of %1</source>
        <translation>%1 の不確実性</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/distributiondialog.cpp" line="+3"/>
        <source>Monte Carlo draws %1 from this distribution; the tornado moves it to its P10 and P90. The value %2 stays the one ordinary solves use.</source>
        <translation>モンテカルロはこの分布から %1 を抽出し、トルネード図は P10 と P90 に動かします。通常の求解では引き続き値 %2 を使います。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uniform</source>
        <translation>一様分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triangular</source>
        <translation>三角分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>正規分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lognormal</source>
        <translation>対数正規分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+3"/>
        <source>Minimum:</source>
        <translation>最小値:</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Maximum:</source>
        <translation>最大値:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most likely:</source>
        <translation>最頻値:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean:</source>
        <translation>平均:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard deviation:</source>
        <translation>標準偏差:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median:</source>
        <translation>中央値:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sigma of ln x:</source>
        <translation>ln x のシグマ:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1「%2」は数値ではありません</translation>
    </message>
    <message>
        <location filename="../ui/whatif/goalseekdialog.cpp" line="+44"/>
        <source>Goal Seek</source>
        <translation>ゴールシーク</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Make:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal to:</source>
        <translation>目標値:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By changing:</source>
        <translation>変化させる値:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Seek</source>
        <translation>探索(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+92"/>
        <source>Seeking… solves so far: %1</source>
        <translation>探索中… これまでに求解 %1 回</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Being computed…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../ui/whatif/montecarlodialog.cpp" line="+107"/>
        <source>The target is not a number.</source>
        <translation>目標値が数値ではありません。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 = %2 gives %3 = %4 (%5 solves).</source>
        <translation>%1 = %2 のとき %3 = %4 (求解 %5 回)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+19"/>
        <source>%1 %2</source>
        <comment>a sentence, then the next</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No value of %1 within [%2, %3] gives %4 = %5: %4 jumps across it at %6 (the closest it gets is %7).</source>
        <translation>[%2, %3] の範囲で %4 = %5 となる %1 の値はありません。%4 は %6 でこの値を飛び越えます（最も近い値は %7）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot reach it within %1&apos;s range [%2, %3]: %4 goes from %5 to %6 there.</source>
        <translation>%1 の範囲 [%2, %3] では到達できません: そこでは %4 は %5 から %6 です。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not applied: scenario “%1” holds values, not schedules, so %2 alone would not give this figure. Untick “%3” and seek again for the value that gives it with the schedule&apos;s steps kept, or seek in the Base to scale the schedule.</source>
        <translation>適用していません：シナリオ「%1」が持つのは値だけでスケジュールは持たないため、%2 だけではこの指標になりません。「%3」のチェックを外して、スケジュールのステップをそのままにしてこの指標になる値をもう一度探索するか、スケジュールを拡縮するにはベースで探索してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goal seek: %1</source>
        <translation>ゴールシーク：%1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/montecarlodialog.cpp" line="-79"/>
        <source>Monte Carlo</source>
        <translation>モンテカルロ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uncertain:</source>
        <translation>不確実な値:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>one per core</source>
        <translation>コアごとに 1 つ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional, e.g. %1</source>
        <translation>省略可、例: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples:</source>
        <translation>サンプル数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>シード:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads:</source>
        <translation>スレッド数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/whatif/tornadodialog.cpp" line="+28"/>
        <source>Figure:</source>
        <translation>指標:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target (at least):</source>
        <translation>目標 (以上):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No parameter carries a distribution: give some a range with the ~ button beside their field in the inspector.</source>
        <translation>分布を持つパラメーターがありません。インスペクターの各フィールド横の ~ ボタンで範囲を指定してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No parameter carries a distribution.</source>
        <translation>分布を持つパラメーターがありません。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 samples (%2 unsolvable): P10 %3, P50 %4, P90 %5, mean %6</source>
        <translation>%1 サンプル (求解不能 %2): P10 %3、P50 %4、P90 %5、平均 %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; P(%1 ≥ %2) = %3</source>
        <comment>a probability as a percentage</comment>
        <translation>、P(%1 ≥ %2) = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled after %1 of %2 samples. %3</source>
        <translation>%2 サンプル中 %1 で中止しました。%3</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenariosdock.cpp" line="+16"/>
        <location line="+97"/>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate…</source>
        <translation>複製(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me…</source>
        <translation>名前を変更(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new scenario with the overrides of the active one; edits then go into it</source>
        <translation>現在のシナリオの上書き値を持つ新しいシナリオ。以降の編集はそこに入ります</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Scenario</source>
        <translation>新しいシナリオ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario %1</source>
        <translation>シナリオ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate Scenario</source>
        <translation>シナリオを複製</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 copy</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename Scenario</source>
        <translation>シナリオの名前を変更</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n parameter(s) overridden</source>
        <translation>
            <numerusform>%n 個のパラメーターを上書き</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base (the design)</source>
        <translation>ベース (設計そのもの)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The Base cannot be renamed</source>
        <translation>ベースの名前は変更できません</translation>
    </message>
    <message>
        <location filename="../ui/whatif/studydialog.cpp" line="-72"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/goalseekdialog.cpp" line="-249"/>
        <location filename="../ui/whatif/studydialog.cpp" line="+3"/>
        <source>&amp;Cancel Run</source>
        <translation>実行を中止(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/studydialog.cpp" line="+18"/>
        <source>The chart appears here after a run.</source>
        <translation>実行すると、ここにグラフが表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export Chart…</source>
        <translation>グラフをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Data (CSV)…</source>
        <translation>データをエクスポート(&amp;D) (CSV)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export Data</source>
        <translation>データをエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/whatif/sweepdialog.cpp" line="+29"/>
        <source>Sweep</source>
        <translation>スイープ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sweep a second parameter (heat map)</source>
        <translation>2 つ目のパラメーターもスイープ (ヒートマップ)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Figures:</source>
        <translation>指標:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parameter:</source>
        <translation>パラメーター:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second parameter:</source>
        <translation>2 つ目のパラメーター:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From, to, steps:</source>
        <translation>開始、終了、ステップ数:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give a parameter and a range of numbers.</source>
        <translation>パラメーターと数値の範囲を指定してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tick at least one figure.</source>
        <translation>指標を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 of %2 points solved</source>
        <translation>%2 点中 %1 点を求解</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/whatif/resiliencedialog.cpp" line="+60"/>
        <location filename="../ui/whatif/tornadodialog.cpp" line="+31"/>
        <source>Cancelled: %1</source>
        <translation>中止: %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/tornadodialog.cpp" line="-42"/>
        <source>Tornado</source>
        <translation>トルネード図</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Swing without a distribution (±):</source>
        <translation>分布がない場合の振れ幅 (±):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 parameters moved one at a time; %2 at base %3</source>
        <translation>%1 個のパラメーターを 1 つずつ変化、%2 のベースは %3</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="+49"/>
        <location line="+21"/>
        <source>%1 over %2 and %3</source>
        <translation>%2 と %3 に対する %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 against %2</source>
        <translation>%2 に対する %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures against %1</source>
        <translation>%1 に対する指標</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Index (start = 100)</source>
        <comment>a sweep chart&apos;s axis: each figure over its value at the first point</comment>
        <translation>指数（始点 = 100）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 over %2 samples: P10 %3, P50 %4, P90 %5</source>
        <translation>%1 (%2 サンプル): P10 %3、P50 %4、P90 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; P(≥ %1) = %2</source>
        <comment>a probability as a percentage</comment>
        <translation>、P(≥ %1) = %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+42"/>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>P10 %1</source>
        <translation>P10 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P50 %1</source>
        <translation>P50 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P90 %1</source>
        <translation>P90 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tornado: %1 around %2</source>
        <translation>トルネード図: %2 周りの %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parameter low</source>
        <translation>パラメーター低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter high</source>
        <translation>パラメーター高</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>[%1 – %2]</source>
        <translation>[%1 – %2]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change of %1</source>
        <translation>%1 の変化</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenarios against the Base (% change)</source>
        <translation>ベースに対するシナリオ (変化率 %)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>% change against the Base</source>
        <translation>ベースに対する変化率 (%)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifdock.cpp" line="+25"/>
        <source>What-if</source>
        <translation>What-if</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pin a parameter with the pin button beside its field in the inspector: it appears here as a slider, and dragging it re-solves live.</source>
        <translation>インスペクターのフィールド横のピン ボタンでパラメーターを固定すると、ここにスライダーとして表示され、ドラッグするとその場で再求解します。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unpin</source>
        <translation>固定を解除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 to %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifui.cpp" line="+110"/>
        <source>P&amp;resentation</source>
        <translation>プレゼンテーション(&amp;P)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;What-if</source>
        <translation>What-if(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare Scenarios…</source>
        <translation>シナリオを比較(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Goal Seek…</source>
        <translation>ゴールシーク(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sweep…</source>
        <translation>スイープ(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monte Carlo…</source>
        <translation>モンテカルロ(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tornado…</source>
        <translation>トルネード図(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/scene/frameitem.cpp" line="+127"/>
        <source>Rename Frame to %1</source>
        <translation>フレームの名前を %1 に変更</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Resize Frame</source>
        <translation>フレームのサイズを変更</translation>
    </message>
    <message>
        <location filename="../ui/charts/interactivitychart.cpp" line="+144"/>
        <source>%1 (comparison)</source>
        <translation>%1（比較）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Throughput vs interactivity: no datacenter takes its racks from the catalog</source>
        <translation>スループットと対話速度：カタログからラックを構成するデータセンターがない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput vs interactivity: %1</source>
        <translation>スループットと対話速度：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/s per GPU</source>
        <translation>GPU あたりトークン/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output tokens/s each user sees</source>
        <translation>各ユーザーが受け取る出力トークン/s</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 tokens/s per user</source>
        <translation>%1：ユーザーあたり %2 トークン/s</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="-214"/>
        <source>Accelerators and racks</source>
        <translation>アクセラレータとラック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building</source>
        <translation>建物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power plant</source>
        <translation>発電設備</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Design Settings</source>
        <translation>設計設定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build-out and site</source>
        <translation>建設と立地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning horizon (months)</source>
        <translation>計画期間（月）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity ($/MWh)</source>
        <translation>電力 ($/MWh)</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="-381"/>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>サプライヤー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fab (logic wafers)</source>
        <translation>ファブ（ロジックウェハー）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced packaging (CoWoS)</source>
        <translation>先端パッケージング（CoWoS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM maker</source>
        <translation>HBMメーカー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical transceivers</source>
        <translation>光トランシーバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power supply</source>
        <translation>電力供給</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reroute</source>
        <translation>中継点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any linear production step: an explicit recipe of inputs and outputs per unit of activity.</source>
        <translation>任意の線形な生産工程：活動1単位あたりの投入と産出を明示したレシピ。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A source of one good, with a capacity and a unit price.</source>
        <translation>1つの品目の供給元。容量と単価を持ちます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand for one good at a rate: the target the design is solved for.</source>
        <translation>1つの品目に対する一定レートの需要：設計を解く目標です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A foundry line: wafer starts per month become good logic dies.</source>
        <translation>ファウンドリーのライン：月あたりのウェハー投入が良品ロジックダイになります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interposer wafers per month join logic dies and HBM stacks into accelerator packages.</source>
        <translation>月あたりのインターポーザーウェハーで、ロジックダイとHBMスタックをアクセラレーターパッケージに組み上げます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A memory maker&apos;s supply of HBM stacks.</source>
        <translation>メモリメーカーによるHBMスタックの供給。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A maker&apos;s supply of optical transceiver modules.</source>
        <translation>メーカーによる光トランシーバーモジュールの供給。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builds racks from accelerators and optics.</source>
        <translation>アクセラレーターと光部品からラックを組み立てます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid or PPA power in MW, with its energy price.</source>
        <translation>系統電力またはPPAによる電力（MW）とそのエネルギー価格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turns racks and power into tokens/s; the racks arrive over the planning horizon.</source>
        <translation>ラックと電力をトークン/sに変えます。ラックは計画期間にわたって届きます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bend point that tidies a wire: its good passes through unchanged.</source>
        <translation>配線を整える折れ点：品目はそのまま通過します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buys packaged accelerators (dies, HBM, packaging) and adds the board and its own content; sells at its gross margin.</source>
        <translation>パッケージ済みのアクセラレーター（ダイ、HBM、パッケージング）を購入し、ボードと自社の部材を加えて、粗利率を乗せて販売します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planning horizon</source>
        <translation>計画期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Electricity price</source>
        <translation>電力価格</translation>
    </message>
    <message>
        <location line="-35"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+1"/>
        <source>Default PUE</source>
        <translation>既定の PUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+1"/>
        <source>Default utilization</source>
        <translation>既定の稼働率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>保険</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis period</source>
        <translation>分析期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators and racks: life</source>
        <translation>アクセラレーターとラック：耐用年数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accelerators and racks: maintenance</source>
        <translation>アクセラレーターとラック：保守</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accelerators and racks: residual value</source>
        <translation>アクセラレーターとラック：残存価値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network: life</source>
        <translation>ネットワーク：耐用年数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network: maintenance</source>
        <translation>ネットワーク：保守</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network: residual value</source>
        <translation>ネットワーク：残存価値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building: life</source>
        <translation>建屋：耐用年数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building: maintenance</source>
        <translation>建屋：保守</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building: residual value</source>
        <translation>建屋：残存価値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power plant: life</source>
        <translation>発電設備：耐用年数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power plant: maintenance</source>
        <translation>発電設備：保守</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power plant: residual value</source>
        <translation>発電設備：残存価値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>単価</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running cost</source>
        <translation>運用コスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>レート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die area</source>
        <translation>ダイ面積</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wafer diameter</source>
        <translation>ウェハー径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defect density</source>
        <translation>欠陥密度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair recovery</source>
        <translation>救済率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages per wafer</source>
        <translation>ウェハーあたりパッケージ数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic dies per package</source>
        <translation>パッケージあたりロジックダイ数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM stacks per package</source>
        <translation>パッケージあたりHBMスタック数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assembly yield</source>
        <translation>組立歩留まり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators per rack</source>
        <translation>ラックあたりアクセラレーター数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optics per accelerator</source>
        <translation>アクセラレーターあたり光モジュール数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT capacity</source>
        <translation>IT容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/s per rack</source>
        <translation>ラックあたりトークン/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack IT power</source>
        <translation>ラックIT電力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization</source>
        <translation>稼働率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens</source>
        <translation>入力トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output tokens</source>
        <translation>出力トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/s per user</source>
        <translation>ユーザーあたりトークン/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first token</source>
        <translation>最初のトークンまでの時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build cost</source>
        <translation>建設費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colocation price</source>
        <translation>コロケーション料金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network and storage</source>
        <translation>ネットワークとストレージ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Build-out period over which flows of parts accumulate.</source>
        <translation>部品のフローが積み上がる構築期間。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default energy price for power supplies without their own.</source>
        <translation>独自の価格を持たない電力供給に使う既定のエネルギー価格。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility over IT power for datacenters without their own PUE.</source>
        <translation>独自のPUEを持たないデータセンターの施設電力÷IT電力。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual return the capital must earn (WACC); capital is charged as an annuity at this rate.</source>
        <translation>資本が上げるべき年間リターン（WACC）。資本はこの利率の年賦として計上されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load factor: average share of peak throughput delivered, for datacenters without their own.</source>
        <translation>負荷率：ピークスループットのうち平均して提供される割合。独自の値を持たないデータセンターに使います。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the outlay paid each year for insurance.</source>
        <translation>毎年保険に支払う投資額の割合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a million tokens sells for; unset means no revenue, NPV, payback or operator margin.</source>
        <translation>100万トークンの販売価格。未設定なら売上、NPV、回収期間、運営者マージンはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years over which the NPV of the build is taken.</source>
        <translation>構築のNPVを計算する年数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic life over which the outlay is recovered.</source>
        <translation>投資額を回収する経済的耐用年数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the outlay spent each year on upkeep.</source>
        <translation>毎年維持に費やす投資額の割合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the outlay the asset is worth at the end of its life.</source>
        <translation>耐用年数の終わりに資産に残る価値の投資額に対する割合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most activity per period; unset means unlimited.</source>
        <translation>期間あたりの最大活動量。未設定なら無制限です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capital cost per unit of activity (for flows, per unit bought over the horizon).</source>
        <translation>活動1単位あたりの設備投資（フローでは期間中に購入する1単位あたり）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating cost per unit of activity and year.</source>
        <translation>活動1単位・1年あたりの運用コスト。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of its price that is its margin (the price is unit_cost_usd).</source>
        <translation>価格のうちマージンの割合（価格は単価）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demanded rate of the good.</source>
        <translation>品目の需要レート。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area of one logic die.</source>
        <translation>ロジックダイ1個の面積。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diameter of the wafer.</source>
        <translation>ウェハーの直径。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D0 in the Poisson yield e^(-A D0).</source>
        <translation>ポアソン歩留まり e^(-A D0) の D0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of defective dies saved by redundancy (disabled cores).</source>
        <translation>冗長化（コアの無効化）で救済される不良ダイの割合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator packages per interposer wafer.</source>
        <translation>インターポーザーウェハー1枚あたりのアクセラレーターパッケージ数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic dies in one package.</source>
        <translation>1パッケージ内のロジックダイ数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM stacks in one package.</source>
        <translation>1パッケージ内のHBMスタック数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of assembled packages that pass test.</source>
        <translation>組み立てたパッケージのうち試験に合格する割合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the rack&apos;s price that is its margin: the price is (parts bought + unit cost) ÷ (1 − margin).</source>
        <translation>ラック価格のうちマージンの割合：価格 =（購入部品 + 単価）÷（1 − マージン）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accelerator packages in one rack.</source>
        <translation>1ラック内のアクセラレーターパッケージ数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transceiver modules per accelerator for the scale-out fabric.</source>
        <translation>スケールアウト網のためのアクセラレーターあたりトランシーバーモジュール数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy price; unset uses the design&apos;s electricity price.</source>
        <translation>エネルギー価格。未設定なら設計の電力価格を使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the energy bill that is the utility&apos;s margin.</source>
        <translation>電気料金のうち電力会社のマージンの割合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical IT power the halls can host; unset means unlimited.</source>
        <translation>ホールが収容できるクリティカルIT電力。未設定なら無制限です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak serving throughput of one rack.</source>
        <translation>1ラックのピーク推論スループット。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT power of one rack including its network share.</source>
        <translation>ネットワーク分を含む1ラックのIT電力。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power over IT power; unset uses the design default.</source>
        <translation>施設電力÷IT電力。未設定なら設計の既定値を使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load factor: average share of the peak throughput at the service target that is delivered; unset uses the design default.</source>
        <translation>負荷率：サービス目標でのピークスループットのうち平均して提供される割合。未設定なら設計の既定値を使います。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt length for the chosen workload; unset means the workload&apos;s default.</source>
        <translation>選んだワークロードのプロンプト長。未設定ならワークロードの既定値です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated tokens per request; unset means the workload&apos;s default.</source>
        <translation>リクエストあたりの生成トークン数。未設定ならワークロードの既定値です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output speed each user is sold (the service target); unset means the offline maximum.</source>
        <translation>各ユーザーに提供する出力速度（サービス目標）。未設定ならオフライン最大値です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest time to the first token the service allows; unset means no limit.</source>
        <translation>サービスが許す最初のトークンまでの最長時間。未設定なら制限なしです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility construction per MW of critical IT built (it_capacity_mw when set).</source>
        <translation>構築したクリティカルIT 1MWあたりの施設建設費（設定時はIT容量）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent for the built IT capacity; above 0 it replaces the building&apos;s capex and upkeep.</source>
        <translation>構築したIT容量の賃料。0より大きければ建屋の設備投資と維持費に代わります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operations staff per MW of IT capacity built.</source>
        <translation>構築したIT容量1MWあたりの運用人員費。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running cost of the network services and storage each rack uses.</source>
        <translation>各ラックが使うネットワークサービスとストレージの運用コスト。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the accelerator&apos;s price that is the vendor&apos;s margin: the price is (package bought + unit cost) ÷ (1 − margin).</source>
        <translation>アクセラレーター価格のうちベンダーのマージンの割合：価格 =（購入パッケージ + 単価）÷（1 − マージン）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>activity/period</source>
        <comment>unit</comment>
        <translation>活動/期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit of activity</source>
        <comment>unit</comment>
        <translation>活動1単位あたりUSD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit of activity per year</source>
        <comment>unit</comment>
        <translation>活動1単位・年あたりUSD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units of the good</source>
        <comment>unit</comment>
        <translation>品目の単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit</source>
        <comment>unit</comment>
        <translation>1単位あたりUSD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit per year</source>
        <comment>unit</comment>
        <translation>1単位・年あたりUSD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wafers/month</source>
        <comment>unit</comment>
        <translation>ウェハー/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/wafer</source>
        <comment>unit</comment>
        <translation>USD/ウェハー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defects/cm²</source>
        <comment>unit</comment>
        <translation>欠陥/cm²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction</source>
        <comment>unit</comment>
        <translation>割合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interposer wafers/month</source>
        <comment>unit</comment>
        <translation>インターポーザーウェハー/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/interposer wafer</source>
        <comment>unit</comment>
        <translation>USD/インターポーザーウェハー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packages/wafer</source>
        <comment>unit</comment>
        <translation>パッケージ/ウェハー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dies</source>
        <comment>unit</comment>
        <translation>ダイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stacks</source>
        <comment>unit</comment>
        <translation>スタック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stacks/month</source>
        <comment>unit</comment>
        <translation>スタック/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/stack</source>
        <comment>unit</comment>
        <translation>USD/スタック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modules/month</source>
        <comment>unit</comment>
        <translation>モジュール/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/module</source>
        <comment>unit</comment>
        <translation>USD/モジュール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>racks/month</source>
        <comment>unit</comment>
        <translation>ラック/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/rack beyond its parts</source>
        <comment>unit</comment>
        <translation>USD/ラック（部品代を除く）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accelerators</source>
        <comment>unit</comment>
        <translation>アクセラレーター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modules</source>
        <comment>unit</comment>
        <translation>モジュール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio</source>
        <comment>unit</comment>
        <translation>比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/s</source>
        <comment>unit</comment>
        <translation>トークン/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens</source>
        <comment>unit</comment>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/MW of IT</source>
        <comment>unit</comment>
        <translation>USD/IT MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per (token/s) per year</source>
        <comment>unit</comment>
        <translation>（トークン/s）・年あたりUSD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <comment>unit</comment>
        <translation>か月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <comment>unit</comment>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dies/month</source>
        <comment>unit</comment>
        <translation>ダイ/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packages/month</source>
        <comment>unit</comment>
        <translation>パッケージ/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>racks</source>
        <comment>unit</comment>
        <translation>ラック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wafers</source>
        <comment>unit</comment>
        <translation>ウェハー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packages</source>
        <comment>unit</comment>
        <translation>パッケージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units</source>
        <comment>unit</comment>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/year</source>
        <comment>unit</comment>
        <translation>USD/年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per accelerator: board, CPU and switch share</source>
        <comment>unit</comment>
        <translation>アクセラレーターあたりUSD：ボード、CPU、スイッチ分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per million tokens</source>
        <comment>unit</comment>
        <translation>100万トークンあたりUSD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/MW of capacity built</source>
        <comment>unit</comment>
        <translation>USD/構築容量MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/MW-year</source>
        <comment>unit</comment>
        <translation>USD/MW・年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/kW-month</source>
        <comment>unit</comment>
        <translation>USD/kW・月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/rack-year</source>
        <comment>unit</comment>
        <translation>USD/ラック・年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction of price</source>
        <comment>unit</comment>
        <translation>価格に対する割合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction/year</source>
        <comment>unit</comment>
        <translation>割合/年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens/year</source>
        <comment>unit</comment>
        <translation>トークン/年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MWh/year</source>
        <comment>unit</comment>
        <translation>MWh/年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/J</source>
        <comment>unit</comment>
        <translation>トークン/J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/USD</source>
        <comment>unit</comment>
        <translation>トークン/USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/MW-year</source>
        <comment>unit</comment>
        <translation>トークン/MW・年</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logic wafer</source>
        <translation>ロジックウェハー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic die</source>
        <translation>ロジックダイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM stack</source>
        <translation>HBMスタック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator package</source>
        <translation>アクセラレーター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical transceiver</source>
        <translation>光トランシーバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack</source>
        <translation>ラック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+182"/>
        <source>%1 (%2)</source>
        <comment>a label and its unit</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>above %1</source>
        <translation>%1超</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at least %1</source>
        <translation>%1以上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>above %1 and at most %2</source>
        <translation>%1超%2以下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between %1 and %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>uniform from %1 to %2</source>
        <translation>一様分布（%1～%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>triangular from %1 to %2, most likely %3</source>
        <translation>三角分布（%1～%2、最頻値 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>normal, mean %1, standard deviation %2</source>
        <translation>正規分布（平均 %1、標準偏差 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lognormal, median %1, sigma of ln x %2</source>
        <translation>対数正規分布（中央値 %1、ln x のシグマ %2）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>most tokens</source>
        <translation>トークン最大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cheapest plan for the demand</source>
        <translation>需要を満たす最安プラン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>least power for the demand</source>
        <translation>需要を満たす最小電力</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+5"/>
        <source>Finance</source>
        <translation>財務</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="-360"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+2"/>
        <source>Cost of capital</source>
        <translation>資本コスト</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+4"/>
        <source>Token price ($ per million)</source>
        <translation>トークン価格（100 万あたり $）</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+3"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+11"/>
        <location filename="../ui/export/report.cpp" line="-166"/>
        <source>Token price</source>
        <translation>トークン価格</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="-7"/>
        <source>Sell the tokens at a price: the NPV, payback and margins need one</source>
        <translation>トークンを価格付きで販売します。NPV、回収期間、マージンには価格が必要です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NPV period (years)</source>
        <translation>NPV 期間（年）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance per year</source>
        <translation>年間保険料</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asset classes</source>
        <translation>資産クラス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Life (years)</source>
        <translation>耐用年数（年）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual value</source>
        <translation>残存価値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance per year</source>
        <translation>年間保守費</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: life</source>
        <translation>%1: 耐用年数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: residual value</source>
        <translation>%1: 残存価値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: maintenance</source>
        <translation>%1: 保守費</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sources of the defaults: docs/model.md. Preferences set the defaults for new designs only.</source>
        <translation>既定値の出典: docs/model.md。環境設定は新しい設計の既定値だけを決めます。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Plan over time</source>
        <translation>時間軸の計画</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first quarter of the plan, such as 2027Q1</source>
        <translation>計画の最初の四半期（例：2027Q1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many quarters the plan runs</source>
        <translation>計画が続く四半期数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First quarter</source>
        <translation>最初の四半期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon (quarters)</source>
        <translation>期間（四半期）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a quarter such as 2027Q1</source>
        <translation>「%1」は 2027Q1 のような四半期ではありません</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="-93"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+105"/>
        <source>Set a token price for the NPV and payback of the build.</source>
        <translation>建設の NPV と回収期間を見るにはトークン価格を設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+5"/>
        <source>NPV over %1 years: %2; payback %3</source>
        <translation>%1 年間の NPV: %2、回収期間 %3</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="+177"/>
        <source>A starting value: type your own to replace it.</source>
        <translation>初期値です。独自の値を入力すると置き換わります。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-324"/>
        <source>New from &amp;Default Design</source>
        <translation>既定の設計から新規(&amp;D)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Print Report…</source>
        <translation>レポートを印刷(&amp;P)…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Bottleneck &amp;X-ray</source>
        <translation>ボトルネック透視(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour every node and wire by what one more unit is worth (Optimise) or by its load (Balance)</source>
        <translation>各ノードと配線を、1単位増やす価値(最適化)または負荷(バランス)で色分けします</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Manual</source>
        <translation>マニュアル(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 · not solved: see Problems</source>
        <translation>%1 · 未求解：「問題」を参照</translation>
    </message>
    <message>
        <location filename="../ui/scene/designscene.cpp" line="-207"/>
        <source>This output gives %1, not %2</source>
        <translation>この出力は %1 を出します。%2 ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This input takes %1, not %2</source>
        <translation>この入力が受け取るのは %1 です。%2 ではありません</translation>
    </message>
    <message>
        <location filename="../ui/scene/designview.cpp" line="-129"/>
        <source>This design is empty.
Drag a kind of node from the palette onto the canvas,
or double-click the canvas to search for one.
File ▸ Open… opens a saved design; File ▸ New from Default Design starts from the example.</source>
        <translation>この設計は空です。
パレットからノードの種類をキャンバスにドラッグするか、
キャンバスをダブルクリックして検索してください。
ファイル ▸ 開く… で保存した設計を開き、ファイル ▸ 既定の設計から新規 で例から始めます。</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="-64"/>
        <source>Print Report</source>
        <translation>レポートを印刷</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-165"/>
        <source>Supplier resilience</source>
        <translation>サプライヤーの耐障害性</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each supplier knocked out alone, then each pair, and the design solved again (%1): what is still delivered, the share of tokens/s lost and the cost of a million tokens. docs/optimise.md, &quot;Supplier resilience&quot;.</source>
        <translation>各サプライヤーを単独で、次に各ペアを停止して設計を再計算(%1): なお供給される量、失われるトークン/sの割合、100万トークンあたりのコスト。docs/optimise.md の「Supplier resilience」。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lost</source>
        <translation>損失</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+181"/>
        <source>$/Mtok</source>
        <translation>$/Mtok</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Single points of failure, most tokens lost first</source>
        <translation>単一障害点(損失の大きい順)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier knocked out</source>
        <translation>停止したサプライヤー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppliers knocked out</source>
        <translation>停止したサプライヤー(2社)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bottleneck X-ray: where one more unit is worth most</source>
        <translation>ボトルネック透視: 1単位増やす価値が最も高い箇所</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each node&apos;s ring: what 1% more of its capacity is worth, as a share of the objective (light: nothing, dark red: 1% or more); the badge: one more unit. Grey: idle. docs/editor.md says how to read it.</source>
        <translation>各ノードの枠: 容量を1%増やす価値を目的値に対する割合で表示(淡色: なし、濃い赤: 1%以上)。バッジ: 1単位増やす価値。灰色: 遊休。読み方は docs/editor.md。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No capacity holds the plan back.</source>
        <translation>計画を制約する容量はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One more unit</source>
        <translation>1単位追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+3"/>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <source>Opex</source>
        <translation>Opex</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <source>Binding</source>
        <translation>制約</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The plan over time</source>
        <translation>時間軸の計画</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 tokens over %2 quarters from %3; capex %4; NPV %5 (docs/timeline.md).</source>
        <translation>%3 から %2 四半期で %1 トークン；Capex %4；NPV %5 (docs/timeline.md)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none without a token price</source>
        <translation>トークン価格なしでは算出なし</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The plan over time (%1 of %2)</source>
        <translation>時間軸の計画（%1/%2）</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>The printer %1 cannot be used</source>
        <translation>プリンター %1 は使用できません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer %1 reported an error</source>
        <translation>プリンター %1 がエラーを報告しました</translation>
    </message>
    <message>
        <location filename="../ui/docks/scenariodiffdock.cpp" line="-77"/>
        <source>Scenario Diff</source>
        <translation>シナリオ差分</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Swap</source>
        <translation>入れ替え</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the compared scenario the reference</source>
        <translation>比較中のシナリオを基準にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>基準:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared:</source>
        <translation>比較:</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Add a scenario (What-if ▸ Scenarios) to compare it here.</source>
        <translation>ここで比較するにはシナリオを追加してください(What-if ▸ シナリオ)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pick two different scenarios to compare.</source>
        <translation>比較する2つの異なるシナリオを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No differences.</source>
        <translation>差分はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n difference(s). Tokens/s: %1 → %2</source>
        <translation>
            <numerusform>差分 %n 件。トークン/s: %1 → %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>activity</source>
        <translation>稼働量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow to &apos;%1&apos;</source>
        <translation>「%1」への流量</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifui.cpp" line="+1"/>
        <source>Supplier &amp;Resilience…</source>
        <translation>サプライヤー耐障害性(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/whatif/resiliencedialog.cpp" line="-40"/>
        <source>Supplier Resilience</source>
        <translation>サプライヤー耐障害性</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each supplier and each pair (N-2)</source>
        <translation>各サプライヤーと各ペア(N-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each supplier alone (N-1)</source>
        <translation>各サプライヤー単独(N-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knock out:</source>
        <translation>停止対象:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-plan:</source>
        <translation>再計画:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export/report.cpp" line="-484"/>
        <source>Balance: the shares spread over the suppliers left</source>
        <translation>バランス: 配分は残りのサプライヤーに分散</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>Optimise: the best plan for the most tokens/s</source>
        <translation>最適化: トークン/sが最大になる最善の計画</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 suppliers, %2 cases; %3 tokens/s with all of them</source>
        <translation>サプライヤー%1社、%2ケース。全社ありで %3 トークン/s</translation>
    </message>
    <message>
        <location filename="../ui/whatif/resiliencechart.cpp" line="+63"/>
        <location filename="../ui/export/report.cpp" line="+30"/>
        <source>no tokens</source>
        <translation>トークンなし</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Single points of failure: tokens/s lost without each supplier</source>
        <translation>単一障害点: 各サプライヤーがない場合に失われるトークン/s</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Columns in the rows&apos; order. Light: nothing lost; dark red: everything.</source>
        <translation>列は行と同じ順。淡色: 損失なし、濃い赤: すべて失う。</translation>
    </message>
    <message>
        <location filename="../ui/scene/xraymodel.cpp" line="+100"/>
        <source>Bottleneck X-ray: load against capacity</source>
        <translation>ボトルネック透視: 容量に対する負荷</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no capacity limit</source>
        <translation>容量制限なし</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&apos;%1&apos; runs at %2 of its capacity (%3 of %4 %5).</source>
        <translation>「%1」は容量の %2 で稼働(%4 %5 のうち %3)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; has no capacity limit.</source>
        <translation>「%1」には容量制限がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &apos;%1&apos;, which runs at %2 of its capacity.</source>
        <translation>容量の %2 で稼働する「%1」から。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From &apos;%1&apos;, which has no capacity limit.</source>
        <translation>容量制限のない「%1」から。</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>1% more tokens/s</source>
        <translation>トークン/s 1%増</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1% less cost</source>
        <translation>コスト 1%減</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1% less power</source>
        <translation>電力 1%減</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>&apos;%1&apos; is full, but more capacity would not help: another limit holds the plan back.</source>
        <translation>「%1」は満杯ですが、容量を増やしても効果はありません。別の制約が計画を抑えています。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>One more %1 of capacity at &apos;%2&apos;: %3.
The range over which this holds is being computed.
1% more capacity: %4 of the objective.</source>
        <translation>「%2」の容量を 1 %1 増やすと: %3。
これが有効な範囲を計算中です。
容量 1%増: 目的値の %4。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One more %1 of capacity at &apos;%2&apos;: %3.
Holds while its capacity is between %4 and %5 %1.
1% more capacity: %6 of the objective.</source>
        <translation>「%2」の容量を 1 %1 増やすと: %3。
容量が %4 から %5 %1 の間で有効。
容量 1%増: 目的値の %6。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Bottleneck X-ray: what 1% more capacity is worth</source>
        <translation>ボトルネック透視: 容量を1%増やす価値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle</source>
        <translation>遊休</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>&apos;%1&apos; does not limit the plan: more capacity would change nothing.</source>
        <translation>「%1」は計画を制約していません。容量を増やしても変わりません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is idle: each unit forced on it changes the objective by %2.</source>
        <translation>「%1」は遊休です。1単位を強制すると目的値が %2 変わります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One more %1 of %2 from &apos;%3&apos;: %4.</source>
        <translation>「%3」からの %2 を 1 %1 増やすと: %4。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The range over which this holds is being computed.</source>
        <translation>これが有効な範囲を計算中です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds while the extra supply is between %1 and %2 %3.</source>
        <translation>追加の供給が %1 から %2 %3 の間で有効。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More %1 from &apos;%2&apos; would change nothing.</source>
        <translation>「%2」からの %1 を増やしても変わりません。</translation>
    </message>
    <message>
        <location filename="../ui/scene/diffoverlay.cpp" line="-34"/>
        <source>unset</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../ui/export/reportinputs.cpp" line="-75"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>new: %1</source>
        <translation>新規: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/docks/timelinedock.cpp" line="-154"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every series of the plan, one row a quarter</source>
        <translation>計画の全系列、四半期ごとに 1 行</translation>
    </message>
    <message>
        <location filename="../ui/whatif/sweepdialog.cpp" line="-99"/>
        <location filename="../ui/docks/timelinedock.cpp" line="+14"/>
        <source>Quarter:</source>
        <translation>四半期：</translation>
    </message>
    <message>
        <location filename="../ui/docks/timelinedock.cpp" line="+3"/>
        <source>Shows the canvas and the figures in a quarter of the plan; at the right end, the steady state</source>
        <translation>計画の四半期ごとのキャンバスと数値を表示します。右端は定常状態です</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+195"/>
        <source>Steady state</source>
        <translation>定常状態</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1 and others</source>
        <translation>%1 ほか</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/docks/scheduleeditor.cpp" line="-40"/>
        <location filename="../ui/docks/scenariodiffdock.cpp" line="+7"/>
        <location filename="../ui/scene/diffoverlay.cpp" line="+21"/>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1–%2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Binding: %1</source>
        <translation>制約：%1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The design has no token price: the NPV counts only costs, so the plan builds no racks. Set one in Design Settings.</source>
        <translation>設計にトークン価格がありません。NPV はコストだけを数えるため、計画はラックを構築しません。設計設定で価格を設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/scene/diffoverlay.cpp" line="-14"/>
        <source>activity %1 (%2 → %3)</source>
        <translation>稼働量 %1(%2 → %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow %1 (%2 → %3)</source>
        <translation>流量 %1(%2 → %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>activity %1</source>
        <translation>稼働量 %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 (Δ %2)</source>
        <translation>%1(Δ %2)</translation>
    </message>
    <message>
        <location filename="../ui/help/manualdialog.cpp" line="+78"/>
        <source>Token Factory Planner Manual</source>
        <translation>Token Factory Planner マニュアル</translation>
    </message>
    <message>
        <location filename="../ui/help/shortcutsdialog.cpp" line="+57"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canvas ▸ Zoom around the cursor</source>
        <translation>キャンバス ▸ カーソルを中心にズーム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mouse wheel</source>
        <translation>マウスホイール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Pan</source>
        <translation>キャンバス ▸ パン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middle button drag, or Space and drag</source>
        <translation>中ボタンでドラッグ、またはスペースを押しながらドラッグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Add a node by name at the cursor</source>
        <translation>キャンバス ▸ カーソル位置に名前でノードを追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Add a node by name here</source>
        <translation>キャンバス ▸ ここに名前でノードを追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click empty canvas</source>
        <translation>キャンバスの空き部分をダブルクリック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canvas ▸ Wire two nodes</source>
        <translation>キャンバス ▸ 2 つのノードを接続</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag from a port to a port of the same good</source>
        <translation>ポートから同じ品目のポートへドラッグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Put a reroute dot on a wire</source>
        <translation>キャンバス ▸ 接続線に中継点を置く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click the wire</source>
        <translation>接続線をダブルクリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Select several</source>
        <translation>キャンバス ▸ 複数選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag a box on empty canvas</source>
        <translation>キャンバスの空き部分で枠をドラッグ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+13"/>
        <source>Pairs that lose more than either supplier alone</source>
        <translation>単独より損失が大きくなるペア</translation>
    </message>
    <message>
        <location filename="../ui/whatif/resiliencechart.cpp" line="-47"/>
        <source>%1 lost · %2 a million tokens</source>
        <translation>%1 減 · 100万トークンあたり %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lost</source>
        <translation>%1 減</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pairs: % of tokens/s lost without both (diagonal: alone)</source>
        <translation>ペア: 両方がない場合に失われるトークン/sの%(対角: 単独)</translation>
    </message>
    <message>
        <location filename="../ui/documenttime.cpp" line="+34"/>
        <location line="+32"/>
        <location line="+29"/>
        <source>No node %1</source>
        <translation>ノード %1 はありません</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Schedule %1 of %2</source>
        <translation>%2 の %1 のスケジュール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the schedule of %1 of %2</source>
        <translation>%2 の %1 のスケジュールを削除</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Clear the choices by quarter of %1</source>
        <translation>%1 の四半期ごとの選択を消去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the choices by quarter of %1</source>
        <translation>%1 の四半期ごとの選択を変更</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change the lead time of %1</source>
        <translation>%1 のリードタイムを変更</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change the timeline</source>
        <translation>タイムラインを変更</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinecharts.cpp" line="-23"/>
        <source>Tokens made since the start</source>
        <translation>開始以来の生成トークン</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+2"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+24"/>
        <location filename="../ui/export/report.cpp" line="+173"/>
        <source>Cash flow</source>
        <translation>キャッシュフロー</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinecharts.cpp" line="+24"/>
        <source>Tokens/s online per quarter, by generation: %1 in %2</source>
        <translation>四半期ごとの稼働トークン/s（世代別）：%2 に %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens made up to each quarter: %1 by the end of %2</source>
        <translation>各四半期までの生成トークン：%2 末までに %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capex and cash flow per quarter, USD: capex %1 in all</source>
        <translation>四半期ごとの Capex とキャッシュフロー（USD）：Capex 合計 %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="-14"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+25"/>
        <location filename="../ui/export/report.cpp" line="-3"/>
        <source>Tokens/s online</source>
        <translation>稼働中のトークン/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinecharts.cpp" line="+2"/>
        <source>Cumulative tokens</source>
        <translation>累積トークン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capex and cash flow</source>
        <translation>Capex とキャッシュフロー</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/export/exportactions.cpp" line="-104"/>
        <location filename="../ui/export/report.cpp" line="+84"/>
        <source>The plan over time cannot be solved: see Problems</source>
        <translation>時間軸の計画を解けません：「問題」を参照</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/exportactions.cpp" line="+23"/>
        <source>Solving the plan over time</source>
        <translation>時間軸の計画を計算中</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messagetext.cpp" line="+202"/>
        <location filename="../ui/docks/kpipanel.cpp" line="-22"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+28"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/planobjectivemenu.cpp" line="+14"/>
        <source>&amp;Plan Over Time</source>
        <translation>時間経過の計画(&amp;P)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Optimise the plan for NPV</source>
        <translation>計画を NPV で最適化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise the plan for tokens</source>
        <translation>計画をトークンで最適化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimise for the Most &amp;Tokens Over the Plan</source>
        <translation>計画期間で最多のトークンに最適化(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise mode&apos;s plan over time makes the most tokens over its quarters</source>
        <translation>最適化モードの時間経過の計画は、全四半期で最も多くのトークンを生成します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimise for the Highest &amp;NPV at the Token Price</source>
        <translation>トークン価格での最大 NPV に最適化(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise mode&apos;s plan over time earns the highest net present value of its cash flows at the design&apos;s token price</source>
        <translation>最適化モードの時間経過の計画は、設計のトークン価格でキャッシュフローの正味現在価値が最大になります</translation>
    </message>
    <message>
        <location filename="../ui/whatif/schedulescaling.cpp" line="+13"/>
        <source>Scale a parameter&apos;s schedule with its value</source>
        <translation>パラメーターのスケジュールを値に合わせて拡縮</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked: a parameter with a schedule has every quarter&apos;s value scaled with the value studied (80 % of the value is 80 % in every quarter). Unchecked: the schedule&apos;s steps stay, and the value holds only before its first step.</source>
        <translation>オン：スケジュールを持つパラメーターは、各四半期の値が調べる値に合わせて拡縮されます（値の 80 % はすべての四半期で 80 %）。オフ：スケジュールのステップはそのままで、値は最初のステップより前だけに適用されます。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Its schedule is scaled × %1 with it, in every quarter.</source>
        <translation>そのスケジュールはすべての四半期で × %1 に拡縮されます。</translation>
    </message>
    <message>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-109"/>
        <source>Which catalog choice of the hall changes by quarter: racks keep the generation they were delivered as</source>
        <translation>ホールのどのカタログ選択を四半期ごとに変えるか：ラックは納入時の世代のまま稼働します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice by quarter</source>
        <translation>四半期ごとの選択</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A step a year after the last one, with the next choice that fits</source>
        <translation>最後のステップの1年後に、次に適合する選択でステップを追加します</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The catalog entries that fit the hall in this quarter</source>
        <translation>この四半期にホールに適合するカタログ項目</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No other catalog choice fits this hall in %1</source>
        <translation>%1 にこのホールに適合する他のカタログ選択はありません</translation>
    </message>
    <message>
        <location filename="../ui/shownproblems.cpp" line="+15"/>
        <location line="+14"/>
        <location line="+1"/>
        <source>%1 tokens/s</source>
        <translation>%1 トークン/s</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>In %1 nothing is online yet: the demand of %2 waits for the first racks</source>
        <translation>%1 はまだ稼働なし。%2 の需要は最初のラックを待っています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In %1 the demand of %2 gets %3: %4 (%5) unmet</source>
        <translation>%1 は %2 の需要に対して %3。%4（%5）が不足</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, limited by %2</source>
        <translation>%1、%2 が制約</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, limited by %2 and %n more</source>
        <translation>
            <numerusform>%1、%2 ほか %n 件が制約</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-49"/>
        <source>never within the horizon</source>
        <translation>計画期間内になし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing to pay back</source>
        <translation>回収するものなし</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 tokens over %2 quarters from %3; capex %4; NPV %5; payback %6 (docs/timeline.md).</source>
        <translation>%3 から %2 四半期で %1 トークン；Capex %4；NPV %5；投資回収 %6 (docs/timeline.md)。</translation>
    </message>
    <message>
        <location filename="../ui/whatif/goalseekdialog.cpp" line="+180"/>
        <source>Cannot reach it: %1 does not depend on %2 within [%3, %4]; it stays at %5.</source>
        <translation>到達できません: %1 は [%3, %4] の範囲で %2 によって変わらず、%5 のままです。</translation>
    </message>
</context>
</TS>
