<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BirthdayChip</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message>
        <source>lunar</source>
        <translation>lunar</translation>
    </message>
    <message numerus="yes">
        <source>turns %n</source>
        <translation><numerusform>turns %n</numerusform><numerusform>turns %n</numerusform></translation>
    </message>
</context>
<context>
    <name>BirthdayInputs</name>
    <message>
        <source>Lunar calendar</source>
        <translation>Lunar calendar</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>%1 (month)</source>
        <translation>%1 (month)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>%1 (day)</source>
        <translation>%1 (day)</translation>
    </message>
    <message>
        <source>Year (optional)</source>
        <translation>Year (optional)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>Leap month</translation>
    </message>
</context>
<context>
    <name>CouponText</name>
    <message>
        <source>valid %1 – %2</source>
        <translation>valid %1 – %2</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>on %1 or more</source>
        <translation>on %1 or more</translation>
    </message>
    <message>
        <source>no minimum spend</source>
        <translation>no minimum spend</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>no quota</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 of %2 left</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Not valid yet</translation>
    </message>
    <message>
        <source>Quota used up</source>
        <translation>Quota used up</translation>
    </message>
    <message>
        <source>Pending · waiting to sync</source>
        <translation>Pending · waiting to sync</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Redeemed</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <source>The store's quota for this coupon is used up.</source>
        <translation>The store's quota for this coupon is used up.</translation>
    </message>
    <message>
        <source>The coupon had expired.</source>
        <translation>The coupon had expired.</translation>
    </message>
    <message>
        <source>The coupon was not valid yet.</source>
        <translation>The coupon was not valid yet.</translation>
    </message>
    <message>
        <source>The customer already holds this coupon.</source>
        <translation>The customer already holds this coupon.</translation>
    </message>
    <message>
        <source>The server refused it (%1).</source>
        <translation>The server refused it (%1).</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>issued %1</translation>
    </message>
    <message>
        <source>redeemed %1</source>
        <translation>redeemed %1</translation>
    </message>
</context>
<context>
    <name>CouponsCard</name>
    <message>
        <source>Issue coupon</source>
        <translation>Issue coupon</translation>
    </message>
    <message>
        <source>No coupons yet.</source>
        <translation>No coupons yet.</translation>
    </message>
    <message>
        <source>Issued on this device; it reaches the server with the next sync.</source>
        <translation>Issued on this device; it reaches the server with the next sync.</translation>
    </message>
</context>
<context>
    <name>CoverageRowView</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <source>average %1%</source>
        <translation>average %1%</translation>
    </message>
