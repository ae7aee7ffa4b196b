<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW" sourcelanguage="en_US">
<context>
    <name>BirthdayChip</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n 天前</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation><numerusform>%n 天後</numerusform></translation>
    </message>
    <message>
        <source>lunar</source>
        <translation>農歷</translation>
    </message>
    <message numerus="yes">
        <source>turns %n</source>
        <translation><numerusform>%n 歲</numerusform></translation>
    </message>
</context>
<context>
    <name>BirthdayInputs</name>
    <message>
        <source>Lunar calendar</source>
        <translation>農歷</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>%1 (month)</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>%1 (day)</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>Year (optional)</source>
        <translation>年份（選填）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>閏月</translation>
    </message>
</context>
<context>
    <name>CouponText</name>
    <message>
        <source>valid %1 – %2</source>
        <translation>有效期 %1 – %2</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>長期有效</translation>
    </message>
    <message>
        <source>on %1 or more</source>
        <translation>滿 %1 可用</translation>
    </message>
    <message>
        <source>no minimum spend</source>
        <translation>無門檻</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>不限量</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>剩餘 %1 / %2</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>未到生效日</translation>
    </message>
    <message>
        <source>Quota used up</source>
        <translation>額度已用完</translation>
    </message>
    <message>
        <source>Pending · waiting to sync</source>
        <translation>待確認 · 等待同步</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已發放</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已核銷</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>未發出</translation>
    </message>
    <message>
        <source>The store's quota for this coupon is used up.</source>
        <translation>本店此券的額度已用完。</translation>
    </message>
    <message>
        <source>The coupon had expired.</source>
        <translation>此券已過期。</translation>
    </message>
    <message>
        <source>The coupon was not valid yet.</source>
        <translation>此券尚未生效。</translation>
    </message>
    <message>
        <source>The customer already holds this coupon.</source>
        <translation>該顧客已持有此券。</translation>
    </message>
    <message>
        <source>The server refused it (%1).</source>
        <translation>服務器未予發放（%1）。</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>發放於 %1</translation>
    </message>
    <message>
        <source>redeemed %1</source>
        <translation>核銷於 %1</translation>
    </message>
</context>
<context>
    <name>CouponsCard</name>
    <message>
        <source>Issue coupon</source>
        <translation>發券</translation>
    </message>
    <message>
        <source>No coupons yet.</source>
        <translation>還沒有優惠券。</translation>
    </message>
    <message>
        <source>Issued on this device; it reaches the server with the next sync.</source>
        <translation>已在本機發放，下次同步時送達服務器。</translation>
    </message>
</context>
<context>
    <name>CoverageRowView</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>共 %n 位顧客</numerusform></translation>
    </message>
    <message>
        <source>average %1%</source>
        <translation>平均 %1%</translation>
    </message>
</context>
<context>
    <name>CustomerListPane</name>
    <message>
        <source>Pinyin initials / name / last 4 phone digits</source>
        <translation>拼音首字母 / 姓名 / 手機尾號</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消費額</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>共 %n 位顧客</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>找到 %n 位顧客</numerusform></translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>還沒有顧客</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>沒有與「%1」匹配的顧客</translation>
    </message>
    <message>
        <source>Customers appear here once they are added at the counter or synced from the store.</source>
        <translation>在櫃台新增顧客或從門店同步後，顧客會顯示在這裡。</translation>
    </message>
    <message>
        <source>Try pinyin initials (zs), a full name, or the last 4 digits of the phone.</source>
        <translation>試試拼音首字母（zs）、完整姓名或手機尾號後四位。</translation>
    </message>
    <message>
        <source>Getting your customers…</source>
        <translation>正在獲取您的顧客…</translation>
    </message>
    <message>
        <source>They appear here as the first sync goes on; search works once it is done.</source>
        <translation>首次同步進行中，顧客會陸續顯示在這裡；同步完成後即可搜索。</translation>
    </message>
    <message>
        <source>+ New customer</source>
        <translation>+ 新建客戶</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>新建客戶（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>CustomerProfilePage</name>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>門店櫃台</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>小程式</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>營銷活動</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>批量匯入</translation>
    </message>
    <message>
        <source>leap </source>
        <translation>閏</translation>
    </message>
    <message>
        <source>Lunar %1month %2, day %3</source>
        <translation>農歷%1%2月%3日</translation>
    </message>
    <message>
        <source>%1/%2 (year unknown)</source>
        <translation>%1月%2日（年份不詳）</translation>
    </message>
    <message>
        <source>No purchase yet.</source>
        <translation>尚未消費。</translation>
    </message>
    <message numerus="yes">
        <source>Spent %1 in %n visit(s)</source>
        <translation><numerusform>%n 次到店共消費 %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; last visit %n day(s) ago</source>
        <translation><numerusform>；最近一次到店在 %n 天前</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; usually every %n day(s)</source>
        <translation><numerusform>；通常每 %n 天來一次</numerusform></translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>未找到該顧客</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>消費概況</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>累計消費</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次數</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>客單價</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>偏好品類</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本資訊</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Card opened</source>
        <translation>開卡日期</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>專屬導購</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>門店</translation>
    </message>
    <message>
        <source>Added via</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>備注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>還沒有標籤。</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>消費記錄</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>溝通記錄</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>打標籤</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>優惠券</translation>
    </message>
