<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
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
        <translation><numerusform>%n 天后</numerusform></translation>
    </message>
    <message>
        <source>lunar</source>
        <translation>农历</translation>
    </message>
    <message numerus="yes">
        <source>turns %n</source>
        <translation><numerusform>%n 岁</numerusform></translation>
    </message>
</context>
<context>
    <name>BirthdayInputs</name>
    <message>
        <source>Lunar calendar</source>
        <translation>农历</translation>
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
        <translation>年份（选填）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>闰月</translation>
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
        <translation>长期有效</translation>
    </message>
    <message>
        <source>on %1 or more</source>
        <translation>满 %1 可用</translation>
    </message>
    <message>
        <source>no minimum spend</source>
        <translation>无门槛</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>不限量</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>剩余 %1 / %2</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>未到生效日</translation>
    </message>
    <message>
        <source>Quota used up</source>
        <translation>额度已用完</translation>
    </message>
    <message>
        <source>Pending · waiting to sync</source>
        <translation>待确认 · 等待同步</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>未发出</translation>
    </message>
    <message>
        <source>The store's quota for this coupon is used up.</source>
        <translation>本店此券的额度已用完。</translation>
    </message>
    <message>
        <source>The coupon had expired.</source>
        <translation>此券已过期。</translation>
    </message>
    <message>
        <source>The coupon was not valid yet.</source>
        <translation>此券尚未生效。</translation>
    </message>
    <message>
        <source>The customer already holds this coupon.</source>
        <translation>该顾客已持有此券。</translation>
    </message>
    <message>
        <source>The server refused it (%1).</source>
        <translation>服务器未予发放（%1）。</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>发放于 %1</translation>
    </message>
    <message>
        <source>redeemed %1</source>
        <translation>核销于 %1</translation>
    </message>
</context>
<context>
    <name>CouponsCard</name>
    <message>
        <source>Issue coupon</source>
        <translation>发券</translation>
    </message>
    <message>
        <source>No coupons yet.</source>
        <translation>还没有优惠券。</translation>
    </message>
    <message>
        <source>Issued on this device; it reaches the server with the next sync.</source>
        <translation>已在本机发放，下次同步时送达服务器。</translation>
    </message>
</context>
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
    <message>
        <source>+ New customer</source>
        <translation>+ 新建客户</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>新建客户（Ctrl+N）</translation>
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
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
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
    <name>DashboardBody</name>
    <message numerus="yes">
        <source>The oldest has waited %n minute(s)</source>
        <translation><numerusform>最早的一单已等待 %n 分钟</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The oldest has waited %n hour(s)</source>
        <translation><numerusform>最早的一单已等待 %n 小时</numerusform></translation>
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
        <source>paid, nobody has claimed them</source>
        <translation>已付款，尚无人认领</translation>
    </message>
    <message>
        <source>tasks for today</source>
        <translation>项今日任务</translation>
    </message>
    <message>
        <source>birthdays this week</source>
        <translation>位客户本周生日</translation>
    </message>
    <message>
        <source>customers at risk · %1 at stake</source>
        <translation>位客户有流失风险 · 涉及 %1</translation>
    </message>
    <message>
        <source>customers at risk</source>
        <translation>位客户有流失风险</translation>
    </message>
    <message numerus="yes">
        <source>tag coverage of %n customer(s)</source>
        <translation><numerusform>%n 位客户的标签覆盖率</numerusform></translation>
    </message>
    <message>
        <source>new members this month</source>
        <translation>本月新会员</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n 项更改等待发送</numerusform></translation>
    </message>
    <message>
        <source>nothing waiting to be sent</source>
        <translation>没有待发送的更改</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n 项逾期</numerusform></translation>
    </message>
    <message>
        <source>Greetings are among today's tasks.</source>
        <translation>生日祝福已列入今日任务。</translation>
    </message>
    <message>
        <source>Least filled: %1</source>
        <translation>最少填写：%1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>Sign in to see your tasks</source>
        <translation>登录后查看你的任务</translation>
    </message>
    <message>
        <source>Sign in to see birthdays</source>
        <translation>登录后查看生日</translation>
    </message>
    <message>
        <source>This device does not sync: it works on its own demo store.</source>
        <translation>本机不同步：使用的是本机的演示数据。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>No online orders have reached this device: the mini-program mall is not connected here.</source>
        <translation>本机还没有收到线上订单：此处未连接小程序商城。</translation>
    </message>
    <message>
        <source>Not enough purchase history yet to tell who is about to lapse.</source>
        <translation>购买记录还不够，暂时无法判断谁可能流失。</translation>
    </message>
    <message>
        <source>The store has no HQ tag library yet.</source>
        <translation>门店还没有总部标签库。</translation>
    </message>
    <message>
        <source>No customers in your book yet.</source>
        <translation>你名下还没有客户。</translation>
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
        <translation>调整工作台：拖动组件，或选中后用 Ctrl+方向键移动、+ / − 调整大小、Delete 移除。</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Add widget</source>
        <translation>添加组件</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>撤销移除</translation>
    </message>
    <message>
        <source>Store default</source>
        <translation>门店默认</translation>
    </message>
    <message>
        <source>Reset to the store's default layout</source>
        <translation>恢复为门店默认布局</translation>
    </message>
    <message>
        <source>Save as store default</source>
        <translation>保存为门店默认</translation>
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
        <translation>工作台是空的：请添加组件。</translation>
    </message>
    <message>
        <source>Your dashboard is empty. Customize it to add widgets.</source>
        <translation>工作台是空的。点“自定义”添加组件。</translation>
    </message>
