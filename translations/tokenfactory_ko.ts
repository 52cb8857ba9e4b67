<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Tr</name>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="+34"/>
        <source>Figure</source>
        <translation>지표</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base</source>
        <translation>기준</translation>
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
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../ui/documentedits.cpp" line="+107"/>
        <location line="+22"/>
        <location line="+20"/>
        <location line="+70"/>
        <location filename="../ui/documentscenarios.cpp" line="+125"/>
        <source>The node no longer exists</source>
        <translation>이 노드는 더 이상 존재하지 않습니다</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The wire no longer exists</source>
        <translation>이 연결선은 더 이상 존재하지 않습니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Insert Reroute</source>
        <translation>경유점 삽입</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The link no longer exists</source>
        <translation>이 연결은 더 이상 존재하지 않습니다</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="+587"/>
        <source>A scenario needs a name</source>
        <translation>시나리오에는 이름이 필요합니다</translation>
    </message>
    <message>
        <location filename="../ui/documentscenarios.cpp" line="-91"/>
        <location filename="../ui/whatif/comparedialog.cpp" line="+62"/>
        <location filename="../ui/docks/scenariodiffdock.cpp" line="+111"/>
        <source>Base</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-446"/>
        <source>A scenario named %1 exists already</source>
        <translation>%1(이)라는 시나리오가 이미 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/documentscenarios.cpp" line="+48"/>
        <location line="+17"/>
        <location line="+23"/>
        <source>The scenario no longer exists</source>
        <translation>이 시나리오는 더 이상 존재하지 않습니다</translation>
    </message>
    <message>
        <location filename="../ui/documentedits.cpp" line="+27"/>
        <source>Give the parameter a value first</source>
        <translation>먼저 매개변수에 값을 지정하세요</translation>
    </message>
    <message>
        <location filename="../ui/nodefactory.cpp" line="+35"/>
        <source>Suppliers</source>
        <translation>공급업체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fabs</source>
        <translation>팹</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+30"/>
        <source>Packaging</source>
        <translation>패키징</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+6"/>
        <source>Optics</source>
        <translation>광학 부품</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/nametext.cpp" line="+267"/>
        <source>Power</source>
        <translation>전력</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+2"/>
        <source>Integration</source>
        <translation>통합</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/nametext.cpp" line="-230"/>
        <location filename="../ui/export/report.cpp" line="+288"/>
        <source>Datacenter</source>
        <translation>데이터센터</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/messagetext.cpp" line="-54"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+379"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+38"/>
        <location filename="../ui/export/reportinputs.cpp" line="+43"/>
        <source>Workload</source>
        <translation>워크로드</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/nametext.cpp" line="-7"/>
        <source>Demand</source>
        <translation>수요</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demand: %1</source>
        <translation>수요: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier: %1</source>
        <translation>공급업체: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Datacenter of %1</source>
        <translation>%1 데이터센터</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop on a datacenter to build it from %1, or on the canvas for a new one.</source>
        <translation>데이터센터에 놓으면 %1(으)로 구축하고, 캔버스에 놓으면 새로 만듭니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop on a datacenter to serve %1 there.</source>
        <translation>데이터센터에 놓으면 그곳에서 %1을(를) 제공합니다.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Datacenter (%1)</source>
        <translation>데이터센터 (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 demand</source>
        <translation>%1 수요</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 supplier</source>
        <translation>%1 공급업체</translation>
    </message>
    <message>
        <location filename="../ui/projectfiles.cpp" line="+40"/>
        <source>Token Factory projects and designs (*.tfproj *.json);;Projects (*.tfproj);;Designs (*.json)</source>
        <translation>Token Factory 프로젝트 및 설계 (*.tfproj *.json);;프로젝트 (*.tfproj);;설계 (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token Factory project (*.tfproj);;Design as JSON (*.json)</source>
        <translation>Token Factory 프로젝트 (*.tfproj);;JSON 형식 설계 (*.json)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot open %1:

%2

The default design is shown instead.</source>
        <translation>%1을(를) 열 수 없습니다:

%2

대신 기본 설계를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+76"/>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;열린 상태&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Overview: zoom in to select wires</source>
        <translation>개요: 연결선을 선택하려면 확대하세요</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>되돌리기(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dupl&amp;icate</source>
        <translation>복제(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design &amp;Settings</source>
        <translation>설계 설정(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pr&amp;eferences…</source>
        <translation>환경설정(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Arrange</source>
        <translation>정렬(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Auto Layout</source>
        <translation>자동 배치(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Frame Selection</source>
        <translation>선택 항목 프레임(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the nodes to frame first</source>
        <translation>먼저 프레임으로 묶을 노드를 선택하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Note</source>
        <translation>메모 추가(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to &amp;Fit</source>
        <translation>화면에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to Se&amp;lection</source>
        <translation>선택 영역 확대(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find No&amp;de…</source>
        <translation>노드 찾기(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Problem</source>
        <translation>다음 문제(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Problem</source>
        <translation>이전 문제(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Minimap</source>
        <translation>미니맵(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loc&amp;k Canvas</source>
        <translation>캔버스 잠금(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Snap to Grid</source>
        <translation>격자에 맞추기(&amp;S)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Solve</source>
        <translation>계산(&amp;S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Balance (fixed shares)</source>
        <translation>균형 (고정 비중)(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimise: &amp;Most Tokens</source>
        <translation>최적화: 최대 토큰(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimise: &amp;Cheapest Plan for the Demand</source>
        <translation>최적화: 수요를 충족하는 최저 비용 계획(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimise: &amp;Least Power for the Demand</source>
        <translation>최적화: 수요를 충족하는 최소 전력(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;About Token Factory Planner</source>
        <translation>Token Factory Planner 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1[*] — Token Factory Planner</source>
        <translation>%1[*] — Token Factory Planner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balance</source>
        <translation>균형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise (%1)</source>
        <translation>최적화 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · solving…</source>
        <translation>%1 · 푸는 중…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · solved in %2 µs</source>
        <translation>%1 · %2 µs 만에 계산</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · solved in %2 ms</source>
        <translation>%1 · %2 ms 만에 계산</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Canvas locked: View ▸ Lock Canvas to edit again</source>
        <translation>캔버스 잠김: 보기 ▸ 캔버스 잠금으로 다시 편집</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Auto Layout</source>
        <translation>자동 배치</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Find a node by name, kind or part…</source>
        <translation>이름, 종류 또는 부품으로 노드 찾기…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/docks/problemsdock.cpp" line="+45"/>
        <source>No problems</source>
        <translation>문제 없음</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The clipboard holds no nodes</source>
        <translation>클립보드에 노드가 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfiles.cpp" line="-138"/>
        <location line="+21"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>Cannot save %1:
%2</source>
        <translation>%1을(를) 저장할 수 없습니다:
%2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Project</source>
        <translation>프로젝트 저장</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1?</source>
        <translation>%1의 변경 사항을 저장하시겠습니까?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot open %1:

%2</source>
        <translation>%1을(를) 열 수 없습니다:

%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Discard the changes and reload %1 from disk?</source>
        <translation>변경 사항을 버리고 디스크에서 %1을(를) 다시 불러오시겠습니까?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1:

%2</source>
        <translation>%1을(를) 읽을 수 없습니다:

%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (autosaved %2)</source>
        <translation>%1 (%2 자동 저장)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recover Unsaved Work</source>
        <translation>저장하지 않은 작업 복구</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token Factory Planner did not close properly. Restore the unsaved work?

%1</source>
        <translation>Token Factory Planner가 제대로 종료되지 않았습니다. 저장하지 않은 작업을 복구하시겠습니까?

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
        <translation>무제한</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="+33"/>
        <source>Public domain</source>
        <translation>퍼블릭 도메인</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Token Factory Planner</source>
        <translation>Token Factory Planner 정보</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h2&gt;Token Factory Planner %1&lt;/h2&gt;&lt;p&gt;Plan AI datacenters as token factories: draw the suppliers and the datacenter, wire them, and see tokens per second, power, the cost of a million tokens and the bottleneck as you edit.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Token Factory Planner %1&lt;/h2&gt;&lt;p&gt;AI 데이터센터를 토큰 공장으로 계획합니다. 공급업체와 데이터센터를 그리고 연결하면, 편집하는 동안 초당 토큰 수, 전력, 100만 토큰당 비용, 병목을 바로 확인할 수 있습니다.&lt;/p&gt;&lt;p&gt;Qt %2(으)로 빌드되었습니다. MIT 라이선스로 배포됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Licence</source>
        <translation>라이선스(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web site</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open in the web browser</source>
        <translation>웹 브라우저에서 열기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Third-party libraries</source>
        <translation>타사 라이브러리(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+53"/>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect the next time the app starts.</source>
        <translation>다음에 앱을 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-4"/>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+3"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+301"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-2"/>
        <location filename="../ui/export/reportinputs.cpp" line="-4"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+1"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto&amp;save every:</source>
        <translation>자동 저장 간격(&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>단위</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Megawatts (MW)</source>
        <translation>메가와트 (MW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kilowatts (kW)</source>
        <translation>킬로와트 (kW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Power:</source>
        <translation>전력(&amp;P):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>US dollars ($)</source>
        <translation>미국 달러 ($)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euros (€)</source>
        <translation>유로 (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>통화(&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>$1 = €</source>
        <translation>$1 = €</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xchange rate:</source>
        <translation>환율(&amp;X):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Designs keep their figures in MW and US dollars; only the display changes.</source>
        <translation>설계는 수치를 MW와 미국 달러로 유지하며, 표시 방식만 바뀝니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New designs</source>
        <translation>새 설계</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> $/MWh</source>
        <translation> $/MWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Electricity price:</source>
        <translation>전기 요금(&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given to designs started from the default design. Opened designs keep their own price.</source>
        <translation>기본 설계에서 시작한 설계에 적용됩니다. 연 설계는 자체 요금을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../ui/commands/addgoodcommand.cpp" line="+16"/>
        <source>Add good %1</source>
        <translation>품목 %1 추가</translation>
    </message>
    <message>
        <location filename="../ui/commands/addlinkcommand.cpp" line="+15"/>
        <source>Connect %1 to %2</source>
        <translation>%1을(를) %2에 연결</translation>
    </message>
    <message>
        <location filename="../ui/commands/addnodecommand.cpp" line="+15"/>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <location filename="../ui/commands/valuecommands.cpp" line="+78"/>
        <source>Change %1 of %2</source>
        <translation>%2의 %1 변경</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Change %1</source>
        <translation>%1 변경</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Choose %1 %2 for %3 in %4</source>
        <translation>%4에서 %3에 %1 %2 선택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 of %2 in %3</source>
        <translation>%3에서 %2의 %1 지우기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n Node(s)</source>
        <translation>
            <numerusform>노드 %n개 이동</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commands/removelinkcommand.cpp" line="+16"/>
        <source>Disconnect %1 from %2</source>
        <translation>%1과(와) %2의 연결 해제</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect</source>
        <translation>연결 해제</translation>
    </message>
    <message>
        <location filename="../ui/commands/removenodescommand.cpp" line="+17"/>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n Node(s)</source>
        <translation>
            <numerusform>노드 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commands/valuecommands.cpp" line="-108"/>
        <source>Rename %1 to %2</source>
        <translation>%1의 이름을 %2(으)로 변경</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Clear %1 of %2</source>
        <translation>%2의 %1 지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose %1 %2 for %3</source>
        <translation>%3에 %1 %2 선택</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change share of %1 into %2</source>
        <translation>%1에서 %2(으)로 가는 비중 변경</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="-306"/>
        <source>offline: no target</source>
        <translation>오프라인: 목표 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workload&apos;s</source>
        <translation>워크로드의 값</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No %1 result calibrated: borrows the mean of %2; band ±%3%</source>
        <translation>보정된 %1 결과 없음: %2의 평균을 사용, 범위 ±%3%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calibrated on %1, but no calibration row is a model of this kind: read it as a ceiling; band ±%2%</source>
        <translation>%1로 보정했지만 이 유형의 모델인 보정 행이 없음: 상한으로 읽을 것, 범위 ±%2%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calibrated on %1, rows: %2; band ±%3%</source>
        <translation>%1로 보정, 행: %2, 범위 ±%3%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Select a node to edit it.</source>
        <translation>편집할 노드를 선택하세요.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario %1: edits go into its overrides; empty a field to use the Base value.</source>
        <translation>시나리오 %1: 편집 내용은 재정의 값으로 들어갑니다. 필드를 비우면 기준 값을 사용합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/export/report.cpp" line="+127"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>default %1</source>
        <translation>기본값 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>design default</source>
        <translation>설계 기본값</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pin as a slider to the What-if panel</source>
        <translation>슬라이더로 What-if 패널에 고정</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>equal split</source>
        <translation>균등 분배</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share of %1 from %2</source>
        <translation>%1 중 %2의 비중</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../ui/scenarioview.cpp" line="+29"/>
        <source>Scenario %1, %2: %3</source>
        <translation>시나리오 %1, %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../ui/limittext.cpp" line="+25"/>
        <location filename="../ui/messagetext.cpp" line="-47"/>
        <location filename="../ui/shownproblems.cpp" line="+17"/>
        <source>&apos;%1&apos;</source>
        <comment>a name in a message</comment>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../ui/limittext.cpp" line="+17"/>
        <location line="+18"/>
        <source>%1 a year</source>
        <translation>연간 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>capacity of %1 (%2)</source>
        <translation>%1의 용량(%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed activity of %1 (%2)</source>
        <translation>%1의 고정 가동량(%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demand of %1 (%2)</source>
        <translation>%1의 수요(%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token target (%1)</source>
        <translation>토큰 목표(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>power limit (%1)</source>
        <translation>전력 한도(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>budget (%1)</source>
        <translation>예산(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2</source>
        <comment>a good at a node</comment>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+1 %1 of %2 = %3 (range: being computed)</source>
        <translation>%2 +1 %1 = %3(범위: 계산 중)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+1 %1 of %2 = %3 (holds from %4 to %5 %1)</source>
        <translation>%2 +1 %1 = %3(%4부터 %5 %1까지 유효)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>each %1 forced on idle %2 = %3</source>
        <translation>유휴 %2에 %1 1단위를 강제할 때마다 = %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; becomes worth using below %1 a unit (now %2)</source>
        <translation>; 단가 %1 미만이면 사용할 가치 있음(현재 %2)</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="+18"/>
        <location line="+209"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+11"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+1"/>
        <location filename="../ui/export/reportinputs.cpp" line="+2"/>
        <source>Accelerator</source>
        <translation>가속기</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+2"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+2"/>
        <location filename="../ui/export/reportinputs.cpp" line="+4"/>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (known: %2)</source>
        <translation>%1 (알려진 항목: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no node &apos;%1&apos;</source>
        <translation>노드 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no wire &apos;%1&apos;</source>
        <translation>연결선 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The good &apos;%1&apos; is not defined in the design</source>
        <translation>품목 &apos;%1&apos;이(가) 설계에 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no system &apos;%1&apos;</source>
        <translation>카탈로그에 시스템 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no accelerator &apos;%1&apos;</source>
        <translation>카탈로그에 가속기 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no workload &apos;%1&apos;</source>
        <translation>카탈로그에 워크로드 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no scenario &apos;%1&apos; (there are none)</source>
        <translation>시나리오 &apos;%1&apos;이(가) 없습니다(시나리오가 하나도 없습니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no scenario &apos;%1&apos;</source>
        <translation>시나리오 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The node id &apos;%1&apos; is used twice</source>
        <translation>노드 ID &apos;%1&apos;이(가) 중복됩니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The good id &apos;%1&apos; is used twice</source>
        <translation>품목 ID &apos;%1&apos;이(가) 중복됩니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wire exists already</source>
        <translation>이 연결선은 이미 있습니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: must be %2, got %3</source>
        <translation>%1: %2이어야 합니다(입력값 %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: must be a number</source>
        <translation>%1: 숫자여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: must be finite, got %2</source>
        <translation>%1: 유한한 값이어야 합니다(입력값: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>infinity</source>
        <translation>무한대</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minus infinity</source>
        <translation>음의 무한대</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 needs %2 but nothing supplies it</source>
        <translation>%1에 %2이(가) 필요하지만 공급하는 곳이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 makes no %2 per unit of activity (check its parameters), so it cannot supply its consumers</source>
        <translation>%1은(는) 활동 단위당 %2을(를) 만들지 않으므로(매개변수를 확인하세요) 소비처에 공급할 수 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 makes %2 only as a by-product and falls short of what its consumers need; add another producer or fix the shares</source>
        <translation>%1은(는) %2을(를) 부산물로만 만들어 소비처의 필요량에 못 미칩니다. 생산처를 추가하거나 배분을 고치세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shares of %1 into %2 are all 0, so nothing supplies it</source>
        <translation>%2(으)로 가는 %1의 배분이 모두 0이라 아무것도 공급되지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shares of %1 into %2 add up to %3, not 1; they are scaled to add up to 1</source>
        <translation>%2(으)로 가는 %1의 배분 합이 1이 아니라 %3입니다. 합이 1이 되도록 조정됩니다</translation>
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
        <translation>%1은(는) %2을(를) 요구하지만 %3만 받습니다: %4(%5) 부족, %6에 의해 제한됨</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 is not valid: %3</source>
        <translation>%1: %2은(는) 유효하지 않습니다: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not a valid value</source>
        <translation>%1: %2은(는) 유효한 값이 아닙니다</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The solve gives figures that are not finite numbers (at %1): numbers in the design are too large or too small to be worked with together; check the recipe amounts, parameters and capacities of the nodes named</source>
        <translation>해의 수치 중 유한하지 않은 값이 있습니다(%1): 설계의 수치가 너무 크거나 작아 함께 계산할 수 없습니다. 표시된 노드의 레시피 양, 파라미터, 용량을 확인하세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures are not all finite numbers: numbers in the design are too large or too small to be worked with together; check the recipe amounts, parameters and capacities</source>
        <translation>일부 수치가 유한하지 않습니다: 설계의 수치가 너무 크거나 작아 함께 계산할 수 없습니다. 레시피 양, 파라미터, 용량을 확인하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The solve&apos;s figures do not balance (at %1), so they are not shown as a solution: numbers in the design are too far apart to be solved together; check the recipe amounts, shares and capacities of the nodes named</source>
        <translation>해의 수치가 맞지 않아(%1) 해로 표시하지 않습니다: 설계의 수치 차이가 너무 커서 함께 풀 수 없습니다. 표시된 노드의 레시피 양, 비율, 용량을 확인하세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The solve&apos;s figures do not balance, so they are not shown as a solution: numbers in the design are too far apart to be solved together; check the recipe amounts, shares and capacities</source>
        <translation>해의 수치가 맞지 않아 해로 표시하지 않습니다: 설계의 수치 차이가 너무 커서 함께 풀 수 없습니다. 레시피 양, 비율, 용량을 확인하세요</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 by %2</source>
        <comment>a limit broken by an amount</comment>
        <translation>%1(%2 초과)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The limits cannot all hold; which of them conflict could not be worked out (the LP code found no answer to that question either)</source>
        <translation>모든 제한을 동시에 지킬 수 없습니다. 어떤 제한이 충돌하는지 알아낼 수 없었습니다(LP 솔버도 이 질문에 답을 찾지 못했습니다)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan over the quarters meets all the limits</source>
        <translation>모든 제한을 지키는 분기별 계획이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LP code found no plan over the quarters</source>
        <translation>LP 솔버가 분기별 계획을 찾지 못했습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These limits cannot all hold: %1. The best achievable plan breaks %2.</source>
        <translation>이 제한들을 모두 지킬 수는 없습니다: %1. 도달 가능한 최선의 계획은 %2을(를) 넘깁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These limits cannot all hold: %1. The best achievable plan breaks %2, held back by %3.</source>
        <translation>이 제한들을 모두 지킬 수는 없습니다: %1. 도달 가능한 최선의 계획은 %2을(를) 넘기며, 제한 요인은 %3입니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plan over the quarters grows without limit: some stage between a supplier and the demand has no capacity, space or power limit</source>
        <translation>분기별 계획이 한없이 커집니다: 공급자와 수요 사이의 어느 단계에 용량, 공간 또는 전력 한도가 없습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The loop %1 makes more than it uses (something from nothing), so tokens/s grow without limit; check its recipes or give one of them a capacity</source>
        <translation>루프 %1은(는) 쓰는 것보다 많이 만들어(무에서 유를 만듦) 토큰/s가 한없이 늘어납니다. 레시피를 확인하거나 그중 하나에 용량을 지정하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loop %1 makes more than it uses (something from nothing), so the objective improves without limit; check its recipes or give one of them a capacity</source>
        <translation>루프 %1은(는) 쓰는 것보다 많이 만들어(무에서 유를 만듦) 목적값이 한없이 개선됩니다. 레시피를 확인하거나 그중 하나에 용량을 지정하세요</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing limits %1 (no capacity), so tokens/s grow without limit; give it a capacity</source>
        <translation>%1에는 제한이 없어(용량 없음) 토큰/s가 한없이 늘어납니다. 용량을 지정하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing limits %1 (no capacity), so the objective improves without limit; give it a capacity</source>
        <translation>%1에는 제한이 없어(용량 없음) 목적값이 한없이 개선됩니다. 용량을 지정하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing limits %1 (no capacity), so tokens/s grow without limit; give them capacities</source>
        <translation>%1에는 제한이 없어(용량 없음) 토큰/s가 한없이 늘어납니다. 각각에 용량을 지정하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing limits %1 (no capacity), so the objective improves without limit; give them capacities</source>
        <translation>%1에는 제한이 없어(용량 없음) 목적값이 한없이 개선됩니다. 각각에 용량을 지정하세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing limits the plan, so tokens/s grow without limit; give the suppliers capacities</source>
        <translation>계획을 제한하는 것이 없어 토큰/s가 한없이 늘어납니다. 공급자에 용량을 지정하세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing limits the plan, so the objective improves without limit; give the suppliers capacities</source>
        <translation>계획을 제한하는 것이 없어 목적값이 한없이 개선됩니다. 공급자에 용량을 지정하세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The LP code stopped without an answer (numerical trouble); try simplifying the design</source>
        <translation>LP 솔버가 답 없이 멈췄습니다(수치 문제). 설계를 단순화해 보세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LP code returned a plan that breaks a balance or limit by %1 (relative); the figures are not trusted</source>
        <translation>LP 솔버가 돌려준 계획이 균형 또는 제한을 %1(상대값)만큼 어깁니다. 이 수치는 신뢰할 수 없습니다</translation>
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
        <translation>%2의 %1은(는) %3 × %4에 들어가지 않습니다: 가중치가 %5, 시퀀스 하나의 KV 캐시가 %6를 차지하지만 GPU 하나의 HBM은 %7(사용 가능 %8)입니다</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>it needs a group of at least %n GPUs</source>
        <translation>
            <numerusform>최소 GPU %n개로 된 그룹이 필요합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>it needs %n GPUs, more than one scale-up domain of %1</source>
        <translation>
            <numerusform>GPU %n개가 필요하며, 스케일업 도메인 하나(%1개)보다 많습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2</source>
        <comment>a reason and what follows from it</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the service target of %1 tokens/s per user and a time to first token of %2</source>
        <translation>사용자당 %1 토큰/s, 첫 토큰까지 %2라는 서비스 목표</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the service target of %1 tokens/s per user</source>
        <translation>사용자당 %1 토큰/s라는 서비스 목표</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service target of a time to first token of %1</source>
        <translation>첫 토큰까지 %1라는 서비스 목표</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 is out of reach: %2 serves %3 at most %4 tokens/s per user, with a first token after %5 (one sequence on %n GPUs)</source>
        <translation>
            <numerusform>%1은(는) 달성할 수 없습니다: %2에서 %3은(는) 사용자당 최대 %4 토큰/s, 첫 토큰까지 %5입니다(시퀀스 하나에 GPU %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no dense %2 rate (it has %3)</source>
        <translation>%1에는 %2 밀집 연산 성능이 없습니다(지원: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog has no efficiency factors for the %1 family at %2</source>
        <translation>카탈로그에 %1 계열의 %2 효율 계수가 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog entry of %1 lacks figures the throughput model needs</source>
        <translation>%1의 카탈로그 항목에 처리량 모델에 필요한 수치가 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog does not say how many GPUs %1 has</source>
        <translation>카탈로그에 %1의 GPU 수가 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog has no accelerator or system &apos;%1&apos;</source>
        <translation>카탈로그에 가속기 또는 시스템 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the catalog has no workload &apos;%1&apos;</source>
        <translation>카탈로그에 워크로드 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no parameter &apos;%2&apos;</source>
        <translation>%1에는 매개변수 &apos;%2&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not take %2 (it takes no inputs)</source>
        <translation>%1은(는) %2을(를) 받지 않습니다(입력이 없습니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not take %2 (it takes %3)</source>
        <translation>%1은(는) %2을(를) 받지 않습니다(받는 품목: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not produce %2</source>
        <translation>%1은(는) %2을(를) 생산하지 않습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not connected to any demand, so it stays idle</source>
        <translation>%1은(는) 어떤 수요에도 연결되지 않아 유휴 상태입니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loop %1 uses up exactly what it makes, so no demand can be met through it (no unique balance)</source>
        <translation>루프 %1은(는) 만든 만큼 정확히 소비하므로 이를 통해 수요를 충족할 수 없습니다(균형이 유일하지 않음)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The loop %1 consumes more than it makes, so the demand cannot be balanced</source>
        <translation>루프 %1은(는) 만드는 것보다 많이 소비하므로 수요의 균형을 맞출 수 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The loop %1 nearly balances: its gain differs from 1 by about %2, within the tolerance of %3, so its activities would be the demand divided by that difference (check its recipe amounts)</source>
        <translation>루프 %1은(는) 거의 균형을 이룹니다. 이득이 1과 약 %2만큼 달라 허용 오차 %3 이내이므로, 활동량이 수요를 그 차이로 나눈 값이 됩니다(레시피 수량을 확인하십시오)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The design has no demand node, so nothing is produced</source>
        <translation>설계에 수요 노드가 없어 아무것도 생산되지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The design has no demand for tokens, so no tokens are made</source>
        <translation>설계에 토큰 수요가 없어 토큰이 만들어지지 않습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A node needs a name</source>
        <translation>노드에는 이름이 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the name of the base design; choose another name</source>
        <translation>%1은(는) 기준 설계의 이름입니다. 다른 이름을 고르십시오</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2 cannot both be set</source>
        <translation>%1과(와) %2은(는) 동시에 설정할 수 없습니다</translation>
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
        <translation>%1: 범위의 시작은 끝보다 작아야 합니다(입력값 %2~%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two swept parameters must differ (both are %1)</source>
        <translation>변화시킬 두 파라미터는 서로 달라야 합니다(둘 다 %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan cannot be solved in %1 (the problems before this say why)</source>
        <translation>%1의 계획을 풀 수 없습니다(이유는 앞의 문제 참조)</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="+5"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+104"/>
        <source>(model default)</source>
        <translation>(모델 기본값)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+0"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Valid: %1</source>
        <translation>유효: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimate: %1</source>
        <translation>추정: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overridden in scenario %1; Base: %2</source>
        <translation>시나리오 %1에서 재정의됨, 기준: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uncertainty: %1</source>
        <translation>불확실성: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a range (a distribution) for Monte Carlo and the tornado</source>
        <translation>몬테카를로와 토네이도 차트를 위한 범위(분포) 지정</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chosen in scenario %1; Base: %2</source>
        <translation>시나리오 %1에서 선택됨, 기준: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Price: %1 per %2</source>
        <translation>가격: %2당 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gross margin: %1</source>
        <translation>매출총이익: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>own cost %1</source>
        <translation>자체 비용 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margin %1</source>
        <translation>마진 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which: %1</source>
        <translation>내역: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Activity: %1 %2</source>
        <translation>활동량: %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Capex: %1</source>
        <translation>Capex: %1</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Per rack (roofline): %1 tokens/s (band %2 to %3), %4 kW, %5 replicas of %6 GPUs, %7-bound, batch %8 each</source>
        <translation>랙당(루프라인): %1 토큰/s(범위 %2~%3), %4 kW, GPU %6개짜리 복제본 %5개, %7 제약, 각 배치 %8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>compute</source>
        <translation>연산</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export/report.cpp" line="-220"/>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the service target: %1 tokens/s per user, first token after %2</source>
        <translation>서비스 목표에서: 사용자당 %1 토큰/s, 첫 토큰까지 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline maximum: %1 tokens/s per user, first token after %2</source>
        <translation>오프라인 최대: 사용자당 %1 토큰/s, 첫 토큰까지 %2</translation>
    </message>
    <message>
        <location line="+449"/>
        <source>Capacity: %1 %2, %3 used</source>
        <translation>용량: %1 %2, %3 사용</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: &quot;%2&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Share: &quot;%1&quot; is not a number</source>
        <translation>비중: &quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="+45"/>
        <location line="+202"/>
        <source>Figures</source>
        <translation>주요 지표</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+101"/>
        <location filename="../ui/docks/kpipanel.cpp" line="-191"/>
        <location filename="../ui/export/report.cpp" line="+280"/>
        <source>Tokens/s</source>
        <translation>토큰/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand tokens/s</source>
        <translation>수요 토큰/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max tokens/s</source>
        <translation>최대 토큰/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <source>Tokens/year</source>
        <translation>토큰/년</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="-325"/>
        <source>IT power</source>
        <translation>IT 전력</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>Facility power</source>
        <translation>시설 전력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy/year</source>
        <translation>에너지/년</translation>
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
        <translation>설치된 랙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Racks delivered</source>
        <translation>납품된 랙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power drawn</source>
        <translation>시설 소비 전력</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokens made</source>
        <translation>생성된 토큰</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue</source>
        <translation>매출</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens made over the plan</source>
        <translation>계획 기간 생성 토큰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex over the plan</source>
        <translation>계획 기간 Capex</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+8"/>
        <source>NPV of the plan</source>
        <translation>계획의 NPV</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 in a quarter</source>
        <translation>분기별 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <extracomment>a figure of the plan over time in one quarter: &quot;Tokens/s online in 2027Q4&quot;</extracomment>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+70"/>
        <source>Capital charge/year</source>
        <translation>자본 비용/년</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="-7"/>
        <source>Opex/year</source>
        <translation>Opex/년</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCO/year</source>
        <translation>TCO/년</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <source>Cost per million tokens</source>
        <translation>100만 토큰당 비용</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="-492"/>
        <source>Tokens per joule</source>
        <translation>줄당 토큰 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per USD</source>
        <translation>USD당 토큰 수</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+74"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="+420"/>
        <source>Cost per GPU-hour</source>
        <translation>GPU 시간당 비용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/year per provisioned MW</source>
        <translation>확보된 MW당 토큰/년</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+13"/>
        <source>NPV at the token price</source>
        <translation>토큰 가격 기준 NPV</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+5"/>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <source>Payback</source>
        <translation>투자 회수 기간</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no value without a token price.</source>
        <translation>토큰 가격이 없으면 %1에는 값이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no value in a quarter with nothing online.</source>
        <extracomment>a quarter&apos;s cost per million tokens, per GPU-hour or load at demand</extracomment>
        <translation>가동 중인 설비가 없는 분기에는 %1에 값이 없습니다.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Choose a quarter for %1.</source>
        <translation>%1의 분기를 선택하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not a quarter; the design&apos;s timeline runs from %3 to %4.</source>
        <translation>%1: “%2”은(는) 분기가 아닙니다. 설계의 타임라인은 %3부터 %4까지입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is outside the design&apos;s timeline, which runs from %3 to %4.</source>
        <translation>%1: %2은(는) 설계의 타임라인(%3부터 %4까지) 밖에 있습니다.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The design cannot be solved as it is: %1</source>
        <translation>현재 설계를 풀 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The design cannot be solved as it is (see Problems).</source>
        <translation>현재 설계를 풀 수 없습니다(문제 참조).</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="-4"/>
        <location filename="../ui/charts/kpichart.cpp" line="+41"/>
        <location filename="../ui/export/report.cpp" line="-197"/>
        <source>Bottleneck</source>
        <translation>병목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its load at demand</source>
        <translation>수요 시 부하</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Goal Seek: Make %1…</source>
        <translation>목표값 찾기: %1 맞추기…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The demand over the tokens/s online in the quarter</source>
        <translation>수요 ÷ 해당 분기에 가동 중인 토큰/s</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../ui/docks/timelinedock.cpp" line="+177"/>
        <source>nothing online yet</source>
        <translation>아직 가동 없음</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>– (no token price)</source>
        <translation>– (토큰 가격 없음)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan&apos;s cash flows at %1 per million tokens, discounted at the cost of capital, with the book value left at the end</source>
        <translation>100만 토큰당 %1에서의 계획 현금흐름을 자본비용으로 할인하고, 마지막에 남는 장부가치를 더한 값</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not within the plan</source>
        <translation>계획 기간 내 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quarter from which the plan&apos;s discounted cash so far stays at or above zero</source>
        <translation>계획의 할인된 누적 현금이 0 이상으로 유지되기 시작하는 분기</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures — %1</source>
        <translation>주요 지표 — %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Being computed: the figures below are still those of the previous mode</source>
        <translation>계산 중: 아래 수치는 아직 이전 모드의 것입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best reachable plan: what was asked cannot be had (see Problems)</source>
        <translation>도달 가능한 최선의 계획: 요청한 것은 불가능합니다(문제 참조)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot be solved: see Problems</source>
        <translation>계산할 수 없음: 문제 참조</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+322"/>
        <location filename="../ui/export/report.cpp" line="+198"/>
        <source>%1 years</source>
        <translation>%1년</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>never</source>
        <translation>회수 불가</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="-89"/>
        <location line="+106"/>
        <source>none binds</source>
        <translation>구속 제약 없음</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Online in the quarter, the quarter&apos;s capex, its opex at a yearly rate</source>
        <translation>분기 중 가동 중인 것, 분기 설비투자, 연율 환산 운영비</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>none binds (tightest: %1)</source>
        <translation>구속 제약 없음 (가장 빠듯함: %1)</translation>
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
        <translation>용량의 %1배</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no capacity</source>
        <translation>용량 없음</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Demand of %1 tokens/s exceeds the capacities</source>
        <translation>%1 토큰/s의 수요가 용량을 초과합니다</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimisedock.cpp" line="+73"/>
        <source>Optimise</source>
        <translation>최적화</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimiserows.cpp" line="+59"/>
        <source>holds from %1 to %2 %3</source>
        <translation>%1부터 %2 %3까지 유효</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>range: being computed</source>
        <translation>범위: 계산 중</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimisedock.cpp" line="+94"/>
        <source>Balance mode: producers split demand by their shares. Choose Solve ▸ Optimise to find the best plan and what one more unit of each supply is worth.</source>
        <translation>균형 모드: 생산자가 수요를 비중에 따라 나눕니다. 계산 ▸ 최적화를 선택하면 최적의 계획과 각 공급을 한 단위 더 늘릴 때의 가치를 알 수 있습니다.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Optimal: %1 %2</source>
        <translation>최적값: %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No plan meets all the limits (see Problems). Shown: the best reachable plan, %1 of the %2 tokens/s asked.</source>
        <translation>모든 제한을 지키는 계획이 없습니다(문제 참조). 표시: 도달 가능한 최선의 계획, 요청한 %2 토큰/s 중 %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held back by %1.</source>
        <translation>제한 요인: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No best plan: something grows without limit (see Problems).</source>
        <translation>최선의 계획 없음: 무언가가 제한 없이 커집니다(문제 참조).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LP code found no answer (see Problems).</source>
        <translation>LP 솔버가 답을 찾지 못했습니다(문제 참조).</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Finding the best plan… The figures follow when it is solved; the window can be used meanwhile.</source>
        <translation>최적의 계획을 찾는 중… 풀리면 수치가 표시됩니다. 그동안에도 창을 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Binding limits</source>
        <translation>구속 제약</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of one more unit of a good</source>
        <translation>품목 한 단위 추가의 가치</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimiserows.cpp" line="+93"/>
        <source>%1 %2 per unit</source>
        <translation>단위당 %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimisedock.cpp" line="+1"/>
        <source>Idle or held back</source>
        <translation>유휴 또는 보류</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimiserows.cpp" line="+3"/>
        <source>%1
reduced cost %2 %3 per unit</source>
        <translation>%1
감소 비용 단위당 %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>worth using below %1</source>
        <translation>%1 미만이면 사용할 가치 있음</translation>
    </message>
    <message>
        <location filename="../ui/docks/palettedock.cpp" line="+50"/>
        <source>Palette</source>
        <translation>팔레트</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search kinds…</source>
        <translation>종류 검색…</translation>
    </message>
    <message>
        <location filename="../ui/docks/problemsdock.cpp" line="-30"/>
        <location line="+35"/>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scene/designscene.cpp" line="+444"/>
        <location line="+23"/>
        <source>Delete %n Item(s)</source>
        <translation>
            <numerusform>항목 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Connect an output to an input, not to another output</source>
        <translation>출력은 다른 출력이 아니라 입력에 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an input to an output, not to another input</source>
        <translation>입력은 다른 입력이 아니라 출력에 연결하세요</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+18"/>
        <source>Not connected: %1</source>
        <translation>연결되지 않음: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+14"/>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rename Frame</source>
        <translation>프레임 이름 바꾸기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Frame Colour</source>
        <translation>프레임 색상 변경</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete Frame</source>
        <translation>프레임 삭제</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/scene/noteitem.cpp" line="+90"/>
        <source>Edit Note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Frame Here</source>
        <translation>여기에 프레임 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Note Here</source>
        <translation>여기에 메모 추가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame Selection</source>
        <translation>선택 항목 프레임</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>주황</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>빨강</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>보라</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>회색</translation>
    </message>
    <message>
        <location filename="../ui/tools/clipboard.cpp" line="+62"/>
        <source>The clipboard holds no design: %1</source>
        <translation>클립보드에 설계가 없습니다: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to paste</source>
        <translation>붙여넣을 항목이 없습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Paste %n Node(s)</source>
        <translation>
            <numerusform>노드 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tools/quickaddpopup.cpp" line="+23"/>
        <source>Add a node: type to search…</source>
        <translation>노드 추가: 입력하여 검색…</translation>
    </message>
    <message>
        <location filename="../ui/scene/designview.cpp" line="+369"/>
        <source>No kind of node connects to %1</source>
        <translation>%1에 연결할 수 있는 노드 종류가 없습니다</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add %1 and connect it</source>
        <translation>%1 추가 및 연결</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Not changed: %1</source>
        <translation>변경되지 않음: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create a node of this kind</source>
        <translation>이 종류의 노드는 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/scene/nodeitem.cpp" line="+327"/>
        <location line="+38"/>
        <source>BOTTLENECK</source>
        <translation>병목</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>%1 of %2 %3</source>
        <comment>delivered of asked, unit</comment>
        <translation>%2 %3 중 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartkinds.cpp" line="+24"/>
        <source>Demand met and capacity use</source>
        <translation>수요 충족률과 용량 사용률</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost by node kind</source>
        <translation>노드 종류별 비용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where each dollar per million tokens goes</source>
        <translation>100만 토큰당 1달러의 쓰임새</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/export/report.cpp" line="+27"/>
        <source>Who earns what per million tokens</source>
        <translation>토큰 100만 개당 누가 얼마를 버는가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power breakdown</source>
        <translation>전력 구성</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export/report.cpp" line="-65"/>
        <source>Throughput vs interactivity</source>
        <translation>처리량 대 상호작용 속도</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows from suppliers to tokens</source>
        <translation>공급업체에서 토큰까지의 흐름</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpanel.cpp" line="+49"/>
        <source>A catalog system to compare, running the first datacenter&apos;s workload</source>
        <translation>비교할 카탈로그 시스템(첫 데이터센터의 워크로드 실행)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>이 차트를 PNG, SVG 또는 PDF로 저장</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy this chart to the clipboard</source>
        <translation>이 차트를 클립보드에 복사</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window</source>
        <translation>창</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this chart in a window of its own</source>
        <translation>이 차트를 별도 창에서 열기</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Compare with…</source>
        <translation>비교 대상…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 — Token Factory Planner</source>
        <translation>%1 — Token Factory Planner</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsdock.cpp" line="+11"/>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartstyle.cpp" line="+89"/>
        <source>trillions</source>
        <translation>조</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billions</source>
        <translation>십억</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>millions</source>
        <translation>백만</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thousands</source>
        <translation>천</translation>
    </message>
    <message>
        <location filename="../ui/charts/costchart.cpp" line="+30"/>
        <source>Cost by node kind: capex %1, opex %2 per year</source>
        <translation>노드 종류별 비용: Capex %1, 연간 Opex %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost by node kind: no solution</source>
        <translation>노드 종류별 비용: 해 없음</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+20"/>
        <location filename="../ui/export/report.cpp" line="-408"/>
        <source>Capital charge per year</source>
        <translation>연간 자본 비용</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <source>Opex per year</source>
        <translation>연간 Opex</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1  capex %2</source>
        <translation>%1  Capex %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  opex %2/yr</source>
        <translation>%1  Opex %2/년</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>USD per year</source>
        <translation>USD/년</translation>
    </message>
    <message>
        <location filename="../ui/charts/kpichart.cpp" line="-6"/>
        <source>Capacity use: %1 of %2 tokens/s demanded</source>
        <translation>용량 사용: 수요 %2 토큰/s 중 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand met and capacity use: no solution</source>
        <translation>수요 충족률과 용량 사용률: 해 없음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also at capacity</source>
        <translation>마찬가지로 용량 한도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other limits and demand</source>
        <translation>기타 제약과 수요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token demand met</source>
        <translation>토큰 수요 충족률</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>% of capacity (of demand for tokens)</source>
        <translation>용량 대비 % (토큰은 수요 대비 %)</translation>
    </message>
    <message>
        <location filename="../ui/charts/powerchart.cpp" line="+27"/>
        <source>Power at the meter: %1, IT %2</source>
        <translation>계량기 기준 전력: %1, IT %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power at the meter: none drawn</source>
        <translation>계량기 기준 전력: 사용 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (rack split estimated)</source>
        <translation> (랙 내 분배는 추정)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="-318"/>
        <location filename="../ui/charts/powerchart.cpp" line="+12"/>
        <source>Accelerators</source>
        <translation>가속기</translation>
    </message>
    <message>
        <location filename="../ui/charts/powerchart.cpp" line="+1"/>
        <source>Host and network</source>
        <translation>호스트 및 네트워크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other IT loads</source>
        <translation>기타 IT 부하</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling and overhead</source>
        <translation>냉각 및 오버헤드</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sankeywidget.cpp" line="+38"/>
        <source>Flows from suppliers to tokens: %1 per year of cost</source>
        <translation>공급업체에서 토큰까지의 흐름: 연간 비용 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows from suppliers to tokens: no solution</source>
        <translation>공급업체에서 토큰까지의 흐름: 해 없음</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Bands and figures: dollars per year of TCO (capital charge + opex); on the bands: the flow each wire carries</source>
        <translation>띠 너비와 금액: 연간 TCO 달러 (자본 비용 + Opex), 띠 위: 각 연결선의 흐름</translation>
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
        <translation>로직</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Facility</source>
        <translation>시설</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy</source>
        <translation>에너지</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+33"/>
        <source>Foundry</source>
        <translation>파운드리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory makers</source>
        <translation>메모리 제조사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packager</source>
        <translation>패키징</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+9"/>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="-8"/>
        <source>Accelerator vendor</source>
        <translation>가속기 공급사</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <source>Optics makers</source>
        <translation>광모듈 제조사</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="-4"/>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <source>Rack integrator</source>
        <translation>랙 통합업체</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <source>Datacenter operator</source>
        <translation>데이터센터 운영사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility</source>
        <translation>전력 회사</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+10"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who earns what per million tokens: %1 per million tokens</source>
        <translation>토큰 100만 개당 누가 얼마를 버는가: 토큰 100만 개당 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who earns what per million tokens: no tokens made</source>
        <translation>토큰 100만 개당 누가 얼마를 버는가: 생성된 토큰 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own costs and the return on capital</source>
        <translation>자체 비용과 자본 수익</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+65"/>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="+480"/>
        <source>Gross margin</source>
        <translation>매출총이익</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuechainchart.cpp" line="+11"/>
        <source>Where each dollar per million tokens goes: %1 per million tokens</source>
        <translation>100만 토큰당 1달러의 쓰임새: 100만 토큰당 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where each dollar per million tokens goes: no tokens made</source>
        <translation>100만 토큰당 1달러의 쓰임새: 생산된 토큰 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opex: running costs and energy</source>
        <translation>Opex: 운영 비용 및 에너지</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+31"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+37"/>
        <source>USD per million tokens</source>
        <translation>100만 토큰당 USD</translation>
    </message>
    <message>
        <location filename="../ui/export/canvasexport.cpp" line="+108"/>
        <location filename="../ui/export/chartexport.cpp" line="+141"/>
        <source>Cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
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
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/export/canvasexport.cpp" line="-20"/>
        <location line="+10"/>
        <source>Token factory design</source>
        <translation>토큰 공장 설계</translation>
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
        <translation>%1: 파일 이름은 .png, .svg 또는 .pdf로 끝나야 합니다</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexport.cpp" line="-13"/>
        <location line="+16"/>
        <source>%1: size must be at least 16×16 pixels and DPI between 24 and 2400</source>
        <translation>%1: 크기는 16×16 픽셀 이상, DPI는 24~2400 사이여야 합니다</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Unknown chart kind &apos;%1&apos;</source>
        <translation>알 수 없는 차트 종류 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="+44"/>
        <location filename="../ui/whatif/studydialog.cpp" line="-25"/>
        <location filename="../ui/export/exportactions.cpp" line="-117"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="+7"/>
        <source>PNG Size</source>
        <translation>PNG 크기</translation>
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
        <translation>너비:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>높이:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>해상도:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+23"/>
        <source>Export Chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <location line="+37"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="-55"/>
        <source>Compare Scenarios</source>
        <translation>시나리오 비교</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Δ vs Base</source>
        <translation>기준 대비 Δ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not solvable</source>
        <translation>계산 불가</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;Table (CSV)…</source>
        <translation>표 내보내기 (CSV)(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Chart…</source>
        <translation>차트 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/whatif/studydialog.cpp" line="-49"/>
        <source>C&amp;opy Chart</source>
        <translation>차트 복사(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/export/exportactions.cpp" line="-17"/>
        <source>Export Table</source>
        <translation>표 내보내기</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/whatif/studydialog.cpp" line="+45"/>
        <location filename="../ui/export/exportactions.cpp" line="+3"/>
        <location line="+78"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="-66"/>
        <source>Export Canvas</source>
        <translation>캔버스 내보내기</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+27"/>
        <source>Export Timeline</source>
        <translation>타임라인 내보내기</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Export Report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report (PDF)…</source>
        <translation>보고서 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Chart Shown…</source>
        <translation>표시된 차트(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;opy Chart Shown</source>
        <translation>표시된 차트 복사(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;harts</source>
        <translation>차트(&amp;H)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Key Figures (CSV)…</source>
        <translation>주요 지표 (CSV)(&amp;K)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Node Steps (CSV)…</source>
        <translation>노드 단계 (CSV)(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Flows (CSV)…</source>
        <translation>흐름 (CSV)(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who Earns What (CSV)…</source>
        <translation>누가 얼마를 버는가 (CSV)(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Timeline, Every Series (CSV)…</source>
        <translation>타임라인, 모든 계열 (CSV)(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;anvas (PNG, SVG or PDF)…</source>
        <translation>캔버스 (PNG, SVG 또는 PDF)(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-753"/>
        <source>Tokens per second</source>
        <translation>초당 토큰 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demand %1, capacities allow %2</source>
        <translation>수요 %1, 용량 허용치 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens per year</source>
        <translation>연간 토큰 수</translation>
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
        <translation>연간 %1 MWh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>energy %1</source>
        <translation>에너지 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCO per year</source>
        <translation>연간 TCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$ per million tokens</source>
        <translation>100만 토큰당 $</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the facility meter</source>
        <translation>시설 계량기 기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per dollar</source>
        <translation>달러당 토큰 수</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, a ceiling</source>
        <translation>%1, 상한</translation>
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
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+685"/>
        <source>unsaved design</source>
        <translation>저장하지 않은 설계</translation>
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
        <translation>토큰 공장 보고서: %1</translation>
    </message>
    <message>
        <location line="-825"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 페이지</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>annuity at the cost of capital, by asset class</source>
        <translation>자본 비용 기준 연금액(자산 등급별)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>capital charge + opex</source>
        <translation>자본 비용 + Opex</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Token factory report</source>
        <translation>토큰 공장 보고서</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Key figures</source>
        <translation>주요 지표</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tokens per rack (roofline model)</source>
        <translation>랙당 토큰(루프라인 모델)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per rack</source>
        <translation>랙당</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band (tokens/s)</source>
        <translation>범위(토큰/s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per user</source>
        <translation>사용자당</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLPerf round</source>
        <translation>MLPerf 라운드</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The band comes from the calibration residuals (docs/throughput-model.md); published results the model was not fitted to differ by more, most for mixtures of experts.</source>
        <translation>범위는 보정 잔차에서 나옴(docs/throughput-model.md). 모델을 맞추지 않은 공개 결과는 더 크게 다르며, 전문가 혼합 모델에서 가장 큼.</translation>
    </message>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="-40"/>
        <location filename="../ui/export/report.cpp" line="-22"/>
        <location line="+398"/>
        <source>Figure</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../ui/docks/scheduleeditor.cpp" line="+76"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+95"/>
        <source>Row %1: &quot;%2&quot; is not a quarter such as 2027Q3</source>
        <translation>%1행: &quot;%2&quot;은(는) 2027Q3 같은 분기가 아닙니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: &quot;%2&quot; is not a number</source>
        <translation>%1행: &quot;%2&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Over time</source>
        <translation>시간 경과</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Default: %n quarter(s)</source>
        <translation>
            <numerusform>기본값: %n분기</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many quarters this stage delays its output (wafer start to die, die to package, package to rack)</source>
        <translation>이 단계가 출력을 지연시키는 분기 수 (웨이퍼 투입에서 다이, 다이에서 패키지, 패키지에서 랙)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time (quarters)</source>
        <translation>리드 타임 (분기)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule of</source>
        <translation>일정 대상</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/export/report.cpp" line="-397"/>
        <location line="+398"/>
        <location line="+114"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-58"/>
        <source>From quarter</source>
        <translation>시작 분기</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-103"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step a year after the last one</source>
        <translation>마지막 단계 1년 뒤에 단계 추가</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+4"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+1"/>
        <source>Removes the selected steps</source>
        <translation>선택한 단계를 제거합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of quarter and value from a spreadsheet</source>
        <translation>스프레드시트의 분기와 값 행</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file of quarter and value rows</source>
        <translation>분기와 값 행으로 된 CSV 파일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog&apos;s yearly capacity figures as a schedule</source>
        <translation>카탈로그의 연간 생산능력 수치를 일정으로</translation>
    </message>
    <message>
        <location line="+93"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+88"/>
        <source>%1 (scheduled)</source>
        <translation>%1 (일정 있음)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Nothing to paste: rows of a quarter and a value are expected</source>
        <translation>붙여넣을 내용이 없습니다: 분기와 값 행이 필요합니다</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no rows of a quarter and a value</source>
        <translation>%1에 분기와 값 행이 없습니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Schedule</source>
        <translation>일정 가져오기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV table (*.csv *.txt)</source>
        <translation>CSV 표 (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The catalog has no yearly figures after the timeline&apos;s first year for this entry</source>
        <translation>이 항목에는 타임라인 첫해 이후의 연간 수치가 카탈로그에 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/scene/noteitem.cpp" line="-55"/>
        <location line="+38"/>
        <location filename="../ui/export/report.cpp" line="-511"/>
        <location line="+398"/>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Move Note</source>
        <translation>메모 이동</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-462"/>
        <source>none: borrowed</source>
        <translation>없음: 차용</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ±%2%</source>
        <translation>%1 ±%2%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1~%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline: %1</source>
        <translation>오프라인: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The design cannot be solved:
%1</source>
        <translation>이 설계는 계산할 수 없습니다:
%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the most tokens/s</source>
        <translation>최대 토큰/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the least cost</source>
        <translation>최소 비용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the least power</source>
        <translation>최소 전력</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 to %2 %3</source>
        <translation>%1 ~ %2 %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shadow prices: what one more unit of each limit is worth</source>
        <translation>잠재 가격: 각 제약을 한 단위 늘리는 가치</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The design could not be optimised.</source>
        <translation>이 설계를 최적화할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optimise mode, splits free, for %1: %2 %3.</source>
        <translation>최적화 모드(분배 자유), %1: %2 %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures above are Balance mode&apos;s (the splits as set); these prices are the optimum&apos;s.</source>
        <translation>위 지표는 균형 모드(설정된 분배)의 값이며, 이 가격은 최적해의 값입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One more unit is worth</source>
        <translation>한 단위 추가의 가치</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 more in the Optimise dock (Solve ▸ Optimise).</source>
        <translation>나머지 %1개는 최적화 패널에 있습니다(계산 ▸ 최적화).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No capacity limits the design.</source>
        <translation>설계를 제한하는 용량이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit (tightest first)</source>
        <translation>제약 (빠듯한 순)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+4"/>
        <location filename="../ui/export/report.cpp" line="+2"/>
        <source>Load at demand</source>
        <translation>수요 시 부하</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+169"/>
        <source>TCO per year over every accelerator&apos;s hours</source>
        <translation>연간 TCO를 모든 가속기의 전체 시간으로 나눈 값</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens per year per provisioned MW</source>
        <translation>확보된 MW당 연간 토큰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MW built, at the meter</source>
        <translation>구축된 MW, 계량기 기준</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per million tokens</source>
        <translation>토큰 100만 개당</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per year</source>
        <translation>연간 매출</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over %1 years at the cost of capital</source>
        <translation>자본 비용 기준 %1년간</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>discounted</source>
        <translation>할인 기준</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value added</source>
        <translation>부가가치</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-539"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>Share</source>
        <translation>비중</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+212"/>
        <source>Scenario: %1</source>
        <translation>시나리오: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base design (no scenario)</source>
        <translation>기준 설계(시나리오 없음)</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>No limit binds.</source>
        <translation>구속되는 제약이 없습니다.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Binding limit</source>
        <translation>구속 제약</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds over</source>
        <translation>유효 범위</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Each line is the most tokens/s per GPU a datacenter&apos;s hardware gives at each output speed per user; a dot is where the datacenter runs at its service target (docs/throughput-model.md).</source>
        <translation>각 선은 사용자당 출력 속도별로 데이터센터 하드웨어가 낼 수 있는 GPU당 최대 토큰/s이며, 점은 데이터센터가 서비스 목표에서 운영되는 위치임(docs/throughput-model.md).</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Inputs that differ from the catalog (%1 of %2)</source>
        <translation>카탈로그와 다른 입력 (%2개 중 %1개)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inputs that differ from the catalog</source>
        <translation>카탈로그와 다른 입력</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values set on the design where the catalog (or the node kind&apos;s default) says otherwise or nothing.</source>
        <translation>카탈로그(또는 노드 종류의 기본값)와 다르거나 카탈로그에 없는 값을 설계에서 지정한 항목입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: every input is the catalog&apos;s.</source>
        <translation>없음: 모든 입력이 카탈로그 값입니다.</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+206"/>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog or default</source>
        <translation>카탈로그 또는 기본값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/export/reportinputs.cpp" line="+28"/>
        <source>scenario %1 (Base: %2)</source>
        <translation>시나리오 %1(기준: %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Design settings</source>
        <translation>설계 설정</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>design setting</source>
        <translation>설계 설정</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>estimate: %1</source>
        <translation>추정: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scenario %1 (Base: %2); %3</source>
        <translation>시나리오 %1(기준: %2); %3</translation>
    </message>
    <message>
        <location filename="../ui/documentcanvas.cpp" line="+14"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add Frame %1</source>
        <translation>프레임 %1 추가</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete Frame %1</source>
        <translation>프레임 %1 삭제</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Move Frame %1</source>
        <translation>프레임 %1 이동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Frame</source>
        <translation>프레임 이동</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/scene/designscene.cpp" line="-19"/>
        <source>Delete Note</source>
        <translation>메모 삭제</translation>
    </message>
    <message>
        <location filename="../ui/commands/addscenariocommand.cpp" line="+13"/>
        <source>Add Scenario %1</source>
        <translation>시나리오 %1 추가</translation>
    </message>
    <message>
        <location filename="../ui/commands/removescenariocommand.cpp" line="+15"/>
        <source>Delete Scenario %1</source>
        <translation>시나리오 %1 삭제</translation>
    </message>
    <message>
        <location filename="../ui/commands/valuecommands.cpp" line="+175"/>
        <source>Rename Scenario %1 to %2</source>
        <translation>시나리오 %1의 이름을 %2(으)로 변경</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>%1 of %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Change %1 in %2</source>
        <translation>%2의 %1 변경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 in %2</source>
        <translation>%2의 %1 지우기</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Set Distribution of %1</source>
        <translation>%1의 분포 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Distribution of %1</source>
        <translation>%1의 분포 지우기</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+297"/>
        <source>Each value must lie between %1 and %2</source>
        <translation>각 값은 %1에서 %2 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum must not be above the maximum</source>
        <translation>최솟값은 최댓값보다 클 수 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most likely value must lie between the minimum and the maximum</source>
        <translation>최빈값은 최솟값과 최댓값 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard deviation must not be negative</source>
        <translation>표준편차는 음수일 수 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The median must be above 0</source>
        <translation>중앙값은 0보다 커야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sigma of ln x must not be negative</source>
        <translation>ln x의 시그마는 음수일 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-18"/>
        <location filename="../ui/dialogs/distributiondialog.cpp" line="+41"/>
        <source>Uncertainty of %1</source>
        <translation>%1의 불확실성</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/distributiondialog.cpp" line="+3"/>
        <source>Monte Carlo draws %1 from this distribution; the tornado moves it to its P10 and P90. The value %2 stays the one ordinary solves use.</source>
        <translation>몬테카를로는 이 분포에서 %1을(를) 추출하고, 토네이도 차트는 P10과 P90으로 옮깁니다. 일반 계산에는 계속 값 %2을(를) 사용합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uniform</source>
        <translation>균등 분포</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triangular</source>
        <translation>삼각 분포</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>정규 분포</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lognormal</source>
        <translation>로그정규 분포</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+3"/>
        <source>Minimum:</source>
        <translation>최솟값:</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Maximum:</source>
        <translation>최댓값:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most likely:</source>
        <translation>최빈값:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean:</source>
        <translation>평균:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard deviation:</source>
        <translation>표준편차:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median:</source>
        <translation>중앙값:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sigma of ln x:</source>
        <translation>ln x의 시그마:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../ui/whatif/goalseekdialog.cpp" line="+44"/>
        <source>Goal Seek</source>
        <translation>목표값 찾기</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Make:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal to:</source>
        <translation>목표값:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By changing:</source>
        <translation>변경할 값:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Seek</source>
        <translation>찾기(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+92"/>
        <source>Seeking… solves so far: %1</source>
        <translation>탐색 중… 지금까지 계산 %1회</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Being computed…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../ui/whatif/montecarlodialog.cpp" line="+107"/>
        <source>The target is not a number.</source>
        <translation>목표값이 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 = %2 gives %3 = %4 (%5 solves).</source>
        <translation>%1 = %2이면 %3 = %4 (계산 %5회).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+19"/>
        <source>%1 %2</source>
        <comment>a sentence, then the next</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No value of %1 within [%2, %3] gives %4 = %5: %4 jumps across it at %6 (the closest it gets is %7).</source>
        <translation>[%2, %3] 범위에서 %4 = %5이(가) 되는 %1 값이 없습니다: %4은(는) %6에서 이 값을 건너뜁니다(가장 가까운 값은 %7).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot reach it within %1&apos;s range [%2, %3]: %4 goes from %5 to %6 there.</source>
        <translation>%1의 범위 [%2, %3] 안에서는 도달할 수 없습니다: 그 범위에서 %4은(는) %5에서 %6까지입니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled.</source>
        <translation>취소됨.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not applied: scenario “%1” holds values, not schedules, so %2 alone would not give this figure. Untick “%3” and seek again for the value that gives it with the schedule&apos;s steps kept, or seek in the Base to scale the schedule.</source>
        <translation>적용하지 않았습니다: 시나리오 “%1”은(는) 값만 담고 일정은 담지 않으므로 %2만으로는 이 지표가 나오지 않습니다. “%3”의 선택을 해제하고 일정의 단계를 그대로 둔 채 이 지표를 내는 값을 다시 찾거나, 일정을 배율 조정하려면 기준에서 찾으십시오.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goal seek: %1</source>
        <translation>목표값 찾기: %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/montecarlodialog.cpp" line="-79"/>
        <source>Monte Carlo</source>
        <translation>몬테카를로</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uncertain:</source>
        <translation>불확실한 값:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>one per core</source>
        <translation>코어당 하나</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional, e.g. %1</source>
        <translation>선택 사항, 예: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples:</source>
        <translation>샘플 수:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads:</source>
        <translation>스레드 수:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/whatif/tornadodialog.cpp" line="+28"/>
        <source>Figure:</source>
        <translation>지표:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target (at least):</source>
        <translation>목표 (이상):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No parameter carries a distribution: give some a range with the ~ button beside their field in the inspector.</source>
        <translation>분포가 있는 매개변수가 없습니다. 속성 패널에서 필드 옆의 ~ 버튼으로 범위를 지정하세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No parameter carries a distribution.</source>
        <translation>분포가 있는 매개변수가 없습니다.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 samples (%2 unsolvable): P10 %3, P50 %4, P90 %5, mean %6</source>
        <translation>샘플 %1개 (계산 불가 %2개): P10 %3, P50 %4, P90 %5, 평균 %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; P(%1 ≥ %2) = %3</source>
        <comment>a probability as a percentage</comment>
        <translation>; P(%1 ≥ %2) = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled after %1 of %2 samples. %3</source>
        <translation>샘플 %2개 중 %1개 후 취소됨. %3</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenariosdock.cpp" line="+16"/>
        <location line="+97"/>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate…</source>
        <translation>복제(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me…</source>
        <translation>이름 바꾸기(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>삭제(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare…</source>
        <translation>비교(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new scenario with the overrides of the active one; edits then go into it</source>
        <translation>활성 시나리오의 재정의 값을 가진 새 시나리오. 이후 편집은 새 시나리오에 들어갑니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Scenario</source>
        <translation>새 시나리오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario %1</source>
        <translation>시나리오 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate Scenario</source>
        <translation>시나리오 복제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 copy</source>
        <translation>%1 사본</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename Scenario</source>
        <translation>시나리오 이름 바꾸기</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n parameter(s) overridden</source>
        <translation>
            <numerusform>매개변수 %n개 재정의됨</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base (the design)</source>
        <translation>기준 (설계 자체)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The Base cannot be renamed</source>
        <translation>기준은 이름을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/whatif/studydialog.cpp" line="-72"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/goalseekdialog.cpp" line="-249"/>
        <location filename="../ui/whatif/studydialog.cpp" line="+3"/>
        <source>&amp;Cancel Run</source>
        <translation>실행 취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/studydialog.cpp" line="+18"/>
        <source>The chart appears here after a run.</source>
        <translation>실행하면 여기에 차트가 표시됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export Chart…</source>
        <translation>차트 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Data (CSV)…</source>
        <translation>데이터 내보내기(&amp;D) (CSV)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export Data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/whatif/sweepdialog.cpp" line="+29"/>
        <source>Sweep</source>
        <translation>스윕</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sweep a second parameter (heat map)</source>
        <translation>두 번째 매개변수 스윕 (히트맵)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Figures:</source>
        <translation>지표:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parameter:</source>
        <translation>매개변수:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second parameter:</source>
        <translation>두 번째 매개변수:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From, to, steps:</source>
        <translation>시작, 끝, 단계 수:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give a parameter and a range of numbers.</source>
        <translation>매개변수와 숫자 범위를 지정하세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tick at least one figure.</source>
        <translation>지표를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 of %2 points solved</source>
        <translation>%2개 지점 중 %1개 계산됨</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/whatif/resiliencedialog.cpp" line="+60"/>
        <location filename="../ui/whatif/tornadodialog.cpp" line="+31"/>
        <source>Cancelled: %1</source>
        <translation>취소됨: %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/tornadodialog.cpp" line="-42"/>
        <source>Tornado</source>
        <translation>토네이도 차트</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Swing without a distribution (±):</source>
        <translation>분포가 없을 때의 변동 폭 (±):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 parameters moved one at a time; %2 at base %3</source>
        <translation>매개변수 %1개를 하나씩 변경, 기준에서 %2 = %3</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="+49"/>
        <location line="+21"/>
        <source>%1 over %2 and %3</source>
        <translation>%2 및 %3에 따른 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 against %2</source>
        <translation>%2 대비 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures against %1</source>
        <translation>%1 대비 지표</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Index (start = 100)</source>
        <comment>a sweep chart&apos;s axis: each figure over its value at the first point</comment>
        <translation>지수 (시작 = 100)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 over %2 samples: P10 %3, P50 %4, P90 %5</source>
        <translation>%1 (샘플 %2개): P10 %3, P50 %4, P90 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; P(≥ %1) = %2</source>
        <comment>a probability as a percentage</comment>
        <translation>; P(≥ %1) = %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+42"/>
        <source>Samples</source>
        <translation>샘플</translation>
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
        <translation>목표 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tornado: %1 around %2</source>
        <translation>토네이도 차트: %2 주변의 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parameter low</source>
        <translation>매개변수 낮음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter high</source>
        <translation>매개변수 높음</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>[%1 – %2]</source>
        <translation>[%1 – %2]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change of %1</source>
        <translation>%1의 변화</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenarios against the Base (% change)</source>
        <translation>기준 대비 시나리오 (% 변화)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>% change against the Base</source>
        <translation>기준 대비 % 변화</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifdock.cpp" line="+25"/>
        <source>What-if</source>
        <translation>What-if</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pin a parameter with the pin button beside its field in the inspector: it appears here as a slider, and dragging it re-solves live.</source>
        <translation>속성 패널에서 필드 옆의 핀 버튼으로 매개변수를 고정하면 여기에 슬라이더로 나타나며, 드래그하면 바로 다시 계산합니다.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unpin</source>
        <translation>고정 해제</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 to %2</source>
        <translation>%1부터 %2까지</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifui.cpp" line="+110"/>
        <source>P&amp;resentation</source>
        <translation>프레젠테이션(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;What-if</source>
        <translation>What-if(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare Scenarios…</source>
        <translation>시나리오 비교(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Goal Seek…</source>
        <translation>목표값 찾기(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sweep…</source>
        <translation>스윕(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monte Carlo…</source>
        <translation>몬테카를로(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tornado…</source>
        <translation>토네이도 차트(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/scene/frameitem.cpp" line="+127"/>
        <source>Rename Frame to %1</source>
        <translation>프레임 이름을 %1(으)로 변경</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Resize Frame</source>
        <translation>프레임 크기 조정</translation>
    </message>
    <message>
        <location filename="../ui/charts/interactivitychart.cpp" line="+144"/>
        <source>%1 (comparison)</source>
        <translation>%1(비교)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Throughput vs interactivity: no datacenter takes its racks from the catalog</source>
        <translation>처리량 대 상호작용 속도: 카탈로그에서 랙을 구성하는 데이터센터가 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput vs interactivity: %1</source>
        <translation>처리량 대 상호작용 속도: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/s per GPU</source>
        <translation>GPU당 토큰/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output tokens/s each user sees</source>
        <translation>각 사용자가 받는 출력 토큰/s</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 tokens/s per user</source>
        <translation>%1: 사용자당 %2 토큰/s</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="-214"/>
        <source>Accelerators and racks</source>
        <translation>가속기와 랙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building</source>
        <translation>건물</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power plant</source>
        <translation>발전 설비</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Design Settings</source>
        <translation>설계 설정</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build-out and site</source>
        <translation>구축과 부지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning horizon (months)</source>
        <translation>계획 기간(개월)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity ($/MWh)</source>
        <translation>전력 ($/MWh)</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="-381"/>
        <source>Process</source>
        <translation>공정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>공급업체</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fab (logic wafers)</source>
        <translation>팹(로직 웨이퍼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced packaging (CoWoS)</source>
        <translation>첨단 패키징(CoWoS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM maker</source>
        <translation>HBM 제조사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical transceivers</source>
        <translation>광 트랜시버</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power supply</source>
        <translation>전력 공급</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reroute</source>
        <translation>경유점</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any linear production step: an explicit recipe of inputs and outputs per unit of activity.</source>
        <translation>임의의 선형 생산 단계: 활동 단위당 투입과 산출을 명시한 레시피.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A source of one good, with a capacity and a unit price.</source>
        <translation>한 가지 품목의 공급원으로, 용량과 단가를 가집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand for one good at a rate: the target the design is solved for.</source>
        <translation>한 품목에 대한 일정 속도의 수요: 설계를 푸는 목표입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A foundry line: wafer starts per month become good logic dies.</source>
        <translation>파운드리 라인: 월간 웨이퍼 투입이 양품 로직 다이가 됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interposer wafers per month join logic dies and HBM stacks into accelerator packages.</source>
        <translation>월간 인터포저 웨이퍼가 로직 다이와 HBM 스택을 가속기 패키지로 결합합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A memory maker&apos;s supply of HBM stacks.</source>
        <translation>메모리 제조사의 HBM 스택 공급.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A maker&apos;s supply of optical transceiver modules.</source>
        <translation>제조사의 광 트랜시버 모듈 공급.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builds racks from accelerators and optics.</source>
        <translation>가속기와 광 부품으로 랙을 조립합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid or PPA power in MW, with its energy price.</source>
        <translation>MW 단위의 계통 또는 PPA 전력과 그 에너지 가격.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turns racks and power into tokens/s; the racks arrive over the planning horizon.</source>
        <translation>랙과 전력을 토큰/s로 바꿉니다. 랙은 계획 기간에 걸쳐 도착합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bend point that tidies a wire: its good passes through unchanged.</source>
        <translation>연결선을 정리하는 꺾임점: 품목은 그대로 통과합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buys packaged accelerators (dies, HBM, packaging) and adds the board and its own content; sells at its gross margin.</source>
        <translation>패키징된 가속기(다이, HBM, 패키징)를 사서 보드와 자체 구성품을 더하고 매출총이익률을 붙여 판매합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planning horizon</source>
        <translation>계획 기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Electricity price</source>
        <translation>전기 요금</translation>
    </message>
    <message>
        <location line="-35"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+1"/>
        <source>Default PUE</source>
        <translation>기본 PUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+1"/>
        <source>Default utilization</source>
        <translation>기본 가동률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>보험</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis period</source>
        <translation>분석 기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators and racks: life</source>
        <translation>가속기와 랙: 내용연수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accelerators and racks: maintenance</source>
        <translation>가속기와 랙: 유지보수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accelerators and racks: residual value</source>
        <translation>가속기와 랙: 잔존가치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network: life</source>
        <translation>네트워크: 내용연수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network: maintenance</source>
        <translation>네트워크: 유지보수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network: residual value</source>
        <translation>네트워크: 잔존가치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building: life</source>
        <translation>건물: 내용연수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building: maintenance</source>
        <translation>건물: 유지보수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building: residual value</source>
        <translation>건물: 잔존가치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power plant: life</source>
        <translation>발전 설비: 내용연수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power plant: maintenance</source>
        <translation>발전 설비: 유지보수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power plant: residual value</source>
        <translation>발전 설비: 잔존가치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>단가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running cost</source>
        <translation>운영비</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>속도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die area</source>
        <translation>다이 면적</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wafer diameter</source>
        <translation>웨이퍼 지름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defect density</source>
        <translation>결함 밀도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair recovery</source>
        <translation>수리 복구율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages per wafer</source>
        <translation>웨이퍼당 패키지 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic dies per package</source>
        <translation>패키지당 로직 다이 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM stacks per package</source>
        <translation>패키지당 HBM 스택 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assembly yield</source>
        <translation>조립 수율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators per rack</source>
        <translation>랙당 가속기 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optics per accelerator</source>
        <translation>가속기당 광 모듈 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT capacity</source>
        <translation>IT 용량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/s per rack</source>
        <translation>랙당 토큰/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack IT power</source>
        <translation>랙 IT 전력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization</source>
        <translation>가동률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens</source>
        <translation>입력 토큰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output tokens</source>
        <translation>출력 토큰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/s per user</source>
        <translation>사용자당 토큰/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first token</source>
        <translation>첫 토큰까지 시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build cost</source>
        <translation>건설비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colocation price</source>
        <translation>코로케이션 요금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>인력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network and storage</source>
        <translation>네트워크와 스토리지</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Build-out period over which flows of parts accumulate.</source>
        <translation>부품 흐름이 누적되는 구축 기간.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default energy price for power supplies without their own.</source>
        <translation>자체 가격이 없는 전력 공급에 쓰는 기본 에너지 가격.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility over IT power for datacenters without their own PUE.</source>
        <translation>자체 PUE가 없는 데이터센터의 시설 전력 ÷ IT 전력.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual return the capital must earn (WACC); capital is charged as an annuity at this rate.</source>
        <translation>자본이 벌어야 하는 연간 수익률(WACC). 자본은 이 이율의 연금으로 부과됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load factor: average share of peak throughput delivered, for datacenters without their own.</source>
        <translation>부하율: 최대 처리량 중 평균적으로 제공되는 비율. 자체 값이 없는 데이터센터에 씁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the outlay paid each year for insurance.</source>
        <translation>매년 보험에 지출하는 투자액의 비율.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a million tokens sells for; unset means no revenue, NPV, payback or operator margin.</source>
        <translation>토큰 100만 개의 판매 가격. 비워 두면 매출, NPV, 회수 기간, 운영자 마진이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years over which the NPV of the build is taken.</source>
        <translation>구축의 NPV를 계산하는 연수.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic life over which the outlay is recovered.</source>
        <translation>투자액을 회수하는 경제적 내용연수.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the outlay spent each year on upkeep.</source>
        <translation>매년 유지에 쓰는 투자액의 비율.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the outlay the asset is worth at the end of its life.</source>
        <translation>내용연수가 끝날 때 자산에 남는 가치의 투자액 대비 비율.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most activity per period; unset means unlimited.</source>
        <translation>기간당 최대 활동량. 비워 두면 무제한입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capital cost per unit of activity (for flows, per unit bought over the horizon).</source>
        <translation>활동 단위당 자본 비용(흐름은 기간 동안 구매한 단위당).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating cost per unit of activity and year.</source>
        <translation>활동 단위당 연간 운영비.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of its price that is its margin (the price is unit_cost_usd).</source>
        <translation>가격 중 마진의 비율(가격은 단가).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demanded rate of the good.</source>
        <translation>품목의 수요 속도.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area of one logic die.</source>
        <translation>로직 다이 하나의 면적.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diameter of the wafer.</source>
        <translation>웨이퍼의 지름.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D0 in the Poisson yield e^(-A D0).</source>
        <translation>푸아송 수율 e^(-A D0)의 D0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of defective dies saved by redundancy (disabled cores).</source>
        <translation>중복 설계(코어 비활성화)로 살리는 불량 다이의 비율.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator packages per interposer wafer.</source>
        <translation>인터포저 웨이퍼당 가속기 패키지 수.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic dies in one package.</source>
        <translation>패키지 하나에 든 로직 다이 수.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM stacks in one package.</source>
        <translation>패키지 하나에 든 HBM 스택 수.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of assembled packages that pass test.</source>
        <translation>조립된 패키지 중 시험을 통과하는 비율.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the rack&apos;s price that is its margin: the price is (parts bought + unit cost) ÷ (1 − margin).</source>
        <translation>랙 가격 중 마진의 비율: 가격 = (구매 부품 + 단가) ÷ (1 − 마진).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accelerator packages in one rack.</source>
        <translation>랙 하나에 든 가속기 패키지 수.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transceiver modules per accelerator for the scale-out fabric.</source>
        <translation>스케일아웃 네트워크용 가속기당 트랜시버 모듈 수.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy price; unset uses the design&apos;s electricity price.</source>
        <translation>에너지 가격. 비워 두면 설계의 전기 요금을 씁니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the energy bill that is the utility&apos;s margin.</source>
        <translation>전기 요금 중 전력 회사 마진의 비율.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical IT power the halls can host; unset means unlimited.</source>
        <translation>홀이 수용할 수 있는 핵심 IT 전력. 비워 두면 무제한입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak serving throughput of one rack.</source>
        <translation>랙 하나의 최대 서빙 처리량.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT power of one rack including its network share.</source>
        <translation>네트워크 몫을 포함한 랙 하나의 IT 전력.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power over IT power; unset uses the design default.</source>
        <translation>시설 전력 ÷ IT 전력. 비워 두면 설계 기본값을 씁니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load factor: average share of the peak throughput at the service target that is delivered; unset uses the design default.</source>
        <translation>부하율: 서비스 목표에서 최대 처리량 중 평균적으로 제공되는 비율. 비워 두면 설계 기본값을 씁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt length for the chosen workload; unset means the workload&apos;s default.</source>
        <translation>선택한 워크로드의 프롬프트 길이. 비워 두면 워크로드 기본값입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated tokens per request; unset means the workload&apos;s default.</source>
        <translation>요청당 생성 토큰 수. 비워 두면 워크로드 기본값입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output speed each user is sold (the service target); unset means the offline maximum.</source>
        <translation>사용자마다 판매하는 출력 속도(서비스 목표). 비워 두면 오프라인 최대치입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest time to the first token the service allows; unset means no limit.</source>
        <translation>서비스가 허용하는 첫 토큰까지의 최장 시간. 비워 두면 제한이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility construction per MW of critical IT built (it_capacity_mw when set).</source>
        <translation>구축한 핵심 IT 1MW당 시설 건설비(설정 시 IT 용량).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent for the built IT capacity; above 0 it replaces the building&apos;s capex and upkeep.</source>
        <translation>구축한 IT 용량의 임대료. 0보다 크면 건물의 자본 지출과 유지비를 대신합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operations staff per MW of IT capacity built.</source>
        <translation>구축한 IT 용량 1MW당 운영 인력비.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running cost of the network services and storage each rack uses.</source>
        <translation>각 랙이 쓰는 네트워크 서비스와 스토리지의 운영비.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the accelerator&apos;s price that is the vendor&apos;s margin: the price is (package bought + unit cost) ÷ (1 − margin).</source>
        <translation>가속기 가격 중 공급사 마진의 비율: 가격 = (구매 패키지 + 단가) ÷ (1 − 마진).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>activity/period</source>
        <comment>unit</comment>
        <translation>활동/기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit of activity</source>
        <comment>unit</comment>
        <translation>활동 단위당 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit of activity per year</source>
        <comment>unit</comment>
        <translation>활동 단위당 연간 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units of the good</source>
        <comment>unit</comment>
        <translation>품목 단위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit</source>
        <comment>unit</comment>
        <translation>단위당 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit per year</source>
        <comment>unit</comment>
        <translation>단위당 연간 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wafers/month</source>
        <comment>unit</comment>
        <translation>웨이퍼/월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/wafer</source>
        <comment>unit</comment>
        <translation>USD/웨이퍼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defects/cm²</source>
        <comment>unit</comment>
        <translation>결함/cm²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction</source>
        <comment>unit</comment>
        <translation>비율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interposer wafers/month</source>
        <comment>unit</comment>
        <translation>인터포저 웨이퍼/월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/interposer wafer</source>
        <comment>unit</comment>
        <translation>USD/인터포저 웨이퍼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packages/wafer</source>
        <comment>unit</comment>
        <translation>패키지/웨이퍼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dies</source>
        <comment>unit</comment>
        <translation>다이</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stacks</source>
        <comment>unit</comment>
        <translation>스택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stacks/month</source>
        <comment>unit</comment>
        <translation>스택/월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/stack</source>
        <comment>unit</comment>
        <translation>USD/스택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modules/month</source>
        <comment>unit</comment>
        <translation>모듈/월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/module</source>
        <comment>unit</comment>
        <translation>USD/모듈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>racks/month</source>
        <comment>unit</comment>
        <translation>랙/월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/rack beyond its parts</source>
        <comment>unit</comment>
        <translation>USD/랙(부품 외)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accelerators</source>
        <comment>unit</comment>
        <translation>가속기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modules</source>
        <comment>unit</comment>
        <translation>모듈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio</source>
        <comment>unit</comment>
        <translation>비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/s</source>
        <comment>unit</comment>
        <translation>토큰/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens</source>
        <comment>unit</comment>
        <translation>토큰</translation>
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
        <translation>(토큰/s)당 연간 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <comment>unit</comment>
        <translation>개월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <comment>unit</comment>
        <translation>년</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dies/month</source>
        <comment>unit</comment>
        <translation>다이/월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packages/month</source>
        <comment>unit</comment>
        <translation>패키지/월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>racks</source>
        <comment>unit</comment>
        <translation>랙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wafers</source>
        <comment>unit</comment>
        <translation>웨이퍼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packages</source>
        <comment>unit</comment>
        <translation>패키지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units</source>
        <comment>unit</comment>
        <translation>단위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/year</source>
        <comment>unit</comment>
        <translation>USD/년</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per accelerator: board, CPU and switch share</source>
        <comment>unit</comment>
        <translation>가속기당 USD: 보드, CPU, 스위치 몫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per million tokens</source>
        <comment>unit</comment>
        <translation>토큰 100만 개당 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/MW of capacity built</source>
        <comment>unit</comment>
        <translation>USD/구축 용량 MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/MW-year</source>
        <comment>unit</comment>
        <translation>USD/MW·년</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/kW-month</source>
        <comment>unit</comment>
        <translation>USD/kW·월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/rack-year</source>
        <comment>unit</comment>
        <translation>USD/랙·년</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction of price</source>
        <comment>unit</comment>
        <translation>가격 대비 비율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction/year</source>
        <comment>unit</comment>
        <translation>비율/년</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens/year</source>
        <comment>unit</comment>
        <translation>토큰/년</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MWh/year</source>
        <comment>unit</comment>
        <translation>MWh/년</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/J</source>
        <comment>unit</comment>
        <translation>토큰/J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/USD</source>
        <comment>unit</comment>
        <translation>토큰/USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/MW-year</source>
        <comment>unit</comment>
        <translation>토큰/MW·년</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logic wafer</source>
        <translation>로직 웨이퍼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic die</source>
        <translation>로직 다이</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM stack</source>
        <translation>HBM 스택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator package</source>
        <translation>가속기 패키지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical transceiver</source>
        <translation>광 트랜시버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack</source>
        <translation>랙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+182"/>
        <source>%1 (%2)</source>
        <comment>a label and its unit</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>above %1</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at least %1</source>
        <translation>%1 이상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>above %1 and at most %2</source>
        <translation>%1 초과 %2 이하</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between %1 and %2</source>
        <translation>%1~%2 사이</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>uniform from %1 to %2</source>
        <translation>균등 분포, %1에서 %2까지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>triangular from %1 to %2, most likely %3</source>
        <translation>삼각 분포, %1에서 %2까지, 최빈값 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>normal, mean %1, standard deviation %2</source>
        <translation>정규 분포, 평균 %1, 표준편차 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lognormal, median %1, sigma of ln x %2</source>
        <translation>로그정규 분포, 중앙값 %1, ln x의 시그마 %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>most tokens</source>
        <translation>최대 토큰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cheapest plan for the demand</source>
        <translation>수요를 충족하는 최저 비용 계획</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>least power for the demand</source>
        <translation>수요를 충족하는 최소 전력</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+5"/>
        <source>Finance</source>
        <translation>재무</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="-360"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+2"/>
        <source>Cost of capital</source>
        <translation>자본 비용</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+4"/>
        <source>Token price ($ per million)</source>
        <translation>토큰 가격(100만 개당 $)</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+3"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+11"/>
        <location filename="../ui/export/report.cpp" line="-166"/>
        <source>Token price</source>
        <translation>토큰 가격</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="-7"/>
        <source>Sell the tokens at a price: the NPV, payback and margins need one</source>
        <translation>토큰을 가격에 판매합니다: NPV, 회수 기간, 마진에는 가격이 필요합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NPV period (years)</source>
        <translation>NPV 기간(년)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance per year</source>
        <translation>연간 보험료</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asset classes</source>
        <translation>자산 등급</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Life (years)</source>
        <translation>수명(년)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual value</source>
        <translation>잔존 가치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance per year</source>
        <translation>연간 유지보수</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: life</source>
        <translation>%1: 수명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: residual value</source>
        <translation>%1: 잔존 가치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: maintenance</source>
        <translation>%1: 유지보수</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sources of the defaults: docs/model.md. Preferences set the defaults for new designs only.</source>
        <translation>기본값의 출처: docs/model.md. 환경설정은 새 설계의 기본값만 정합니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Plan over time</source>
        <translation>시간에 따른 계획</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first quarter of the plan, such as 2027Q1</source>
        <translation>계획의 첫 분기 (예: 2027Q1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many quarters the plan runs</source>
        <translation>계획이 이어지는 분기 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First quarter</source>
        <translation>첫 분기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon (quarters)</source>
        <translation>기간 (분기)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a quarter such as 2027Q1</source>
        <translation>&quot;%1&quot;은(는) 2027Q1 같은 분기가 아닙니다</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="-93"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+105"/>
        <source>Set a token price for the NPV and payback of the build.</source>
        <translation>구축의 NPV와 투자 회수 기간을 보려면 토큰 가격을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+5"/>
        <source>NPV over %1 years: %2; payback %3</source>
        <translation>%1년 NPV: %2, 회수 기간 %3</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="+177"/>
        <source>A starting value: type your own to replace it.</source>
        <translation>시작 값입니다. 직접 값을 입력하면 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-324"/>
        <source>New from &amp;Default Design</source>
        <translation>기본 설계로 새로 만들기(&amp;D)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Print Report…</source>
        <translation>보고서 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Bottleneck &amp;X-ray</source>
        <translation>병목 투시(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour every node and wire by what one more unit is worth (Optimise) or by its load (Balance)</source>
        <translation>각 노드와 연결을 한 단위 더의 가치(최적화) 또는 부하(균형)로 색칠합니다</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Manual</source>
        <translation>설명서(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 · not solved: see Problems</source>
        <translation>%1 · 풀지 못함: 문제 참조</translation>
    </message>
    <message>
        <location filename="../ui/scene/designscene.cpp" line="-207"/>
        <source>This output gives %1, not %2</source>
        <translation>이 출력은 %2이(가) 아니라 %1을(를) 내보냅니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This input takes %1, not %2</source>
        <translation>이 입력은 %2이(가) 아니라 %1을(를) 받습니다</translation>
    </message>
    <message>
        <location filename="../ui/scene/designview.cpp" line="-129"/>
        <source>This design is empty.
Drag a kind of node from the palette onto the canvas,
or double-click the canvas to search for one.
File ▸ Open… opens a saved design; File ▸ New from Default Design starts from the example.</source>
        <translation>이 설계는 비어 있습니다.
팔레트에서 노드 종류를 캔버스로 끌어 오거나,
캔버스를 두 번 클릭해 검색하세요.
파일 ▸ 열기…로 저장된 설계를 열고, 파일 ▸ 기본 설계로 새로 만들기로 예제에서 시작합니다.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="-64"/>
        <source>Print Report</source>
        <translation>보고서 인쇄</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-165"/>
        <source>Supplier resilience</source>
        <translation>공급업체 복원력</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each supplier knocked out alone, then each pair, and the design solved again (%1): what is still delivered, the share of tokens/s lost and the cost of a million tokens. docs/optimise.md, &quot;Supplier resilience&quot;.</source>
        <translation>각 공급업체를 하나씩, 그다음 각 쌍을 중단하고 설계를 다시 풉니다(%1): 여전히 공급되는 양, 잃는 토큰/s 비율, 백만 토큰당 비용. docs/optimise.md의 &quot;Supplier resilience&quot;.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lost</source>
        <translation>손실</translation>
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
        <translation>단일 장애점(손실이 큰 순)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier knocked out</source>
        <translation>중단된 공급업체</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppliers knocked out</source>
        <translation>중단된 공급업체(2곳)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bottleneck X-ray: where one more unit is worth most</source>
        <translation>병목 투시: 한 단위 더가 가장 가치 있는 곳</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each node&apos;s ring: what 1% more of its capacity is worth, as a share of the objective (light: nothing, dark red: 1% or more); the badge: one more unit. Grey: idle. docs/editor.md says how to read it.</source>
        <translation>각 노드의 테두리: 용량을 1% 늘릴 때의 가치를 목표값 대비 비율로 표시(밝음: 없음, 진한 빨강: 1% 이상). 배지: 한 단위 더의 가치. 회색: 유휴. 읽는 법은 docs/editor.md.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No capacity holds the plan back.</source>
        <translation>계획을 제약하는 용량이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One more unit</source>
        <translation>한 단위 더</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it means</source>
        <translation>의미</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Quarter</source>
        <translation>분기</translation>
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
        <translation>제약</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The plan over time</source>
        <translation>시간에 따른 계획</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 tokens over %2 quarters from %3; capex %4; NPV %5 (docs/timeline.md).</source>
        <translation>%3부터 %2분기 동안 %1 토큰; Capex %4; NPV %5 (docs/timeline.md).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none without a token price</source>
        <translation>토큰 가격 없이는 없음</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The plan over time (%1 of %2)</source>
        <translation>시간에 따른 계획 (%1/%2)</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>The printer %1 cannot be used</source>
        <translation>프린터 %1을(를) 사용할 수 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer %1 reported an error</source>
        <translation>프린터 %1에서 오류가 보고되었습니다</translation>
    </message>
    <message>
        <location filename="../ui/docks/scenariodiffdock.cpp" line="-77"/>
        <source>Scenario Diff</source>
        <translation>시나리오 비교</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Swap</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the compared scenario the reference</source>
        <translation>비교 시나리오를 기준으로 삼기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>기준:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared:</source>
        <translation>비교:</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Add a scenario (What-if ▸ Scenarios) to compare it here.</source>
        <translation>여기서 비교하려면 시나리오를 추가하세요(가정 분석 ▸ 시나리오).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pick two different scenarios to compare.</source>
        <translation>비교할 서로 다른 두 시나리오를 고르세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No differences.</source>
        <translation>차이가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n difference(s). Tokens/s: %1 → %2</source>
        <translation>
            <numerusform>차이 %n건. 토큰/s: %1 → %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>activity</source>
        <translation>가동량</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow to &apos;%1&apos;</source>
        <translation>&quot;%1&quot;로의 흐름</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifui.cpp" line="+1"/>
        <source>Supplier &amp;Resilience…</source>
        <translation>공급업체 복원력(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/whatif/resiliencedialog.cpp" line="-40"/>
        <source>Supplier Resilience</source>
        <translation>공급업체 복원력</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each supplier and each pair (N-2)</source>
        <translation>각 공급업체와 각 쌍(N-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each supplier alone (N-1)</source>
        <translation>각 공급업체 단독(N-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knock out:</source>
        <translation>중단 대상:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-plan:</source>
        <translation>재계획:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export/report.cpp" line="-484"/>
        <source>Balance: the shares spread over the suppliers left</source>
        <translation>균형: 몫을 남은 공급업체에 나눔</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>Optimise: the best plan for the most tokens/s</source>
        <translation>최적화: 토큰/s가 가장 많은 최선의 계획</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 suppliers, %2 cases; %3 tokens/s with all of them</source>
        <translation>공급업체 %1곳, %2개 사례. 모두 있을 때 %3 토큰/s</translation>
    </message>
    <message>
        <location filename="../ui/whatif/resiliencechart.cpp" line="+63"/>
        <location filename="../ui/export/report.cpp" line="+30"/>
        <source>no tokens</source>
        <translation>토큰 없음</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Single points of failure: tokens/s lost without each supplier</source>
        <translation>단일 장애점: 각 공급업체가 없을 때 잃는 토큰/s</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Columns in the rows&apos; order. Light: nothing lost; dark red: everything.</source>
        <translation>열은 행과 같은 순서. 밝음: 손실 없음, 진한 빨강: 전부 손실.</translation>
    </message>
    <message>
        <location filename="../ui/scene/xraymodel.cpp" line="+100"/>
        <source>Bottleneck X-ray: load against capacity</source>
        <translation>병목 투시: 용량 대비 부하</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no capacity limit</source>
        <translation>용량 제한 없음</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&apos;%1&apos; runs at %2 of its capacity (%3 of %4 %5).</source>
        <translation>&quot;%1&quot;은(는) 용량의 %2로 가동(%4 %5 중 %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; has no capacity limit.</source>
        <translation>&quot;%1&quot;에는 용량 제한이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &apos;%1&apos;, which runs at %2 of its capacity.</source>
        <translation>용량의 %2로 가동하는 &quot;%1&quot;에서.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From &apos;%1&apos;, which has no capacity limit.</source>
        <translation>용량 제한이 없는 &quot;%1&quot;에서.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>1% more tokens/s</source>
        <translation>토큰/s 1% 증가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1% less cost</source>
        <translation>비용 1% 감소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1% less power</source>
        <translation>전력 1% 감소</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>&apos;%1&apos; is full, but more capacity would not help: another limit holds the plan back.</source>
        <translation>&quot;%1&quot;은(는) 가득 찼지만 용량을 늘려도 도움이 되지 않습니다. 다른 제약이 계획을 막고 있습니다.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>One more %1 of capacity at &apos;%2&apos;: %3.
The range over which this holds is being computed.
1% more capacity: %4 of the objective.</source>
        <translation>&quot;%2&quot;의 용량을 1 %1 늘리면: %3.
유효 범위를 계산하는 중입니다.
용량 1% 증가: 목표값의 %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One more %1 of capacity at &apos;%2&apos;: %3.
Holds while its capacity is between %4 and %5 %1.
1% more capacity: %6 of the objective.</source>
        <translation>&quot;%2&quot;의 용량을 1 %1 늘리면: %3.
용량이 %4에서 %5 %1 사이일 때 유효.
용량 1% 증가: 목표값의 %6.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Bottleneck X-ray: what 1% more capacity is worth</source>
        <translation>병목 투시: 용량 1% 증가의 가치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle</source>
        <translation>유휴</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>&apos;%1&apos; does not limit the plan: more capacity would change nothing.</source>
        <translation>&quot;%1&quot;은(는) 계획을 제약하지 않습니다. 용량을 늘려도 달라지지 않습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is idle: each unit forced on it changes the objective by %2.</source>
        <translation>&quot;%1&quot;은(는) 유휴입니다. 한 단위를 강제하면 목표값이 %2 바뀝니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One more %1 of %2 from &apos;%3&apos;: %4.</source>
        <translation>&quot;%3&quot;에서 오는 %2을(를) 1 %1 늘리면: %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The range over which this holds is being computed.</source>
        <translation>유효 범위를 계산하는 중입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds while the extra supply is between %1 and %2 %3.</source>
        <translation>추가 공급이 %1에서 %2 %3 사이일 때 유효.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More %1 from &apos;%2&apos; would change nothing.</source>
        <translation>&quot;%2&quot;에서 오는 %1을(를) 늘려도 달라지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/scene/diffoverlay.cpp" line="-34"/>
        <source>unset</source>
        <translation>미설정</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../ui/export/reportinputs.cpp" line="-75"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>new: %1</source>
        <translation>신규: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>중단</translation>
    </message>
    <message>
        <location filename="../ui/docks/timelinedock.cpp" line="-154"/>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every series of the plan, one row a quarter</source>
        <translation>계획의 모든 계열, 분기마다 한 행</translation>
    </message>
    <message>
        <location filename="../ui/whatif/sweepdialog.cpp" line="-99"/>
        <location filename="../ui/docks/timelinedock.cpp" line="+14"/>
        <source>Quarter:</source>
        <translation>분기:</translation>
    </message>
    <message>
        <location filename="../ui/docks/timelinedock.cpp" line="+3"/>
        <source>Shows the canvas and the figures in a quarter of the plan; at the right end, the steady state</source>
        <translation>계획의 한 분기에서 캔버스와 수치를 보여 줍니다. 오른쪽 끝은 정상 상태입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+195"/>
        <source>Steady state</source>
        <translation>정상 상태</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1 and others</source>
        <translation>%1 외</translation>
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
        <translation>%1~%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Binding: %1</source>
        <translation>제약: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The design has no token price: the NPV counts only costs, so the plan builds no racks. Set one in Design Settings.</source>
        <translation>설계에 토큰 가격이 없습니다. NPV가 비용만 계산하므로 계획은 랙을 구축하지 않습니다. 설계 설정에서 가격을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../ui/scene/diffoverlay.cpp" line="-14"/>
        <source>activity %1 (%2 → %3)</source>
        <translation>가동량 %1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow %1 (%2 → %3)</source>
        <translation>흐름 %1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>activity %1</source>
        <translation>가동량 %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 (Δ %2)</source>
        <translation>%1 (Δ %2)</translation>
    </message>
    <message>
        <location filename="../ui/help/manualdialog.cpp" line="+78"/>
        <source>Token Factory Planner Manual</source>
        <translation>Token Factory Planner 설명서</translation>
    </message>
    <message>
        <location filename="../ui/help/shortcutsdialog.cpp" line="+57"/>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canvas ▸ Zoom around the cursor</source>
        <translation>캔버스 ▸ 커서를 중심으로 확대/축소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mouse wheel</source>
        <translation>마우스 휠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Pan</source>
        <translation>캔버스 ▸ 이동</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middle button drag, or Space and drag</source>
        <translation>가운데 버튼으로 끌기, 또는 Space를 누른 채 끌기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Add a node by name at the cursor</source>
        <translation>캔버스 ▸ 커서 위치에 이름으로 노드 추가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Add a node by name here</source>
        <translation>캔버스 ▸ 여기에 이름으로 노드 추가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click empty canvas</source>
        <translation>캔버스의 빈 곳을 두 번 클릭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canvas ▸ Wire two nodes</source>
        <translation>캔버스 ▸ 두 노드 연결</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag from a port to a port of the same good</source>
        <translation>포트에서 같은 품목의 포트로 끌기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Put a reroute dot on a wire</source>
        <translation>캔버스 ▸ 연결선에 경유점 넣기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click the wire</source>
        <translation>연결선을 두 번 클릭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Select several</source>
        <translation>캔버스 ▸ 여러 개 선택</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag a box on empty canvas</source>
        <translation>캔버스의 빈 곳에서 상자 끌기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+13"/>
        <source>Pairs that lose more than either supplier alone</source>
        <translation>각각 단독보다 손실이 큰 쌍</translation>
    </message>
    <message>
        <location filename="../ui/whatif/resiliencechart.cpp" line="-47"/>
        <source>%1 lost · %2 a million tokens</source>
        <translation>%1 손실 · 백만 토큰당 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lost</source>
        <translation>%1 손실</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pairs: % of tokens/s lost without both (diagonal: alone)</source>
        <translation>쌍: 둘 다 없을 때 잃는 토큰/s의 %(대각선: 단독)</translation>
    </message>
    <message>
        <location filename="../ui/documenttime.cpp" line="+34"/>
        <location line="+32"/>
        <location line="+29"/>
        <source>No node %1</source>
        <translation>노드 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Schedule %1 of %2</source>
        <translation>%2의 %1 일정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the schedule of %1 of %2</source>
        <translation>%2의 %1 일정 지우기</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Clear the choices by quarter of %1</source>
        <translation>%1의 분기별 선택 지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the choices by quarter of %1</source>
        <translation>%1의 분기별 선택 변경</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change the lead time of %1</source>
        <translation>%1의 리드 타임 변경</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change the timeline</source>
        <translation>타임라인 변경</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinecharts.cpp" line="-23"/>
        <source>Tokens made since the start</source>
        <translation>시작 이후 생성된 토큰</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+2"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+24"/>
        <location filename="../ui/export/report.cpp" line="+173"/>
        <source>Cash flow</source>
        <translation>현금 흐름</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinecharts.cpp" line="+24"/>
        <source>Tokens/s online per quarter, by generation: %1 in %2</source>
        <translation>분기별 가동 토큰/s (세대별): %2에 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens made up to each quarter: %1 by the end of %2</source>
        <translation>각 분기까지 생성된 토큰: %2 말까지 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capex and cash flow per quarter, USD: capex %1 in all</source>
        <translation>분기별 Capex와 현금 흐름, USD: Capex 합계 %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="-14"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+25"/>
        <location filename="../ui/export/report.cpp" line="-3"/>
        <source>Tokens/s online</source>
        <translation>가동 중인 토큰/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinecharts.cpp" line="+2"/>
        <source>Cumulative tokens</source>
        <translation>누적 토큰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capex and cash flow</source>
        <translation>Capex와 현금 흐름</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/export/exportactions.cpp" line="-104"/>
        <location filename="../ui/export/report.cpp" line="+84"/>
        <source>The plan over time cannot be solved: see Problems</source>
        <translation>시간에 따른 계획을 풀 수 없습니다: 문제 참조</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/exportactions.cpp" line="+23"/>
        <source>Solving the plan over time</source>
        <translation>시간에 따른 계획 계산 중</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messagetext.cpp" line="+202"/>
        <location filename="../ui/docks/kpipanel.cpp" line="-22"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+28"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/planobjectivemenu.cpp" line="+14"/>
        <source>&amp;Plan Over Time</source>
        <translation>시간 경과 계획(&amp;P)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Optimise the plan for NPV</source>
        <translation>계획을 NPV로 최적화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise the plan for tokens</source>
        <translation>계획을 토큰으로 최적화</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimise for the Most &amp;Tokens Over the Plan</source>
        <translation>계획 기간 최다 토큰으로 최적화(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise mode&apos;s plan over time makes the most tokens over its quarters</source>
        <translation>최적화 모드의 시간 경과 계획은 모든 분기에 걸쳐 가장 많은 토큰을 만듭니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimise for the Highest &amp;NPV at the Token Price</source>
        <translation>토큰 가격 기준 최대 NPV로 최적화(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise mode&apos;s plan over time earns the highest net present value of its cash flows at the design&apos;s token price</source>
        <translation>최적화 모드의 시간 경과 계획은 설계의 토큰 가격 기준으로 현금 흐름의 순현재가치를 최대로 합니다</translation>
    </message>
    <message>
        <location filename="../ui/whatif/schedulescaling.cpp" line="+13"/>
        <source>Scale a parameter&apos;s schedule with its value</source>
        <translation>매개변수의 일정을 값에 맞춰 배율 조정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked: a parameter with a schedule has every quarter&apos;s value scaled with the value studied (80 % of the value is 80 % in every quarter). Unchecked: the schedule&apos;s steps stay, and the value holds only before its first step.</source>
        <translation>선택: 일정이 있는 매개변수는 모든 분기의 값이 조사하는 값에 맞춰 배율 조정됩니다(값의 80 %는 모든 분기에서 80 %). 해제: 일정의 단계는 그대로이고 값은 첫 단계 이전에만 적용됩니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Its schedule is scaled × %1 with it, in every quarter.</source>
        <translation>그 일정은 모든 분기에서 × %1로 배율 조정됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-109"/>
        <source>Which catalog choice of the hall changes by quarter: racks keep the generation they were delivered as</source>
        <translation>홀의 어떤 카탈로그 선택이 분기별로 바뀌는지: 랙은 납품된 세대를 유지합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice by quarter</source>
        <translation>분기별 선택</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A step a year after the last one, with the next choice that fits</source>
        <translation>마지막 단계 1년 뒤에 다음으로 맞는 선택으로 단계를 추가합니다</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The catalog entries that fit the hall in this quarter</source>
        <translation>이 분기에 홀에 맞는 카탈로그 항목</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No other catalog choice fits this hall in %1</source>
        <translation>%1에 이 홀에 맞는 다른 카탈로그 선택이 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/shownproblems.cpp" line="+15"/>
        <location line="+14"/>
        <location line="+1"/>
        <source>%1 tokens/s</source>
        <translation>%1 토큰/s</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>In %1 nothing is online yet: the demand of %2 waits for the first racks</source>
        <translation>%1에는 아직 가동 없음: %2 수요가 첫 랙을 기다립니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In %1 the demand of %2 gets %3: %4 (%5) unmet</source>
        <translation>%1에 %2 수요가 %3만 받습니다: %4(%5) 부족</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, limited by %2</source>
        <translation>%1, %2에 의해 제한됨</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, limited by %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 외 %n개에 의해 제한됨</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-49"/>
        <source>never within the horizon</source>
        <translation>계획 기간 내 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing to pay back</source>
        <translation>회수할 투자 없음</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 tokens over %2 quarters from %3; capex %4; NPV %5; payback %6 (docs/timeline.md).</source>
        <translation>%3부터 %2분기 동안 %1 토큰; Capex %4; NPV %5; 투자 회수 %6 (docs/timeline.md).</translation>
    </message>
    <message>
        <location filename="../ui/whatif/goalseekdialog.cpp" line="+180"/>
        <source>Cannot reach it: %1 does not depend on %2 within [%3, %4]; it stays at %5.</source>
        <translation>도달할 수 없습니다: %1은(는) [%3, %4] 범위에서 %2에 따라 변하지 않고 %5에 머뭅니다.</translation>
    </message>
</context>
</TS>