</context>
<context>
    <name>CustomerRow</name>
    <message>
        <source>No purchase yet</source>
        <translation>尚未消費</translation>
    </message>
    <message>
        <source>Visited today</source>
        <translation>今天到店</translation>
    </message>
    <message numerus="yes">
        <source>Last visit %n day(s) ago</source>
        <translation><numerusform>%n 天前到店</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last visit %n month(s) ago</source>
        <translation><numerusform>%n 個月前到店</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last visit %n year(s) ago</source>
        <translation><numerusform>%n 年前到店</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardBody</name>
    <message numerus="yes">
        <source>The oldest has waited %n minute(s)</source>
        <translation><numerusform>最早的一單已等待 %n 分鐘</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The oldest has waited %n hour(s)</source>
        <translation><numerusform>最早的一單已等待 %n 小時</numerusform></translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在線</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登錄</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>同步出錯</translation>
    </message>
    <message>
        <source>paid, nobody has claimed them</source>
        <translation>已付款，尚無人認領</translation>
    </message>
    <message>
        <source>tasks for today</source>
        <translation>項今日任務</translation>
    </message>
    <message>
        <source>birthdays this week</source>
        <translation>位客戶本周生日</translation>
    </message>
    <message>
        <source>customers at risk · %1 at stake</source>
        <translation>位客戶有流失風險 · 涉及 %1</translation>
    </message>
    <message>
        <source>customers at risk</source>
        <translation>位客戶有流失風險</translation>
    </message>
    <message numerus="yes">
        <source>tag coverage of %n customer(s)</source>
        <translation><numerusform>%n 位客戶的標籤覆蓋率</numerusform></translation>
    </message>
    <message>
        <source>new members this month</source>
        <translation>本月新會員</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n 項更改等待發送</numerusform></translation>
    </message>
    <message>
        <source>nothing waiting to be sent</source>
        <translation>沒有待發送的更改</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n 項逾期</numerusform></translation>
    </message>
    <message>
        <source>Greetings are among today's tasks.</source>
        <translation>生日祝福已列入今日任務。</translation>
    </message>
    <message>
        <source>Least filled: %1</source>
        <translation>最少填寫：%1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>Sign in to see your tasks</source>
        <translation>登錄後查看你的任務</translation>
    </message>
    <message>
        <source>Sign in to see birthdays</source>
        <translation>登錄後查看生日</translation>
    </message>
    <message>
        <source>This device does not sync: it works on its own demo store.</source>
        <translation>本機不同步：使用的是本機的演示數據。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>無法讀取數據：%1</translation>
    </message>
    <message>
        <source>No online orders have reached this device: the mini-program mall is not connected here.</source>
        <translation>本機還沒有收到線上訂單：此處未連接小程式商城。</translation>
    </message>
    <message>
        <source>Not enough purchase history yet to tell who is about to lapse.</source>
        <translation>購買記錄還不夠，暫時無法判斷誰可能流失。</translation>
    </message>
    <message>
        <source>The store has no HQ tag library yet.</source>
        <translation>門店還沒有總部標籤庫。</translation>
    </message>
    <message>
        <source>No customers in your book yet.</source>
        <translation>你名下還沒有客戶。</translation>
    </message>
    <message numerus="yes">
        <source>%n new today</source>
        <translation><numerusform>今天 %n 位</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardGrid</name>
    <message>
        <source>Arrange your dashboard: drag a widget, or focus it and use Ctrl+arrows, + / − and Delete.</source>
        <translation>調整工作台：拖動組件，或選中後用 Ctrl+方向鍵移動、+ / − 調整大小、Delete 移除。</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>自定義</translation>
    </message>
    <message>
        <source>Add widget</source>
        <translation>添加組件</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>撤銷移除</translation>
    </message>
    <message>
        <source>Store default</source>
        <translation>門店預設</translation>
    </message>
    <message>
        <source>Reset to the store's default layout</source>
        <translation>恢復為門店預設佈局</translation>
    </message>
    <message>
        <source>Save as store default</source>
        <translation>保存為門店預設</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Your dashboard is empty: add a widget.</source>
        <translation>工作台是空的：請添加組件。</translation>
    </message>
    <message>
        <source>Your dashboard is empty. Customize it to add widgets.</source>
        <translation>工作台是空的。點「自定義」添加組件。</translation>
    </message>
</context>
<context>
    <name>DashboardPlacement</name>
    <message>
        <source>Today's sales</source>
        <translation>今日業績</translation>
    </message>
    <message>
        <source>This month's sales</source>
        <translation>本月業績</translation>
    </message>
    <message>
        <source>Orders waiting</source>
        <translation>待處理訂單</translation>
    </message>
    <message>
        <source>Today's tasks</source>
        <translation>今日任務</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation>流失風險客戶</translation>
    </message>
    <message>
        <source>Tag coverage</source>
        <translation>標籤覆蓋率</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新會員</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同步狀態</translation>
    </message>
</context>
<context>
    <name>DashboardSales</name>
    <message>
        <source>of %1 target</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <source>No target set for you yet</source>
        <translation>尚未為你設定目標</translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation>線上 %1</translation>
    </message>
    <message>
        <source>%1% of target</source>
        <translation>完成目標 %1%</translation>
    </message>
</context>
<context>
    <name>DashboardTile</name>
    <message>
        <source>Change size</source>
        <translation>調整大小</translation>
    </message>
    <message>
        <source>Remove widget</source>
        <translation>移除組件</translation>
    </message>
