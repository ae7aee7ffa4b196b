<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
    <name>Pages</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
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
    <name>TagChip</name>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
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
</context>
</TS>