</context>
<context>
    <name>DashboardPlacement</name>
    <message>
        <source>Today's sales</source>
        <translation>今日业绩</translation>
    </message>
    <message>
        <source>This month's sales</source>
        <translation>本月业绩</translation>
    </message>
    <message>
        <source>Orders waiting</source>
        <translation>待处理订单</translation>
    </message>
    <message>
        <source>Today's tasks</source>
        <translation>今日任务</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation>流失风险客户</translation>
    </message>
    <message>
        <source>Tag coverage</source>
        <translation>标签覆盖率</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
</context>
<context>
    <name>DashboardSales</name>
    <message>
        <source>of %1 target</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>No target set for you yet</source>
        <translation>尚未为你设定目标</translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation>线上 %1</translation>
    </message>
    <message>
        <source>%1% of target</source>
        <translation>完成目标 %1%</translation>
    </message>
</context>
<context>
    <name>DashboardTile</name>
    <message>
        <source>Change size</source>
        <translation>调整大小</translation>
    </message>
    <message>
        <source>Remove widget</source>
        <translation>移除组件</translation>
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
        <translation>请输入客户姓名。</translation>
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
        <translation>农历</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>闰月</translation>
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
        <translation>备注</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>bytes that are not valid text in this encoding</source>
        <translation>含有此编码下无效的字节</translation>
    </message>
    <message>
        <source>a quote (") is opened and never closed</source>
        <translation>引号（"）没有闭合</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>闭合引号后还有文字</translation>
    </message>
    <message>
        <source>a cell longer than 64 KB</source>
        <translation>单元格超过 64 KB</translation>
    </message>
    <message>
        <source>more than 512 cells</source>
        <translation>超过 512 个单元格</translation>
    </message>
    <message>
        <source>invisible control characters</source>
        <translation>含有不可见的控制字符</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>没有姓名</translation>
    </message>
    <message>
        <source>a name longer than 100 characters</source>
        <translation>姓名超过 100 个字</translation>
    </message>
    <message>
        <source>not a phone number (mobile 1[3-9] + 9 digits, landline 0 + area code, or +country)</source>
        <translation>不是电话号码（手机 1[3-9] 加 9 位数字，固话 0 加区号，或 +国家代码）</translation>
    </message>
    <message>
        <source>gender not understood (男/女, M/F)</source>
        <translation>无法识别性别（男/女，M/F）</translation>
    </message>
    <message>
        <source>not a date (1990-03-05, 1990/3/5, 3月5日, 农历…)</source>
        <translation>不是日期（1990-03-05、1990/3/5、3月5日、农历…）</translation>
    </message>
    <message>
        <source>member level not understood (普通, 银卡, 金卡, 白金)</source>
        <translation>无法识别会员等级（普通、银卡、金卡、白金）</translation>
    </message>
    <message>
        <source>a nickname longer than 100 characters</source>
        <translation>昵称超过 100 个字</translation>
    </message>
    <message>
        <source>a remark longer than 2000 characters</source>
        <translation>备注超过 2000 个字</translation>
    </message>
    <message>
        <source>skipped: the same customer as an earlier row</source>
        <translation>已跳过：与前面某行是同一位客户</translation>
    </message>
    <message>
        <source>skipped: already a customer (same name and last 4 digits)</source>
        <translation>已跳过：已是客户（姓名和尾号相同）</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>无法打开文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>No column holds the names: choose "Name" for one column below.</source>
        <translation>没有找到姓名列：请在下方为某一列选择“姓名”。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>已取消，未导入任何客户。</translation>
    </message>
    <message>
        <source>The device could not save the customers. Nothing was imported.</source>
        <translation>本机无法保存这些客户，未导入任何客户。</translation>
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
        <translation>选择 CSV 文件</translation>
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
        <translation>只读的客户名册无法导入。</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>从 CSV 文件导入客户</translation>
    </message>
    <message>
        <source>UTF-8 or GBK (as Excel saves it). The first row names the columns. Nothing is written until you press Import, and then all customers are imported or none.</source>
        <translation>支持 UTF-8 或 GBK（Excel 的默认保存格式）。第一行为列名。按下“导入”之前不会写入任何数据；导入时要么全部导入，要么一个都不导入。</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>CSV 文件路径</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s). They reach the server with the next sync.</source>
        <translation><numerusform>已导入 %n 位客户，下次同步时发送到服务器。</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: some rows cannot be imported (below). Fix the file, or import only the good rows.</source>
        <translation>未导入任何客户：有些行无法导入（见下方）。请修改文件，或只导入没有问题的行。</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready to import, %3 cannot be imported, %4 duplicates skipped.</source>
        <translation>共 %1 行：%2 行可导入，%3 行无法导入，跳过 %4 行重复。</translation>
    </message>
    <message>
        <source>Rows not imported (%1)</source>
        <translation>未导入的行（%1）</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the rows that cannot be imported</source>
        <translation>只导入没有问题的行，跳过无法导入的行</translation>
    </message>
    <message numerus="yes">
        <source>Import %n customer(s)</source>
        <translation><numerusform>导入 %n 位客户</numerusform></translation>
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
    <name>IssueCouponDialog</name>
    <message>
        <source>Issue a coupon</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>Pick a coupon above.</source>
        <translation>请在上方选择一张优惠券。</translation>
    </message>
    <message>
        <source>%1 will get %2 (%3 off).</source>
        <translation>将向 %1 发放「%2」（减 %3）。</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>发给 %1</translation>
    </message>
    <message>
        <source>No coupons yet: they arrive from the server with the next sync.</source>
        <translation>暂无可发的券：下次同步时会从服务器下发。</translation>
    </message>
    <message>
        <source>Saved on this device at once and sent with the next sync; the server checks the quota.</source>
        <translation>立即保存在本机，随下次同步发送；额度由服务器核定。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Issue coupon</source>
        <translation>发券</translation>
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
    <name>OrderBanner</name>
    <message numerus="yes">
        <source>%n new paid order(s)</source>
        <translation><numerusform>%n 个新付款订单</numerusform></translation>
    </message>
    <message>
        <source>New paid order</source>
        <translation>新付款订单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <source>Back to the orders</source>
        <translation>返回订单列表</translation>
    </message>
    <message>
        <source>Escalated to the floor manager</source>
        <translation>已升级给楼面经理</translation>
    </message>
    <message>
        <source>Your claim was not accepted: %1</source>
        <translation>接单未成功：%1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待自提</translation>
    </message>
    <message>
        <source>Called the customer</source>
        <translation>已致电顾客</translation>
    </message>
    <message>
        <source>Messaged on WeChat</source>
        <translation>已微信联系</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>The mall sent items this app cannot read.</source>
        <translation>商城发来的商品信息本应用无法读取。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>订单记录</translation>
    </message>