</context>
<context>
    <name>EditBasicsDialog</name>
    <message>
        <source>Edit basics</source>
        <translation>編輯基本資訊</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>請輸入客戶姓名。</translation>
    </message>
    <message>
        <source>Choose both the month and the day of the birthday, or neither.</source>
        <translation>生日請同時選擇月和日，或都不選。</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and this year, or left empty.</source>
        <translation>出生年份須在 1900 年到今年之間，或留空。</translation>
    </message>
    <message>
        <source>Day %1 does not exist in month %2.</source>
        <translation>%2 月沒有 %1 日。</translation>
    </message>
    <message>
        <source>%1 has no February 29.</source>
        <translation>%1 年沒有 2 月 29 日。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>暱稱</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>不填</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Lunar</source>
        <translation>農歷</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>閏月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>備注</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Member level</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>暱稱</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>備注</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>bytes that are not valid text in this encoding</source>
        <translation>含有此編碼下無效的字節</translation>
    </message>
    <message>
        <source>a quote (") is opened and never closed</source>
        <translation>引號（"）沒有閉合</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>閉合引號後還有文字</translation>
    </message>
    <message>
        <source>a cell longer than 64 KB</source>
        <translation>單元格超過 64 KB</translation>
    </message>
    <message>
        <source>more than 512 cells</source>
        <translation>超過 512 個單元格</translation>
    </message>
    <message>
        <source>invisible control characters</source>
        <translation>含有不可見的控制字符</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>沒有姓名</translation>
    </message>
    <message>
        <source>a name longer than 100 characters</source>
        <translation>姓名超過 100 個字</translation>
    </message>
    <message>
        <source>not a phone number (mobile 1[3-9] + 9 digits, landline 0 + area code, or +country)</source>
        <translation>不是電話號碼（手機 1[3-9] 加 9 位數字，固話 0 加區號，或 +國家代碼）</translation>
    </message>
    <message>
        <source>gender not understood (男/女, M/F)</source>
        <translation>無法識別性別（男/女，M/F）</translation>
    </message>
    <message>
        <source>not a date (1990-03-05, 1990/3/5, 3月5日, 农历…)</source>
        <translation>不是日期（1990-03-05、1990/3/5、3月5日、農歷…）</translation>
    </message>
    <message>
        <source>member level not understood (普通, 银卡, 金卡, 白金)</source>
        <translation>無法識別會員等級（普通、銀卡、金卡、白金）</translation>
    </message>
    <message>
        <source>a nickname longer than 100 characters</source>
        <translation>暱稱超過 100 個字</translation>
    </message>
    <message>
        <source>a remark longer than 2000 characters</source>
        <translation>備注超過 2000 個字</translation>
    </message>
    <message>
        <source>skipped: the same customer as an earlier row</source>
        <translation>已跳過：與前面某行是同一位客戶</translation>
    </message>
    <message>
        <source>skipped: already a customer (same name and last 4 digits)</source>
        <translation>已跳過：已是客戶（姓名和尾號相同）</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>無法打開文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>No column holds the names: choose "Name" for one column below.</source>
        <translation>沒有找到姓名列：請在下方為某一列選擇「姓名」。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>已取消，未匯入任何客戶。</translation>
    </message>
    <message>
        <source>The device could not save the customers. Nothing was imported.</source>
        <translation>本機無法保存這些客戶，未匯入任何客戶。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Row %1%2: %3</source>
        <translation>第 %1 行%2：%3</translation>
    </message>
    <message>
        <source>(row %1)</source>
        <translation>（第 %1 行）</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>選擇 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import is not available on a read-only customer book.</source>
        <translation>只讀的客戶名冊無法匯入。</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>從 CSV 文件匯入客戶</translation>
    </message>
    <message>
        <source>UTF-8 or GBK (as Excel saves it). The first row names the columns. Nothing is written until you press Import, and then all customers are imported or none.</source>
        <translation>支持 UTF-8 或 GBK（Excel 的預設保存格式）。第一行為列名。按下「匯入」之前不會寫入任何數據；匯入時要麼全部匯入，要麼一個都不匯入。</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>CSV 文件路徑</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>選擇文件…</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>檢查文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>文件內容</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前幾行</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s). They reach the server with the next sync.</source>
        <translation><numerusform>已匯入 %n 位客戶，下次同步時發送到服務器。</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: some rows cannot be imported (below). Fix the file, or import only the good rows.</source>
        <translation>未匯入任何客戶：有些行無法匯入（見下方）。請修改文件，或只匯入沒有問題的行。</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready to import, %3 cannot be imported, %4 duplicates skipped.</source>
        <translation>共 %1 行：%2 行可匯入，%3 行無法匯入，跳過 %4 行重復。</translation>
    </message>
    <message>
        <source>Rows not imported (%1)</source>
        <translation>未匯入的行（%1）</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the rows that cannot be imported</source>
        <translation>只匯入沒有問題的行，跳過無法匯入的行</translation>
    </message>
    <message numerus="yes">
        <source>Import %n customer(s)</source>
        <translation><numerusform>匯入 %n 位客戶</numerusform></translation>
    </message>
</context>
<context>
    <name>InitialSyncBanner</name>
    <message>
        <source>Getting your customers from the server… %1%</source>
        <translation>正在從服務器獲取您的顧客… %1%</translation>
    </message>
    <message>
        <source>The first sync is paused: %1</source>
        <translation>首次同步已暫停：%1</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>網絡未連接</translation>
    </message>
    <message>
        <source>see the sync status</source>
        <translation>請查看同步狀態</translation>
    </message>
    <message>
        <source>%1 of about %2 records. If the connection drops, it continues where it stopped.</source>
        <translation>已獲取 %1 / 約 %2 條記錄。網絡中斷後會從中斷處繼續。</translation>
    </message>
</context>
<context>
    <name>IssueCouponDialog</name>
    <message>
        <source>Issue a coupon</source>
        <translation>發放優惠券</translation>
    </message>
    <message>
        <source>Pick a coupon above.</source>
        <translation>請在上方選擇一張優惠券。</translation>
    </message>
    <message>
        <source>%1 will get %2 (%3 off).</source>
        <translation>將向 %1 發放「%2」（減 %3）。</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>發給 %1</translation>
    </message>
    <message>
        <source>No coupons yet: they arrive from the server with the next sync.</source>
        <translation>暫無可發的券：下次同步時會從服務器下發。</translation>
    </message>
    <message>
        <source>Saved on this device at once and sent with the next sync; the server checks the quota.</source>
        <translation>立即保存在本機，隨下次同步發送；額度由服務器核定。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Issue coupon</source>
        <translation>發券</translation>
    </message>
</context>
<context>
    <name>LevelChip</name>
    <message>
        <source>Platinum</source>
        <translation>白金卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>銀卡</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>普通會員</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>GuideDesk</source>
        <translation>導購工作台</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示數據</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Saved. It will reach the server with the next sync.</source>
        <translation>已保存，下次同步時會發送到服務器。</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>What did you talk about? Sizes tried, what they liked, when they will come back…</source>
        <translation>聊了甚麼？試穿的尺碼、喜歡的款式、下次何時來…</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>保存記錄</translation>
    </message>
</context>
<context>
    <name>NotesCard</name>
    <message>
        <source>No notes yet.</source>
        <translation>還沒有記錄。</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <translation>等待同步</translation>
    </message>
