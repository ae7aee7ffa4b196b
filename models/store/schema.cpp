// The GuideDesk schema. Conventions for every synced table: `id` is a client-generated
// UUID (UNIQUE, what the server sees), `updated_at` is ISO-8601 UTC, `version` is the
// server's row version (0 until the server has it), `deleted` is a soft-delete flag so
// that a deletion can travel to the server. SQLite's rowid stays the local join key where
// speed matters (the search index, the list model).
// Never edit a released step: add a new one.
#include "database.h"
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace gd::store {

namespace {

// Columns every synced table has.
#define GD_SYNC_COLUMNS                                                                            \
    "id TEXT NOT NULL UNIQUE, "                                                                    \
    "updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "                    \
    "version INTEGER NOT NULL DEFAULT 0, "                                                         \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"

void createCoreTables(Database &db)
{
    db.exec(QStringLiteral(
        "CREATE TABLE stores (" GD_SYNC_COLUMNS
        ", name TEXT NOT NULL, city TEXT NOT NULL DEFAULT '');"

        "CREATE TABLE guides (" GD_SYNC_COLUMNS ", store_id TEXT NOT NULL REFERENCES stores(id),"
        " name TEXT NOT NULL, employee_no TEXT NOT NULL DEFAULT '',"
        " role TEXT NOT NULL DEFAULT 'guide' CHECK (role IN ('guide', 'manager')),"
        " active INTEGER NOT NULL DEFAULT 1);"

        "CREATE TABLE customers (" GD_SYNC_COLUMNS ", store_id TEXT NOT NULL REFERENCES stores(id),"
        " owner_guide_id TEXT REFERENCES guides(id),"
        " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),"
        " name_sort TEXT NOT NULL DEFAULT ''," // pinyin, so that 'sort by name' is 拼音序
        " nickname TEXT NOT NULL DEFAULT '',"
        " gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'F', 'M')),"
        " phone_masked TEXT NOT NULL DEFAULT ''," // 138****1234: the full number never lands here
        " phone_last4 TEXT NOT NULL DEFAULT '' CHECK (phone_last4 = '' OR phone_last4 GLOB "
        "'[0-9][0-9][0-9][0-9]'),"
        " member_level TEXT NOT NULL DEFAULT 'normal'"
        "   CHECK (member_level IN ('normal', 'silver', 'gold', 'platinum')),"
        " card_opened_on TEXT CHECK (card_opened_on IS NULL OR card_opened_on IS "
        "date(card_opened_on)),"
        " birthday_calendar TEXT NOT NULL DEFAULT 'gregorian' CHECK (birthday_calendar IN "
        "('gregorian', 'lunar')),"
        " birthday_year INTEGER NOT NULL DEFAULT 0,"
        " birthday_month INTEGER NOT NULL DEFAULT 0 CHECK (birthday_month BETWEEN 0 AND 12),"
        " birthday_day INTEGER NOT NULL DEFAULT 0 CHECK (birthday_day BETWEEN 0 AND 31),"
        " birthday_leap INTEGER NOT NULL DEFAULT 0,"
        " source TEXT NOT NULL DEFAULT 'counter',"
        " remark TEXT NOT NULL DEFAULT '',"
        // Purchase aggregates, kept by the purchase write path so that lists sort by them
        // without touching the purchases table.
        " total_spend_cents INTEGER NOT NULL DEFAULT 0,"
        " visit_count INTEGER NOT NULL DEFAULT 0,"
        " first_visit_on TEXT CHECK (first_visit_on IS NULL OR first_visit_on IS "
        "date(first_visit_on)),"
        " last_visit_on TEXT CHECK (last_visit_on IS NULL OR last_visit_on IS date(last_visit_on)),"
        " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));"

        "CREATE TABLE tag_groups (" GD_SYNC_COLUMNS ", code TEXT NOT NULL, name TEXT NOT NULL,"
        " name_en TEXT NOT NULL DEFAULT '', multi_select INTEGER NOT NULL DEFAULT 1,"
        " sort_order INTEGER NOT NULL DEFAULT 0);"

        // group_id NULL: a guide's personal tag, owned by owner_guide_id.
        "CREATE TABLE tags (" GD_SYNC_COLUMNS ", group_id TEXT REFERENCES tag_groups(id),"
        " owner_guide_id TEXT REFERENCES guides(id), name TEXT NOT NULL,"
        " name_en TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0,"
        " CHECK ((group_id IS NULL) <> (owner_guide_id IS NULL)));"

        // One row per (customer, tag): adding again revives a soft-deleted row, so tag
        // add/remove stay operations on one row. tagged_by/tagged_at give tags freshness.
        "CREATE TABLE customer_tags (" GD_SYNC_COLUMNS ","
        " customer_id TEXT NOT NULL REFERENCES customers(id),"
        " tag_id TEXT NOT NULL REFERENCES tags(id),"
        " tagged_by TEXT REFERENCES guides(id), tagged_at TEXT NOT NULL,"
        " UNIQUE (customer_id, tag_id));"

        "CREATE TABLE purchases (" GD_SYNC_COLUMNS
        ", customer_id TEXT NOT NULL REFERENCES customers(id),"
        " store_id TEXT REFERENCES stores(id), guide_id TEXT REFERENCES guides(id),"
        " purchased_on TEXT NOT NULL CHECK (purchased_on IS date(purchased_on)), amount_cents "
        "INTEGER NOT NULL CHECK (amount_cents >= 0),"
        " items INTEGER NOT NULL DEFAULT 1 CHECK (items > 0), category TEXT NOT NULL DEFAULT '',"
        " size TEXT NOT NULL DEFAULT '');"

        // Mini-program orders: server-authoritative; the client keeps what it was sent.
        "CREATE TABLE orders (" GD_SYNC_COLUMNS ", order_no TEXT NOT NULL,"
        " customer_id TEXT REFERENCES customers(id), guide_id TEXT REFERENCES guides(id),"
        " store_id TEXT REFERENCES stores(id), channel TEXT NOT NULL DEFAULT 'mini_program',"
        " status TEXT NOT NULL, amount_cents INTEGER NOT NULL DEFAULT 0, items_json TEXT NOT NULL "
        "DEFAULT '[]',"
        " placed_at TEXT NOT NULL, claimed_by TEXT REFERENCES guides(id), claimed_at TEXT,"
        " city TEXT NOT NULL DEFAULT '', server_seq INTEGER NOT NULL DEFAULT 0);"

        "CREATE TABLE order_events (" GD_SYNC_COLUMNS
        ", order_id TEXT NOT NULL REFERENCES orders(id),"
        " seq INTEGER NOT NULL, kind TEXT NOT NULL, payload_json TEXT NOT NULL DEFAULT '{}',"
        " created_at TEXT NOT NULL);"

        "CREATE TABLE campaigns (" GD_SYNC_COLUMNS ", store_id TEXT REFERENCES stores(id),"
        " title TEXT NOT NULL, body TEXT NOT NULL DEFAULT '', target_count INTEGER NOT NULL "
        "DEFAULT 0,"
        " starts_on TEXT, due_on TEXT);"

        "CREATE TABLE tasks (" GD_SYNC_COLUMNS ", guide_id TEXT NOT NULL REFERENCES guides(id),"
        " customer_id TEXT REFERENCES customers(id), campaign_id TEXT REFERENCES campaigns(id),"
        " kind TEXT NOT NULL CHECK (kind IN ('revisit', 'birthday', 'campaign', 'todo')),"
        " title TEXT NOT NULL, due_on TEXT, snoozed_until TEXT,"
        " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),"
        " outcome TEXT NOT NULL DEFAULT '', completed_at TEXT);"

        // Notes are insert-only: no edit path exists, so there is nothing to conflict.
        "CREATE TABLE notes (" GD_SYNC_COLUMNS
        ", customer_id TEXT NOT NULL REFERENCES customers(id),"
        " guide_id TEXT REFERENCES guides(id),"
        " kind TEXT NOT NULL DEFAULT 'visit' CHECK (kind IN ('visit', 'wechat', 'call', 'other')),"
        " body TEXT NOT NULL, created_at TEXT NOT NULL);"

        "CREATE TABLE coupons (" GD_SYNC_COLUMNS ", name TEXT NOT NULL,"
        " value_cents INTEGER NOT NULL CHECK (value_cents > 0), min_spend_cents INTEGER NOT NULL "
        "DEFAULT 0,"
        " valid_from TEXT, valid_to TEXT, quota INTEGER NOT NULL DEFAULT 0);"

        "CREATE TABLE coupon_issues (" GD_SYNC_COLUMNS
        ", coupon_id TEXT NOT NULL REFERENCES coupons(id),"
        " customer_id TEXT NOT NULL REFERENCES customers(id), guide_id TEXT REFERENCES guides(id),"
        " status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'issued', "
        "'rejected', 'redeemed')),"
        " issued_at TEXT, redeemed_at TEXT, reject_reason TEXT NOT NULL DEFAULT '');"

        "CREATE TABLE dashboard_layouts (" GD_SYNC_COLUMNS ", guide_id TEXT REFERENCES guides(id),"
        " layout_json TEXT NOT NULL);"

        // Local changes awaiting upload, in order. Written in the same transaction as the
        // change itself; never cleared by a reset.
        "CREATE TABLE outbox (mutation_id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " client_id TEXT NOT NULL, name TEXT NOT NULL, args_json TEXT NOT NULL,"
        " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
        " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')),"
        " error TEXT NOT NULL DEFAULT '');"

        "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"

        "CREATE INDEX customer_tags_by_customer ON customer_tags(customer_id);"
        "CREATE INDEX purchases_by_customer ON purchases(customer_id, purchased_on);"
        "CREATE INDEX orders_by_guide ON orders(guide_id, placed_at);"
        "CREATE INDEX tasks_by_guide ON tasks(guide_id, status, due_on);"
        "CREATE INDEX notes_by_customer ON notes(customer_id, created_at);"));
}

// v2: the customer search index and the indexes the customer list sorts by.
void createCustomerSearch(Database &db)
{
    db.exec(QStringLiteral(
        "CREATE VIRTUAL TABLE customer_search USING fts5("
        " hanzi, pinyin, initials, remark, phone4,"
        " content='', contentless_delete=1,"
        " tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');"
        "CREATE INDEX customers_by_owner_name ON customers(owner_guide_id, deleted, name_sort);"
        "CREATE INDEX customers_by_owner_visit ON customers(owner_guide_id, deleted, "
        "last_visit_on);"
        "CREATE INDEX customers_by_owner_spend ON customers(owner_guide_id, deleted, "
        "total_spend_cents);"
        "CREATE INDEX customers_by_name ON customers(deleted, name_sort);"
        "CREATE INDEX customers_by_visit ON customers(deleted, last_visit_on);"
        "CREATE INDEX customers_by_spend ON customers(deleted, total_spend_cents);"));
}

// v3: which rows each pending mutation touched, so that a pull never overwrites a row
// with a change the server has not acknowledged yet. row_key is the row's id, except for
// customer_tags, whose key is "customer_id|tag_id" (two devices may create the same tag
// link under different ids; the server keeps one).
void createOutboxTouches(Database &db)
{
    db.exec(QStringLiteral("CREATE TABLE outbox_touches (mutation_id INTEGER NOT NULL"
                           "   REFERENCES outbox(mutation_id) ON DELETE CASCADE,"
                           " table_name TEXT NOT NULL, row_key TEXT NOT NULL,"
                           " PRIMARY KEY (table_name, row_key, mutation_id)) WITHOUT ROWID;"
                           "CREATE INDEX outbox_touches_by_mutation ON outbox_touches(mutation_id);"
                           "CREATE INDEX outbox_by_state ON outbox(state, mutation_id);"));
}

// v4: saved segments (a guide's named rules, synced) and the index segment rules need to
// find the customers with a tag without reading every tag link.
void createSegments(Database &db)
{
    db.exec(QStringLiteral(
        "CREATE TABLE segments (" GD_SYNC_COLUMNS ", owner_guide_id TEXT NOT NULL"
        " REFERENCES guides(id), name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),"
        " rule_json TEXT NOT NULL,"
        " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));"
        "CREATE INDEX segments_by_owner ON segments(owner_guide_id, deleted, name);"
        "CREATE INDEX customer_tags_by_tag ON customer_tags(tag_id, deleted, customer_id);"
        // Every column a segment rule tests, so that a count reads this compact index in
        // order instead of fetching (and decrypting) customer rows at random.
        "CREATE INDEX customers_for_segments ON customers(deleted, owner_guide_id, member_level,"
        " birthday_month, visit_count, total_spend_cents, last_visit_on, store_id, id);"));
}

// v5: each store's churn model (models/churn/churnmodel.h), fitted by the server nightly and
// on demand and pulled by the clients, which score their customers with it offline. One row
// per store (its id is derived from the store's); times are in days.
void createChurnModels(Database &db)
{
    db.exec(QStringLiteral(
        "CREATE TABLE churn_models (" GD_SYNC_COLUMNS
        ", store_id TEXT NOT NULL UNIQUE REFERENCES stores(id),"
        " time_unit TEXT NOT NULL DEFAULT 'days' CHECK (time_unit = 'days'),"
        " r REAL NOT NULL DEFAULT 0, alpha REAL NOT NULL DEFAULT 0,"
        " a REAL NOT NULL DEFAULT 0, b REAL NOT NULL DEFAULT 0,"
        " has_spend_model INTEGER NOT NULL DEFAULT 0 CHECK (has_spend_model IN (0, 1)),"
        " gg_p REAL NOT NULL DEFAULT 0, gg_q REAL NOT NULL DEFAULT 0, gg_v REAL NOT NULL DEFAULT 0,"
        " mean_spend REAL NOT NULL DEFAULT 0," // yuan per visit, for the fallback
        " population_gap REAL NOT NULL DEFAULT 0," // median own gap of repeat buyers, days
        " fallback TEXT NOT NULL DEFAULT 'none'," // fallbackCauseName(); 'none': the model is used
        " customers INTEGER NOT NULL DEFAULT 0, repeat_customers INTEGER NOT NULL DEFAULT 0,"
        " log_likelihood REAL NOT NULL DEFAULT 0,"
        " fitted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));"));
}

// v6: what a task needs beyond v1's columns. value_cents: the spend at stake (revisit) that
// orders the Today page; reason_json: why the task exists, structured so that the UI words
// it in the guide's language; body: the greeting (stored with the task: the template it came
// from is translated in the UI, the customer gets this text); coupon_id: an optional coupon
// to send with it; progress: a campaign task's count towards its campaign's target_count;
// created_at: when generated, for the revisit cadence.
void addTaskDetails(Database &db)
{
    db.exec(QStringLiteral("ALTER TABLE tasks ADD COLUMN value_cents INTEGER NOT NULL DEFAULT 0;"
                           "ALTER TABLE tasks ADD COLUMN reason_json TEXT NOT NULL DEFAULT '{}';"
                           "ALTER TABLE tasks ADD COLUMN body TEXT NOT NULL DEFAULT '';"
                           "ALTER TABLE tasks ADD COLUMN coupon_id TEXT;"
                           "ALTER TABLE tasks ADD COLUMN progress INTEGER NOT NULL DEFAULT 0;"
                           "ALTER TABLE tasks ADD COLUMN created_at TEXT NOT NULL DEFAULT '';"
                           "CREATE INDEX tasks_by_customer ON tasks(customer_id, kind);"));
}

// v7: what issuing coupons needs. A template belongs to one store (store_id; NULL: every
// store) and its quota is that store's; issued_count is the server's count of issues that
// took quota (the client shows quota - issued_count as "left, as last known");
// per_customer is how many live (issued or still pending) issues of it one customer may
// hold at once. name_en for the English interface. The indexes serve the profile's coupon
// card and the per-customer check.
void addCouponIssuing(Database &db)
{
    db.exec(QStringLiteral(
        "ALTER TABLE coupons ADD COLUMN store_id TEXT REFERENCES stores(id);"
        "ALTER TABLE coupons ADD COLUMN name_en TEXT NOT NULL DEFAULT '';"
        "ALTER TABLE coupons ADD COLUMN issued_count INTEGER NOT NULL DEFAULT 0;"
        "ALTER TABLE coupons ADD COLUMN per_customer INTEGER NOT NULL DEFAULT 1"
        " CHECK (per_customer >= 1);"
        "ALTER TABLE coupon_issues ADD COLUMN created_at TEXT;"
        "CREATE INDEX coupon_issues_by_customer ON coupon_issues(customer_id, coupon_id);"));
}

// v8: look-ups of a customer by the last 4 phone digits and by the exact name, so that the
// quick entry and the CSV import find duplicates without scanning the table.
void createDuplicateLookups(Database &db)
{
    db.exec(QStringLiteral("CREATE INDEX customers_by_phone4 ON customers(phone_last4);"
                           "CREATE INDEX customers_by_exact_name ON customers(name);"));
}

// v9: what the profile's timeline and the tag review read by customer or by age.
void createTimelineIndexes(Database &db)
{
    db.exec(QStringLiteral(
        "CREATE INDEX IF NOT EXISTS orders_by_customer ON orders(customer_id, placed_at);"
        // Partial, on the live links only: a plain (deleted, tagged_at) index made SQLite
        // walk every live tag in time order for one customer's timeline.
        "CREATE INDEX IF NOT EXISTS customer_tags_by_age ON customer_tags(tagged_at)"
        " WHERE deleted = 0;"));
}

// v10: live orders (issue 6). escalated_at: when the server escalated an order that stayed
// paid and unclaimed too long (server-authoritative, like claimed_by/claimed_at). A store's
// opening hours, as local wall-clock "HH:mm" with the store's UTC offset in minutes (the
// demo stores are in China, UTC+8 all year), say whether an order came in during store
// hours or after closing. The indexes serve the manager's store-wide list (newest first)
// and an order's event history.
void addLiveOrders(Database &db)
{
    db.exec(QStringLiteral(
        "ALTER TABLE orders ADD COLUMN escalated_at TEXT;"
        "ALTER TABLE stores ADD COLUMN opens_at TEXT NOT NULL DEFAULT '10:00';"
        "ALTER TABLE stores ADD COLUMN closes_at TEXT NOT NULL DEFAULT '22:00';"
        "ALTER TABLE stores ADD COLUMN utc_offset_minutes INTEGER NOT NULL DEFAULT 480;"
        "CREATE INDEX IF NOT EXISTS orders_by_store ON orders(store_id, placed_at);"
        "CREATE INDEX IF NOT EXISTS order_events_by_order ON order_events(order_id, seq);"));
}

// v11: the customisable dashboard (issue 6). Sales targets per guide (in cents; 0: none set),
// synced with the guides; dashboard_layouts gets a store, so that a row with guide_id NULL
// is that store's default layout (seeded by the server, saved by a manager).
void addDashboard(Database &db)
{
    db.exec(QStringLiteral(
        "ALTER TABLE guides ADD COLUMN daily_target_cents INTEGER NOT NULL DEFAULT 0"
        " CHECK (daily_target_cents >= 0);"
        "ALTER TABLE guides ADD COLUMN monthly_target_cents INTEGER NOT NULL DEFAULT 0"
        " CHECK (monthly_target_cents >= 0);"
        "ALTER TABLE dashboard_layouts ADD COLUMN store_id TEXT REFERENCES stores(id);"
        "CREATE INDEX dashboard_layouts_by_owner ON dashboard_layouts(guide_id, store_id);"));
}

// v12: a customer's tag links, covering what the tag review reads (live or not, since
// when, which tag). A guide's stale-tag review walks their customers and each one's links:
// with the narrow index every link cost a visit to the table row, at 250,000 links several
// seconds of decrypted pages; the covering index answers from the index alone. It replaces
// the narrow one (same name: a prefix of it serves every by-customer look-up).
void coverTagLinksByCustomer(Database &db)
{
    db.exec(QStringLiteral(
        "DROP INDEX IF EXISTS customer_tags_by_customer;"
        "CREATE INDEX IF NOT EXISTS customer_tags_by_customer ON customer_tags(customer_id,"
        " deleted, tagged_at, tag_id);"));
}

// v13: the Orders page's reads answered from one index. The list (a store's or a guide's
// orders, newest first) and the badge's counts re-read on every pulled batch of a burst; with
// the narrow (store_id, placed_at) index each of a store's orders cost a visit to its table
// row, 17 ms a re-read at 5,200 orders, over a frame. The covering index holds every column
// those reads look at. It replaces the narrow one (same name, a prefix serves the day range).
void coverOrdersByStore(Database &db)
{
    db.exec(QStringLiteral(
        "DROP INDEX IF EXISTS orders_by_store;"
        "CREATE INDEX IF NOT EXISTS orders_by_store ON orders(store_id, deleted, placed_at,"
        " status, claimed_by, guide_id, escalated_at);"));
}

#undef GD_SYNC_COLUMNS

} // namespace

QList<Migration> guideDeskMigrations()
{
    return {
        { 1, u"core tables"_s, false, createCoreTables },
        { 2, u"customer search index"_s, false, createCustomerSearch },
        { 3, u"outbox row tracking"_s, false, createOutboxTouches },
        { 4, u"saved segments"_s, false, createSegments },
        { 5, u"churn models"_s, false, createChurnModels },
        { 6, u"task details"_s, false, addTaskDetails },
        { 7, u"coupon issuing"_s, false, addCouponIssuing },
        { 8, u"duplicate look-ups"_s, false, createDuplicateLookups },
        { 9, u"timeline and tag review indexes"_s, false, createTimelineIndexes },
        { 10, u"live orders"_s, false, addLiveOrders },
        { 11, u"dashboard targets and store layouts"_s, false, addDashboard },
        { 12, u"tag links by customer, covering"_s, false, coverTagLinksByCustomer },
        { 13, u"orders by store, covering"_s, false, coverOrdersByStore },
    };
}

} // namespace gd::store