</context>
<context>
    <name>OrderEventRow</name>
    <message>
        <source>waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Items unreadable</source>
        <translation>商品信息无法读取</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message numerus="yes">
        <source>%1 %2 min (%n order(s))</source>
        <translation><numerusform>%1 %2 分钟（%n 单）</numerusform></translation>
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
        <translation>待发货</translation>
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
        <translation>退款申请中</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>分享链接</translation>
    </message>
    <message>
        <source>During store hours</source>
        <translation>营业时间内</translation>
    </message>
    <message>
        <source>After closing</source>
        <translation>闭店后</translation>
    </message>
    <message>
        <source>Same city</source>
        <translation>同城</translation>
    </message>
    <message>
        <source>Another city: %1</source>
        <translation>异地：%1</translation>
    </message>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation><numerusform>已等待 %n 分钟</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>waiting %n h</source>
        <translation><numerusform>已等待 %n 小时</numerusform></translation>
    </message>
    <message>
        <source>Claimed by you · sending…</source>
        <translation>已由你接单 · 发送中…</translation>
    </message>
    <message>
        <source>Claimed by you</source>
        <translation>已由你接单</translation>
    </message>
    <message>
        <source>Claimed by %1</source>
        <translation>已被 %1 接单</translation>
    </message>
    <message>
        <source>You have claimed this order already.</source>
        <translation>你已经接过这个订单了。</translation>
    </message>
    <message>
        <source>This order cannot be claimed or changed in its current status.</source>
        <translation>此订单当前状态下无法接单或修改。</translation>
    </message>
    <message>
        <source>Only the guide who claimed the order can do this.</source>
        <translation>只有接单的导购可以这样做。</translation>
    </message>
    <message>
        <source>This order is not on this device.</source>
        <translation>本设备上没有这个订单。</translation>
    </message>
    <message>
        <source>Sign in to handle orders.</source>
        <translation>请登录后处理订单。</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>操作未成功。</translation>
    </message>
    <message>
        <source>Placed · %1</source>
        <translation>下单 · %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>%1 messaged the customer on WeChat</source>
        <translation>%1 已通过微信联系顾客</translation>
    </message>
    <message>
        <source>%1 called the customer</source>
        <translation>%1 已致电顾客</translation>
    </message>
    <message>
        <source>Escalated to the floor manager</source>
        <translation>已升级给楼面经理</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Sign in to see your orders</source>
        <translation>登录后查看你的订单</translation>
    </message>
    <message>
        <source>Mini-program orders from your customers appear here as they come in.</source>
        <translation>你的顾客在小程序下的订单会实时出现在这里。</translation>
    </message>
    <message>
        <source>Offline — showing the last known state; claims will be sent when back online.</source>
        <translation>离线 — 显示最近一次同步的状态；接单将在恢复联网后发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation><numerusform>%n 单待接</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation><numerusform>%n 单已升级</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n today</source>
        <translation><numerusform>今日 %n 单</numerusform></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待接单</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>我接的单</translation>
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
        <translation>近 7 天接单用时：</translation>
    </message>
    <message>
        <source>No orders here yet</source>
        <translation>这里还没有订单</translation>
    </message>
    <message>
        <source>New orders arrive when the device is back online.</source>
        <translation>设备恢复联网后，新订单会自动到达。</translation>
    </message>
    <message>
        <source>New mini-program orders appear here within a second.</source>
        <translation>新的小程序订单会在一秒内出现在这里。</translation>
    </message>
    <message>
        <source>Choose an order to see its detail</source>
        <translation>选择一个订单查看详情</translation>
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
        <translation>导入</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>请输入客户姓名。</translation>
    </message>
    <message>
        <source>A name can have at most 100 characters.</source>
        <translation>姓名最多 100 个字。</translation>
    </message>
    <message>
        <source>Only digits, spaces, dashes and a leading + please.</source>
        <translation>只能输入数字、空格和短横线，开头可加 +。</translation>
    </message>
    <message>
        <source>Not a phone number: a mobile has 11 digits (1[3-9]…), a landline starts with 0 and its area code, another country's number with +.</source>
        <translation>不是有效的电话号码：手机号为 11 位（1[3-9]…），固话以 0 和区号开头，境外号码以 + 开头。</translation>
    </message>
    <message>
        <source>Choose a gender or leave it open.</source>
        <translation>请选择性别，或不填。</translation>
    </message>
    <message>
        <source>This date does not exist (check the day, the year, or the leap month).</source>
        <translation>这个日期不存在（请检查日、年份或闰月）。</translation>
    </message>
    <message>
        <source>One of the tags no longer exists.</source>
        <translation>有一个标签已不存在。</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile, landline or +country</source>
        <translation>手机、固话或 +国家代码</translation>
    </message>
    <message>
        <source>Already a customer? %1 %2</source>
        <translation>已是客户？%1 %2</translation>
    </message>
    <message>
        <source>Same last 4 digits: %1 %2</source>
        <translation>尾号相同：%1 %2</translation>
    </message>
    <message>
        <source>Same name: %1 %2</source>
        <translation>同名：%1 %2</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>性别（选填）</translation>
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
        <translation>生日（选填）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved on this device at once; it reaches the server with the next sync.</source>
        <translation>已立即保存在本机，下次同步时发送到服务器。</translation>
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
        <translation>每个单选标签组只能选一个标签（一个尺码、一个体型）。</translation>
    </message>
    <message>
        <source>Tags for the new customer</source>
        <translation>新客户的标签</translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation>标签（可选）</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Choose tags…</source>
        <translation>选择标签…</translation>
    </message>