</context>
<context>
    <name>OrderBanner</name>
    <message numerus="yes">
        <source>%n new paid order(s)</source>
        <translation><numerusform>%n 個新付款訂單</numerusform></translation>
    </message>
    <message>
        <source>New paid order</source>
        <translation>新付款訂單</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <source>Back to the orders</source>
        <translation>返回訂單列表</translation>
    </message>
    <message>
        <source>Escalated to the floor manager</source>
        <translation>已升級給樓面經理</translation>
    </message>
    <message>
        <source>Your claim was not accepted: %1</source>
        <translation>接單未成功：%1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>接單</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待自提</translation>
    </message>
    <message>
        <source>Called the customer</source>
        <translation>已致電顧客</translation>
    </message>
    <message>
        <source>Messaged on WeChat</source>
        <translation>已微信聯繫</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>The mall sent items this app cannot read.</source>
        <translation>商城發來的商品資訊本應用無法讀取。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>訂單記錄</translation>
    </message>
</context>
<context>
    <name>OrderEventRow</name>
    <message>
        <source>waiting to be sent</source>
        <translation>等待發送</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Escalated</source>
        <translation>已升級</translation>
    </message>
    <message>
        <source>Items unreadable</source>
        <translation>商品資訊無法讀取</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message numerus="yes">
        <source>%1 %2 min (%n order(s))</source>
        <translation><numerusform>%1 %2 分鐘（%n 單）</numerusform></translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>待發貨</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待自提</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>退款申請中</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>小程式</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>分享鏈接</translation>
    </message>
    <message>
        <source>During store hours</source>
        <translation>營業時間內</translation>
    </message>
    <message>
        <source>After closing</source>
        <translation>閉店後</translation>
    </message>
    <message>
        <source>Same city</source>
        <translation>同城</translation>
    </message>
    <message>
        <source>Another city: %1</source>
        <translation>異地：%1</translation>
    </message>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation><numerusform>已等待 %n 分鐘</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>waiting %n h</source>
        <translation><numerusform>已等待 %n 小時</numerusform></translation>
    </message>
    <message>
        <source>Claimed by you · sending…</source>
        <translation>已由你接單 · 發送中…</translation>
    </message>
    <message>
        <source>Claimed by you</source>
        <translation>已由你接單</translation>
    </message>
    <message>
        <source>Claimed by %1</source>
        <translation>已被 %1 接單</translation>
    </message>
    <message>
        <source>You have claimed this order already.</source>
        <translation>你已經接過這個訂單了。</translation>
    </message>
    <message>
        <source>This order cannot be claimed or changed in its current status.</source>
        <translation>此訂單當前狀態下無法接單或修改。</translation>
    </message>
    <message>
        <source>Only the guide who claimed the order can do this.</source>
        <translation>只有接單的導購可以這樣做。</translation>
    </message>
    <message>
        <source>This order is not on this device.</source>
        <translation>本設備上沒有這個訂單。</translation>
    </message>
    <message>
        <source>Sign in to handle orders.</source>
        <translation>請登錄後處理訂單。</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>操作未成功。</translation>
    </message>
    <message>
        <source>Placed · %1</source>
        <translation>下單 · %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>%1 messaged the customer on WeChat</source>
        <translation>%1 已通過微信聯繫顧客</translation>
    </message>
    <message>
        <source>%1 called the customer</source>
        <translation>%1 已致電顧客</translation>
    </message>
    <message>
        <source>Escalated to the floor manager</source>
        <translation>已升級給樓面經理</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Sign in to see your orders</source>
        <translation>登錄後查看你的訂單</translation>
    </message>
    <message>
        <source>Mini-program orders from your customers appear here as they come in.</source>
        <translation>你的顧客在小程式下的訂單會實時出現在這裡。</translation>
    </message>
    <message>
        <source>Offline — showing the last known state; claims will be sent when back online.</source>
        <translation>離線 — 顯示最近一次同步的狀態；接單將在恢復聯網後發送。</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation><numerusform>%n 單待接</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation><numerusform>%n 單已升級</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n today</source>
        <translation><numerusform>今日 %n 單</numerusform></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部訂單</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待接單</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>我接的單</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Response times, 7 days:</source>
        <translation>近 7 天接單用時：</translation>
    </message>
    <message>
        <source>No orders here yet</source>
        <translation>這裡還沒有訂單</translation>
    </message>
    <message>
        <source>New orders arrive when the device is back online.</source>
        <translation>設備恢復聯網後，新訂單會自動到達。</translation>
    </message>
    <message>
        <source>New mini-program orders appear here within a second.</source>
        <translation>新的小程式訂單會在一秒內出現在這裡。</translation>
    </message>
    <message>
        <source>Choose an order to see its detail</source>
        <translation>選擇一個訂單查看詳情</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客戶</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>請輸入客戶姓名。</translation>
    </message>
    <message>
        <source>A name can have at most 100 characters.</source>
        <translation>姓名最多 100 個字。</translation>
    </message>
    <message>
        <source>Only digits, spaces, dashes and a leading + please.</source>
        <translation>只能輸入數字、空格和短橫線，開頭可加 +。</translation>
    </message>
    <message>
        <source>Not a phone number: a mobile has 11 digits (1[3-9]…), a landline starts with 0 and its area code, another country's number with +.</source>
        <translation>不是有效的電話號碼：手機號為 11 位（1[3-9]…），固話以 0 和區號開頭，境外號碼以 + 開頭。</translation>
    </message>
    <message>
        <source>Choose a gender or leave it open.</source>
        <translation>請選擇性別，或不填。</translation>
    </message>
    <message>
        <source>This date does not exist (check the day, the year, or the leap month).</source>
        <translation>這個日期不存在（請檢查日、年份或閏月）。</translation>
    </message>
    <message>
        <source>One of the tags no longer exists.</source>
        <translation>有一個標籤已不存在。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mobile, landline or +country</source>
        <translation>手機、固話或 +國家代碼</translation>
    </message>
    <message>
        <source>Already a customer? %1 %2</source>
        <translation>已是客戶？%1 %2</translation>
    </message>
    <message>
        <source>Same last 4 digits: %1 %2</source>
        <translation>尾號相同：%1 %2</translation>
    </message>
    <message>
        <source>Same name: %1 %2</source>
        <translation>同名：%1 %2</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打開檔案</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>性別（選填）</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>不填</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Birthday (optional)</source>
        <translation>生日（選填）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved on this device at once; it reaches the server with the next sync.</source>
        <translation>已立即保存在本機，下次同步時發送到服務器。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Pick one tag of each single-choice group (one size, one body shape).</source>
        <translation>每個單選標籤組只能選一個標籤（一個尺碼、一個體型）。</translation>
    </message>
    <message>
        <source>Tags for the new customer</source>
        <translation>新客戶的標籤</translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation>標籤（可選）</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暫無</translation>
    </message>
    <message>
        <source>Choose tags…</source>
        <translation>選擇標籤…</translation>
    </message>