</context>
<context>
    <name>CustomerListPane</name>
    <message>
        <source>Pinyin initials / name / last 4 phone digits</source>
        <translation>Pinyin initials / name / last 4 phone digits</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>No customers yet</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>No customer matches “%1”</translation>
    </message>
    <message>
        <source>Customers appear here once they are added at the counter or synced from the store.</source>
        <translation>Customers appear here once they are added at the counter or synced from the store.</translation>
    </message>
    <message>
        <source>Try pinyin initials (zs), a full name, or the last 4 digits of the phone.</source>
        <translation>Try pinyin initials (zs), a full name, or the last 4 digits of the phone.</translation>
    </message>
    <message>
        <source>Getting your customers…</source>
        <translation>Getting your customers…</translation>
    </message>
    <message>
        <source>They appear here as the first sync goes on; search works once it is done.</source>
        <translation>They appear here as the first sync goes on; search works once it is done.</translation>
    </message>
    <message>
        <source>+ New customer</source>
        <translation>+ New customer</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>New customer (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>CustomerProfilePage</name>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>Mini-program</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>leap </source>
        <translation>leap </translation>
    </message>
    <message>
        <source>Lunar %1month %2, day %3</source>
        <translation>Lunar %1month %2, day %3</translation>
    </message>
    <message>
        <source>%1/%2 (year unknown)</source>
        <translation>%1/%2 (year unknown)</translation>
    </message>
    <message>
        <source>No purchase yet.</source>
        <translation>No purchase yet.</translation>
    </message>
    <message numerus="yes">
        <source>Spent %1 in %n visit(s)</source>
        <translation><numerusform>Spent %1 in %n visit</numerusform><numerusform>Spent %1 in %n visits</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; last visit %n day(s) ago</source>
        <translation><numerusform>; last visit %n day ago</numerusform><numerusform>; last visit %n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; usually every %n day(s)</source>
        <translation><numerusform>; usually every %n day</numerusform><numerusform>; usually every %n days</numerusform></translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>Customer not found</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>Shopping</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>Total spend</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Average ticket</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Card opened</source>
        <translation>Card opened</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Added via</source>
        <translation>Added via</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>No tags yet.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
</context>
<context>
    <name>CustomerRow</name>
    <message>
        <source>No purchase yet</source>
        <translation>No purchase yet</translation>
    </message>
    <message>
        <source>Visited today</source>
        <translation>Visited today</translation>
    </message>
    <message numerus="yes">
        <source>Last visit %n day(s) ago</source>
        <translation><numerusform>Last visit %n day ago</numerusform><numerusform>Last visit %n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last visit %n month(s) ago</source>
        <translation><numerusform>Last visit %n month ago</numerusform><numerusform>Last visit %n months ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last visit %n year(s) ago</source>
        <translation><numerusform>Last visit %n year ago</numerusform><numerusform>Last visit %n years ago</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardBody</name>
    <message numerus="yes">
        <source>The oldest has waited %n minute(s)</source>
        <translation><numerusform>The oldest has waited %n minute</numerusform><numerusform>The oldest has waited %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The oldest has waited %n hour(s)</source>
        <translation><numerusform>The oldest has waited %n hour</numerusform><numerusform>The oldest has waited %n hours</numerusform></translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Sync problem</translation>
    </message>
    <message>
        <source>paid, nobody has claimed them</source>
        <translation>paid, nobody has claimed them</translation>
    </message>
    <message>
        <source>tasks for today</source>
        <translation>tasks for today</translation>
    </message>
    <message>
        <source>birthdays this week</source>
        <translation>birthdays this week</translation>
    </message>
    <message>
        <source>customers at risk · %1 at stake</source>
        <translation>customers at risk · %1 at stake</translation>
    </message>
    <message>
        <source>customers at risk</source>
        <translation>customers at risk</translation>
    </message>
    <message numerus="yes">
        <source>tag coverage of %n customer(s)</source>
        <translation><numerusform>tag coverage of %n customer</numerusform><numerusform>tag coverage of %n customers</numerusform></translation>
    </message>
    <message>
        <source>new members this month</source>
        <translation>new members this month</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n change waiting to be sent</numerusform><numerusform>%n changes waiting to be sent</numerusform></translation>
    </message>
    <message>
        <source>nothing waiting to be sent</source>
        <translation>nothing waiting to be sent</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <source>Greetings are among today's tasks.</source>
        <translation>Greetings are among today's tasks.</translation>
    </message>
    <message>
        <source>Least filled: %1</source>
        <translation>Least filled: %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>Sign in to see your tasks</source>
        <translation>Sign in to see your tasks</translation>
    </message>
    <message>
        <source>Sign in to see birthdays</source>
        <translation>Sign in to see birthdays</translation>
    </message>
    <message>
        <source>This device does not sync: it works on its own demo store.</source>
        <translation>This device does not sync: it works on its own demo store.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message>
        <source>No online orders have reached this device: the mini-program mall is not connected here.</source>
        <translation>No online orders have reached this device: the mini-program mall is not connected here.</translation>
    </message>
    <message>
        <source>Not enough purchase history yet to tell who is about to lapse.</source>
        <translation>Not enough purchase history yet to tell who is about to lapse.</translation>
    </message>
    <message>
        <source>The store has no HQ tag library yet.</source>
        <translation>The store has no HQ tag library yet.</translation>
    </message>
    <message>
        <source>No customers in your book yet.</source>
        <translation>No customers in your book yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n new today</source>
        <translation><numerusform>%n new today</numerusform><numerusform>%n new today</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardGrid</name>
    <message>
        <source>Arrange your dashboard: drag a widget, or focus it and use Ctrl+arrows, + / − and Delete.</source>
        <translation>Arrange your dashboard: drag a widget, or focus it and use Ctrl+arrows, + / − and Delete.</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>Customize</translation>
    </message>
    <message>
        <source>Add widget</source>
        <translation>Add widget</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>Undo remove</translation>
    </message>
    <message>
        <source>Store default</source>
        <translation>Store default</translation>
    </message>
    <message>
        <source>Reset to the store's default layout</source>
        <translation>Reset to the store's default layout</translation>
    </message>
    <message>
        <source>Save as store default</source>
        <translation>Save as store default</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Your dashboard is empty: add a widget.</source>
        <translation>Your dashboard is empty: add a widget.</translation>
    </message>
    <message>
        <source>Your dashboard is empty. Customize it to add widgets.</source>
        <translation>Your dashboard is empty. Customize it to add widgets.</translation>
    </message>
</context>
<context>
    <name>DashboardPlacement</name>
    <message>
        <source>Today's sales</source>
        <translation>Today's sales</translation>
    </message>
    <message>
        <source>This month's sales</source>
        <translation>This month's sales</translation>
    </message>
    <message>
        <source>Orders waiting</source>
        <translation>Orders waiting</translation>
    </message>
    <message>
        <source>Today's tasks</source>
        <translation>Today's tasks</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>Birthdays this week</translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation>At-risk customers</translation>
    </message>
    <message>
        <source>Tag coverage</source>
        <translation>Tag coverage</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
</context>
<context>
    <name>DashboardSales</name>
    <message>
        <source>of %1 target</source>
        <translation>of %1 target</translation>
    </message>
    <message>
        <source>No target set for you yet</source>
        <translation>No target set for you yet</translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation>%1 online</translation>
    </message>
    <message>
        <source>%1% of target</source>
        <translation>%1% of target</translation>
    </message>
</context>
<context>
    <name>DashboardTile</name>
    <message>
        <source>Change size</source>
        <translation>Change size</translation>
    </message>
    <message>
        <source>Remove widget</source>
        <translation>Remove widget</translation>
    </message>
</context>
<context>
    <name>EditBasicsDialog</name>
    <message>
        <source>Edit basics</source>
        <translation>Edit basics</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>Enter the customer's name.</translation>
    </message>
    <message>
        <source>Choose both the month and the day of the birthday, or neither.</source>
        <translation>Choose both the month and the day of the birthday, or neither.</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and this year, or left empty.</source>
        <translation>The birth year must be between 1900 and this year, or left empty.</translation>
    </message>
    <message>
        <source>Day %1 does not exist in month %2.</source>
        <translation>Day %1 does not exist in month %2.</translation>
    </message>
    <message>
        <source>%1 has no February 29.</source>
        <translation>%1 has no February 29.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Lunar</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>Leap month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Member level</source>
        <translation>Member level</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>bytes that are not valid text in this encoding</source>
        <translation>bytes that are not valid text in this encoding</translation>
    </message>
    <message>
        <source>a quote (") is opened and never closed</source>
        <translation>a quote (") is opened and never closed</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>text after a closing quote</translation>
    </message>
    <message>
        <source>a cell longer than 64 KB</source>
        <translation>a cell longer than 64 KB</translation>
    </message>
    <message>
        <source>more than 512 cells</source>
        <translation>more than 512 cells</translation>
    </message>
    <message>
        <source>invisible control characters</source>
        <translation>invisible control characters</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>a name longer than 100 characters</source>
        <translation>a name longer than 100 characters</translation>
    </message>
    <message>
        <source>not a phone number (mobile 1[3-9] + 9 digits, landline 0 + area code, or +country)</source>
        <translation>not a phone number (mobile 1[3-9] + 9 digits, landline 0 + area code, or +country)</translation>
    </message>
    <message>
        <source>gender not understood (男/女, M/F)</source>
        <translation>gender not understood (男/女, M/F)</translation>
    </message>
    <message>
        <source>not a date (1990-03-05, 1990/3/5, 3月5日, 农历…)</source>
        <translation>not a date (1990-03-05, 1990/3/5, 3月5日, 农历…)</translation>
    </message>
    <message>
        <source>member level not understood (普通, 银卡, 金卡, 白金)</source>
        <translation>member level not understood (普通, 银卡, 金卡, 白金)</translation>
    </message>
    <message>
        <source>a nickname longer than 100 characters</source>
        <translation>a nickname longer than 100 characters</translation>
    </message>
    <message>
        <source>a remark longer than 2000 characters</source>
        <translation>a remark longer than 2000 characters</translation>
    </message>
    <message>
        <source>skipped: the same customer as an earlier row</source>
        <translation>skipped: the same customer as an earlier row</translation>
    </message>
    <message>
        <source>skipped: already a customer (same name and last 4 digits)</source>
        <translation>skipped: already a customer (same name and last 4 digits)</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>The file cannot be opened.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>No column holds the names: choose "Name" for one column below.</source>
        <translation>No column holds the names: choose "Name" for one column below.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>The device could not save the customers. Nothing was imported.</source>
        <translation>The device could not save the customers. Nothing was imported.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message>
        <source>Row %1%2: %3</source>
        <translation>Row %1%2: %3</translation>
    </message>
    <message>
        <source>(row %1)</source>
        <translation>(row %1)</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Import is not available on a read-only customer book.</source>
        <translation>Import is not available on a read-only customer book.</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>Import customers from a CSV file</translation>
    </message>
    <message>
        <source>UTF-8 or GBK (as Excel saves it). The first row names the columns. Nothing is written until you press Import, and then all customers are imported or none.</source>
        <translation>UTF-8 or GBK (as Excel saves it). The first row names the columns. Nothing is written until you press Import, and then all customers are imported or none.</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>Path of the CSV file</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Check file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>What the file holds</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n customer(s). They reach the server with the next sync.</source>
        <translation><numerusform>Imported %n customer. It reaches the server with the next sync.</numerusform><numerusform>Imported %n customers. They reach the server with the next sync.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: some rows cannot be imported (below). Fix the file, or import only the good rows.</source>
        <translation>Nothing was imported: some rows cannot be imported (below). Fix the file, or import only the good rows.</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready to import, %3 cannot be imported, %4 duplicates skipped.</source>
        <translation>%1 rows: %2 ready to import, %3 cannot be imported, %4 duplicates skipped.</translation>
    </message>
    <message>
        <source>Rows not imported (%1)</source>
        <translation>Rows not imported (%1)</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the rows that cannot be imported</source>
        <translation>Import the good rows and leave out the rows that cannot be imported</translation>
    </message>
    <message numerus="yes">
        <source>Import %n customer(s)</source>
        <translation><numerusform>Import %n customer</numerusform><numerusform>Import %n customers</numerusform></translation>
    </message>
</context>
<context>
    <name>InitialSyncBanner</name>
    <message>
        <source>Getting your customers from the server… %1%</source>
        <translation>Getting your customers from the server… %1%</translation>
    </message>
    <message>
        <source>The first sync is paused: %1</source>
        <translation>The first sync is paused: %1</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>no connection</translation>
    </message>
    <message>
        <source>see the sync status</source>
        <translation>see the sync status</translation>
    </message>
    <message>
        <source>%1 of about %2 records. If the connection drops, it continues where it stopped.</source>
        <translation>%1 of about %2 records. If the connection drops, it continues where it stopped.</translation>
    </message>
</context>
<context>
    <name>IssueCouponDialog</name>
    <message>
        <source>Issue a coupon</source>
        <translation>Issue a coupon</translation>
    </message>
    <message>
        <source>Pick a coupon above.</source>
        <translation>Pick a coupon above.</translation>
    </message>
    <message>
        <source>%1 will get %2 (%3 off).</source>
        <translation>%1 will get %2 (%3 off).</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>For %1</translation>
    </message>
    <message>
        <source>No coupons yet: they arrive from the server with the next sync.</source>
        <translation>No coupons yet: they arrive from the server with the next sync.</translation>
    </message>
    <message>
        <source>Saved on this device at once and sent with the next sync; the server checks the quota.</source>
        <translation>Saved on this device at once and sent with the next sync; the server checks the quota.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Issue coupon</source>
        <translation>Issue coupon</translation>
    </message>
</context>
<context>
    <name>LevelChip</name>
    <message>
        <source>Platinum</source>
        <translation>Platinum</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>GuideDesk</source>
        <translation>GuideDesk</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Saved. It will reach the server with the next sync.</source>
        <translation>Saved. It will reach the server with the next sync.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>What did you talk about? Sizes tried, what they liked, when they will come back…</source>
        <translation>What did you talk about? Sizes tried, what they liked, when they will come back…</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
</context>
<context>
    <name>NotesCard</name>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <translation>waiting to sync</translation>
    </message>
</context>
<context>
    <name>OrderBanner</name>
    <message numerus="yes">
        <source>%n new paid order(s)</source>
        <translation><numerusform>%n new paid order(s)</numerusform><numerusform>%n new paid orders</numerusform></translation>
    </message>
    <message>
        <source>New paid order</source>
        <translation>New paid order</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <source>Back to the orders</source>
        <translation>Back to the orders</translation>
    </message>
    <message>
        <source>Escalated to the floor manager</source>
        <translation>Escalated to the floor manager</translation>
    </message>
    <message>
        <source>Your claim was not accepted: %1</source>
        <translation>Your claim was not accepted: %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <source>Called the customer</source>
        <translation>Called the customer</translation>
    </message>
    <message>
        <source>Messaged on WeChat</source>
        <translation>Messaged on WeChat</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>The mall sent items this app cannot read.</source>
        <translation>The mall sent items this app cannot read.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>OrderEventRow</name>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Items unreadable</source>
        <translation>Items unreadable</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message numerus="yes">
        <source>%1 %2 min (%n order(s))</source>
        <translation><numerusform>%1 %2 min (%n order(s))</numerusform><numerusform>%1 %2 min (%n orders)</numerusform></translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>Pending payment</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>To ship</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>Refund requested</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>Mini-program</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>Live stream</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>Share link</translation>
    </message>
    <message>
        <source>During store hours</source>
        <translation>During store hours</translation>
    </message>
    <message>
        <source>After closing</source>
        <translation>After closing</translation>
    </message>
    <message>
        <source>Same city</source>
        <translation>Same city</translation>
    </message>
    <message>
        <source>Another city: %1</source>
        <translation>Another city: %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation><numerusform>waiting %n min</numerusform><numerusform>waiting %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>waiting %n h</source>
        <translation><numerusform>waiting %n h</numerusform><numerusform>waiting %n h</numerusform></translation>
    </message>
    <message>
        <source>Claimed by you · sending…</source>
        <translation>Claimed by you · sending…</translation>
    </message>
    <message>
        <source>Claimed by you</source>
        <translation>Claimed by you</translation>
    </message>
    <message>
        <source>Claimed by %1</source>
        <translation>Claimed by %1</translation>
    </message>
    <message>
        <source>You have claimed this order already.</source>
        <translation>You have claimed this order already.</translation>
    </message>
    <message>
        <source>This order cannot be claimed or changed in its current status.</source>
        <translation>This order cannot be claimed or changed in its current status.</translation>
    </message>
    <message>
        <source>Only the guide who claimed the order can do this.</source>
        <translation>Only the guide who claimed the order can do this.</translation>
    </message>
    <message>
        <source>This order is not on this device.</source>
        <translation>This order is not on this device.</translation>
    </message>
    <message>
        <source>Sign in to handle orders.</source>
        <translation>Sign in to handle orders.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>That did not work.</translation>
    </message>
    <message>
        <source>Placed · %1</source>
        <translation>Placed · %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 messaged the customer on WeChat</source>
        <translation>%1 messaged the customer on WeChat</translation>
    </message>
    <message>
        <source>%1 called the customer</source>
        <translation>%1 called the customer</translation>
    </message>
    <message>
        <source>Escalated to the floor manager</source>
        <translation>Escalated to the floor manager</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Sign in to see your orders</source>
        <translation>Sign in to see your orders</translation>
    </message>
    <message>
        <source>Mini-program orders from your customers appear here as they come in.</source>
        <translation>Mini-program orders from your customers appear here as they come in.</translation>
    </message>
    <message>
        <source>Offline — showing the last known state; claims will be sent when back online.</source>
        <translation>Offline — showing the last known state; claims will be sent when back online.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation><numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation><numerusform>%n escalated</numerusform><numerusform>%n escalated</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n today</source>
        <translation><numerusform>%n today</numerusform><numerusform>%n today</numerusform></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>Claimed by me</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Response times, 7 days:</source>
        <translation>Response times, 7 days:</translation>
    </message>
    <message>
        <source>No orders here yet</source>
        <translation>No orders here yet</translation>
    </message>
    <message>
        <source>New orders arrive when the device is back online.</source>
        <translation>New orders arrive when the device is back online.</translation>
    </message>
    <message>
        <source>New mini-program orders appear here within a second.</source>
        <translation>New mini-program orders appear here within a second.</translation>
    </message>
    <message>
        <source>Choose an order to see its detail</source>
        <translation>Choose an order to see its detail</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>Enter the customer's name.</translation>
    </message>
    <message>
        <source>A name can have at most 100 characters.</source>
        <translation>A name can have at most 100 characters.</translation>
    </message>
    <message>
        <source>Only digits, spaces, dashes and a leading + please.</source>
        <translation>Only digits, spaces, dashes and a leading + please.</translation>
    </message>
    <message>
        <source>Not a phone number: a mobile has 11 digits (1[3-9]…), a landline starts with 0 and its area code, another country's number with +.</source>
        <translation>Not a phone number: a mobile has 11 digits (1[3-9]…), a landline starts with 0 and its area code, another country's number with +.</translation>
    </message>
    <message>
        <source>Choose a gender or leave it open.</source>
        <translation>Choose a gender or leave it open.</translation>
    </message>
    <message>
        <source>This date does not exist (check the day, the year, or the leap month).</source>
        <translation>This date does not exist (check the day, the year, or the leap month).</translation>
    </message>
    <message>
        <source>One of the tags no longer exists.</source>
        <translation>One of the tags no longer exists.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>e.g. 王芳</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile, landline or +country</source>
        <translation>Mobile, landline or +country</translation>
    </message>
    <message>
        <source>Already a customer? %1 %2</source>
        <translation>Already a customer? %1 %2</translation>
    </message>
    <message>
        <source>Same last 4 digits: %1 %2</source>
        <translation>Same last 4 digits: %1 %2</translation>
    </message>
    <message>
        <source>Same name: %1 %2</source>
        <translation>Same name: %1 %2</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Open profile</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Gender (optional)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Birthday (optional)</source>
        <translation>Birthday (optional)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved on this device at once; it reaches the server with the next sync.</source>
        <translation>Saved on this device at once; it reaches the server with the next sync.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Pick one tag of each single-choice group (one size, one body shape).</source>
        <translation>Pick one tag of each single-choice group (one size, one body shape).</translation>
    </message>
    <message>
        <source>Tags for the new customer</source>
        <translation>Tags for the new customer</translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation>Tags (optional)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Choose tags…</source>
        <translation>Choose tags…</translation>
    </message>
</context>
<context>
    <name>ReviewBusy</name>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
</context>
<context>
    <name>RuleBuilder</name>
    <message>
        <source>This rule cannot be counted</source>
        <translation>This rule cannot be counted</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <source>No condition yet: every customer you can see</source>
        <translation>No condition yet: every customer you can see</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s), all must hold</source>
        <translation><numerusform>%n condition, all must hold</numerusform><numerusform>%n conditions, all must hold</numerusform></translation>
    </message>
    <message>
        <source>Has all of these tags</source>
        <translation>Has all of these tags</translation>
    </message>
    <message>
        <source>Has any of these tags</source>
        <translation>Has any of these tags</translation>
    </message>
    <message>
        <source>Has none of these tags</source>
        <translation>Has none of these tags</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Clear these tags</source>
        <translation>Clear these tags</translation>
    </message>
    <message>
        <source>Member level</source>
        <translation>Member level</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platinum</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Before a date</source>
        <translation>Before a date</translation>
    </message>
    <message>
        <source>After a date</source>
        <translation>After a date</translation>
    </message>
    <message>
        <source>More than N days ago</source>
        <translation>More than N days ago</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Total spend (yuan)</source>
        <translation>Total spend (yuan)</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Number of visits</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Birthday month</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>Any month</translation>
    </message>
    <message>
        <source>Clear all conditions</source>
        <translation>Clear all conditions</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Churn risk</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>Customers who never bought have no risk score and match no band.</source>
        <translation>Customers who never bought have no risk score and match no band.</translation>
    </message>
</context>
<context>
    <name>SalesChart</name>
    <message>
        <source>In store</source>
        <translation>In store</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>SegmentResults</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in this segment</source>
        <translation><numerusform>%n customer in this segment</numerusform><numerusform>%n customers in this segment</numerusform></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message numerus="yes">
        <source>¥%1 · %n visit(s)</source>
        <translation><numerusform>¥%1 · %n visit</numerusform><numerusform>¥%1 · %n visits</numerusform></translation>
    </message>
    <message>
        <source>No customer matches this rule</source>
        <translation>No customer matches this rule</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Rename segment</source>
        <translation>Rename segment</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Save segment</translation>
    </message>
    <message>
        <source>Name, e.g. Gold members not seen for 90 days</source>
        <translation>Name, e.g. Gold members not seen for 90 days</translation>
    </message>
    <message>
        <source>Delete segment?</source>
        <translation>Delete segment?</translation>
    </message>
    <message>
        <source>“%1” is deleted on every device. Its customers keep their tags.</source>
        <translation>“%1” is deleted on every device. Its customers keep their tags.</translation>
    </message>
    <message>
        <source>Tag every customer of this segment with…</source>
        <translation>Tag every customer of this segment with…</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n customer(s)?</source>
        <translation><numerusform>Tag %n customer?</numerusform><numerusform>Tag %n customers?</numerusform></translation>
    </message>
    <message>
        <source>“%1” is added to those who do not have it yet. You can undo it afterwards.</source>
        <translation>“%1” is added to those who do not have it yet. You can undo it afterwards.</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save as new…</source>
        <translation>Save as new…</translation>
    </message>
    <message>
        <source>Tag all…</source>
        <translation>Tag all…</translation>
    </message>
    <message>
        <source>Undo tagging</source>
        <translation>Undo tagging</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Saved (%1)</source>
        <translation>Saved (%1)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Saved segments</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Build a rule, then save it to find these customers again.</source>
        <translation>Build a rule, then save it to find these customers again.</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The interface changes at once; customer data stays as entered.</source>
        <translation>The interface changes at once; customer data stays as entered.</translation>
    </message>
    <message>
        <source>About GuideDesk</source>
        <translation>About GuideDesk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Nobody (store view)</source>
        <translation>Nobody (store view)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Local data</translation>
    </message>
    <message>
        <source>Encrypted with SQLCipher (AES-256); the key is kept in the system keychain.</source>
        <translation>Encrypted with SQLCipher (AES-256); the key is kept in the system keychain.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Demo: generated customers, not real people. Nothing leaves this device.</source>
        <translation>Demo: generated customers, not real people. Nothing leaves this device.</translation>
    </message>
    <message>
        <source>Store data</source>
        <translation>Store data</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Birthday tasks, days ahead</source>
        <translation>Birthday tasks, days ahead</translation>
    </message>
    <message>
        <source>Revisits a day</source>
        <translation>Revisits a day</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and try again.</source>
        <translation>The server cannot be reached. Check the network and try again.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so the password was not sent.</source>
        <translation>The server's certificate is not trusted, so the password was not sent.</translation>
    </message>
    <message>
        <source>Signing in failed (%1).</source>
        <translation>Signing in failed (%1).</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to resume syncing; nothing on this device is lost.</source>
        <translation>Your session has ended. Sign in again to resume syncing; nothing on this device is lost.</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>SizeMismatchRow</name>
    <message>
        <source>Tagged %1; recently bought %2</source>
        <translation>Tagged %1; recently bought %2</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Change to %1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Keep %1</translation>
    </message>
</context>
<context>
    <name>StaleTagRow</name>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message numerus="yes">
        <source>set %n day(s) ago</source>
        <translation><numerusform>set %n day ago</numerusform><numerusform>set %n days ago</numerusform></translation>
    </message>
    <message>
        <source>Still true</source>
        <translation>Still true</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <source>Online · %n to send</source>
        <translation><numerusform>Online · %n to send</numerusform><numerusform>Online · %n to send</numerusform></translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>First sync %1%</source>
        <translation>First sync %1%</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting</source>
        <translation><numerusform>Offline · %n waiting</numerusform><numerusform>Offline · %n waiting</numerusform></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Sync problem</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept on this device and will be sent when the connection returns.</source>
        <translation>The server cannot be reached. Your work is kept on this device and will be sent when the connection returns.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted. Nothing is sent until this is fixed — ask your IT contact.</source>
        <translation>The server's certificate is not trusted. Nothing is sent until this is fixed — ask your IT contact.</translation>
    </message>
    <message>
        <source>The server reported a problem. GuideDesk will try again by itself.</source>
        <translation>The server reported a problem. GuideDesk will try again by itself.</translation>
    </message>
    <message>
        <source>The server sent something GuideDesk does not understand. It will try again by itself.</source>
        <translation>The server sent something GuideDesk does not understand. It will try again by itself.</translation>
    </message>
    <message>
        <source>The local database could not be written. GuideDesk will try again by itself.</source>
        <translation>The local database could not be written. GuideDesk will try again by itself.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to resume syncing; nothing on this device is lost.</source>
        <translation>Your session has ended. Sign in again to resume syncing; nothing on this device is lost.</translation>
    </message>
    <message>
        <source>Last in step: %1</source>
        <translation>Last in step: %1</translation>
    </message>
    <message>
        <source>Not yet in step with the server.</source>
        <translation>Not yet in step with the server.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server.</source>
        <translation><numerusform>%n change was refused by the server.</numerusform><numerusform>%n changes were refused by the server.</numerusform></translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>(to review)</source>
        <translation>(to review)</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>My tags</source>
        <translation>My tags</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TagPickerChip</name>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
</context>
<context>
    <name>TagPickerSection</name>
    <message>
        <source>My tags</source>
        <translation>My tags</translation>
    </message>
    <message>
        <source>pick one</source>
        <translation>pick one</translation>
    </message>
</context>
<context>
    <name>TagPickerSheet</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>A tag of your own, e.g. loves silk</source>
        <translation>A tag of your own, e.g. loves silk</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>Spot check</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) older than the shelf life</source>
        <translation><numerusform>%n tag older than the shelf life</numerusform><numerusform>%n tags older than the shelf life</numerusform></translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>Shelf life (days)</translation>
    </message>
    <message>
        <source>Confirmed: the tag is fresh again.</source>
        <translation>Confirmed: the tag is fresh again.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
    <message>
        <source>Every tag is fresh</source>
        <translation>Every tag is fresh</translation>
    </message>
    <message numerus="yes">
        <source>Tags set more than %n day(s) ago appear here for a check.</source>
        <translation><numerusform>Tags set more than %n day ago appear here for a check.</numerusform><numerusform>Tags set more than %n days ago appear here for a check.</numerusform></translation>
    </message>
    <message>
        <source>No guides yet</source>
        <translation>No guides yet</translation>
    </message>
    <message>
        <source>Coverage appears once the store's guides and tags have arrived.</source>
        <translation>Coverage appears once the store's guides and tags have arrived.</translation>
    </message>
    <message>
        <source>Size tags that most of the last five purchases disagree with.</source>
        <translation>Size tags that most of the last five purchases disagree with.</translation>
    </message>
    <message>
        <source>Size updated.</source>
        <translation>Size updated.</translation>
    </message>
    <message>
        <source>Kept.</source>
        <translation>Kept.</translation>
    </message>
    <message>
        <source>No contradictions</source>
        <translation>No contradictions</translation>
    </message>
    <message>
        <source>Every size tag agrees with what the customer bought recently.</source>
        <translation>Every size tag agrees with what the customer bought recently.</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>The review could not be read: %1</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>Revisit</source>
        <translation>Revisit</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>HQ campaign</source>
        <translation>HQ campaign</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>To-do</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Will visit</source>
        <translation>Will visit</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Bought</translation>
    </message>
    <message>
        <source>Usually comes every %1 days; last visit %2 days ago</source>
        <translation>Usually comes every %1 days; last visit %2 days ago</translation>
    </message>
    <message numerus="yes">
        <source>Bought once, %n day(s) ago, and has not come back</source>
        <translation><numerusform>Bought once, %n day ago, and has not come back</numerusform><numerusform>Bought once, %n days ago, and has not come back</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Coming less often than before; last visit %n day(s) ago</source>
        <translation><numerusform>Coming less often than before; last visit %n day ago</numerusform><numerusform>Coming less often than before; last visit %n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last visit %n day(s) ago</source>
        <translation><numerusform>Last visit %n day ago</numerusform><numerusform>Last visit %n days ago</numerusform></translation>
    </message>
    <message>
        <source>%1% likely not to come back</source>
        <translation>%1% likely not to come back</translation>
    </message>
    <message>
        <source>Lunar %1month %2, day %3</source>
        <translation>Lunar %1month %2, day %3</translation>
    </message>
    <message>
        <source>leap </source>
        <translation>leap </translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>turns %n</source>
        <translation><numerusform>turns %n</numerusform><numerusform>turns %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation><numerusform>In %n day</numerusform><numerusform>In %n days</numerusform></translation>
    </message>
    <message>
        <source>¥%1 at stake</source>
        <translation>¥%1 at stake</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>For 3 days</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>For a week</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
</context>
<context>
    <name>TimelineCard</name>
    <message>
        <source>Nothing yet.</source>
        <translation>Nothing yet.</translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>coupon waiting to be issued</source>
        <translation>coupon waiting to be issued</translation>
    </message>
    <message>
        <source>coupon issued</source>
        <translation>coupon issued</translation>
    </message>
    <message>
        <source>coupon redeemed</source>
        <translation>coupon redeemed</translation>
    </message>
    <message>
        <source>coupon refused</source>
        <translation>coupon refused</translation>
    </message>
    <message>
        <source>pending payment</source>
        <translation>pending payment</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>to ship</source>
        <translation>to ship</translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation>ready for pickup</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>refund requested</source>
        <translation>refund requested</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>refunded</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>Tagged %1</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>Order %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Sign in to see your tasks</source>
        <translation>Sign in to see your tasks</translation>
    </message>
    <message>
        <source>Your revisits, birthdays and HQ tasks appear here once you are signed in.</source>
        <translation>Your revisits, birthdays and HQ tasks appear here once you are signed in.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) for today</source>
        <translation><numerusform>%n task for today</numerusform><numerusform>%n tasks for today</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <source>Add a to-do for today…</source>
        <translation>Add a to-do for today…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>Birthdays this week</translation>
    </message>
    <message>
        <source>Nothing to do right now</source>
        <translation>Nothing to do right now</translation>
    </message>
    <message>
        <source>New revisits and birthday greetings appear here each morning. Add a to-do above.</source>
        <translation>New revisits and birthday greetings appear here each morning. Add a to-do above.</translation>
    </message>