</context>
<context>
    <name>ReviewBusy</name>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>RuleBuilder</name>
    <message>
        <source>This rule cannot be counted</source>
        <translation>此条件无法统计</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>共 %n 位顾客</numerusform></translation>
    </message>
    <message>
        <source>No condition yet: every customer you can see</source>
        <translation>尚无条件：包括您能看到的所有顾客</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s), all must hold</source>
        <translation><numerusform>%n 个条件，须全部满足</numerusform></translation>
    </message>
    <message>
        <source>Has all of these tags</source>
        <translation>同时有以下全部标签</translation>
    </message>
    <message>
        <source>Has any of these tags</source>
        <translation>有以下任一标签</translation>
    </message>
    <message>
        <source>Has none of these tags</source>
        <translation>没有以下任何标签</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear these tags</source>
        <translation>清除这些标签</translation>
    </message>
    <message>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡</translation>
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
        <translation>某日期之后</translation>
    </message>
    <message>
        <source>More than N days ago</source>
        <translation>超过 N 天未到店</translation>
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
        <translation>累计消费（元）</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
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
        <translation>清除全部条件</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>Customers who never bought have no risk score and match no band.</source>
        <translation>从未购买的顾客没有风险评分，不属于任何风险档。</translation>
    </message>
</context>
<context>
    <name>SalesChart</name>
    <message>
        <source>In store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