</context>
<context>
    <name>ReviewBusy</name>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
</context>
<context>
    <name>RuleBuilder</name>
    <message>
        <source>This rule cannot be counted</source>
        <translation>此條件無法統計</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>共 %n 位顧客</numerusform></translation>
    </message>
    <message>
        <source>No condition yet: every customer you can see</source>
        <translation>尚無條件：包括您能看到的所有顧客</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s), all must hold</source>
        <translation><numerusform>%n 個條件，須全部滿足</numerusform></translation>
    </message>
    <message>
        <source>Has all of these tags</source>
        <translation>同時有以下全部標籤</translation>
    </message>
    <message>
        <source>Has any of these tags</source>
        <translation>有以下任一標籤</translation>
    </message>
    <message>
        <source>Has none of these tags</source>
        <translation>沒有以下任何標籤</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Clear these tags</source>
        <translation>清除這些標籤</translation>
    </message>
    <message>
        <source>Member level</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>銀卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>白金卡</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Before a date</source>
        <translation>某日期之前</translation>
    </message>
    <message>
        <source>After a date</source>
        <translation>某日期之後</translation>
    </message>
    <message>
        <source>More than N days ago</source>
        <translation>超過 N 天未到店</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Total spend (yuan)</source>
        <translation>累計消費（元）</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>到店次數</translation>
    </message>
    <message>
        <source>from</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>生日月份</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>不限月份</translation>
    </message>
    <message>
        <source>Clear all conditions</source>
        <translation>清除全部條件</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失風險</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高風險</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>中風險</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低風險</translation>
    </message>
    <message>
        <source>Customers who never bought have no risk score and match no band.</source>
        <translation>從未購買的顧客沒有風險評分，不屬於任何風險檔。</translation>
    </message>
</context>
<context>
    <name>SalesChart</name>
    <message>
        <source>In store</source>
        <translation>門店</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在線</translation>
    </message>
</context>
<context>
    <name>SegmentResults</name>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in this segment</source>
        <translation><numerusform>此客群共 %n 位顧客</numerusform></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消費額</translation>
    </message>
    <message numerus="yes">
        <source>¥%1 · %n visit(s)</source>
        <translation><numerusform>¥%1 · 到店 %n 次</numerusform></translation>
    </message>
    <message>
        <source>No customer matches this rule</source>
        <translation>沒有符合條件的顧客</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Rename segment</source>
        <translation>重命名客群</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>保存客群</translation>
    </message>
    <message>
        <source>Name, e.g. Gold members not seen for 90 days</source>
        <translation>名稱，例如：90 天未到店的金卡會員</translation>
    </message>
    <message>
        <source>Delete segment?</source>
        <translation>刪除客群？</translation>
    </message>
    <message>
        <source>“%1” is deleted on every device. Its customers keep their tags.</source>
        <translation>「%1」將在所有設備上刪除，顧客的標籤保留不變。</translation>
    </message>
    <message>
        <source>Tag every customer of this segment with…</source>
        <translation>給此客群的每位顧客加上標籤…</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n customer(s)?</source>
        <translation><numerusform>給 %n 位顧客打標籤？</numerusform></translation>
    </message>
    <message>
        <source>“%1” is added to those who do not have it yet. You can undo it afterwards.</source>
        <translation>尚未有「%1」的顧客會被加上該標籤。之後可以撤銷。</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新客群</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save as new…</source>
        <translation>另存為…</translation>
    </message>
    <message>
        <source>Tag all…</source>
        <translation>全部打標籤…</translation>
    </message>
    <message>
        <source>Undo tagging</source>
        <translation>撤銷打標籤</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>導出 CSV</translation>
    </message>
    <message>
        <source>Saved (%1)</source>
        <translation>已保存（%1）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>條件</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>已保存的客群</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Build a rule, then save it to find these customers again.</source>
        <translation>設好條件後保存，下次可直接找到這些顧客。</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>尚未發送</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The interface changes at once; customer data stays as entered.</source>
        <translation>界面語言立即切換；顧客數據保持原樣。</translation>
    </message>
    <message>
        <source>About GuideDesk</source>
        <translation>關於導購工作台</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>當前導購</translation>
    </message>
    <message>
        <source>Nobody (store view)</source>
        <translation>未登錄（門店視圖）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>本地數據</translation>
    </message>
    <message>
        <source>Encrypted with SQLCipher (AES-256); the key is kept in the system keychain.</source>
        <translation>使用 SQLCipher（AES-256）加密，密鑰保存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>數據結構版本</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Demo: generated customers, not real people. Nothing leaves this device.</source>
        <translation>演示：顧客均為生成數據，並非真實人物；數據不會離開本設備。</translation>
    </message>
    <message>
        <source>Store data</source>
        <translation>門店數據</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Birthday tasks, days ahead</source>
        <translation>提前幾天生成生日任務</translation>
    </message>
    <message>
        <source>Revisits a day</source>
        <translation>每天回訪數</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登錄</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用戶名或密碼錯誤。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and try again.</source>
        <translation>無法連接服務器，請檢查網絡後重試。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so the password was not sent.</source>
        <translation>服務器證書不受信任，密碼沒有發送。</translation>
    </message>
    <message>
        <source>Signing in failed (%1).</source>
        <translation>登錄失敗（%1）。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to resume syncing; nothing on this device is lost.</source>
        <translation>登錄已失效。重新登錄後即可繼續同步，本設備上的數據不會丟失。</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用戶：%1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