</context>
<context>
    <name>gd::ui::CouponDesk</name>
    <message>
        <source>Coupons cannot be issued on this device.</source>
        <translation>Coupons cannot be issued on this device.</translation>
    </message>
    <message>
        <source>The coupon was not issued: %1</source>
        <translation>The coupon was not issued: %1</translation>
    </message>
    <message>
        <source>Sign in to issue coupons.</source>
        <translation>Sign in to issue coupons.</translation>
    </message>
    <message>
        <source>There is nobody to issue the coupon to.</source>
        <translation>There is nobody to issue the coupon to.</translation>
    </message>
    <message>
        <source>That is too many customers at once (at most %1).</source>
        <translation>That is too many customers at once (at most %1).</translation>
    </message>
    <message>
        <source>This coupon is not offered by your store.</source>
        <translation>This coupon is not offered by your store.</translation>
    </message>
    <message>
        <source>This coupon is not valid yet.</source>
        <translation>This coupon is not valid yet.</translation>
    </message>
    <message>
        <source>This coupon has expired.</source>
        <translation>This coupon has expired.</translation>
    </message>
    <message>
        <source>A customer of the list is not on this device.</source>
        <translation>A customer of the list is not on this device.</translation>
    </message>
    <message>
        <source>A customer appears twice in the list.</source>
        <translation>A customer appears twice in the list.</translation>
    </message>
    <message>
        <source>%1 already holds this coupon.</source>
        <translation>%1 already holds this coupon.</translation>
    </message>
