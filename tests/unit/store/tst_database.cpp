// The local store: encryption, keys, migrations, and junk written through it.
#include "fakekeystore.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/sqlerror.h"
#include "store/storeopener.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd::store;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray key(char fill) { return QByteArray(32, fill); }

    // Every table, index and trigger definition, for comparing schemas.
    static QStringList schemaOf(Database &db)
    {
        auto q = db.prepare(u"SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM "
                            "sqlite_schema ORDER BY type, name"_s);
        QStringList out;
        while (q->step())
            out << q->text(0);
        return out;
    }

    static void insertCustomer(Database &db, const QString &id, const QString &name)
    {
        auto q = db.prepare(u"INSERT INTO customers (id, store_id, name) VALUES (?, 's1', ?)"_s);
        q->bindAll(id, name);
        q->run();
    }

    static std::unique_ptr<Database> freshStore(const QString &file)
    {
        auto db = Database::open(file, key('k'), Database::OpenMode::CreateIfMissing);
        Migrator(guideDeskMigrations(), {}).migrate(*db);
        db->exec(u"INSERT INTO stores (id, name) VALUES ('s1', 'Store')"_s);
        return db;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fileIsEncryptedAndNeedsTheKey()
    {
        const QString file = path(u"enc.db"_s);
        {
            auto db = freshStore(file);
            insertCustomer(*db, u"c1"_s, u"张三 secret"_s);
            db->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("secret"));
        QVERIFY(!bytes.contains(QStringLiteral("张三").toUtf8()));

        // Same key opens it; a wrong key is a clear error, and the file is left alone.
        auto again = Database::open(file, key('k'), Database::OpenMode::OpenExisting);
        QCOMPARE(again->scalar(u"SELECT count(*) FROM customers"_s), 1);
        again.reset();
        try {
            Database::open(file, key('x'), Database::OpenMode::OpenExisting);
            QFAIL("a wrong key must not open the database");
        } catch (const OpenError &e) {
            QCOMPARE(e.kind(), OpenError::Kind::WrongKey);
            QVERIFY(e.message().contains(u"cannot be decrypted"_s));
        }
        QCOMPARE(QFile(file).size(), bytes.size());

        // And the sqlite3/sqlcipher command-line shell, without the key, cannot read it.
        QProcess shell;
        shell.start(u"sqlcipher"_s, { file, u"SELECT count(*) FROM customers;"_s });
        QVERIFY2(shell.waitForFinished(30000), "the sqlcipher shell (package sqlcipher) must run");
        const QString said
            = QString::fromUtf8(shell.readAllStandardError() + shell.readAllStandardOutput());
        QVERIFY2(said.contains(u"file is not a database"_s), qPrintable(said));
    }

    void shortKeyAndMissingFileAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(OpenError,
                                 Database::open(path(u"k.db"_s), QByteArray(5, 'a'),
                                                Database::OpenMode::CreateIfMissing));
        QVERIFY_THROWS_EXCEPTION(
            OpenError,
            Database::open(path(u"missing.db"_s), key('k'), Database::OpenMode::OpenExisting));
        QVERIFY(!QFile::exists(path(u"missing.db"_s)));
    }

    void notADatabaseIsAClearError()
    {
        const QString file = path(u"junk.db"_s);
        QFile junk(file);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, '\x5a'));
        junk.close();
        QVERIFY_THROWS_EXCEPTION(OpenError,
                                 Database::open(file, key('k'), Database::OpenMode::OpenExisting));
    }

    void migratesUpFromEveryVersion()
    {
        const QList<Migration> all = guideDeskMigrations();
        auto reference
            = Database::open(u":memory:"_s, key('k'), Database::OpenMode::CreateIfMissing);
        Migrator(all, {}).migrate(*reference);
        QCOMPARE(reference->userVersion(), all.constLast().version);
        const QStringList expected = schemaOf(*reference);

        for (qsizetype start = 0; start < all.size(); ++start) {
            auto db = Database::open(path(u"from%1.db"_s.arg(start)), key('k'),
                                     Database::OpenMode::CreateIfMissing);
            Migrator(all.mid(0, start), {}).migrate(*db);
            QCOMPARE(db->userVersion(), start == 0 ? 0 : all.at(start - 1).version);
            Migrator(all, {}).migrate(*db);
            QCOMPARE(db->userVersion(), all.constLast().version);
            QCOMPARE(schemaOf(*db), expected);
            QCOMPARE(db->integrityCheck(), u"ok"_s);
        }
    }

    void newerSchemaIsRefused()
    {
        const QString file = path(u"newer.db"_s);
        auto db = freshStore(file);
        db->setUserVersion(99);
        try {
            Migrator(guideDeskMigrations(), {}).migrate(*db);
            QFAIL("a newer schema must be refused");
        } catch (const OpenError &e) {
            QCOMPARE(e.kind(), OpenError::Kind::SchemaTooNew);
            QVERIFY(e.message().contains(u"newer GuideDesk"_s));
        }
        QCOMPARE(db->userVersion(), 99); // untouched
    }

    void failedStepRollsBackWholly()
    {
        auto db = Database::open(u":memory:"_s, key('k'), Database::OpenMode::CreateIfMissing);
        QList<Migration> steps = guideDeskMigrations();
        const int last = steps.constLast().version;
        steps.append({ last + 1, u"broken"_s, false, [](Database &d) {
                          d.exec(u"CREATE TABLE half_done (x INTEGER)"_s);
                          d.exec(u"THIS IS NOT SQL"_s);
                      } });
        QVERIFY_THROWS_EXCEPTION(SqlError, Migrator(steps, {}).migrate(*db));
        QCOMPARE(db->userVersion(), last);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"_s), 0);
    }

    void destructiveStepIsBackedUpFirst()
    {
        const QString file = path(u"destructive.db"_s);
        auto db = freshStore(file);
        insertCustomer(*db, u"c1"_s, u"李四"_s);
        QList<Migration> steps = guideDeskMigrations();
        const int last = steps.constLast().version;
        steps.append({ last + 1, u"drop remarks"_s, true, [](Database &d) {
                          d.exec(u"UPDATE customers SET remark = ''"_s);
                      } });
        Migrator migrator(steps, path(u"backups"_s));
        migrator.migrate(*db);
        QCOMPARE(migrator.backupsWritten().size(), 1);
        const QString backup = migrator.backupsWritten().constFirst();
        QVERIFY(backup.endsWith(u".v%1.bak"_s.arg(last)));
        auto copy = Database::open(backup, key('k'), Database::OpenMode::OpenExisting);
        QCOMPARE(copy->userVersion(), last);
        QCOMPARE(copy->scalar(u"SELECT count(*) FROM customers"_s), 1);
    }

    void openerKeepsTheKeyInTheKeyStoreAndNeverReplacesAData()
    {
        gd::test::FakeKeyStore keys;
        const StoreOptions options { path(u"opener.db"_s), path(u"bk"_s), true };
        {
            auto db = openLocalStore(options, keys);
            QCOMPARE(keys.secrets.size(), 1);
            QCOMPARE(keys.secrets.constBegin()->size(), 32);
            db->exec(u"INSERT INTO stores (id, name) VALUES ('s1', 'Store')"_s);
        }
        { // reopen with the stored key
            auto db = openLocalStore(options, keys);
            QCOMPARE(db->scalar(u"SELECT count(*) FROM stores"_s), 1);
        }
        const qint64 size = QFile(options.path).size();
        keys.secrets.clear();
        try {
            (void)openLocalStore(options, keys);
            QFAIL("a missing key must be an error");
        } catch (const OpenError &e) {
            QCOMPARE(e.kind(), OpenError::Kind::MissingKey);
        }
        QCOMPARE(QFile(options.path).size(), size);
        QVERIFY(keys.secrets.isEmpty()); // no new key was made up for the old file
    }

    void keysAreRandom()
    {
        const QByteArray a = generateDatabaseKey();
        const QByteArray b = generateDatabaseKey();
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
    }

    void junkIsStoredExactlyOrRefusedClearly()
    {
        auto db = freshStore(path(u"junk-values.db"_s));
        const QStringList names
            = { u"Robert'); DROP TABLE customers;--"_s, u"😀👩‍👩‍👧 王🌸"_s,
                u"\"quoted\" %_ \\ "_s, u"名"_s };
        for (int i = 0; i < names.size(); ++i)
            insertCustomer(*db, u"j%1"_s.arg(i), names.at(i));
        auto q = db->prepare(u"SELECT name FROM customers WHERE id = ?"_s);
        for (int i = 0; i < names.size(); ++i) {
            q->bind(1, u"j%1"_s.arg(i));
            QVERIFY(q->step());
            QCOMPARE(q->text(0), names.at(i));
            q->reset();
        }
        // A 10 MB note round-trips.
        insertCustomer(*db, u"n1"_s, u"笔记"_s);
        const QString big(10 * 1024 * 1024, u'记');
        auto note = db->prepare(u"INSERT INTO notes (id, customer_id, body, created_at)"
                                " VALUES ('note1', 'n1', ?, '2026-01-01T00:00:00Z')"_s);
        note->bind(1, big);
        note->run();
        QCOMPARE(db->scalar(u"SELECT length(body) FROM notes WHERE id = 'note1'"_s), big.size());

        // Invalid dates, empty names, bad enums and duplicate ids are refused by the schema.
        const QStringList refused = {
            u"INSERT INTO purchases (id, customer_id, purchased_on, amount_cents) VALUES ('p1', 'n1', '2024-02-30', 1)"_s,
            u"INSERT INTO purchases (id, customer_id, purchased_on, amount_cents) VALUES ('p2', 'n1', 'yesterday', 1)"_s,
            u"INSERT INTO purchases (id, customer_id, purchased_on, amount_cents) VALUES ('p3', 'n1', '2024-01-01', -5)"_s,
            u"INSERT INTO customers (id, store_id, name) VALUES ('e1', 's1', '')"_s,
            u"INSERT INTO customers (id, store_id, name, gender) VALUES ('e2', 's1', 'x', 'Q')"_s,
            u"INSERT INTO customers (id, store_id, name, phone_last4) VALUES ('e3', 's1', 'x', '12a4')"_s,
            u"INSERT INTO customers (id, store_id, name, birthday_month) VALUES ('e4', 's1', 'x', 13)"_s,
            u"INSERT INTO customers (id, store_id, name) VALUES ('n1', 's1', 'dup')"_s,
            u"INSERT INTO customers (id, store_id, name, card_opened_on) VALUES ('e6', 's1', 'x', '2024-13-01')"_s,
            u"INSERT INTO customers (id, store_id, name, card_opened_on) VALUES ('e7', 's1', 'x', '')"_s,
            u"INSERT INTO customers (id, store_id, name) VALUES ('e5', 'no-such-store', 'x')"_s,
        };
        for (const QString &sql : refused) {
            try {
                db->exec(sql);
                QFAIL(qPrintable(u"accepted: "_s + sql));
            } catch (const SqlError &e) {
                QVERIFY(e.code() != 0);
                QCOMPARE(e.sql(), sql);
            }
        }
        QCOMPARE(db->integrityCheck(), u"ok"_s);
    }

    // A default-constructed QString is text, not NULL: NOT NULL text columns must accept it
    // (the demo seeder failed on an empty nickname before this was so).
    void nullQStringBindsEmptyTextAndNulloptBindsNull()
    {
        auto db = freshStore(path(u"binding.db"_s));
        auto insert = db->prepare(u"INSERT INTO customers (id, store_id, name, nickname,"
                                  " card_opened_on) VALUES ('b1', 's1', 'x', ?, ?)"_s);
        insert->bindAll(QString(), std::optional<QString>());
        insert->run();
        QCOMPARE(db->scalar(u"SELECT nickname = '' AND card_opened_on IS NULL FROM customers"
                            " WHERE id = 'b1'"_s),
                 1);
    }

    void transactionRollsBackOnException()
    {
        auto db = freshStore(path(u"tx.db"_s));
        try {
            Transaction tx(*db);
            insertCustomer(*db, u"t1"_s, u"王五"_s);
            throw std::runtime_error("interrupted");
        } catch (const std::runtime_error &) { }
        QCOMPARE(db->scalar(u"SELECT count(*) FROM customers"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