</context>
<context>
    <name>SizeMismatchRow</name>
    <message>
        <source>Tagged %1; recently bought %2</source>
        <translation>標籤為 %1；最近購買 %2</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>改為 %1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
</context>
<context>
    <name>StaleTagRow</name>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message numerus="yes">
        <source>set %n day(s) ago</source>
        <translation><numerusform>%n 天前設定</numerusform></translation>
    </message>
    <message>
        <source>Still true</source>
        <translation>仍然準確</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <source>Online · %n to send</source>
        <translation><numerusform>在線 · %n 條待發送</numerusform></translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在線</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>First sync %1%</source>
        <translation>首次同步 %1%</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting</source>
        <translation><numerusform>離線 · %n 條待發送</numerusform></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登錄</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>同步出錯</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept on this device and will be sent when the connection returns.</source>
        <translation>無法連接服務器。您的操作已保存在本設備上，網絡恢復後會自動發送。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted. Nothing is sent until this is fixed — ask your IT contact.</source>
        <translation>服務器證書不受信任。問題解決前不會發送任何數據，請聯繫 IT 人員。</translation>
    </message>
    <message>
        <source>The server reported a problem. GuideDesk will try again by itself.</source>
        <translation>服務器報告了問題，導購工作台會自動重試。</translation>
    </message>
    <message>
        <source>The server sent something GuideDesk does not understand. It will try again by itself.</source>
        <translation>服務器返回了無法識別的內容，導購工作台會自動重試。</translation>
    </message>
    <message>
        <source>The local database could not be written. GuideDesk will try again by itself.</source>
        <translation>無法寫入本地資料庫，導購工作台會自動重試。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to resume syncing; nothing on this device is lost.</source>
        <translation>登錄已失效。重新登錄後即可繼續同步，本設備上的數據不會丟失。</translation>
    </message>
    <message>
        <source>Last in step: %1</source>
        <translation>最近同步：%1</translation>
    </message>
    <message>
        <source>Not yet in step with the server.</source>
        <translation>尚未與服務器同步。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server.</source>
        <translation><numerusform>服務器拒絕了 %n 項更改。</numerusform></translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>(to review)</source>
        <translation>（待復核）</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待復核</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>My tags</source>
        <translation>我的標籤</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TagPickerChip</name>
    <message>
        <source>to review</source>
        <translation>待復核</translation>
    </message>
</context>
<context>
    <name>TagPickerSection</name>
    <message>
        <source>My tags</source>
        <translation>我的標籤</translation>
    </message>
    <message>
        <source>pick one</source>
        <translation>單選</translation>
    </message>
</context>
<context>
    <name>TagPickerSheet</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>已選 %n 個</numerusform></translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>A tag of your own, e.g. loves silk</source>
        <translation>自定義標籤，如：喜歡真絲</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <source>To review</source>
        <translation>待復核</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆蓋率</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>抽查</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) older than the shelf life</source>
        <translation><numerusform>%n 個標籤已超過有效期</numerusform></translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <source>Confirmed: the tag is fresh again.</source>
        <translation>已確認，標籤已更新。</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已移除。</translation>
    </message>
    <message>
        <source>Every tag is fresh</source>
        <translation>所有標籤都在有效期內</translation>
    </message>
    <message numerus="yes">
        <source>Tags set more than %n day(s) ago appear here for a check.</source>
        <translation><numerusform>超過 %n 天未更新的標籤會出現在這裡，供您復核。</numerusform></translation>
    </message>
    <message>
        <source>No guides yet</source>
        <translation>還沒有導購</translation>
    </message>
    <message>
        <source>Coverage appears once the store's guides and tags have arrived.</source>
        <translation>門店的導購和標籤同步到本機後，這裡會顯示覆蓋率。</translation>
    </message>
    <message>
        <source>Size tags that most of the last five purchases disagree with.</source>
        <translation>尺碼標籤與最近五次購買中多數尺碼不一致的顧客。</translation>
    </message>
    <message>
        <source>Size updated.</source>
        <translation>尺碼已更新。</translation>
    </message>
    <message>
        <source>Kept.</source>
        <translation>已保留。</translation>
    </message>
    <message>
        <source>No contradictions</source>
        <translation>沒有不一致</translation>
    </message>
    <message>
        <source>Every size tag agrees with what the customer bought recently.</source>
        <translation>所有尺碼標籤都與顧客最近的購買一致。</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>無法讀取復核結果：%1</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即將到來</translation>
    </message>
    <message>
        <source>Revisit</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>HQ campaign</source>
        <translation>總部任務</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>待辦</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已聯繫</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Will visit</source>
        <translation>會到店</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感興趣</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>已購買</translation>
    </message>
    <message>
        <source>Usually comes every %1 days; last visit %2 days ago</source>
        <translation>平時每 %1 天來一次；上次到店在 %2 天前</translation>
    </message>
    <message numerus="yes">
        <source>Bought once, %n day(s) ago, and has not come back</source>
        <translation><numerusform>%n 天前買過一次，之後沒再來</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Coming less often than before; last visit %n day(s) ago</source>
        <translation><numerusform>到店比以前少了；上次到店在 %n 天前</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last visit %n day(s) ago</source>
        <translation><numerusform>%n 天前到店</numerusform></translation>
    </message>
    <message>
        <source>%1% likely not to come back</source>
        <translation>流失可能 %1%</translation>
    </message>
    <message>
        <source>Lunar %1month %2, day %3</source>
        <translation>農歷%1%2月%3日</translation>
    </message>
    <message>
        <source>leap </source>
        <translation>閏</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1月%2日</translation>
    </message>
    <message numerus="yes">
        <source>turns %n</source>
        <translation><numerusform>%n 歲</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation><numerusform>逾期 %n 天</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation><numerusform>%n 天後</numerusform></translation>
    </message>
    <message>
        <source>¥%1 at stake</source>
        <translation>涉及 ¥%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>等待同步</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍後提醒</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明天再提醒</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>推遲 3 天</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>推遲一周</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>轉交</translation>
    </message>
