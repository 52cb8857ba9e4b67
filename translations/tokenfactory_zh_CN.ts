<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Tr</name>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="+34"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base</source>
        <translation>基准</translation>
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
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../ui/documentedits.cpp" line="+107"/>
        <location line="+22"/>
        <location line="+20"/>
        <location line="+70"/>
        <location filename="../ui/documentscenarios.cpp" line="+125"/>
        <source>The node no longer exists</source>
        <translation>该节点已不存在</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The wire no longer exists</source>
        <translation>该连线已不存在</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Insert Reroute</source>
        <translation>插入转接点</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The link no longer exists</source>
        <translation>该连接已不存在</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="+587"/>
        <source>A scenario needs a name</source>
        <translation>情景需要一个名称</translation>
    </message>
    <message>
        <location filename="../ui/documentscenarios.cpp" line="-91"/>
        <location filename="../ui/whatif/comparedialog.cpp" line="+62"/>
        <location filename="../ui/docks/scenariodiffdock.cpp" line="+111"/>
        <source>Base</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-446"/>
        <source>A scenario named %1 exists already</source>
        <translation>名为 %1 的情景已存在</translation>
    </message>
    <message>
        <location filename="../ui/documentscenarios.cpp" line="+48"/>
        <location line="+17"/>
        <location line="+23"/>
        <source>The scenario no longer exists</source>
        <translation>该情景已不存在</translation>
    </message>
    <message>
        <location filename="../ui/documentedits.cpp" line="+27"/>
        <source>Give the parameter a value first</source>
        <translation>请先为该参数设定一个值</translation>
    </message>
    <message>
        <location filename="../ui/nodefactory.cpp" line="+35"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fabs</source>
        <translation>晶圆厂</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+30"/>
        <source>Packaging</source>
        <translation>封装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>存储器</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+6"/>
        <source>Optics</source>
        <translation>光学器件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/nametext.cpp" line="+267"/>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+2"/>
        <source>Integration</source>
        <translation>集成</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/nametext.cpp" line="-230"/>
        <location filename="../ui/export/report.cpp" line="+288"/>
        <source>Datacenter</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/messagetext.cpp" line="-54"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+379"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+38"/>
        <location filename="../ui/export/reportinputs.cpp" line="+43"/>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/nametext.cpp" line="-7"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demand: %1</source>
        <translation>需求：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier: %1</source>
        <translation>供应商：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Datacenter of %1</source>
        <translation>%1 数据中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop on a datacenter to build it from %1, or on the canvas for a new one.</source>
        <translation>拖放到数据中心上以用 %1 构建它，或拖放到画布上新建一个。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop on a datacenter to serve %1 there.</source>
        <translation>拖放到数据中心上以在那里提供 %1。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Datacenter (%1)</source>
        <translation>数据中心（%1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 demand</source>
        <translation>%1 需求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 supplier</source>
        <translation>%1 供应商</translation>
    </message>
    <message>
        <location filename="../ui/projectfiles.cpp" line="+40"/>
        <source>Token Factory projects and designs (*.tfproj *.json);;Projects (*.tfproj);;Designs (*.json)</source>
        <translation>Token Factory 项目和设计 (*.tfproj *.json);;项目 (*.tfproj);;设计 (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token Factory project (*.tfproj);;Design as JSON (*.json)</source>
        <translation>Token Factory 项目 (*.tfproj);;JSON 格式的设计 (*.json)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot open %1:

%2

The default design is shown instead.</source>
        <translation>无法打开 %1：

%2

将改为显示默认设计。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+76"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Overview: zoom in to select wires</source>
        <translation>概览：放大以选择连线</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dupl&amp;icate</source>
        <translation>创建副本(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design &amp;Settings</source>
        <translation>设计设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Auto Layout</source>
        <translation>自动布局(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Frame Selection</source>
        <translation>框选所选项(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the nodes to frame first</source>
        <translation>请先选择要框起来的节点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Note</source>
        <translation>添加便签(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to &amp;Fit</source>
        <translation>缩放至适合(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to Se&amp;lection</source>
        <translation>缩放至所选(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find No&amp;de…</source>
        <translation>查找节点(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Problem</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Problem</source>
        <translation>上一个问题(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Minimap</source>
        <translation>小地图(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loc&amp;k Canvas</source>
        <translation>锁定画布(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Snap to Grid</source>
        <translation>对齐网格(&amp;S)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Solve</source>
        <translation>求解(&amp;S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Balance (fixed shares)</source>
        <translation>平衡(固定份额)(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimise: &amp;Most Tokens</source>
        <translation>优化：最多 Token(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimise: &amp;Cheapest Plan for the Demand</source>
        <translation>优化：满足需求的最低成本方案(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimise: &amp;Least Power for the Demand</source>
        <translation>优化：满足需求的最低功率(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;About Token Factory Planner</source>
        <translation>关于 Token Factory Planner(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1[*] — Token Factory Planner</source>
        <translation>%1[*] — Token Factory Planner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balance</source>
        <translation>平衡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise (%1)</source>
        <translation>优化（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · solving…</source>
        <translation>%1 · 求解中…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · solved in %2 µs</source>
        <translation>%1 · 求解用时 %2 µs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · solved in %2 ms</source>
        <translation>%1 · 求解用时 %2 ms</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Canvas locked: View ▸ Lock Canvas to edit again</source>
        <translation>画布已锁定：使用 视图 ▸ 锁定画布 以重新编辑</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Auto Layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Find a node by name, kind or part…</source>
        <translation>按名称、类型或部件查找节点…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/docks/problemsdock.cpp" line="+45"/>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The clipboard holds no nodes</source>
        <translation>剪贴板中没有节点</translation>
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
        <translation>无法保存 %1：
%2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1?</source>
        <translation>保存对 %1 的更改吗？</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot open %1:

%2</source>
        <translation>无法打开 %1：

%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Discard the changes and reload %1 from disk?</source>
        <translation>放弃更改并从磁盘重新加载 %1 吗？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1:

%2</source>
        <translation>无法读取 %1：

%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (autosaved %2)</source>
        <translation>%1（自动保存于 %2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token Factory Planner did not close properly. Restore the unsaved work?

%1</source>
        <translation>Token Factory Planner 未正常关闭。要恢复未保存的工作吗？

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
        <translation>无限制</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="+33"/>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Token Factory Planner</source>
        <translation>关于 Token Factory Planner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h2&gt;Token Factory Planner %1&lt;/h2&gt;&lt;p&gt;Plan AI datacenters as token factories: draw the suppliers and the datacenter, wire them, and see tokens per second, power, the cost of a million tokens and the bottleneck as you edit.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Token Factory Planner %1&lt;/h2&gt;&lt;p&gt;把 AI 数据中心当作 Token 工厂来规划：绘制供应商和数据中心并将它们连接起来，编辑时即可看到每秒 Token 数、功率、每百万 Token 成本以及瓶颈。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。以 MIT 许可证授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Licence</source>
        <translation>许可证(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web site</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open in the web browser</source>
        <translation>在网页浏览器中打开</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Third-party libraries</source>
        <translation>第三方库(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+53"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect the next time the app starts.</source>
        <translation>将在下次启动应用时生效。</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-4"/>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+3"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+301"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-2"/>
        <location filename="../ui/export/reportinputs.cpp" line="-4"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto&amp;save every:</source>
        <translation>自动保存间隔(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Megawatts (MW)</source>
        <translation>兆瓦 (MW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kilowatts (kW)</source>
        <translation>千瓦 (kW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Power:</source>
        <translation>功率(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>US dollars ($)</source>
        <translation>美元 ($)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euros (€)</source>
        <translation>欧元 (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>$1 = €</source>
        <translation>$1 = €</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xchange rate:</source>
        <translation>汇率(&amp;X)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Designs keep their figures in MW and US dollars; only the display changes.</source>
        <translation>设计始终以 MW 和美元保存数值；只改变显示方式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New designs</source>
        <translation>新设计</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> $/MWh</source>
        <translation> $/MWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Electricity price:</source>
        <translation>电价(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given to designs started from the default design. Opened designs keep their own price.</source>
        <translation>用于从默认设计新建的设计。打开的设计保留其自身的电价。</translation>
    </message>
    <message>
        <location filename="../ui/commands/addgoodcommand.cpp" line="+16"/>
        <source>Add good %1</source>
        <translation>添加物料 %1</translation>
    </message>
    <message>
        <location filename="../ui/commands/addlinkcommand.cpp" line="+15"/>
        <source>Connect %1 to %2</source>
        <translation>将 %1 连接到 %2</translation>
    </message>
    <message>
        <location filename="../ui/commands/addnodecommand.cpp" line="+15"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../ui/commands/valuecommands.cpp" line="+78"/>
        <source>Change %1 of %2</source>
        <translation>更改 %2 的 %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Choose %1 %2 for %3 in %4</source>
        <translation>在 %4 中为 %3 选择 %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 of %2 in %3</source>
        <translation>在 %3 中清除 %2 的 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n Node(s)</source>
        <translation>
            <numerusform>移动 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commands/removelinkcommand.cpp" line="+16"/>
        <source>Disconnect %1 from %2</source>
        <translation>断开 %1 与 %2 的连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <location filename="../ui/commands/removenodescommand.cpp" line="+17"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n Node(s)</source>
        <translation>
            <numerusform>删除 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commands/valuecommands.cpp" line="-108"/>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Clear %1 of %2</source>
        <translation>清除 %2 的 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose %1 %2 for %3</source>
        <translation>为 %3 选择 %1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change share of %1 into %2</source>
        <translation>更改 %1 流向 %2 的份额</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="-306"/>
        <source>offline: no target</source>
        <translation>离线：无目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workload&apos;s</source>
        <translation>取工作负载的值</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No %1 result calibrated: borrows the mean of %2; band ±%3%</source>
        <translation>没有经过校准的 %1 结果：采用 %2 的平均值；区间 ±%3%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calibrated on %1, but no calibration row is a model of this kind: read it as a ceiling; band ±%2%</source>
        <translation>按 %1 校准，但没有校准行属于此类模型：请视为上限；区间 ±%2%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calibrated on %1, rows: %2; band ±%3%</source>
        <translation>按 %1 校准，行数：%2；区间 ±%3%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Select a node to edit it.</source>
        <translation>选择一个节点以编辑它。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario %1: edits go into its overrides; empty a field to use the Base value.</source>
        <translation>情景 %1：编辑会写入其覆盖值；清空字段即使用基准值。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/export/report.cpp" line="+127"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>design default</source>
        <translation>设计默认值</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pin as a slider to the What-if panel</source>
        <translation>作为滑块固定到假设分析面板</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>equal split</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share of %1 from %2</source>
        <translation>%2 占 %1 的份额</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/scenarioview.cpp" line="+29"/>
        <source>Scenario %1, %2: %3</source>
        <translation>情景 %1，%2：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../ui/limittext.cpp" line="+25"/>
        <location filename="../ui/messagetext.cpp" line="-47"/>
        <location filename="../ui/shownproblems.cpp" line="+17"/>
        <source>&apos;%1&apos;</source>
        <comment>a name in a message</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../ui/limittext.cpp" line="+17"/>
        <location line="+18"/>
        <source>%1 a year</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>capacity of %1 (%2)</source>
        <translation>%1 的产能（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed activity of %1 (%2)</source>
        <translation>%1 的固定活动量（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demand of %1 (%2)</source>
        <translation>%1 的需求（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token target (%1)</source>
        <translation>Token 目标（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>power limit (%1)</source>
        <translation>功率上限（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>budget (%1)</source>
        <translation>预算（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2</source>
        <comment>a good at a node</comment>
        <translation>%2 处的 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+1 %1 of %2 = %3 (range: being computed)</source>
        <translation>%2 增加 1 %1 = %3（范围：计算中）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+1 %1 of %2 = %3 (holds from %4 to %5 %1)</source>
        <translation>%2 增加 1 %1 = %3（适用范围 %4 至 %5 %1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>each %1 forced on idle %2 = %3</source>
        <translation>每向闲置的 %2 强制 1 %1 = %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; becomes worth using below %1 a unit (now %2)</source>
        <translation>；单价低于 %1 时值得使用（当前 %2）</translation>
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
        <translation>目标</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+11"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+1"/>
        <location filename="../ui/export/reportinputs.cpp" line="+2"/>
        <source>Accelerator</source>
        <translation>加速器</translation>
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
        <translation>%1（已知：%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no node &apos;%1&apos;</source>
        <translation>没有节点“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no wire &apos;%1&apos;</source>
        <translation>没有连线“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The good &apos;%1&apos; is not defined in the design</source>
        <translation>设计中未定义物料“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no system &apos;%1&apos;</source>
        <translation>目录中没有系统“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no accelerator &apos;%1&apos;</source>
        <translation>目录中没有加速器“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no workload &apos;%1&apos;</source>
        <translation>目录中没有工作负载“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no scenario &apos;%1&apos; (there are none)</source>
        <translation>没有场景“%1”（一个场景都没有）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no scenario &apos;%1&apos;</source>
        <translation>没有场景“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The node id &apos;%1&apos; is used twice</source>
        <translation>节点 ID“%1”重复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The good id &apos;%1&apos; is used twice</source>
        <translation>物料 ID“%1”重复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wire exists already</source>
        <translation>这条连线已存在</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: must be %2, got %3</source>
        <translation>%1：必须%2，实际为 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: must be a number</source>
        <translation>%1：必须是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: must be finite, got %2</source>
        <translation>%1：必须是有限值，实际为%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>infinity</source>
        <translation>无穷大</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minus infinity</source>
        <translation>负无穷大</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 needs %2 but nothing supplies it</source>
        <translation>%1 需要%2，但没有任何来源供应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 makes no %2 per unit of activity (check its parameters), so it cannot supply its consumers</source>
        <translation>%1 每单位活动不产出%2（请检查其参数），因此无法供应下游</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 makes %2 only as a by-product and falls short of what its consumers need; add another producer or fix the shares</source>
        <translation>%1 只作为副产品产出%2，满足不了下游的需求；请再添加一个生产方或调整份额</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shares of %1 into %2 are all 0, so nothing supplies it</source>
        <translation>流入%2的%1份额全为 0，因此没有任何供应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shares of %1 into %2 add up to %3, not 1; they are scaled to add up to 1</source>
        <translation>流入%2的%1份额合计为 %3 而不是 1；已按比例缩放为合计 1</translation>
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
        <translation>%1 需要 %2，但只得到 %3：缺口 %4（%5），受限于 %6</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 is not valid: %3</source>
        <translation>%1：%2 无效：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not a valid value</source>
        <translation>%1：%2 不是有效值</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The solve gives figures that are not finite numbers (at %1): numbers in the design are too large or too small to be worked with together; check the recipe amounts, parameters and capacities of the nodes named</source>
        <translation>求解得到的数值不是有限数（%1）：设计中的数值过大或过小，无法一起计算；请检查所列节点的配方数量、参数和产能</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures are not all finite numbers: numbers in the design are too large or too small to be worked with together; check the recipe amounts, parameters and capacities</source>
        <translation>部分数值不是有限数：设计中的数值过大或过小，无法一起计算；请检查配方数量、参数和产能</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The solve&apos;s figures do not balance (at %1), so they are not shown as a solution: numbers in the design are too far apart to be solved together; check the recipe amounts, shares and capacities of the nodes named</source>
        <translation>求解结果的数值不平衡（%1），因此不作为解显示：设计中的数值相差太大，无法一起求解；请检查所列节点的配方数量、份额和产能</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The solve&apos;s figures do not balance, so they are not shown as a solution: numbers in the design are too far apart to be solved together; check the recipe amounts, shares and capacities</source>
        <translation>求解结果的数值不平衡，因此不作为解显示：设计中的数值相差太大，无法一起求解；请检查配方数量、份额和产能</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 by %2</source>
        <comment>a limit broken by an amount</comment>
        <translation>%1（超出 %2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The limits cannot all hold; which of them conflict could not be worked out (the LP code found no answer to that question either)</source>
        <translation>无法同时满足所有限制；无法确定哪些限制相互冲突（LP 求解器对此也未找到答案）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan over the quarters meets all the limits</source>
        <translation>没有满足所有限制的季度计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LP code found no plan over the quarters</source>
        <translation>LP 求解器未找到季度计划</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These limits cannot all hold: %1. The best achievable plan breaks %2.</source>
        <translation>这些限制无法同时满足：%1。可达到的最佳计划突破了 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These limits cannot all hold: %1. The best achievable plan breaks %2, held back by %3.</source>
        <translation>这些限制无法同时满足：%1。可达到的最佳计划突破了 %2，受限于 %3。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plan over the quarters grows without limit: some stage between a supplier and the demand has no capacity, space or power limit</source>
        <translation>季度计划无限增长：供应商与需求之间的某个环节没有产能、空间或功率上限</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The loop %1 makes more than it uses (something from nothing), so tokens/s grow without limit; check its recipes or give one of them a capacity</source>
        <translation>回路 %1 产出多于消耗（无中生有），因此 Token/s 无限增长；请检查其配方，或为其中一个节点设置产能</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loop %1 makes more than it uses (something from nothing), so the objective improves without limit; check its recipes or give one of them a capacity</source>
        <translation>回路 %1 产出多于消耗（无中生有），因此目标值无限改善；请检查其配方，或为其中一个节点设置产能</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing limits %1 (no capacity), so tokens/s grow without limit; give it a capacity</source>
        <translation>%1 没有任何限制（无产能），因此 Token/s 无限增长；请为其设置产能</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing limits %1 (no capacity), so the objective improves without limit; give it a capacity</source>
        <translation>%1 没有任何限制（无产能），因此目标值无限改善；请为其设置产能</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing limits %1 (no capacity), so tokens/s grow without limit; give them capacities</source>
        <translation>%1 没有任何限制（无产能），因此 Token/s 无限增长；请为它们设置产能</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing limits %1 (no capacity), so the objective improves without limit; give them capacities</source>
        <translation>%1 没有任何限制（无产能），因此目标值无限改善；请为它们设置产能</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing limits the plan, so tokens/s grow without limit; give the suppliers capacities</source>
        <translation>没有任何东西限制计划，因此 Token/s 无限增长；请为供应商设置产能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing limits the plan, so the objective improves without limit; give the suppliers capacities</source>
        <translation>没有任何东西限制计划，因此目标值无限改善；请为供应商设置产能</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The LP code stopped without an answer (numerical trouble); try simplifying the design</source>
        <translation>LP 求解器未给出答案便停止了（数值问题）；请尝试简化设计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LP code returned a plan that breaks a balance or limit by %1 (relative); the figures are not trusted</source>
        <translation>LP 求解器返回的计划以 %1（相对值）违反了某个平衡或限制；这些数值不可信</translation>
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
        <translation>%2 精度的 %1 放不进 %3 × %4：其权重占 %5，单个序列的 KV 缓存占 %6，而一个 GPU 只有 %7 HBM（可用 %8）</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>it needs a group of at least %n GPUs</source>
        <translation>
            <numerusform>至少需要由 %n 个 GPU 组成的一组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>it needs %n GPUs, more than one scale-up domain of %1</source>
        <translation>
            <numerusform>需要 %n 个 GPU，超过一个纵向扩展域（%1 个）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2</source>
        <comment>a reason and what follows from it</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the service target of %1 tokens/s per user and a time to first token of %2</source>
        <translation>每用户 %1 Token/s、首个 Token 在 %2 内的服务目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the service target of %1 tokens/s per user</source>
        <translation>每用户 %1 Token/s 的服务目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service target of a time to first token of %1</source>
        <translation>首个 Token 在 %1 内的服务目标</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 is out of reach: %2 serves %3 at most %4 tokens/s per user, with a first token after %5 (one sequence on %n GPUs)</source>
        <translation>
            <numerusform>%1 无法达到：%2 运行 %3 时每用户最多 %4 Token/s，首个 Token 在 %5 后（一个序列用 %n 个 GPU）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no dense %2 rate (it has %3)</source>
        <translation>%1 没有 %2 稠密算力（支持：%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog has no efficiency factors for the %1 family at %2</source>
        <translation>目录中没有 %1 系列在 %2 下的效率系数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog entry of %1 lacks figures the throughput model needs</source>
        <translation>%1 的目录条目缺少吞吐量模型所需的数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog does not say how many GPUs %1 has</source>
        <translation>目录没有给出 %1 的 GPU 数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog has no accelerator or system &apos;%1&apos;</source>
        <translation>目录中没有加速器或系统“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the catalog has no workload &apos;%1&apos;</source>
        <translation>目录中没有工作负载“%1”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no parameter &apos;%2&apos;</source>
        <translation>%1 没有参数“%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not take %2 (it takes no inputs)</source>
        <translation>%1 不接收%2（它没有输入）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not take %2 (it takes %3)</source>
        <translation>%1 不接收%2（它接收%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not produce %2</source>
        <translation>%1 不生产%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not connected to any demand, so it stays idle</source>
        <translation>%1 没有连接到任何需求，因此处于闲置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loop %1 uses up exactly what it makes, so no demand can be met through it (no unique balance)</source>
        <translation>回路 %1 恰好耗尽自身的产出，因此无法通过它满足任何需求（平衡不唯一）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The loop %1 consumes more than it makes, so the demand cannot be balanced</source>
        <translation>回路 %1 消耗多于产出，因此需求无法平衡</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The loop %1 nearly balances: its gain differs from 1 by about %2, within the tolerance of %3, so its activities would be the demand divided by that difference (check its recipe amounts)</source>
        <translation>回路 %1 几乎平衡：其增益与 1 仅相差约 %2，在容差 %3 之内，因此其活动量将是需求除以这一差值（请检查其配方数量）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The design has no demand node, so nothing is produced</source>
        <translation>设计中没有需求节点，因此不会生产任何东西</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The design has no demand for tokens, so no tokens are made</source>
        <translation>设计中没有 Token 需求，因此不会产出 Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A node needs a name</source>
        <translation>节点需要一个名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the name of the base design; choose another name</source>
        <translation>%1 是基准设计的名称，请另选一个名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2 cannot both be set</source>
        <translation>%1 和 %2 不能同时设置</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1: %2</source>
        <comment>a field and why its value does not fit</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1: the range must start below its end, got %2 to %3</source>
        <translation>%1：范围的起点必须小于终点，实际为 %2 至 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two swept parameters must differ (both are %1)</source>
        <translation>扫描的两个参数必须不同（两者都是 %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan cannot be solved in %1 (the problems before this say why)</source>
        <translation>计划在 %1 无法求解（原因见前面的问题）</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="+5"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+104"/>
        <source>(model default)</source>
        <translation>（模型默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+0"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Valid: %1</source>
        <translation>有效期：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimate: %1</source>
        <translation>估算：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overridden in scenario %1; Base: %2</source>
        <translation>已在情景 %1 中覆盖；基准：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uncertainty: %1</source>
        <translation>不确定性：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a range (a distribution) for Monte Carlo and the tornado</source>
        <translation>为蒙特卡洛和龙卷风图设定范围（分布）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chosen in scenario %1; Base: %2</source>
        <translation>已在情景 %1 中选择；基准：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Price: %1 per %2</source>
        <translation>价格：每 %2 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gross margin: %1</source>
        <translation>毛利：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>own cost %1</source>
        <translation>自身成本 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margin %1</source>
        <translation>利润 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which: %1</source>
        <translation>其中：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Activity: %1 %2</source>
        <translation>活动量：%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Capex: %1</source>
        <translation>Capex：%1</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Per rack (roofline): %1 tokens/s (band %2 to %3), %4 kW, %5 replicas of %6 GPUs, %7-bound, batch %8 each</source>
        <translation>每机架（屋顶线模型）：%1 Token/s（区间 %2 至 %3），%4 kW，%5 个副本，每个 %6 个 GPU，受%7限制，每个批量 %8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export/report.cpp" line="-220"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the service target: %1 tokens/s per user, first token after %2</source>
        <translation>按服务目标：每用户 %1 Token/s，首个 Token 在 %2 后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline maximum: %1 tokens/s per user, first token after %2</source>
        <translation>离线最大值：每用户 %1 Token/s，首个 Token 在 %2 后</translation>
    </message>
    <message>
        <location line="+449"/>
        <source>Capacity: %1 %2, %3 used</source>
        <translation>产能：%1 %2，已用 %3</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Share: &quot;%1&quot; is not a number</source>
        <translation>份额：“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="+45"/>
        <location line="+202"/>
        <source>Figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+101"/>
        <location filename="../ui/docks/kpipanel.cpp" line="-191"/>
        <location filename="../ui/export/report.cpp" line="+280"/>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand tokens/s</source>
        <translation>需求 Token/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max tokens/s</source>
        <translation>最大 Token/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <source>Tokens/year</source>
        <translation>Token/年</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="-325"/>
        <source>IT power</source>
        <translation>IT 功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>Facility power</source>
        <translation>设施总功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy/year</source>
        <translation>能耗/年</translation>
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
        <translation>已安装机架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Racks delivered</source>
        <translation>交付机架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power drawn</source>
        <translation>设施用电功率</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokens made</source>
        <translation>生成的 Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens made over the plan</source>
        <translation>整个计划生成的 Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex over the plan</source>
        <translation>整个计划的 Capex</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+8"/>
        <source>NPV of the plan</source>
        <translation>计划的 NPV</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 in a quarter</source>
        <translation>某季度的%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <extracomment>a figure of the plan over time in one quarter: &quot;Tokens/s online in 2027Q4&quot;</extracomment>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+70"/>
        <source>Capital charge/year</source>
        <translation>资本费用/年</translation>
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
        <translation>每百万 Token 成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="-492"/>
        <source>Tokens per joule</source>
        <translation>每焦耳 Token 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per USD</source>
        <translation>每美元 Token 数</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+74"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="+420"/>
        <source>Cost per GPU-hour</source>
        <translation>每 GPU 小时成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/year per provisioned MW</source>
        <translation>每供电容量 MW 的 Token/年</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+13"/>
        <source>NPV at the token price</source>
        <translation>按 Token 价格计的 NPV</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+5"/>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no value without a token price.</source>
        <translation>没有 Token 价格时，%1 没有值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no value in a quarter with nothing online.</source>
        <extracomment>a quarter&apos;s cost per million tokens, per GPU-hour or load at demand</extracomment>
        <translation>在没有设备运行的季度，%1 没有值。</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Choose a quarter for %1.</source>
        <translation>请为%1选择一个季度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not a quarter; the design&apos;s timeline runs from %3 to %4.</source>
        <translation>%1：“%2”不是季度；设计的时间线从 %3 到 %4。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is outside the design&apos;s timeline, which runs from %3 to %4.</source>
        <translation>%1：%2 不在设计的时间线内（从 %3 到 %4）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The design cannot be solved as it is: %1</source>
        <translation>当前设计无法求解：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The design cannot be solved as it is (see Problems).</source>
        <translation>当前设计无法求解（见问题）。</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="-4"/>
        <location filename="../ui/charts/kpichart.cpp" line="+41"/>
        <location filename="../ui/export/report.cpp" line="-197"/>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its load at demand</source>
        <translation>需求下的负载</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Goal Seek: Make %1…</source>
        <translation>单变量求解：使 %1 达到…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The demand over the tokens/s online in the quarter</source>
        <translation>需求 ÷ 本季度在线 Token/s</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../ui/docks/timelinedock.cpp" line="+177"/>
        <source>nothing online yet</source>
        <translation>尚无上线</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>– (no token price)</source>
        <translation>–（无 Token 价格）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan&apos;s cash flows at %1 per million tokens, discounted at the cost of capital, with the book value left at the end</source>
        <translation>按每百万 Token %1 计算的计划现金流，以资本成本折现，加上期末剩余的账面价值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not within the plan</source>
        <translation>计划期内无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quarter from which the plan&apos;s discounted cash so far stays at or above zero</source>
        <translation>计划的折现累计现金自此保持在零或以上的季度</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures — %1</source>
        <translation>关键指标 — %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Being computed: the figures below are still those of the previous mode</source>
        <translation>正在计算：下面的数值仍是上一个模式的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best reachable plan: what was asked cannot be had (see Problems)</source>
        <translation>可达到的最佳计划：无法满足所要求的（见问题）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot be solved: see Problems</source>
        <translation>无法求解：请查看“问题”</translation>
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
        <translation>无法收回</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="-89"/>
        <location line="+106"/>
        <source>none binds</source>
        <translation>无约束生效</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Online in the quarter, the quarter&apos;s capex, its opex at a yearly rate</source>
        <translation>本季度上线的部分、本季度的资本支出、按年率计的运营支出</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>none binds (tightest: %1)</source>
        <translation>无约束生效（最紧：%1）</translation>
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
        <translation>产能的 %1 倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no capacity</source>
        <translation>无产能</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Demand of %1 tokens/s exceeds the capacities</source>
        <translation>%1 Token/s 的需求超出了产能</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimisedock.cpp" line="+73"/>
        <source>Optimise</source>
        <translation>优化</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimiserows.cpp" line="+59"/>
        <source>holds from %1 to %2 %3</source>
        <translation>适用范围 %1 至 %2 %3</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>range: being computed</source>
        <translation>范围：计算中</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimisedock.cpp" line="+94"/>
        <source>Balance mode: producers split demand by their shares. Choose Solve ▸ Optimise to find the best plan and what one more unit of each supply is worth.</source>
        <translation>平衡模式：生产方按各自份额分摊需求。选择 求解 ▸ 优化 以找到最佳方案，并了解每种供给多一个单位的价值。</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Optimal: %1 %2</source>
        <translation>最优值：%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No plan meets all the limits (see Problems). Shown: the best reachable plan, %1 of the %2 tokens/s asked.</source>
        <translation>没有满足所有限制的计划（见问题）。显示：可达到的最佳计划，所要求的 %2 Token/s 中的 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held back by %1.</source>
        <translation>受限于 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No best plan: something grows without limit (see Problems).</source>
        <translation>没有最佳计划：某些量无限增长（见问题）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LP code found no answer (see Problems).</source>
        <translation>LP 求解器未找到答案（见问题）。</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Finding the best plan… The figures follow when it is solved; the window can be used meanwhile.</source>
        <translation>正在寻找最佳方案… 求解完成后显示数值；其间窗口可以照常使用。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Binding limits</source>
        <translation>紧约束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of one more unit of a good</source>
        <translation>物料多一个单位的价值</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimiserows.cpp" line="+93"/>
        <source>%1 %2 per unit</source>
        <translation>每单位 %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimisedock.cpp" line="+1"/>
        <source>Idle or held back</source>
        <translation>闲置或保留</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimiserows.cpp" line="+3"/>
        <source>%1
reduced cost %2 %3 per unit</source>
        <translation>%1
检验数 每单位 %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>worth using below %1</source>
        <translation>低于 %1 时值得使用</translation>
    </message>
    <message>
        <location filename="../ui/docks/palettedock.cpp" line="+50"/>
        <source>Palette</source>
        <translation>组件面板</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search kinds…</source>
        <translation>搜索类型…</translation>
    </message>
    <message>
        <location filename="../ui/docks/problemsdock.cpp" line="-30"/>
        <location line="+35"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scene/designscene.cpp" line="+444"/>
        <location line="+23"/>
        <source>Delete %n Item(s)</source>
        <translation>
            <numerusform>删除 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Connect an output to an input, not to another output</source>
        <translation>请将输出连接到输入，而不是另一个输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an input to an output, not to another input</source>
        <translation>请将输入连接到输出，而不是另一个输入</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+18"/>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+14"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rename Frame</source>
        <translation>重命名框架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Frame Colour</source>
        <translation>更改框架颜色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete Frame</source>
        <translation>删除框架</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/scene/noteitem.cpp" line="+90"/>
        <source>Edit Note</source>
        <translation>编辑便签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Frame Here</source>
        <translation>在此添加框架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Note Here</source>
        <translation>在此添加便签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame Selection</source>
        <translation>框选所选项</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
    <message>
        <location filename="../ui/tools/clipboard.cpp" line="+62"/>
        <source>The clipboard holds no design: %1</source>
        <translation>剪贴板中没有设计：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to paste</source>
        <translation>没有可粘贴的内容</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Paste %n Node(s)</source>
        <translation>
            <numerusform>粘贴 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tools/quickaddpopup.cpp" line="+23"/>
        <source>Add a node: type to search…</source>
        <translation>添加节点：输入以搜索…</translation>
    </message>
    <message>
        <location filename="../ui/scene/designview.cpp" line="+369"/>
        <source>No kind of node connects to %1</source>
        <translation>没有可连接到 %1 的节点类型</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add %1 and connect it</source>
        <translation>添加 %1 并连接</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create a node of this kind</source>
        <translation>无法创建此类型的节点</translation>
    </message>
    <message>
        <location filename="../ui/scene/nodeitem.cpp" line="+327"/>
        <location line="+38"/>
        <source>BOTTLENECK</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>%1 of %2 %3</source>
        <comment>delivered of asked, unit</comment>
        <translation>%2 %3 中的 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartkinds.cpp" line="+24"/>
        <source>Demand met and capacity use</source>
        <translation>需求满足率与产能利用率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost by node kind</source>
        <translation>按节点类型的成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where each dollar per million tokens goes</source>
        <translation>每百万 Token 的每一美元花在哪里</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/export/report.cpp" line="+27"/>
        <source>Who earns what per million tokens</source>
        <translation>每百万 Token 谁赚多少</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power breakdown</source>
        <translation>功率构成</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export/report.cpp" line="-65"/>
        <source>Throughput vs interactivity</source>
        <translation>吞吐量与交互速度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows from suppliers to tokens</source>
        <translation>从供应商到 Token 的流向</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpanel.cpp" line="+49"/>
        <source>A catalog system to compare, running the first datacenter&apos;s workload</source>
        <translation>用于比较的目录系统，运行第一个数据中心的工作负载</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>将此图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy this chart to the clipboard</source>
        <translation>将此图表复制到剪贴板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this chart in a window of its own</source>
        <translation>在单独的窗口中打开此图表</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Compare with…</source>
        <translation>与…比较</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 — Token Factory Planner</source>
        <translation>%1 — Token Factory Planner</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsdock.cpp" line="+11"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartstyle.cpp" line="+89"/>
        <source>trillions</source>
        <translation>万亿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billions</source>
        <translation>十亿</translation>
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
        <translation>按节点类型的成本：Capex %1，每年 Opex %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost by node kind: no solution</source>
        <translation>按节点类型的成本：无解</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+20"/>
        <location filename="../ui/export/report.cpp" line="-408"/>
        <source>Capital charge per year</source>
        <translation>每年资本费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <source>Opex per year</source>
        <translation>每年 Opex</translation>
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
        <translation>美元/年</translation>
    </message>
    <message>
        <location filename="../ui/charts/kpichart.cpp" line="-6"/>
        <source>Capacity use: %1 of %2 tokens/s demanded</source>
        <translation>产能利用：需求 %2 Token/s 中的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand met and capacity use: no solution</source>
        <translation>需求满足率与产能利用率：无解</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also at capacity</source>
        <translation>同样满负荷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other limits and demand</source>
        <translation>其他约束与需求</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token demand met</source>
        <translation>Token 需求满足率</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>% of capacity (of demand for tokens)</source>
        <translation>产能百分比（Token 为需求百分比）</translation>
    </message>
    <message>
        <location filename="../ui/charts/powerchart.cpp" line="+27"/>
        <source>Power at the meter: %1, IT %2</source>
        <translation>电表处功率：%1，IT %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power at the meter: none drawn</source>
        <translation>电表处功率：无用电</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (rack split estimated)</source>
        <translation>（机柜内分配为估算）</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="-318"/>
        <location filename="../ui/charts/powerchart.cpp" line="+12"/>
        <source>Accelerators</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location filename="../ui/charts/powerchart.cpp" line="+1"/>
        <source>Host and network</source>
        <translation>主机与网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other IT loads</source>
        <translation>其他 IT 负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling and overhead</source>
        <translation>冷却及其他开销</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../ui/charts/sankeywidget.cpp" line="+38"/>
        <source>Flows from suppliers to tokens: %1 per year of cost</source>
        <translation>从供应商到 Token 的流向：每年成本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows from suppliers to tokens: no solution</source>
        <translation>从供应商到 Token 的流向：无解</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Bands and figures: dollars per year of TCO (capital charge + opex); on the bands: the flow each wire carries</source>
        <translation>带宽与金额：每年 TCO 美元数（资本费用 + Opex）；带上：每条连线承载的流量</translation>
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
        <translation>逻辑芯片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+33"/>
        <source>Foundry</source>
        <translation>晶圆代工厂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory makers</source>
        <translation>存储厂商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packager</source>
        <translation>封装厂</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+9"/>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="-8"/>
        <source>Accelerator vendor</source>
        <translation>加速器厂商</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <source>Optics makers</source>
        <translation>光模块厂商</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="-4"/>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <source>Rack integrator</source>
        <translation>机架集成商</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <source>Datacenter operator</source>
        <translation>数据中心运营商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility</source>
        <translation>电力公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+10"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who earns what per million tokens: %1 per million tokens</source>
        <translation>每百万 Token 谁赚多少：每百万 Token %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who earns what per million tokens: no tokens made</source>
        <translation>每百万 Token 谁赚多少：未产出 Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own costs and the return on capital</source>
        <translation>自身成本与资本回报</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+65"/>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="+480"/>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuechainchart.cpp" line="+11"/>
        <source>Where each dollar per million tokens goes: %1 per million tokens</source>
        <translation>每百万 Token 的每一美元花在哪里：每百万 Token %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where each dollar per million tokens goes: no tokens made</source>
        <translation>每百万 Token 的每一美元花在哪里：未产出 Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opex: running costs and energy</source>
        <translation>Opex：运营成本和能源</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+31"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+37"/>
        <source>USD per million tokens</source>
        <translation>每百万 Token 美元数</translation>
    </message>
    <message>
        <location filename="../ui/export/canvasexport.cpp" line="+108"/>
        <location filename="../ui/export/chartexport.cpp" line="+141"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
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
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/export/canvasexport.cpp" line="-20"/>
        <location line="+10"/>
        <source>Token factory design</source>
        <translation>Token 工厂设计</translation>
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
        <translation>%1：文件名必须以 .png、.svg 或 .pdf 结尾</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexport.cpp" line="-13"/>
        <location line="+16"/>
        <source>%1: size must be at least 16×16 pixels and DPI between 24 and 2400</source>
        <translation>%1：尺寸至少为 16×16 像素，DPI 须在 24 到 2400 之间</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Unknown chart kind &apos;%1&apos;</source>
        <translation>未知的图表类型“%1”</translation>
    </message>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="+44"/>
        <location filename="../ui/whatif/studydialog.cpp" line="-25"/>
        <location filename="../ui/export/exportactions.cpp" line="-117"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="+7"/>
        <source>PNG Size</source>
        <translation>PNG 尺寸</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+23"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <location line="+37"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 绘图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="-55"/>
        <source>Compare Scenarios</source>
        <translation>比较情景</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Δ vs Base</source>
        <translation>相对基准的 Δ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not solvable</source>
        <translation>无法求解</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;Table (CSV)…</source>
        <translation>导出表格 (CSV)(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/whatif/studydialog.cpp" line="-49"/>
        <source>C&amp;opy Chart</source>
        <translation>复制图表(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/export/exportactions.cpp" line="-17"/>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/whatif/studydialog.cpp" line="+45"/>
        <location filename="../ui/export/exportactions.cpp" line="+3"/>
        <location line="+78"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="-66"/>
        <source>Export Canvas</source>
        <translation>导出画布</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+27"/>
        <source>Export Timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report (PDF)…</source>
        <translation>报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Chart Shown…</source>
        <translation>当前图表(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;opy Chart Shown</source>
        <translation>复制当前图表(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Key Figures (CSV)…</source>
        <translation>关键指标 (CSV)(&amp;K)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Node Steps (CSV)…</source>
        <translation>节点环节 (CSV)(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Flows (CSV)…</source>
        <translation>流量 (CSV)(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who Earns What (CSV)…</source>
        <translation>谁赚多少 (CSV)(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Timeline, Every Series (CSV)…</source>
        <translation>时间线，全部序列 (CSV)(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;anvas (PNG, SVG or PDF)…</source>
        <translation>画布 (PNG、SVG 或 PDF)(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-753"/>
        <source>Tokens per second</source>
        <translation>每秒 Token 数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demand %1, capacities allow %2</source>
        <translation>需求 %1，产能允许 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens per year</source>
        <translation>每年 Token 数</translation>
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
        <translation>每年 %1 MWh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>energy %1</source>
        <translation>能耗 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCO per year</source>
        <translation>每年 TCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$ per million tokens</source>
        <translation>每百万 Token 美元数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the facility meter</source>
        <translation>按设施电表计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per dollar</source>
        <translation>每美元 Token 数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, a ceiling</source>
        <translation>%1，上限</translation>
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
        <translation>未保存的设计</translation>
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
        <translation>Token 工厂报告：%1</translation>
    </message>
    <message>
        <location line="-825"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>annuity at the cost of capital, by asset class</source>
        <translation>按资本成本计算的年金（按资产类别）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>capital charge + opex</source>
        <translation>资本费用 + Opex</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Token factory report</source>
        <translation>Token 工厂报告</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tokens per rack (roofline model)</source>
        <translation>每机架 Token（屋顶线模型）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per rack</source>
        <translation>每机架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band (tokens/s)</source>
        <translation>区间（Token/s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per user</source>
        <translation>每用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT</source>
        <translation>首 Token 时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLPerf round</source>
        <translation>MLPerf 轮次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The band comes from the calibration residuals (docs/throughput-model.md); published results the model was not fitted to differ by more, most for mixtures of experts.</source>
        <translation>区间来自校准残差（docs/throughput-model.md）；模型未拟合的已发布结果偏差更大，混合专家模型最大。</translation>
    </message>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="-40"/>
        <location filename="../ui/export/report.cpp" line="-22"/>
        <location line="+398"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/docks/scheduleeditor.cpp" line="+76"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+95"/>
        <source>Row %1: &quot;%2&quot; is not a quarter such as 2027Q3</source>
        <translation>第 %1 行：“%2”不是 2027Q3 这样的季度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: &quot;%2&quot; is not a number</source>
        <translation>第 %1 行：“%2”不是数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Default: %n quarter(s)</source>
        <translation>
            <numerusform>默认：%n 个季度</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many quarters this stage delays its output (wafer start to die, die to package, package to rack)</source>
        <translation>此环节将产出延后的季度数（晶圆投片到裸片、裸片到封装、封装到机架）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time (quarters)</source>
        <translation>交付周期（季度）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule of</source>
        <translation>排程对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/export/report.cpp" line="-397"/>
        <location line="+398"/>
        <location line="+114"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-58"/>
        <source>From quarter</source>
        <translation>起始季度</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-103"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step a year after the last one</source>
        <translation>在最后一步一年后添加一步</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+4"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+1"/>
        <source>Removes the selected steps</source>
        <translation>移除所选步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of quarter and value from a spreadsheet</source>
        <translation>来自电子表格的季度与数值行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file of quarter and value rows</source>
        <translation>由季度与数值行组成的 CSV 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog&apos;s yearly capacity figures as a schedule</source>
        <translation>以目录的年度产能数据作为排程</translation>
    </message>
    <message>
        <location line="+93"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+88"/>
        <source>%1 (scheduled)</source>
        <translation>%1（已排程）</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Nothing to paste: rows of a quarter and a value are expected</source>
        <translation>没有可粘贴的内容：需要季度与数值行</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no rows of a quarter and a value</source>
        <translation>%1 中没有季度与数值行</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Schedule</source>
        <translation>导入排程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV table (*.csv *.txt)</source>
        <translation>CSV 表格 (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The catalog has no yearly figures after the timeline&apos;s first year for this entry</source>
        <translation>目录中此条目没有时间线首年之后的年度数据</translation>
    </message>
    <message>
        <location filename="../ui/scene/noteitem.cpp" line="-55"/>
        <location line="+38"/>
        <location filename="../ui/export/report.cpp" line="-511"/>
        <location line="+398"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Move Note</source>
        <translation>移动便签</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-462"/>
        <source>none: borrowed</source>
        <translation>无：借用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ±%2%</source>
        <translation>%1 ±%2%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The design cannot be solved:
%1</source>
        <translation>该设计无法求解：
%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the most tokens/s</source>
        <translation>最多 Token/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the least cost</source>
        <translation>最低成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the least power</source>
        <translation>最低功率</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 to %2 %3</source>
        <translation>%1 至 %2 %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shadow prices: what one more unit of each limit is worth</source>
        <translation>影子价格：每项约束多一个单位的价值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The design could not be optimised.</source>
        <translation>无法优化该设计。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optimise mode, splits free, for %1: %2 %3.</source>
        <translation>优化模式（分配自由），目标为%1：%2 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures above are Balance mode&apos;s (the splits as set); these prices are the optimum&apos;s.</source>
        <translation>上方指标来自平衡模式（按设定的分配）；这些价格来自最优解。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One more unit is worth</source>
        <translation>多一个单位的价值</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 more in the Optimise dock (Solve ▸ Optimise).</source>
        <translation>另有 %1 项见“优化”面板（求解 ▸ 优化）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No capacity limits the design.</source>
        <translation>没有产能限制该设计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit (tightest first)</source>
        <translation>约束（最紧的在前）</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+4"/>
        <location filename="../ui/export/report.cpp" line="+2"/>
        <source>Load at demand</source>
        <translation>需求下的负载</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+169"/>
        <source>TCO per year over every accelerator&apos;s hours</source>
        <translation>每年 TCO 除以所有加速器的全部小时数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens per year per provisioned MW</source>
        <translation>每供电容量 MW 每年 Token 数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MW built, at the meter</source>
        <translation>已建 MW，按电表计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per million tokens</source>
        <translation>每百万 Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per year</source>
        <translation>每年收入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over %1 years at the cost of capital</source>
        <translation>按资本成本计 %1 年</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>discounted</source>
        <translation>折现</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value added</source>
        <translation>增加值</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-539"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+212"/>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base design (no scenario)</source>
        <translation>基准设计（无情景）</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>No limit binds.</source>
        <translation>没有约束生效。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Binding limit</source>
        <translation>紧约束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds over</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Each line is the most tokens/s per GPU a datacenter&apos;s hardware gives at each output speed per user; a dot is where the datacenter runs at its service target (docs/throughput-model.md).</source>
        <translation>每条线表示数据中心硬件在每种每用户输出速度下可达到的最高每 GPU Token/s；圆点表示数据中心按其服务目标运行的位置（docs/throughput-model.md）。</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Inputs that differ from the catalog (%1 of %2)</source>
        <translation>与目录不同的输入（%2 项中的 %1 项）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inputs that differ from the catalog</source>
        <translation>与目录不同的输入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values set on the design where the catalog (or the node kind&apos;s default) says otherwise or nothing.</source>
        <translation>在设计中设定、而目录（或节点类型的默认值）给出不同值或未给出值的数值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: every input is the catalog&apos;s.</source>
        <translation>无：所有输入均来自目录。</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+206"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog or default</source>
        <translation>目录或默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/export/reportinputs.cpp" line="+28"/>
        <source>scenario %1 (Base: %2)</source>
        <translation>情景 %1（基准：%2）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Design settings</source>
        <translation>设计设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>design setting</source>
        <translation>设计设置</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>estimate: %1</source>
        <translation>估算：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scenario %1 (Base: %2); %3</source>
        <translation>情景 %1（基准：%2）；%3</translation>
    </message>
    <message>
        <location filename="../ui/documentcanvas.cpp" line="+14"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add Frame %1</source>
        <translation>添加框架 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete Frame %1</source>
        <translation>删除框架 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Move Frame %1</source>
        <translation>移动框架 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Frame</source>
        <translation>移动框架</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Note</source>
        <translation>添加便签</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/scene/designscene.cpp" line="-19"/>
        <source>Delete Note</source>
        <translation>删除便签</translation>
    </message>
    <message>
        <location filename="../ui/commands/addscenariocommand.cpp" line="+13"/>
        <source>Add Scenario %1</source>
        <translation>添加情景 %1</translation>
    </message>
    <message>
        <location filename="../ui/commands/removescenariocommand.cpp" line="+15"/>
        <source>Delete Scenario %1</source>
        <translation>删除情景 %1</translation>
    </message>
    <message>
        <location filename="../ui/commands/valuecommands.cpp" line="+175"/>
        <source>Rename Scenario %1 to %2</source>
        <translation>将情景 %1 重命名为 %2</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Change %1 in %2</source>
        <translation>更改 %2 中的 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 in %2</source>
        <translation>清除 %2 中的 %1</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Set Distribution of %1</source>
        <translation>设置 %1 的分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Distribution of %1</source>
        <translation>清除 %1 的分布</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+297"/>
        <source>Each value must lie between %1 and %2</source>
        <translation>每个值都必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum must not be above the maximum</source>
        <translation>最小值不能大于最大值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most likely value must lie between the minimum and the maximum</source>
        <translation>最可能值必须介于最小值和最大值之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard deviation must not be negative</source>
        <translation>标准差不能为负</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The median must be above 0</source>
        <translation>中位数必须大于 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sigma of ln x must not be negative</source>
        <translation>ln x 的标准差不能为负</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-18"/>
        <location filename="../ui/dialogs/distributiondialog.cpp" line="+41"/>
        <source>Uncertainty of %1</source>
        <translation>%1 的不确定性</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/distributiondialog.cpp" line="+3"/>
        <source>Monte Carlo draws %1 from this distribution; the tornado moves it to its P10 and P90. The value %2 stays the one ordinary solves use.</source>
        <translation>蒙特卡洛从此分布中抽取 %1；龙卷风图将其移到 P10 和 P90。普通求解仍使用数值 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triangular</source>
        <translation>三角分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lognormal</source>
        <translation>对数正态分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+3"/>
        <source>Minimum:</source>
        <translation>最小值：</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Maximum:</source>
        <translation>最大值：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most likely:</source>
        <translation>最可能值：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean:</source>
        <translation>均值：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard deviation:</source>
        <translation>标准差：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median:</source>
        <translation>中位数：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sigma of ln x:</source>
        <translation>ln x 的标准差：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../ui/whatif/goalseekdialog.cpp" line="+44"/>
        <source>Goal Seek</source>
        <translation>单变量求解</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Make:</source>
        <translation>使：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal to:</source>
        <translation>等于：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By changing:</source>
        <translation>通过更改：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Seek</source>
        <translation>求解(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+92"/>
        <source>Seeking… solves so far: %1</source>
        <translation>正在搜索… 已求解 %1 次</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Being computed…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../ui/whatif/montecarlodialog.cpp" line="+107"/>
        <source>The target is not a number.</source>
        <translation>目标不是数字。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 = %2 gives %3 = %4 (%5 solves).</source>
        <translation>%1 = %2 时 %3 = %4（求解 %5 次）。</translation>
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
        <translation>在 [%2, %3] 内没有任何 %1 的值能使 %4 = %5：%4 在 %6 处跳过该值（最接近的是 %7）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot reach it within %1&apos;s range [%2, %3]: %4 goes from %5 to %6 there.</source>
        <translation>在 %1 的范围 [%2, %3] 内无法达到：其间 %4 从 %5 变化到 %6。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not applied: scenario “%1” holds values, not schedules, so %2 alone would not give this figure. Untick “%3” and seek again for the value that gives it with the schedule&apos;s steps kept, or seek in the Base to scale the schedule.</source>
        <translation>未应用：情景“%1”只保存数值，不保存排程，因此仅凭 %2 得不到这个指标。请取消勾选“%3”并重新求解，找出在排程各步保持不变时得到该指标的值；或在基准中求解以缩放排程。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goal seek: %1</source>
        <translation>单变量求解：%1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/montecarlodialog.cpp" line="-79"/>
        <source>Monte Carlo</source>
        <translation>蒙特卡洛</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uncertain:</source>
        <translation>不确定参数：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>one per core</source>
        <translation>每核一个</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional, e.g. %1</source>
        <translation>可选，例如 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples:</source>
        <translation>样本数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads:</source>
        <translation>线程数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/whatif/tornadodialog.cpp" line="+28"/>
        <source>Figure:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target (at least):</source>
        <translation>目标（至少）：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No parameter carries a distribution: give some a range with the ~ button beside their field in the inspector.</source>
        <translation>没有参数带有分布：请在检查器中用字段旁的 ~ 按钮为一些参数设定范围。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No parameter carries a distribution.</source>
        <translation>没有参数带有分布。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 samples (%2 unsolvable): P10 %3, P50 %4, P90 %5, mean %6</source>
        <translation>%1 个样本（%2 个无法求解）：P10 %3，P50 %4，P90 %5，均值 %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; P(%1 ≥ %2) = %3</source>
        <comment>a probability as a percentage</comment>
        <translation>；P(%1 ≥ %2) = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled after %1 of %2 samples. %3</source>
        <translation>在 %2 个样本中的第 %1 个后取消。%3</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenariosdock.cpp" line="+16"/>
        <location line="+97"/>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate…</source>
        <translation>创建副本(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me…</source>
        <translation>重命名(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new scenario with the overrides of the active one; edits then go into it</source>
        <translation>以当前情景的覆盖值新建情景；之后的编辑写入新情景</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Scenario</source>
        <translation>新建情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario %1</source>
        <translation>情景 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate Scenario</source>
        <translation>复制情景</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename Scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n parameter(s) overridden</source>
        <translation>
            <numerusform>已覆盖 %n 个参数</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base (the design)</source>
        <translation>基准（设计本身）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The Base cannot be renamed</source>
        <translation>基准无法重命名</translation>
    </message>
    <message>
        <location filename="../ui/whatif/studydialog.cpp" line="-72"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/goalseekdialog.cpp" line="-249"/>
        <location filename="../ui/whatif/studydialog.cpp" line="+3"/>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/studydialog.cpp" line="+18"/>
        <source>The chart appears here after a run.</source>
        <translation>运行后，图表将显示在这里。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Data (CSV)…</source>
        <translation>导出数据(&amp;D) (CSV)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../ui/whatif/sweepdialog.cpp" line="+29"/>
        <source>Sweep</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sweep a second parameter (heat map)</source>
        <translation>扫描第二个参数（热力图）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Figures:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parameter:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second parameter:</source>
        <translation>第二个参数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From, to, steps:</source>
        <translation>起点、终点、步数：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give a parameter and a range of numbers.</source>
        <translation>请指定一个参数和数值范围。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tick at least one figure.</source>
        <translation>请至少勾选一个指标。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 of %2 points solved</source>
        <translation>已求解 %2 个点中的 %1 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/whatif/resiliencedialog.cpp" line="+60"/>
        <location filename="../ui/whatif/tornadodialog.cpp" line="+31"/>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/tornadodialog.cpp" line="-42"/>
        <source>Tornado</source>
        <translation>龙卷风图</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Swing without a distribution (±):</source>
        <translation>无分布时的摆幅（±）：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 parameters moved one at a time; %2 at base %3</source>
        <translation>%1 个参数逐一变动；%2 在基准下为 %3</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="+49"/>
        <location line="+21"/>
        <source>%1 over %2 and %3</source>
        <translation>%1 随 %2 和 %3 的变化</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 against %2</source>
        <translation>%1 对 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures against %1</source>
        <translation>各指标对 %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Index (start = 100)</source>
        <comment>a sweep chart&apos;s axis: each figure over its value at the first point</comment>
        <translation>指数（起点 = 100）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 over %2 samples: P10 %3, P50 %4, P90 %5</source>
        <translation>%1（%2 个样本）：P10 %3，P50 %4，P90 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; P(≥ %1) = %2</source>
        <comment>a probability as a percentage</comment>
        <translation>；P(≥ %1) = %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+42"/>
        <source>Samples</source>
        <translation>样本</translation>
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
        <translation>目标 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tornado: %1 around %2</source>
        <translation>龙卷风图：%1 围绕 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parameter low</source>
        <translation>参数低值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter high</source>
        <translation>参数高值</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>[%1 – %2]</source>
        <translation>[%1 – %2]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change of %1</source>
        <translation>%1 的变化</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenarios against the Base (% change)</source>
        <translation>各情景相对基准（变化百分比）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>% change against the Base</source>
        <translation>相对基准的变化百分比</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifdock.cpp" line="+25"/>
        <source>What-if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pin a parameter with the pin button beside its field in the inspector: it appears here as a slider, and dragging it re-solves live.</source>
        <translation>在检查器中用字段旁的图钉按钮固定参数：它会作为滑块出现在这里，拖动时实时重新求解。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifui.cpp" line="+110"/>
        <source>P&amp;resentation</source>
        <translation>演示(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;What-if</source>
        <translation>假设分析(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare Scenarios…</source>
        <translation>比较情景(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Goal Seek…</source>
        <translation>单变量求解(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sweep…</source>
        <translation>参数扫描(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monte Carlo…</source>
        <translation>蒙特卡洛(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tornado…</source>
        <translation>龙卷风图(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/scene/frameitem.cpp" line="+127"/>
        <source>Rename Frame to %1</source>
        <translation>将框架重命名为 %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Resize Frame</source>
        <translation>调整框架大小</translation>
    </message>
    <message>
        <location filename="../ui/charts/interactivitychart.cpp" line="+144"/>
        <source>%1 (comparison)</source>
        <translation>%1（比较）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Throughput vs interactivity: no datacenter takes its racks from the catalog</source>
        <translation>吞吐量与交互速度：没有数据中心的机架来自目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput vs interactivity: %1</source>
        <translation>吞吐量与交互速度：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/s per GPU</source>
        <translation>每 GPU Token/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output tokens/s each user sees</source>
        <translation>每位用户看到的输出 Token/s</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 tokens/s per user</source>
        <translation>%1：每用户 %2 Token/s</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="-214"/>
        <source>Accelerators and racks</source>
        <translation>加速器与机架</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power plant</source>
        <translation>电厂</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Design Settings</source>
        <translation>设计设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build-out and site</source>
        <translation>建设与选址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning horizon (months)</source>
        <translation>规划期（月）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity ($/MWh)</source>
        <translation>电价 ($/MWh)</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="-381"/>
        <source>Process</source>
        <translation>工序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fab (logic wafers)</source>
        <translation>晶圆厂（逻辑晶圆）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced packaging (CoWoS)</source>
        <translation>先进封装（CoWoS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM maker</source>
        <translation>HBM 厂商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical transceivers</source>
        <translation>光模块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power supply</source>
        <translation>电力供应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reroute</source>
        <translation>转折点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any linear production step: an explicit recipe of inputs and outputs per unit of activity.</source>
        <translation>任意线性生产步骤：按每单位活动明确列出投入与产出的配方。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A source of one good, with a capacity and a unit price.</source>
        <translation>一种物料的来源，带有产能和单价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand for one good at a rate: the target the design is solved for.</source>
        <translation>对一种物料按速率提出的需求：设计求解的目标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A foundry line: wafer starts per month become good logic dies.</source>
        <translation>晶圆代工产线：每月投片变成合格的逻辑裸片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interposer wafers per month join logic dies and HBM stacks into accelerator packages.</source>
        <translation>每月的中介层晶圆把逻辑裸片和 HBM 堆栈封装成加速器封装。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A memory maker&apos;s supply of HBM stacks.</source>
        <translation>存储厂商供应的 HBM 堆栈。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A maker&apos;s supply of optical transceiver modules.</source>
        <translation>厂商供应的光模块。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builds racks from accelerators and optics.</source>
        <translation>用加速器和光模块组装机架。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid or PPA power in MW, with its energy price.</source>
        <translation>电网或购电协议（PPA）电力，以 MW 计，附带电价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turns racks and power into tokens/s; the racks arrive over the planning horizon.</source>
        <translation>把机架和电力变成 Token/s；机架在规划期内陆续到位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bend point that tidies a wire: its good passes through unchanged.</source>
        <translation>整理连线的转折点：物料原样通过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buys packaged accelerators (dies, HBM, packaging) and adds the board and its own content; sells at its gross margin.</source>
        <translation>购入封装好的加速器（裸片、HBM、封装），加上板卡和自有部件，按其毛利率出售。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planning horizon</source>
        <translation>规划期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location line="-35"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+1"/>
        <source>Default PUE</source>
        <translation>默认 PUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+1"/>
        <source>Default utilization</source>
        <translation>默认利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis period</source>
        <translation>分析期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators and racks: life</source>
        <translation>加速器和机架：使用寿命</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accelerators and racks: maintenance</source>
        <translation>加速器和机架：维护</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accelerators and racks: residual value</source>
        <translation>加速器和机架：残值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network: life</source>
        <translation>网络：使用寿命</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network: maintenance</source>
        <translation>网络：维护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network: residual value</source>
        <translation>网络：残值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building: life</source>
        <translation>建筑：使用寿命</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building: maintenance</source>
        <translation>建筑：维护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building: residual value</source>
        <translation>建筑：残值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power plant: life</source>
        <translation>电厂：使用寿命</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power plant: maintenance</source>
        <translation>电厂：维护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power plant: residual value</source>
        <translation>电厂：残值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>产能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running cost</source>
        <translation>运营成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die area</source>
        <translation>裸片面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wafer diameter</source>
        <translation>晶圆直径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defect density</source>
        <translation>缺陷密度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair recovery</source>
        <translation>修复回收率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages per wafer</source>
        <translation>每片晶圆封装数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic dies per package</source>
        <translation>每个封装的逻辑裸片数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM stacks per package</source>
        <translation>每个封装的 HBM 堆栈数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assembly yield</source>
        <translation>组装良率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators per rack</source>
        <translation>每机架加速器数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optics per accelerator</source>
        <translation>每个加速器的光模块数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT capacity</source>
        <translation>IT 容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/s per rack</source>
        <translation>每机架 Token/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack IT power</source>
        <translation>机架 IT 功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens</source>
        <translation>输入 Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output tokens</source>
        <translation>输出 Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/s per user</source>
        <translation>每用户 Token/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first token</source>
        <translation>首 Token 时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build cost</source>
        <translation>建设成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colocation price</source>
        <translation>托管价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network and storage</source>
        <translation>网络和存储</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Build-out period over which flows of parts accumulate.</source>
        <translation>零部件流量累积的建设期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default energy price for power supplies without their own.</source>
        <translation>未设自身电价的电力供应所用的默认电价。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility over IT power for datacenters without their own PUE.</source>
        <translation>未设自身 PUE 的数据中心所用的设施与 IT 功率之比。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual return the capital must earn (WACC); capital is charged as an annuity at this rate.</source>
        <translation>资本须赚取的年回报率（WACC）；资本按此利率以年金方式计费。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load factor: average share of peak throughput delivered, for datacenters without their own.</source>
        <translation>负载率：平均交付的峰值吞吐量比例，用于未设自身值的数据中心。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the outlay paid each year for insurance.</source>
        <translation>每年用于保险的投资比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a million tokens sells for; unset means no revenue, NPV, payback or operator margin.</source>
        <translation>每百万 Token 的售价；不填表示没有收入、NPV、回收期或运营方利润。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years over which the NPV of the build is taken.</source>
        <translation>计算建设 NPV 的年数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic life over which the outlay is recovered.</source>
        <translation>收回投资的经济寿命。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the outlay spent each year on upkeep.</source>
        <translation>每年用于维护的投资比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the outlay the asset is worth at the end of its life.</source>
        <translation>资产在寿命结束时仍值的投资比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most activity per period; unset means unlimited.</source>
        <translation>每期最大活动量；不填表示不限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capital cost per unit of activity (for flows, per unit bought over the horizon).</source>
        <translation>每单位活动的资本成本（对流量而言，按规划期内购买的每单位计）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating cost per unit of activity and year.</source>
        <translation>每单位活动每年的运营成本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of its price that is its margin (the price is unit_cost_usd).</source>
        <translation>价格中利润所占比例（价格即单位成本）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demanded rate of the good.</source>
        <translation>该物料的需求速率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area of one logic die.</source>
        <translation>单个逻辑裸片的面积。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diameter of the wafer.</source>
        <translation>晶圆直径。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D0 in the Poisson yield e^(-A D0).</source>
        <translation>泊松良率 e^(-A D0) 中的 D0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of defective dies saved by redundancy (disabled cores).</source>
        <translation>靠冗余（屏蔽核心）挽回的缺陷裸片比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator packages per interposer wafer.</source>
        <translation>每片中介层晶圆的加速器封装数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic dies in one package.</source>
        <translation>一个封装中的逻辑裸片数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM stacks in one package.</source>
        <translation>一个封装中的 HBM 堆栈数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of assembled packages that pass test.</source>
        <translation>通过测试的已组装封装比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the rack&apos;s price that is its margin: the price is (parts bought + unit cost) ÷ (1 − margin).</source>
        <translation>机架价格中利润所占比例：价格 =（外购零部件 + 单位成本）÷（1 − 利润率）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accelerator packages in one rack.</source>
        <translation>一个机架中的加速器封装数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transceiver modules per accelerator for the scale-out fabric.</source>
        <translation>横向扩展网络中每个加速器的光模块数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy price; unset uses the design&apos;s electricity price.</source>
        <translation>电价；不填则用设计的电价。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the energy bill that is the utility&apos;s margin.</source>
        <translation>电费中电力公司利润所占比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical IT power the halls can host; unset means unlimited.</source>
        <translation>机房可承载的关键 IT 功率；不填表示不限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak serving throughput of one rack.</source>
        <translation>单个机架的峰值推理吞吐量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT power of one rack including its network share.</source>
        <translation>单个机架的 IT 功率，含其网络份额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power over IT power; unset uses the design default.</source>
        <translation>设施功率与 IT 功率之比；不填则用设计默认值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load factor: average share of the peak throughput at the service target that is delivered; unset uses the design default.</source>
        <translation>负载率：在服务目标下平均交付的峰值吞吐量比例；不填则用设计默认值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt length for the chosen workload; unset means the workload&apos;s default.</source>
        <translation>所选工作负载的提示长度；不填表示用工作负载默认值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated tokens per request; unset means the workload&apos;s default.</source>
        <translation>每个请求生成的 Token 数；不填表示用工作负载默认值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output speed each user is sold (the service target); unset means the offline maximum.</source>
        <translation>卖给每位用户的输出速度（服务目标）；不填表示离线最大值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest time to the first token the service allows; unset means no limit.</source>
        <translation>服务允许的最长首 Token 时间；不填表示不限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility construction per MW of critical IT built (it_capacity_mw when set).</source>
        <translation>每建成 1 MW 关键 IT 的设施建设费用（设置时按 IT 容量）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent for the built IT capacity; above 0 it replaces the building&apos;s capex and upkeep.</source>
        <translation>已建 IT 容量的租金；大于 0 时取代建筑的资本支出和维护费。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operations staff per MW of IT capacity built.</source>
        <translation>每建成 1 MW IT 容量的运维人员费用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running cost of the network services and storage each rack uses.</source>
        <translation>每个机架所用网络服务和存储的运行成本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the accelerator&apos;s price that is the vendor&apos;s margin: the price is (package bought + unit cost) ÷ (1 − margin).</source>
        <translation>加速器价格中厂商利润所占比例：价格 =（外购封装 + 单位成本）÷（1 − 利润率）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>activity/period</source>
        <comment>unit</comment>
        <translation>活动/期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit of activity</source>
        <comment>unit</comment>
        <translation>每单位活动 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit of activity per year</source>
        <comment>unit</comment>
        <translation>每单位活动每年 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units of the good</source>
        <comment>unit</comment>
        <translation>物料单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit</source>
        <comment>unit</comment>
        <translation>每单位 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit per year</source>
        <comment>unit</comment>
        <translation>每单位每年 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wafers/month</source>
        <comment>unit</comment>
        <translation>晶圆/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/wafer</source>
        <comment>unit</comment>
        <translation>USD/晶圆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defects/cm²</source>
        <comment>unit</comment>
        <translation>缺陷/cm²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction</source>
        <comment>unit</comment>
        <translation>比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interposer wafers/month</source>
        <comment>unit</comment>
        <translation>中介层晶圆/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/interposer wafer</source>
        <comment>unit</comment>
        <translation>USD/中介层晶圆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packages/wafer</source>
        <comment>unit</comment>
        <translation>封装/晶圆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dies</source>
        <comment>unit</comment>
        <translation>裸片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stacks</source>
        <comment>unit</comment>
        <translation>堆栈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stacks/month</source>
        <comment>unit</comment>
        <translation>堆栈/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/stack</source>
        <comment>unit</comment>
        <translation>USD/堆栈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modules/month</source>
        <comment>unit</comment>
        <translation>模块/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/module</source>
        <comment>unit</comment>
        <translation>USD/模块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>racks/month</source>
        <comment>unit</comment>
        <translation>机架/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/rack beyond its parts</source>
        <comment>unit</comment>
        <translation>USD/机架（零部件之外）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accelerators</source>
        <comment>unit</comment>
        <translation>加速器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modules</source>
        <comment>unit</comment>
        <translation>模块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio</source>
        <comment>unit</comment>
        <translation>比值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/s</source>
        <comment>unit</comment>
        <translation>Token/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens</source>
        <comment>unit</comment>
        <translation>Token</translation>
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
        <translation>每（Token/s）每年 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <comment>unit</comment>
        <translation>月</translation>
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
        <translation>裸片/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packages/month</source>
        <comment>unit</comment>
        <translation>封装/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>racks</source>
        <comment>unit</comment>
        <translation>机架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wafers</source>
        <comment>unit</comment>
        <translation>晶圆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packages</source>
        <comment>unit</comment>
        <translation>封装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units</source>
        <comment>unit</comment>
        <translation>单位</translation>
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
        <translation>每个加速器 USD：板卡、CPU 和交换机份额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per million tokens</source>
        <comment>unit</comment>
        <translation>每百万 Token USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/MW of capacity built</source>
        <comment>unit</comment>
        <translation>USD/已建容量 MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/MW-year</source>
        <comment>unit</comment>
        <translation>USD/MW·年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/kW-month</source>
        <comment>unit</comment>
        <translation>USD/kW·月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/rack-year</source>
        <comment>unit</comment>
        <translation>USD/机架·年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction of price</source>
        <comment>unit</comment>
        <translation>占价格比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction/year</source>
        <comment>unit</comment>
        <translation>比例/年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens/year</source>
        <comment>unit</comment>
        <translation>Token/年</translation>
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
        <translation>Token/J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/USD</source>
        <comment>unit</comment>
        <translation>Token/USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/MW-year</source>
        <comment>unit</comment>
        <translation>Token/MW·年</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logic wafer</source>
        <translation>逻辑晶圆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic die</source>
        <translation>逻辑裸片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM stack</source>
        <translation>HBM 堆栈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator package</source>
        <translation>加速器封装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical transceiver</source>
        <translation>光模块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack</source>
        <translation>机架</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens</source>
        <translation>Token</translation>
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
        <translation>大于 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>above %1 and at most %2</source>
        <translation>大于 %1 且不超过 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between %1 and %2</source>
        <translation>介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>uniform from %1 to %2</source>
        <translation>均匀分布，%1 至 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>triangular from %1 to %2, most likely %3</source>
        <translation>三角分布，%1 至 %2，最可能值 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>normal, mean %1, standard deviation %2</source>
        <translation>正态分布，均值 %1，标准差 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lognormal, median %1, sigma of ln x %2</source>
        <translation>对数正态分布，中位数 %1，ln x 的标准差 %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>most tokens</source>
        <translation>最多 Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cheapest plan for the demand</source>
        <translation>满足需求的最低成本方案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>least power for the demand</source>
        <translation>满足需求的最低功率</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+5"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="-360"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+2"/>
        <source>Cost of capital</source>
        <translation>资本成本</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+4"/>
        <source>Token price ($ per million)</source>
        <translation>Token 价格（每百万 $）</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+3"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+11"/>
        <location filename="../ui/export/report.cpp" line="-166"/>
        <source>Token price</source>
        <translation>Token 价格</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="-7"/>
        <source>Sell the tokens at a price: the NPV, payback and margins need one</source>
        <translation>按价格出售 Token：NPV、回收期和利润率都需要价格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NPV period (years)</source>
        <translation>NPV 期限（年）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance per year</source>
        <translation>每年保险</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asset classes</source>
        <translation>资产类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Life (years)</source>
        <translation>使用年限（年）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual value</source>
        <translation>残值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance per year</source>
        <translation>每年维护</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: life</source>
        <translation>%1：使用年限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: residual value</source>
        <translation>%1：残值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: maintenance</source>
        <translation>%1：维护</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sources of the defaults: docs/model.md. Preferences set the defaults for new designs only.</source>
        <translation>默认值的来源：docs/model.md。首选项只设定新设计的默认值。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Plan over time</source>
        <translation>随时间推进的计划</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first quarter of the plan, such as 2027Q1</source>
        <translation>计划的第一个季度，例如 2027Q1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many quarters the plan runs</source>
        <translation>计划持续的季度数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First quarter</source>
        <translation>第一个季度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon (quarters)</source>
        <translation>期限（季度）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a quarter such as 2027Q1</source>
        <translation>“%1”不是 2027Q1 这样的季度</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="-93"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+105"/>
        <source>Set a token price for the NPV and payback of the build.</source>
        <translation>设置 Token 价格以查看建设的 NPV 与回收期。</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+5"/>
        <source>NPV over %1 years: %2; payback %3</source>
        <translation>%1 年 NPV：%2；回收期 %3</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="+177"/>
        <source>A starting value: type your own to replace it.</source>
        <translation>起始值：输入您自己的值即可替换。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-324"/>
        <source>New from &amp;Default Design</source>
        <translation>从默认设计新建(&amp;D)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Print Report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Bottleneck &amp;X-ray</source>
        <translation>瓶颈透视(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour every node and wire by what one more unit is worth (Optimise) or by its load (Balance)</source>
        <translation>按多一个单位的价值(优化)或负载(平衡)为每个节点和连线着色</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 · not solved: see Problems</source>
        <translation>%1 · 未求解：见“问题”</translation>
    </message>
    <message>
        <location filename="../ui/scene/designscene.cpp" line="-207"/>
        <source>This output gives %1, not %2</source>
        <translation>此输出提供 %1，而不是 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This input takes %1, not %2</source>
        <translation>此输入接收 %1，而不是 %2</translation>
    </message>
    <message>
        <location filename="../ui/scene/designview.cpp" line="-129"/>
        <source>This design is empty.
Drag a kind of node from the palette onto the canvas,
or double-click the canvas to search for one.
File ▸ Open… opens a saved design; File ▸ New from Default Design starts from the example.</source>
        <translation>此设计为空。
从组件面板将一种节点拖到画布上，
或双击画布进行搜索。
文件 ▸ 打开… 可打开已保存的设计；文件 ▸ 从默认设计新建 从示例开始。</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="-64"/>
        <source>Print Report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-165"/>
        <source>Supplier resilience</source>
        <translation>供应商韧性</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each supplier knocked out alone, then each pair, and the design solved again (%1): what is still delivered, the share of tokens/s lost and the cost of a million tokens. docs/optimise.md, &quot;Supplier resilience&quot;.</source>
        <translation>逐个停掉每个供应商,再停掉每一对,并重新求解设计(%1): 仍能交付的量、损失的 Token/s 比例和每百万 Token 的成本。见 docs/optimise.md 的 “Supplier resilience”。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lost</source>
        <translation>损失</translation>
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
        <translation>单点故障(损失最多者在前)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier knocked out</source>
        <translation>停掉的供应商</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppliers knocked out</source>
        <translation>停掉的供应商(两家)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bottleneck X-ray: where one more unit is worth most</source>
        <translation>瓶颈透视: 多一个单位价值最高之处</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each node&apos;s ring: what 1% more of its capacity is worth, as a share of the objective (light: nothing, dark red: 1% or more); the badge: one more unit. Grey: idle. docs/editor.md says how to read it.</source>
        <translation>每个节点的外环: 容量多 1% 的价值占目标值的比例(浅色: 无,深红: 1% 或以上); 徽标: 多一个单位的价值。灰色: 闲置。读法见 docs/editor.md。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No capacity holds the plan back.</source>
        <translation>没有容量限制该计划。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One more unit</source>
        <translation>多一个单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Quarter</source>
        <translation>季度</translation>
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
        <translation>约束</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The plan over time</source>
        <translation>随时间推进的计划</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 tokens over %2 quarters from %3; capex %4; NPV %5 (docs/timeline.md).</source>
        <translation>自 %3 起 %2 个季度共 %1 Token；Capex %4；NPV %5 (docs/timeline.md)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none without a token price</source>
        <translation>无 Token 价格则无</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The plan over time (%1 of %2)</source>
        <translation>随时间推进的计划（%1/%2）</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>The printer %1 cannot be used</source>
        <translation>无法使用打印机 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer %1 reported an error</source>
        <translation>打印机 %1 报告了错误</translation>
    </message>
    <message>
        <location filename="../ui/docks/scenariodiffdock.cpp" line="-77"/>
        <source>Scenario Diff</source>
        <translation>情景差异</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Swap</source>
        <translation>互换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the compared scenario the reference</source>
        <translation>将比较的情景设为参照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>参照:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared:</source>
        <translation>比较:</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Add a scenario (What-if ▸ Scenarios) to compare it here.</source>
        <translation>请先添加情景(假设分析 ▸ 情景)以在此比较。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pick two different scenarios to compare.</source>
        <translation>请选择两个不同的情景进行比较。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n difference(s). Tokens/s: %1 → %2</source>
        <translation>
            <numerusform>%n 处差异。Token/s: %1 → %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>activity</source>
        <translation>活动量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow to &apos;%1&apos;</source>
        <translation>流向“%1”</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifui.cpp" line="+1"/>
        <source>Supplier &amp;Resilience…</source>
        <translation>供应商韧性(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/whatif/resiliencedialog.cpp" line="-40"/>
        <source>Supplier Resilience</source>
        <translation>供应商韧性</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each supplier and each pair (N-2)</source>
        <translation>每个供应商及每一对(N-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each supplier alone (N-1)</source>
        <translation>每个供应商单独(N-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knock out:</source>
        <translation>停掉:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-plan:</source>
        <translation>重新规划:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export/report.cpp" line="-484"/>
        <source>Balance: the shares spread over the suppliers left</source>
        <translation>平衡: 份额分摊到剩余供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>Optimise: the best plan for the most tokens/s</source>
        <translation>优化: Token/s 最多的最佳计划</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 suppliers, %2 cases; %3 tokens/s with all of them</source>
        <translation>%1 家供应商,%2 种情形;全部在时 %3 Token/s</translation>
    </message>
    <message>
        <location filename="../ui/whatif/resiliencechart.cpp" line="+63"/>
        <location filename="../ui/export/report.cpp" line="+30"/>
        <source>no tokens</source>
        <translation>无 Token</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Single points of failure: tokens/s lost without each supplier</source>
        <translation>单点故障: 缺少各供应商时损失的 Token/s</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Columns in the rows&apos; order. Light: nothing lost; dark red: everything.</source>
        <translation>列与行顺序相同。浅色: 无损失; 深红: 全部损失。</translation>
    </message>
    <message>
        <location filename="../ui/scene/xraymodel.cpp" line="+100"/>
        <source>Bottleneck X-ray: load against capacity</source>
        <translation>瓶颈透视: 负载与容量之比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no capacity limit</source>
        <translation>无容量限制</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&apos;%1&apos; runs at %2 of its capacity (%3 of %4 %5).</source>
        <translation>“%1”以其容量的 %2 运行(%4 %5 中的 %3)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; has no capacity limit.</source>
        <translation>“%1”没有容量限制。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &apos;%1&apos;, which runs at %2 of its capacity.</source>
        <translation>来自“%1”,其以容量的 %2 运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From &apos;%1&apos;, which has no capacity limit.</source>
        <translation>来自“%1”,其没有容量限制。</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>1% more tokens/s</source>
        <translation>Token/s 多 1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1% less cost</source>
        <translation>成本少 1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1% less power</source>
        <translation>功率少 1%</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>&apos;%1&apos; is full, but more capacity would not help: another limit holds the plan back.</source>
        <translation>“%1”已满,但增加容量无济于事: 另一个限制约束着计划。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>One more %1 of capacity at &apos;%2&apos;: %3.
The range over which this holds is being computed.
1% more capacity: %4 of the objective.</source>
        <translation>“%2”的容量多 1 %1: %3。
其成立的范围正在计算。
容量多 1%: 目标值的 %4。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One more %1 of capacity at &apos;%2&apos;: %3.
Holds while its capacity is between %4 and %5 %1.
1% more capacity: %6 of the objective.</source>
        <translation>“%2”的容量多 1 %1: %3。
在其容量介于 %4 与 %5 %1 之间时成立。
容量多 1%: 目标值的 %6。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Bottleneck X-ray: what 1% more capacity is worth</source>
        <translation>瓶颈透视: 容量多 1% 的价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle</source>
        <translation>闲置</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>&apos;%1&apos; does not limit the plan: more capacity would change nothing.</source>
        <translation>“%1”不限制计划: 增加容量不会改变任何东西。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is idle: each unit forced on it changes the objective by %2.</source>
        <translation>“%1”闲置: 每强加一个单位,目标值变化 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One more %1 of %2 from &apos;%3&apos;: %4.</source>
        <translation>来自“%3”的 %2 多 1 %1: %4。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The range over which this holds is being computed.</source>
        <translation>其成立的范围正在计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds while the extra supply is between %1 and %2 %3.</source>
        <translation>在额外供应介于 %1 与 %2 %3 之间时成立。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More %1 from &apos;%2&apos; would change nothing.</source>
        <translation>来自“%2”的更多 %1 不会改变任何东西。</translation>
    </message>
    <message>
        <location filename="../ui/scene/diffoverlay.cpp" line="-34"/>
        <source>unset</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../ui/export/reportinputs.cpp" line="-75"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>new: %1</source>
        <translation>新增: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/docks/timelinedock.cpp" line="-154"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every series of the plan, one row a quarter</source>
        <translation>计划的全部序列，每季度一行</translation>
    </message>
    <message>
        <location filename="../ui/whatif/sweepdialog.cpp" line="-99"/>
        <location filename="../ui/docks/timelinedock.cpp" line="+14"/>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <location filename="../ui/docks/timelinedock.cpp" line="+3"/>
        <source>Shows the canvas and the figures in a quarter of the plan; at the right end, the steady state</source>
        <translation>显示计划某一季度的画布和数据；最右端为稳态</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+195"/>
        <source>Steady state</source>
        <translation>稳态</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1 and others</source>
        <translation>%1 等</translation>
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
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Binding: %1</source>
        <translation>约束：%1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The design has no token price: the NPV counts only costs, so the plan builds no racks. Set one in Design Settings.</source>
        <translation>设计没有 Token 价格：NPV 只计成本，因此计划不建设任何机架。请在设计设置中设定价格。</translation>
    </message>
    <message>
        <location filename="../ui/scene/diffoverlay.cpp" line="-14"/>
        <source>activity %1 (%2 → %3)</source>
        <translation>活动量 %1(%2 → %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow %1 (%2 → %3)</source>
        <translation>流量 %1(%2 → %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>activity %1</source>
        <translation>活动量 %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 (Δ %2)</source>
        <translation>%1(Δ %2)</translation>
    </message>
    <message>
        <location filename="../ui/help/manualdialog.cpp" line="+78"/>
        <source>Token Factory Planner Manual</source>
        <translation>Token Factory Planner 使用手册</translation>
    </message>
    <message>
        <location filename="../ui/help/shortcutsdialog.cpp" line="+57"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canvas ▸ Zoom around the cursor</source>
        <translation>画布 ▸ 以光标为中心缩放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Pan</source>
        <translation>画布 ▸ 平移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middle button drag, or Space and drag</source>
        <translation>按住中键拖动，或按住空格键拖动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Add a node by name at the cursor</source>
        <translation>画布 ▸ 在光标处按名称添加节点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Add a node by name here</source>
        <translation>画布 ▸ 在此处按名称添加节点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click empty canvas</source>
        <translation>双击画布空白处</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canvas ▸ Wire two nodes</source>
        <translation>画布 ▸ 连接两个节点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag from a port to a port of the same good</source>
        <translation>从一个端口拖到同一物品的端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Put a reroute dot on a wire</source>
        <translation>画布 ▸ 在连线上放置转接点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click the wire</source>
        <translation>双击连线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Select several</source>
        <translation>画布 ▸ 选择多个</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag a box on empty canvas</source>
        <translation>在画布空白处拖出选框</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+13"/>
        <source>Pairs that lose more than either supplier alone</source>
        <translation>比任一单独停掉损失更多的成对</translation>
    </message>
    <message>
        <location filename="../ui/whatif/resiliencechart.cpp" line="-47"/>
        <source>%1 lost · %2 a million tokens</source>
        <translation>损失 %1 · 每百万 Token %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lost</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pairs: % of tokens/s lost without both (diagonal: alone)</source>
        <translation>成对: 两者都缺失时损失的 Token/s 百分比(对角线: 单个)</translation>
    </message>
    <message>
        <location filename="../ui/documenttime.cpp" line="+34"/>
        <location line="+32"/>
        <location line="+29"/>
        <source>No node %1</source>
        <translation>没有节点 %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Schedule %1 of %2</source>
        <translation>%2 的 %1 排程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the schedule of %1 of %2</source>
        <translation>清除 %2 的 %1 排程</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Clear the choices by quarter of %1</source>
        <translation>清除 %1 的按季度选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the choices by quarter of %1</source>
        <translation>更改 %1 的按季度选择</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change the lead time of %1</source>
        <translation>更改 %1 的交付周期</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change the timeline</source>
        <translation>更改时间线</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinecharts.cpp" line="-23"/>
        <source>Tokens made since the start</source>
        <translation>自开始以来生成的 Token</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+2"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+24"/>
        <location filename="../ui/export/report.cpp" line="+173"/>
        <source>Cash flow</source>
        <translation>现金流</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinecharts.cpp" line="+24"/>
        <source>Tokens/s online per quarter, by generation: %1 in %2</source>
        <translation>每季度在线 Token/s（按代）：%2 为 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens made up to each quarter: %1 by the end of %2</source>
        <translation>截至各季度生成的 Token：至 %2 末共 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capex and cash flow per quarter, USD: capex %1 in all</source>
        <translation>每季度 Capex 与现金流（USD）：Capex 合计 %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="-14"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+25"/>
        <location filename="../ui/export/report.cpp" line="-3"/>
        <source>Tokens/s online</source>
        <translation>在线 Token/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinecharts.cpp" line="+2"/>
        <source>Cumulative tokens</source>
        <translation>累计 Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capex and cash flow</source>
        <translation>Capex 与现金流</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/export/exportactions.cpp" line="-104"/>
        <location filename="../ui/export/report.cpp" line="+84"/>
        <source>The plan over time cannot be solved: see Problems</source>
        <translation>无法求解随时间推进的计划：请参阅“问题”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/exportactions.cpp" line="+23"/>
        <source>Solving the plan over time</source>
        <translation>正在求解随时间推进的计划</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messagetext.cpp" line="+202"/>
        <location filename="../ui/docks/kpipanel.cpp" line="-22"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+28"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/planobjectivemenu.cpp" line="+14"/>
        <source>&amp;Plan Over Time</source>
        <translation>随时间的计划(&amp;P)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Optimise the plan for NPV</source>
        <translation>按 NPV 优化计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise the plan for tokens</source>
        <translation>按 Token 优化计划</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimise for the Most &amp;Tokens Over the Plan</source>
        <translation>按计划期内最多 Token 优化(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise mode&apos;s plan over time makes the most tokens over its quarters</source>
        <translation>优化模式下的随时间计划在各季度内产出最多的 Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimise for the Highest &amp;NPV at the Token Price</source>
        <translation>按 Token 价格的最高 NPV 优化(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise mode&apos;s plan over time earns the highest net present value of its cash flows at the design&apos;s token price</source>
        <translation>优化模式下的随时间计划按设计的 Token 价格获得现金流的最高净现值</translation>
    </message>
    <message>
        <location filename="../ui/whatif/schedulescaling.cpp" line="+13"/>
        <source>Scale a parameter&apos;s schedule with its value</source>
        <translation>按参数的值缩放其排程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked: a parameter with a schedule has every quarter&apos;s value scaled with the value studied (80 % of the value is 80 % in every quarter). Unchecked: the schedule&apos;s steps stay, and the value holds only before its first step.</source>
        <translation>勾选：有排程的参数，每个季度的值都按所研究的值缩放（值的 80 % 即每个季度的 80 %）。不勾选：排程的各步保持不变，该值只在第一步之前有效。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Its schedule is scaled × %1 with it, in every quarter.</source>
        <translation>其排程在每个季度都随之缩放 × %1。</translation>
    </message>
    <message>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-109"/>
        <source>Which catalog choice of the hall changes by quarter: racks keep the generation they were delivered as</source>
        <translation>大厅的哪一项目录选择按季度变化：机架保持交付时的代际</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice by quarter</source>
        <translation>按季度选择</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A step a year after the last one, with the next choice that fits</source>
        <translation>在最后一步一年后添加一步，选用下一个适合的选项</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The catalog entries that fit the hall in this quarter</source>
        <translation>本季度适合该大厅的目录条目</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No other catalog choice fits this hall in %1</source>
        <translation>%1 没有其他适合该大厅的目录选项</translation>
    </message>
    <message>
        <location filename="../ui/shownproblems.cpp" line="+15"/>
        <location line="+14"/>
        <location line="+1"/>
        <source>%1 tokens/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>In %1 nothing is online yet: the demand of %2 waits for the first racks</source>
        <translation>%1 尚无上线：%2 的需求在等待首批机架</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In %1 the demand of %2 gets %3: %4 (%5) unmet</source>
        <translation>%1 需求 %2，只得到 %3：缺口 %4（%5）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, limited by %2</source>
        <translation>%1，受限于 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, limited by %2 and %n more</source>
        <translation>
            <numerusform>%1，受限于 %2 等 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-49"/>
        <source>never within the horizon</source>
        <translation>计划期内无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing to pay back</source>
        <translation>无需回收</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 tokens over %2 quarters from %3; capex %4; NPV %5; payback %6 (docs/timeline.md).</source>
        <translation>自 %3 起 %2 个季度共 %1 Token；Capex %4；NPV %5；投资回收 %6 (docs/timeline.md)。</translation>
    </message>
    <message>
        <location filename="../ui/whatif/goalseekdialog.cpp" line="+180"/>
        <source>Cannot reach it: %1 does not depend on %2 within [%3, %4]; it stays at %5.</source>
        <translation>无法达到：在 [%3, %4] 范围内 %1 不随 %2 변化，始终为 %5。</translation>
    </message>
</context>
</TS>