</context>
<context>
    <name>SegmentResults</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in this segment</source>
        <translation><numerusform>此客群共 %n 位顾客</numerusform></translation>
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
        <source>¥%1 · %n visit(s)</source>
        <translation><numerusform>¥%1 · 到店 %n 次</numerusform></translation>
    </message>
    <message>
        <source>No customer matches this rule</source>
        <translation>没有符合条件的顾客</translation>
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
        <translation>名称，例如：90 天未到店的金卡会员</translation>
    </message>
    <message>
        <source>Delete segment?</source>
        <translation>删除客群？</translation>
    </message>
    <message>
        <source>“%1” is deleted on every device. Its customers keep their tags.</source>
        <translation>“%1”将在所有设备上删除，顾客的标签保留不变。</translation>
    </message>
    <message>
        <source>Tag every customer of this segment with…</source>
        <translation>给此客群的每位顾客加上标签…</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n customer(s)?</source>
        <translation><numerusform>给 %n 位顾客打标签？</numerusform></translation>
    </message>
    <message>
        <source>“%1” is added to those who do not have it yet. You can undo it afterwards.</source>
        <translation>尚未有“%1”的顾客会被加上该标签。之后可以撤销。</translation>
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
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Tag all…</source>
        <translation>全部打标签…</translation>
    </message>
    <message>
        <source>Undo tagging</source>
        <translation>撤销打标签</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Saved (%1)</source>
        <translation>已保存（%1）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客</translation>
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
        <translation>设好条件后保存，下次可直接找到这些顾客。</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
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
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Birthday tasks, days ahead</source>
        <translation>提前几天生成生日任务</translation>
    </message>
    <message>
        <source>Revisits a day</source>
        <translation>每天回访数</translation>
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
    <name>TagPicker</name>
    <message>
        <source>My tags</source>
        <translation>我的标签</translation>
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
    <message>
        <source>The review could not be read: %1</source>
        <translation>无法读取复核结果：%1</translation>
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
        <translation>即将到来</translation>
    </message>
    <message>
        <source>Revisit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>HQ campaign</source>
        <translation>总部任务</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Will visit</source>
        <translation>会到店</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>已购买</translation>
    </message>
    <message>
        <source>Usually comes every %1 days; last visit %2 days ago</source>
        <translation>平时每 %1 天来一次；上次到店在 %2 天前</translation>
    </message>
    <message numerus="yes">
        <source>Bought once, %n day(s) ago, and has not come back</source>
        <translation><numerusform>%n 天前买过一次，之后没再来</numerusform></translation>
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
        <translation>农历%1%2月%3日</translation>
    </message>
    <message>
        <source>leap </source>
        <translation>闰</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1月%2日</translation>
    </message>
    <message numerus="yes">
        <source>turns %n</source>
        <translation><numerusform>%n 岁</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation><numerusform>逾期 %n 天</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation><numerusform>%n 天后</numerusform></translation>
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
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明天再提醒</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>推迟 3 天</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>推迟一周</translation>
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
        <translation>转交</translation>
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
    <name>TodayPage</name>
    <message>
        <source>Sign in to see your tasks</source>
        <translation>登录后查看你的任务</translation>
    </message>
    <message>
        <source>Your revisits, birthdays and HQ tasks appear here once you are signed in.</source>
        <translation>登录后，你的回访、生日和总部任务会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) for today</source>
        <translation><numerusform>今天 %n 项任务</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n 项逾期</numerusform></translation>
    </message>
    <message>
        <source>Add a to-do for today…</source>
        <translation>添加今天的待办…</translation>
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
        <translation>现在没有待办任务</translation>
    </message>
    <message>
        <source>New revisits and birthday greetings appear here each morning. Add a to-do above.</source>
        <translation>每天早上这里会出现新的回访和生日祝福任务。也可以在上方添加待办。</translation>
    </message>