</context>
<context>
    <name>TimelineCard</name>
    <message>
        <source>Nothing yet.</source>
        <translation>暫無記錄。</translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>coupon waiting to be issued</source>
        <translation>優惠券待發放</translation>
    </message>
    <message>
        <source>coupon issued</source>
        <translation>已發優惠券</translation>
    </message>
    <message>
        <source>coupon redeemed</source>
        <translation>優惠券已核銷</translation>
    </message>
    <message>
        <source>coupon refused</source>
        <translation>優惠券發放被拒</translation>
    </message>
    <message>
        <source>pending payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>to ship</source>
        <translation>待發貨</translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation>待到店自提</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>refund requested</source>
        <translation>申請退款</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>打上標籤：%1</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>訂單 %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Sign in to see your tasks</source>
        <translation>登錄後查看你的任務</translation>
    </message>
    <message>
        <source>Your revisits, birthdays and HQ tasks appear here once you are signed in.</source>
        <translation>登錄後，你的回訪、生日和總部任務會顯示在這裡。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) for today</source>
        <translation><numerusform>今天 %n 項任務</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n 項逾期</numerusform></translation>
    </message>
    <message>
        <source>Add a to-do for today…</source>
        <translation>添加今天的待辦…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <source>Nothing to do right now</source>
        <translation>現在沒有待辦任務</translation>
    </message>
    <message>
        <source>New revisits and birthday greetings appear here each morning. Add a to-do above.</source>
        <translation>每天早上這裡會出現新的回訪和生日祝福任務。也可以在上方添加待辦。</translation>
    </message>
</context>
<context>
    <name>gd::ui::CouponDesk</name>
    <message>
        <source>Coupons cannot be issued on this device.</source>
        <translation>本設備無法發券。</translation>
    </message>
    <message>
        <source>The coupon was not issued: %1</source>
        <translation>優惠券未發放：%1</translation>
    </message>
    <message>
        <source>Sign in to issue coupons.</source>
        <translation>請先登錄再發券。</translation>
    </message>
    <message>
        <source>There is nobody to issue the coupon to.</source>
        <translation>沒有可發券的顧客。</translation>
    </message>
    <message>
        <source>That is too many customers at once (at most %1).</source>
        <translation>一次發放的顧客太多（最多 %1 位）。</translation>
    </message>
    <message>
        <source>This coupon is not offered by your store.</source>
        <translation>本店沒有這張優惠券。</translation>
    </message>
    <message>
        <source>This coupon is not valid yet.</source>
        <translation>此券尚未生效。</translation>
    </message>
    <message>
        <source>This coupon has expired.</source>
        <translation>此券已過期。</translation>
    </message>
    <message>
        <source>A customer of the list is not on this device.</source>
        <translation>名單中有顧客不在本設備上。</translation>
    </message>
    <message>
        <source>A customer appears twice in the list.</source>
        <translation>名單中有顧客重復出現。</translation>
    </message>
    <message>
        <source>%1 already holds this coupon.</source>
        <translation>%1 已持有此券。</translation>
    </message>
</context>
<context>
    <name>gd::ui::CustomerBook</name>
    <message>
        <source>This customer book is read-only.</source>
        <translation>此顧客名冊為只讀。</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>請先填寫內容。</translation>
    </message>
    <message>
        <source>A note can hold at most 10,000 characters.</source>
        <translation>一條記錄最多 10,000 個字。</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>記錄未保存：%1</translation>
    </message>
    <message>
        <source>“%1” cannot be changed here.</source>
        <translation>這裡不能修改「%1」。</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>顧客需要有姓名。</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>修改未保存：%1</translation>
    </message>
</context>
<context>
    <name>gd::ui::SegmentBook</name>
    <message>
        <source>(removed tag)</source>
        <translation>（已刪除的標籤）</translation>
    </message>
    <message>
        <source>This segment's rule cannot be read by this version of GuideDesk.</source>
        <translation>此版本的導購工作台無法讀取該客群的條件。</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>請給客群起個名字。</translation>
    </message>
    <message>
        <source>A name can have at most 100 characters.</source>
        <translation>姓名最多 100 個字。</translation>
    </message>
    <message>
        <source>Sign in to save segments.</source>
        <translation>登錄後才能保存客群。</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>客群未保存：%1</translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>此客群已不存在。</translation>
    </message>
    <message>
        <source>The segment was not renamed: %1</source>
        <translation>客群未重命名：%1</translation>
    </message>
    <message>
        <source>The segment was not deleted: %1</source>
        <translation>客群未刪除：%1</translation>
    </message>
    <message>
        <source>Sign in to tag customers.</source>
        <translation>登錄後才能給顧客打標籤。</translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>正在加標籤…</translation>
    </message>
    <message>
        <source>The tag was not added: %1</source>
        <translation>標籤未加上：%1</translation>
    </message>
    <message numerus="yes">
        <source>Tag added to %n customer(s).</source>
        <translation><numerusform>已給 %n 位顧客加上標籤。</numerusform></translation>
    </message>
    <message>
        <source>Removing the tag again…</source>
        <translation>正在撤下標籤…</translation>
    </message>
    <message>
        <source>The tag was not removed: %1</source>
        <translation>標籤未撤下：%1</translation>
    </message>
    <message numerus="yes">
        <source>Tag removed again from %n customer(s).</source>
        <translation><numerusform>已從 %n 位顧客撤下標籤。</numerusform></translation>
    </message>
    <message>
        <source>segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone (masked)</source>
        <translation>手機（已脫敏）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Spend (yuan)</source>
        <translation>消費（元）</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次數</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在導出…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>導出失敗：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1</source>
        <translation><numerusform>已導出 %n 位顧客到 %1</numerusform></translation>
    </message>