</context>
<context>
    <name>gd::ui::CustomerBook</name>
    <message>
        <source>This customer book is read-only.</source>
        <translation>This customer book is read-only.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Write something first.</translation>
    </message>
    <message>
        <source>A note can hold at most 10,000 characters.</source>
        <translation>A note can hold at most 10,000 characters.</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>The note was not saved: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be changed here.</source>
        <translation>“%1” cannot be changed here.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>A customer needs a name.</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>The change was not saved: %1</translation>
    </message>
</context>
<context>
    <name>gd::ui::SegmentBook</name>
    <message>
        <source>(removed tag)</source>
        <translation>(removed tag)</translation>
    </message>
    <message>
        <source>This segment's rule cannot be read by this version of GuideDesk.</source>
        <translation>This segment's rule cannot be read by this version of GuideDesk.</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Give the segment a name.</translation>
    </message>
    <message>
        <source>A name can have at most 100 characters.</source>
        <translation>A name can have at most 100 characters.</translation>
    </message>
    <message>
        <source>Sign in to save segments.</source>
        <translation>Sign in to save segments.</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>The segment was not saved: %1</translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>This segment no longer exists.</translation>
    </message>
    <message>
        <source>The segment was not renamed: %1</source>
        <translation>The segment was not renamed: %1</translation>
    </message>
    <message>
        <source>The segment was not deleted: %1</source>
        <translation>The segment was not deleted: %1</translation>
    </message>
    <message>
        <source>Sign in to tag customers.</source>
        <translation>Sign in to tag customers.</translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>Adding the tag…</translation>
    </message>
    <message>
        <source>The tag was not added: %1</source>
        <translation>The tag was not added: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tag added to %n customer(s).</source>
        <translation><numerusform>Tag added to %n customer.</numerusform><numerusform>Tag added to %n customers.</numerusform></translation>
    </message>
    <message>
        <source>Removing the tag again…</source>
        <translation>Removing the tag again…</translation>
    </message>
    <message>
        <source>The tag was not removed: %1</source>
        <translation>The tag was not removed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tag removed again from %n customer(s).</source>
        <translation><numerusform>Tag removed again from %n customer.</numerusform><numerusform>Tag removed again from %n customers.</numerusform></translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone (masked)</source>
        <translation>Phone (masked)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Spend (yuan)</source>
        <translation>Spend (yuan)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1</source>
        <translation><numerusform>%n customer exported to %1</numerusform><numerusform>%n customers exported to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>gd::ui::TagBook</name>
    <message>
        <source>There is no size tag “%1”.</source>
        <translation>There is no size tag “%1”.</translation>
    </message>
    <message>
        <source>This customer book is read-only.</source>
        <translation>This customer book is read-only.</translation>
    </message>
    <message>
        <source>The tag was not changed: %1</source>
        <translation>The tag was not changed: %1</translation>
    </message>
