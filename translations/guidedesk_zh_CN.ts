<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>CoverageRowView</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>共 %n 位顾客</numerusform></translation>
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
        <translation>拼音首字母 / 姓名 / 手机尾号</translation>
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
        <translation>消费额</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>共 %n 位顾客</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>找到 %n 位顾客</numerusform></translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>还没有顾客</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>没有与“%1”匹配的顾客</translation>
    </message>
    <message>
        <source>Customers appear here once they are added at the counter or synced from the store.</source>
        <translation>在柜台新增顾客或从门店同步后，顾客会显示在这里。</translation>
    </message>
    <message>
        <source>Try pinyin initials (zs), a full name, or the last 4 digits of the phone.</source>
        <translation>试试拼音首字母（zs）、完整姓名或手机尾号后四位。</translation>
    </message>
    <message>
        <source>Getting your customers…</source>
        <translation>正在获取您的顾客…</translation>
    </message>
    <message>
        <source>They appear here as the first sync goes on; search works once it is done.</source>
        <translation>首次同步进行中，顾客会陆续显示在这里；同步完成后即可搜索。</translation>
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
        <translation>门店柜台</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>批量导入</translation>
    </message>
    <message>
        <source>leap </source>
        <translation>闰</translation>
    </message>
    <message>
        <source>Lunar %1month %2, day %3</source>
        <translation>农历%1%2月%3日</translation>
    </message>
    <message>
        <source>%1/%2 (year unknown)</source>
        <translation>%1月%2日（年份不详）</translation>
    </message>
    <message>
        <source>No purchase yet.</source>
        <translation>尚未消费。</translation>
    </message>
    <message numerus="yes">
        <source>Spent %1 in %n visit(s)</source>
        <translation><numerusform>%n 次到店共消费 %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; last visit %n day(s) ago</source>
        <translation><numerusform>；最近一次到店在 %n 天前</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; usually every %n day(s)</source>
        <translation><numerusform>；通常每 %n 天来一次</numerusform></translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>未找到该顾客</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>消费概况</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>偏好品类</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Card opened</source>
        <translation>开卡日期</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>专属导购</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Added via</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>还没有标签。</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>打标签</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>CustomerRow</name>
    <message>
        <source>No purchase yet</source>
        <translation>尚未消费</translation>
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
        <translation><numerusform>%n 个月前到店</numerusform></translation>
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
        <translation>编辑基本信息</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>请输入顾客姓名。</translation>
    </message>
    <message>
        <source>Choose both the month and the day of the birthday, or neither.</source>
        <translation>生日请同时选择月和日，或都不选。</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and this year, or left empty.</source>
        <translation>出生年份须在 1900 年到今年之间，或留空。</translation>
    </message>
    <message>
        <source>Day %1 does not exist in month %2.</source>
        <translation>%2 月没有 %1 日。</translation>
    </message>
    <message>
        <source>%1 has no February 29.</source>
        <translation>%1 年没有 2 月 29 日。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
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
        <translation>农历</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>闰月</translation>
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
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>InitialSyncBanner</name>
    <message>
        <source>Getting your customers from the server… %1%</source>
        <translation>正在从服务器获取您的顾客… %1%</translation>
    </message>
    <message>
        <source>The first sync is paused: %1</source>
        <translation>首次同步已暂停：%1</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>网络未连接</translation>
    </message>
    <message>
        <source>see the sync status</source>
        <translation>请查看同步状态</translation>
    </message>
    <message>
        <source>%1 of about %2 records. If the connection drops, it continues where it stopped.</source>
        <translation>已获取 %1 / 约 %2 条记录。网络中断后会从中断处继续。</translation>
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
        <translation>银卡</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>普通会员</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>GuideDesk</source>
        <translation>导购工作台</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Saved. It will reach the server with the next sync.</source>
        <translation>已保存，下次同步时会发送到服务器。</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>What did you talk about? Sizes tried, what they liked, when they will come back…</source>
        <translation>聊了什么？试穿的尺码、喜欢的款式、下次何时来…</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>保存记录</translation>
    </message>