</context>
<context>
    <name>gd::ui::TagBook</name>
    <message>
        <source>There is no size tag “%1”.</source>
        <translation>沒有「%1」這個尺碼標籤。</translation>
    </message>
    <message>
        <source>This customer book is read-only.</source>
        <translation>此顧客名冊為只讀。</translation>
    </message>
    <message>
        <source>The tag was not changed: %1</source>
        <translation>標籤未修改：%1</translation>
    </message>
</context>
<context>
    <name>gd::ui::TaskBoard</name>
    <message>
        <source>Happy birthday, %1! Wishing you a wonderful year — we have a small gift for you at the counter.</source>
        <translation>%1，生日快樂！祝您新的一歲一切美好——我們在專櫃為您準備了一份小禮物。</translation>
    </message>
    <message>
        <source>Sign in to change tasks.</source>
        <translation>請先登錄再修改任務。</translation>
    </message>
    <message>
        <source>The task could not be completed.</source>
        <translation>任務未能完成。</translation>
    </message>
    <message>
        <source>The task could not be snoozed.</source>
        <translation>任務未能推遲。</translation>
    </message>
    <message>
        <source>Write what to do first.</source>
        <translation>請先寫下要做的事。</translation>
    </message>
    <message>
        <source>A to-do can hold at most 200 characters.</source>
        <translation>待辦最多 200 個字。</translation>
    </message>
    <message>
        <source>The to-do was not saved.</source>
        <translation>待辦未保存。</translation>
    </message>
    <message>
        <source>The progress was not saved.</source>
        <translation>進度未保存。</translation>
    </message>
    <message>
        <source>Only a manager can reassign tasks.</source>
        <translation>只有店長可以轉派任務。</translation>
    </message>
    <message>
        <source>The task could not be reassigned.</source>
        <translation>任務未能轉派。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GuideDesk — the shopping guide's workbench</source>
        <translation>導購工作台 —— 門店導購的工作台</translation>
    </message>
    <message>
        <source>Open a local store with demo data.</source>
        <translation>打開帶演示數據的本地資料庫。</translation>
    </message>
    <message>
        <source>Number of demo customers (100–200000).</source>
        <translation>演示顧客數量（100–200000）。</translation>
    </message>
    <message>
        <source>Seed of the demo data.</source>
        <translation>演示數據的隨機種子。</translation>
    </message>
    <message>
        <source>Path of the local database.</source>
        <translation>本地資料庫路徑。</translation>
    </message>
    <message>
        <source>Load every page, then exit (0 when clean).</source>
        <translation>載入所有頁面後退出（無警告時返回 0）。</translation>
    </message>
    <message>
        <source>Print start-up time and memory, then exit.</source>
        <translation>打印啓動時間和內存佔用後退出。</translation>
    </message>
    <message>
        <source>--demo-customers takes a number from 100 to 200000, not "%1".</source>
        <translation>--demo-customers 需要 100 到 200000 之間的數字，而不是「%1」。</translation>
    </message>
    <message>
        <source>--demo-seed takes a whole number, not "%1".</source>
        <translation>--demo-seed 需要一個整數，而不是「%1」。</translation>
    </message>
    <message>
        <source>%1
GuideDesk keeps the key of its encrypted database in the system keychain and will not run without one.</source>
        <translation>%1
導購工作台把加密資料庫的密鑰保存在系統鑰匙圈中，沒有鑰匙圈時無法運行。</translation>
    </message>
    <message>
        <source>GuideDesk cannot start</source>
        <translation>導購工作台無法啓動</translation>
    </message>
    <message>
        <source>The user interface could not be loaded.</source>
        <translation>無法載入使用者介面。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN, zh_TW or en.</source>
        <translation>界面語言：zh_CN、zh_TW 或 en。</translation>
    </message>
    <message>
        <source>--lang takes zh_CN, zh_TW or en, not "%1".</source>
        <translation>--lang 只接受 zh_CN、zh_TW 或 en，而不是「%1」。</translation>
    </message>
    <message numerus="yes">
        <source>Generating %n demo customer(s)…</source>
        <translation><numerusform>正在生成 %n 位演示顧客…</numerusform></translation>
    </message>
    <message>
        <source>GuideDesk</source>
        <translation>導購工作台</translation>
    </message>
    <message>
        <source>Sync with the GuideDesk server at this HTTPS URL.</source>
        <translation>與此 HTTPS 地址的導購工作台服務器同步。</translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM) for the server.</source>
        <translation>額外信任此 CA 證書（PEM）以驗證服務器。</translation>
    </message>
    <message>
        <source>Sign in to the server as this user.</source>
        <translation>以此用戶身份登錄服務器。</translation>
    </message>
    <message>
        <source>Read the password from this file to sign in (only when the keychain holds no session).</source>
        <translation>從此文件讀取密碼登錄（僅當鑰匙圈中沒有登錄資訊時）。</translation>
    </message>
    <message>
        <source>--server takes an https:// address, not "%1".</source>
        <translation>--server 需要 https:// 地址，而不是「%1」。</translation>
    </message>
    <message>
        <source>--server needs --user.</source>
        <translation>--server 需要同時指定 --user。</translation>
    </message>
    <message>
        <source>--demo and --server exclude each other: the server has its own data.</source>
        <translation>--demo 與 --server 不能同時使用：服務器有自己的數據。</translation>
    </message>
    <message>
        <source>The database key vanished from the keychain.</source>
        <translation>資料庫密鑰已從鑰匙圈中消失。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>無法讀取密碼文件 %1：%2</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so GuideDesk did not send your password. (%1)</source>
        <translation>服務器證書不受信任，導購工作台沒有發送您的密碼。（%1）</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this device has not signed in before. (%1)</source>
        <translation>無法連接服務器，且本設備之前未登錄過。（%1）</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用戶名或密碼錯誤。</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>登錄失敗：%1</translation>
    </message>
    <message>
        <source>This device has no session for %1 yet: give --password-file to sign in.</source>
        <translation>本設備還沒有 %1 的登錄資訊：請用 --password-file 登錄。</translation>
    </message>
</context>
</TS>