</context>
<context>
    <name>gd::ui::TaskBoard</name>
    <message>
        <source>Happy birthday, %1! Wishing you a wonderful year — we have a small gift for you at the counter.</source>
        <translation>Happy birthday, %1! Wishing you a wonderful year — we have a small gift for you at the counter.</translation>
    </message>
    <message>
        <source>Sign in to change tasks.</source>
        <translation>Sign in to change tasks.</translation>
    </message>
    <message>
        <source>The task could not be completed.</source>
        <translation>The task could not be completed.</translation>
    </message>
    <message>
        <source>The task could not be snoozed.</source>
        <translation>The task could not be snoozed.</translation>
    </message>
    <message>
        <source>Write what to do first.</source>
        <translation>Write what to do first.</translation>
    </message>
    <message>
        <source>A to-do can hold at most 200 characters.</source>
        <translation>A to-do can hold at most 200 characters.</translation>
    </message>
    <message>
        <source>The to-do was not saved.</source>
        <translation>The to-do was not saved.</translation>
    </message>
    <message>
        <source>The progress was not saved.</source>
        <translation>The progress was not saved.</translation>
    </message>
    <message>
        <source>Only a manager can reassign tasks.</source>
        <translation>Only a manager can reassign tasks.</translation>
    </message>
    <message>
        <source>The task could not be reassigned.</source>
        <translation>The task could not be reassigned.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GuideDesk — the shopping guide's workbench</source>
        <translation>GuideDesk — the shopping guide's workbench</translation>
    </message>
    <message>
        <source>Open a local store with demo data.</source>
        <translation>Open a local store with demo data.</translation>
    </message>
    <message>
        <source>Number of demo customers (100–200000).</source>
        <translation>Number of demo customers (100–200000).</translation>
    </message>
    <message>
        <source>Seed of the demo data.</source>
        <translation>Seed of the demo data.</translation>
    </message>
    <message>
        <source>Path of the local database.</source>
        <translation>Path of the local database.</translation>
    </message>
    <message>
        <source>Load every page, then exit (0 when clean).</source>
        <translation>Load every page, then exit (0 when clean).</translation>
    </message>
    <message>
        <source>Print start-up time and memory, then exit.</source>
        <translation>Print start-up time and memory, then exit.</translation>
    </message>
    <message>
        <source>--demo-customers takes a number from 100 to 200000, not "%1".</source>
        <translation>--demo-customers takes a number from 100 to 200000, not "%1".</translation>
    </message>
    <message>
        <source>--demo-seed takes a whole number, not "%1".</source>
        <translation>--demo-seed takes a whole number, not "%1".</translation>
    </message>
    <message>
        <source>%1