</context>
<context>
    <name>NotesCard</name>
    <message>
        <source>No notes yet.</source>
        <translation>还没有记录。</translation>
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
        <translation>顾客</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The interface changes at once; customer data stays as entered.</source>
        <translation>界面语言立即切换；顾客数据保持原样。</translation>
    </message>
    <message>
        <source>About GuideDesk</source>
        <translation>关于导购工作台</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>当前导购</translation>
    </message>
    <message>
        <source>Nobody (store view)</source>
        <translation>未登录（门店视图）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>本地数据</translation>
    </message>
    <message>
        <source>Encrypted with SQLCipher (AES-256); the key is kept in the system keychain.</source>
        <translation>使用 SQLCipher（AES-256）加密，密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Demo: generated customers, not real people. Nothing leaves this device.</source>
        <translation>演示：顾客均为生成数据，并非真实人物；数据不会离开本设备。</translation>
    </message>
    <message>
        <source>Store data</source>
        <translation>门店数据</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and try again.</source>
        <translation>无法连接服务器，请检查网络后重试。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so the password was not sent.</source>
        <translation>服务器证书不受信任，密码没有发送。</translation>
    </message>
    <message>
        <source>Signing in failed (%1).</source>
        <translation>登录失败（%1）。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to resume syncing; nothing on this device is lost.</source>
        <translation>登录已失效。重新登录后即可继续同步，本设备上的数据不会丢失。</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>SizeMismatchRow</name>
    <message>
        <source>Tagged %1; recently bought %2</source>
        <translation>标签为 %1；最近购买 %2</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>改为 %1</translation>
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
        <translation><numerusform>%n 天前设置</numerusform></translation>
    </message>
    <message>
        <source>Still true</source>
        <translation>仍然准确</translation>
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
        <translation><numerusform>在线 · %n 条待发送</numerusform></translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
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
        <translation><numerusform>离线 · %n 条待发送</numerusform></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>同步出错</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept on this device and will be sent when the connection returns.</source>
        <translation>无法连接服务器。您的操作已保存在本设备上，网络恢复后会自动发送。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted. Nothing is sent until this is fixed — ask your IT contact.</source>
        <translation>服务器证书不受信任。问题解决前不会发送任何数据，请联系 IT 人员。</translation>
    </message>
    <message>
        <source>The server reported a problem. GuideDesk will try again by itself.</source>
        <translation>服务器报告了问题，导购工作台会自动重试。</translation>
    </message>
    <message>
        <source>The server sent something GuideDesk does not understand. It will try again by itself.</source>
        <translation>服务器返回了无法识别的内容，导购工作台会自动重试。</translation>
    </message>
    <message>
        <source>The local database could not be written. GuideDesk will try again by itself.</source>
        <translation>无法写入本地数据库，导购工作台会自动重试。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to resume syncing; nothing on this device is lost.</source>
        <translation>登录已失效。重新登录后即可继续同步，本设备上的数据不会丢失。</translation>
    </message>
    <message>
        <source>Last in step: %1</source>
        <translation>最近同步：%1</translation>
    </message>
    <message>
        <source>Not yet in step with the server.</source>
        <translation>尚未与服务器同步。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server.</source>
        <translation><numerusform>服务器拒绝了 %n 项更改。</numerusform></translation>
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
        <translation>（待复核）</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待复核</translation>
    </message>
</context>
<context>
    <name>TagPickerChip</name>
    <message>
        <source>to review</source>
        <translation>待复核</translation>
    </message>
</context>
<context>
    <name>TagPickerSection</name>
    <message>
        <source>My tags</source>
        <translation>我的标签</translation>
    </message>
    <message>
        <source>pick one</source>
        <translation>单选</translation>
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
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>已选 %n 个</numerusform></translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>A tag of your own, e.g. loves silk</source>
        <translation>自定义标签，如：喜欢真丝</translation>
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
        <translation>待复核</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>抽查</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) older than the shelf life</source>
        <translation><numerusform>%n 个标签已超过有效期</numerusform></translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <source>Confirmed: the tag is fresh again.</source>
        <translation>已确认，标签已更新。</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已移除。</translation>
    </message>
    <message>
        <source>Every tag is fresh</source>
        <translation>所有标签都在有效期内</translation>
    </message>
    <message numerus="yes">
        <source>Tags set more than %n day(s) ago appear here for a check.</source>
        <translation><numerusform>超过 %n 天未更新的标签会出现在这里，供您复核。</numerusform></translation>
    </message>
    <message>
        <source>No guides yet</source>
        <translation>还没有导购</translation>
    </message>
    <message>
        <source>Coverage appears once the store's guides and tags have arrived.</source>
        <translation>门店的导购和标签同步到本机后，这里会显示覆盖率。</translation>
    </message>
    <message>
        <source>Size tags that most of the last five purchases disagree with.</source>
        <translation>尺码标签与最近五次购买中多数尺码不一致的顾客。</translation>
    </message>
    <message>
        <source>Size updated.</source>
        <translation>尺码已更新。</translation>
    </message>
    <message>
        <source>Kept.</source>
        <translation>已保留。</translation>
    </message>
    <message>
        <source>No contradictions</source>
        <translation>没有不一致</translation>
    </message>
    <message>
        <source>Every size tag agrees with what the customer bought recently.</source>
        <translation>所有尺码标签都与顾客最近的购买一致。</translation>
    </message>
