<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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