GuideDesk keeps the key of its encrypted database in the system keychain and will not run without one.</source>
        <translation>%1
GuideDesk keeps the key of its encrypted database in the system keychain and will not run without one.</translation>
    </message>
    <message>
        <source>GuideDesk cannot start</source>
        <translation>GuideDesk cannot start</translation>
    </message>
    <message>
        <source>The user interface could not be loaded.</source>
        <translation>The user interface could not be loaded.</translation>
    </message>
    <message>
        <source>Interface language: zh_CN, zh_TW or en.</source>
        <translation>Interface language: zh_CN, zh_TW or en.</translation>
    </message>
    <message>
        <source>--lang takes zh_CN, zh_TW or en, not "%1".</source>
        <translation>--lang takes zh_CN, zh_TW or en, not "%1".</translation>
    </message>
    <message numerus="yes">
        <source>Generating %n demo customer(s)…</source>
        <translation><numerusform>Generating %n demo customer…</numerusform><numerusform>Generating %n demo customers…</numerusform></translation>
    </message>
    <message>
        <source>GuideDesk</source>
        <translation>GuideDesk</translation>
    </message>
    <message>
        <source>Sync with the GuideDesk server at this HTTPS URL.</source>
        <translation>Sync with the GuideDesk server at this HTTPS URL.</translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM) for the server.</source>
        <translation>Also trust this CA certificate (PEM) for the server.</translation>
    </message>
    <message>
        <source>Sign in to the server as this user.</source>
        <translation>Sign in to the server as this user.</translation>
    </message>
    <message>
        <source>Read the password from this file to sign in (only when the keychain holds no session).</source>
        <translation>Read the password from this file to sign in (only when the keychain holds no session).</translation>
    </message>
    <message>
        <source>--server takes an https:// address, not "%1".</source>
        <translation>--server takes an https:// address, not "%1".</translation>
    </message>
    <message>
        <source>--server needs --user.</source>
        <translation>--server needs --user.</translation>
    </message>
    <message>
        <source>--demo and --server exclude each other: the server has its own data.</source>
        <translation>--demo and --server exclude each other: the server has its own data.</translation>
    </message>
    <message>
        <source>The database key vanished from the keychain.</source>
        <translation>The database key vanished from the keychain.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Cannot read the password file %1: %2</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so GuideDesk did not send your password. (%1)</source>
        <translation>The server's certificate is not trusted, so GuideDesk did not send your password. (%1)</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this device has not signed in before. (%1)</source>
        <translation>The server cannot be reached, and this device has not signed in before. (%1)</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Signing in failed: %1</translation>
    </message>
    <message>
        <source>This device has no session for %1 yet: give --password-file to sign in.</source>
        <translation>This device has no session for %1 yet: give --password-file to sign in.</translation>
    </message>
</context>
</TS>