</context>
<context>
    <name>TimelineCard</name>
    <message>
        <source>Nothing yet.</source>
        <translation>暂无记录。</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>coupon waiting to be issued</source>
        <translation>优惠券待发放</translation>
    </message>
    <message>
        <source>coupon issued</source>
        <translation>已发优惠券</translation>
    </message>
    <message>
        <source>coupon redeemed</source>
        <translation>优惠券已核销</translation>
    </message>
    <message>
        <source>coupon refused</source>
        <translation>优惠券发放被拒</translation>
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
        <translation>待发货</translation>
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
        <translation>申请退款</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>打上标签：%1</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>订单 %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>gd::ui::CustomerBook</name>
    <message>
        <source>This customer book is read-only.</source>
        <translation>此顾客名册为只读。</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>请先填写内容。</translation>
    </message>
    <message>
        <source>A note can hold at most 10,000 characters.</source>
        <translation>一条记录最多 10,000 个字。</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>记录未保存：%1</translation>
    </message>
    <message>
        <source>“%1” cannot be changed here.</source>
        <translation>这里不能修改“%1”。</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>顾客需要有姓名。</translation>
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
        <translation>没有“%1”这个尺码标签。</translation>
    </message>
    <message>
        <source>This customer book is read-only.</source>
        <translation>此顾客名册为只读。</translation>
    </message>
    <message>
        <source>The tag was not changed: %1</source>
        <translation>标签未修改：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GuideDesk — the shopping guide's workbench</source>
        <translation>导购工作台 —— 门店导购的工作台</translation>
    </message>
    <message>
        <source>Open a local store with demo data.</source>
        <translation>打开带演示数据的本地数据库。</translation>
    </message>
    <message>
        <source>Number of demo customers (100–200000).</source>
        <translation>演示顾客数量（100–200000）。</translation>
    </message>
    <message>
        <source>Seed of the demo data.</source>
        <translation>演示数据的随机种子。</translation>
    </message>
    <message>
        <source>Path of the local database.</source>
        <translation>本地数据库路径。</translation>
    </message>
    <message>
        <source>Load every page, then exit (0 when clean).</source>
        <translation>加载所有页面后退出（无警告时返回 0）。</translation>
    </message>
    <message>
        <source>Print start-up time and memory, then exit.</source>
        <translation>打印启动时间和内存占用后退出。</translation>
    </message>
    <message>
        <source>--demo-customers takes a number from 100 to 200000, not "%1".</source>
        <translation>--demo-customers 需要 100 到 200000 之间的数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>--demo-seed takes a whole number, not "%1".</source>
        <translation>--demo-seed 需要一个整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1
GuideDesk keeps the key of its encrypted database in the system keychain and will not run without one.</source>
        <translation>%1
导购工作台把加密数据库的密钥保存在系统钥匙串中，没有钥匙串时无法运行。</translation>
    </message>
    <message>
        <source>GuideDesk cannot start</source>
        <translation>导购工作台无法启动</translation>
    </message>
    <message>
        <source>The user interface could not be loaded.</source>
        <translation>无法加载用户界面。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN, zh_TW or en.</source>
        <translation>界面语言：zh_CN、zh_TW 或 en。</translation>
    </message>
    <message>
        <source>--lang takes zh_CN, zh_TW or en, not "%1".</source>
        <translation>--lang 只接受 zh_CN、zh_TW 或 en，而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Generating %n demo customer(s)…</source>
        <translation><numerusform>正在生成 %n 位演示顾客…</numerusform></translation>
    </message>
    <message>
        <source>GuideDesk</source>
        <translation>导购工作台</translation>
    </message>
    <message>
        <source>Sync with the GuideDesk server at this HTTPS URL.</source>
        <translation>与此 HTTPS 地址的导购工作台服务器同步。</translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM) for the server.</source>
        <translation>额外信任此 CA 证书（PEM）以验证服务器。</translation>
    </message>
    <message>
        <source>Sign in to the server as this user.</source>
        <translation>以此用户身份登录服务器。</translation>
    </message>
    <message>
        <source>Read the password from this file to sign in (only when the keychain holds no session).</source>
        <translation>从此文件读取密码登录（仅当钥匙串中没有登录信息时）。</translation>
    </message>
    <message>
        <source>--server takes an https:// address, not "%1".</source>
        <translation>--server 需要 https:// 地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>--server needs --user.</source>
        <translation>--server 需要同时指定 --user。</translation>
    </message>
    <message>
        <source>--demo and --server exclude each other: the server has its own data.</source>
        <translation>--demo 与 --server 不能同时使用：服务器有自己的数据。</translation>
    </message>
    <message>
        <source>The database key vanished from the keychain.</source>
        <translation>数据库密钥已从钥匙串中消失。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so GuideDesk did not send your password. (%1)</source>
        <translation>服务器证书不受信任，导购工作台没有发送您的密码。（%1）</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this device has not signed in before. (%1)</source>
        <translation>无法连接服务器，且本设备之前未登录过。（%1）</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>This device has no session for %1 yet: give --password-file to sign in.</source>
        <translation>本设备还没有 %1 的登录信息：请用 --password-file 登录。</translation>
    </message>
</context>
</TS>