</context>
<context>
    <name>gd::ui::CouponDesk</name>
    <message>
        <source>Coupons cannot be issued on this device.</source>
        <translation>本设备无法发券。</translation>
    </message>
    <message>
        <source>The coupon was not issued: %1</source>
        <translation>优惠券未发放：%1</translation>
    </message>
    <message>
        <source>Sign in to issue coupons.</source>
        <translation>请先登录再发券。</translation>
    </message>
    <message>
        <source>There is nobody to issue the coupon to.</source>
        <translation>没有可发券的顾客。</translation>
    </message>
    <message>
        <source>That is too many customers at once (at most %1).</source>
        <translation>一次发放的顾客太多（最多 %1 位）。</translation>
    </message>
    <message>
        <source>This coupon is not offered by your store.</source>
        <translation>本店没有这张优惠券。</translation>
    </message>
    <message>
        <source>This coupon is not valid yet.</source>
        <translation>此券尚未生效。</translation>
    </message>
    <message>
        <source>This coupon has expired.</source>
        <translation>此券已过期。</translation>
    </message>
    <message>
        <source>A customer of the list is not on this device.</source>
        <translation>名单中有顾客不在本设备上。</translation>
    </message>
    <message>
        <source>A customer appears twice in the list.</source>
        <translation>名单中有顾客重复出现。</translation>
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
    <name>gd::ui::SegmentBook</name>
    <message>
        <source>(removed tag)</source>
        <translation>（已删除的标签）</translation>
    </message>
    <message>
        <source>This segment's rule cannot be read by this version of GuideDesk.</source>
        <translation>此版本的导购工作台无法读取该客群的条件。</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>请给客群起个名字。</translation>
    </message>
    <message>
        <source>A name can have at most 100 characters.</source>
        <translation>姓名最多 100 个字。</translation>
    </message>
    <message>
        <source>Sign in to save segments.</source>
        <translation>登录后才能保存客群。</translation>
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
        <translation>客群未删除：%1</translation>
    </message>
    <message>
        <source>Sign in to tag customers.</source>
        <translation>登录后才能给顾客打标签。</translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>正在加标签…</translation>
    </message>
    <message>
        <source>The tag was not added: %1</source>
        <translation>标签未加上：%1</translation>
    </message>
    <message numerus="yes">
        <source>Tag added to %n customer(s).</source>
        <translation><numerusform>已给 %n 位顾客加上标签。</numerusform></translation>
    </message>
    <message>
        <source>Removing the tag again…</source>
        <translation>正在撤下标签…</translation>
    </message>
    <message>
        <source>The tag was not removed: %1</source>
        <translation>标签未撤下：%1</translation>
    </message>
    <message numerus="yes">
        <source>Tag removed again from %n customer(s).</source>
        <translation><numerusform>已从 %n 位顾客撤下标签。</numerusform></translation>
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
        <translation>手机（已脱敏）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Spend (yuan)</source>
        <translation>消费（元）</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1</source>
        <translation><numerusform>已导出 %n 位顾客到 %1</numerusform></translation>
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
    <name>gd::ui::TaskBoard</name>
    <message>
        <source>Happy birthday, %1! Wishing you a wonderful year — we have a small gift for you at the counter.</source>
        <translation>%1，生日快乐！祝您新的一岁一切美好——我们在专柜为您准备了一份小礼物。</translation>
    </message>
    <message>
        <source>Sign in to change tasks.</source>
        <translation>请先登录再修改任务。</translation>
    </message>
    <message>
        <source>The task could not be completed.</source>
        <translation>任务未能完成。</translation>
    </message>
    <message>
        <source>The task could not be snoozed.</source>
        <translation>任务未能推迟。</translation>
    </message>
    <message>
        <source>Write what to do first.</source>
        <translation>请先写下要做的事。</translation>
    </message>
    <message>
        <source>A to-do can hold at most 200 characters.</source>
        <translation>待办最多 200 个字。</translation>
    </message>
    <message>
        <source>The to-do was not saved.</source>
        <translation>待办未保存。</translation>
    </message>
    <message>
        <source>The progress was not saved.</source>
        <translation>进度未保存。</translation>
    </message>
    <message>
        <source>Only a manager can reassign tasks.</source>
        <translation>只有店长可以转派任务。</translation>
    </message>
    <message>
        <source>The task could not be reassigned.</source>
        <translation>任务未能转派。</translation>
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