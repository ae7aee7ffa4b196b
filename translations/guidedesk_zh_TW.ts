<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW" sourcelanguage="en_US">
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
    <name>EditBasicsDialog</name>
    <message>
        <source>Edit basics</source>
        <translation>編輯基本資訊</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>請輸入顧客姓名。</translation>
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
        <translation>未填寫</translation>
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
        <translation>年</translation>
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