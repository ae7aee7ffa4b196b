// Dashboard layouts on the reference server, over real TLS on loopback: the seeded store
// defaults and targets, `dashboard_layout_save` applied exactly once, a guide saving only
// their own layout, a manager only their store's default, junk layouts rejected with the
// reason, and who pulls which layout.
#include "dashboard/dashboardlayout.h"
#include "serverapiclient.h"
#include "serverprocess.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// JSON written as raw text (moc of Qt 6.4 does not read u-prefixed raw strings).
QString json(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace
using namespace gd;
using gd::dashboard::guideLayoutId;
using gd::dashboard::storeDefaultLayoutId;

namespace {
using testsupport::ApiReply;
using testsupport::newId;
struct Account
{
    QString token;
    QString guideId;
    QString storeId;
};
const QString layoutA = json(
    R"({"version":1,"widgets":[{"kind":"at_risk","size":"2x2"},{"kind":"sync_status","size":"1x1"}]})");
} // namespace

class TestServerDashboard : public QObject
{
    Q_OBJECT

    testsupport::ServerProcess m_server { testsupport::ServerProcess::Options {
        300, 0, 3600, {} } };
    testsupport::ServerApiClient m_api { m_server };

    std::unique_ptr<store::Database> serverDb() { return m_server.openDatabase(); }
    qint64 scalar(const QString &sql) { return serverDb()->scalar(sql); }
    QString text(const QString &sql)
    {
        auto db = serverDb();
        auto q = db->prepare(sql);
        return q->step() ? q->text(0) : QString();
    }
    Account login(const QString &user)
    {
        const QJsonObject json = m_api.login(user);
        Account account;
        account.token = json.value(u"access_token"_s).toString();
        account.guideId = json.value(u"user"_s).toObject().value(u"guide_id"_s).toString();
        account.storeId
            = text(u"SELECT store_id FROM guides WHERE id = '%1'"_s.arg(account.guideId));
        return account;
    }
    // The employee number of a guide (role) of the store, other than `except`.
    QString memberOf(const QString &storeId, const QString &role, const QString &except = {})
    {
        return text(u"SELECT employee_no FROM guides WHERE store_id = '%1' AND role = '%2' AND"
                    " id <> '%3' ORDER BY employee_no LIMIT 1"_s.arg(storeId, role, except));
    }
    static QJsonObject save(qint64 mutation, const QJsonValue &id, const QJsonValue &scope,
                            const QJsonValue &json)
    {
        return { { u"id"_s, mutation },
                 { u"name"_s, u"dashboard_layout_save"_s },
                 { u"args"_s,
                   QJsonObject {
                       { u"id"_s, id }, { u"scope"_s, scope }, { u"layout_json"_s, json } } } };
    }
    ApiReply push(const Account &account, const QString &client, const QJsonArray &mutations)
    {
        return m_api.push(account.token, client, mutations);
    }
    // Every dashboard_layouts row the account pulls from scratch: id → layout_json.
    QHash<QString, QString> pulledLayouts(const Account &account)
    {
        QHash<QString, QString> out;
        for (const ApiReply &page : m_api.pullPages(account.token, newId(), 5000)) {
            if (page.status != 200)
                return {};
            for (const QJsonValue &t : page.json.value(u"tables"_s).toArray()) {
                const QJsonObject table = t.toObject();
                if (table.value(u"name"_s).toString() != u"dashboard_layouts"_s)
                    continue;
                const QVariantList columns = table.value(u"columns"_s).toArray().toVariantList();
                const int id = int(columns.indexOf(u"id"_s));
                const int json = int(columns.indexOf(u"layout_json"_s));
                for (const QJsonValue &row : table.value(u"rows"_s).toArray())
                    out.insert(row.toArray().at(id).toString(), row.toArray().at(json).toString());
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void seededDefaultsAndTargets()
    {
        const qint64 stores = scalar(u"SELECT count(*) FROM stores"_s);
        QVERIFY(stores >= 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM dashboard_layouts WHERE guide_id IS NULL"_s),
                 stores);
        auto db = serverDb();
        auto q = db->prepare(u"SELECT r.id, r.store_id, r.layout_json FROM dashboard_layouts r"
                             " WHERE r.guide_id IS NULL"_s);
        while (q->step()) {
            QCOMPARE(q->text(0), storeDefaultLayoutId(q->text(1)));
            QVERIFY(!dashboard::DashboardLayout::fromJsonText(q->text(2)).widgets.isEmpty());
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM guides WHERE daily_target_cents <= 0 OR"
                        " monthly_target_cents < daily_target_cents"_s),
                 0);
    }

    void aGuideSavesTheirOwnLayoutOnce()
    {
        const Account a = login(u"G1002"_s);
        const QString client = newId();
        const QJsonArray batch { save(1, guideLayoutId(a.guideId), u"guide"_s, layoutA) };
        const ApiReply first = push(a, client, batch);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.resultStatus(0), u"applied"_s);
        QCOMPARE(push(a, client, batch).resultStatus(0), u"duplicate"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM dashboard_layouts WHERE guide_id = '%1'"_s.arg(
                     a.guideId)),
                 1);
        QCOMPARE(dashboard::DashboardLayout::fromJsonText(
                     text(u"SELECT layout_json FROM dashboard_layouts WHERE id = '%1'"_s.arg(
                         guideLayoutId(a.guideId)))),
                 dashboard::DashboardLayout::fromJsonText(layoutA));
        // Saved again from another tablet: the same row, the newer layout.
        const QString other
            = json(R"({"version":1,"widgets":[{"kind":"new_members","size":"1x1"}]})");
        QCOMPARE(push(a, newId(), { save(1, guideLayoutId(a.guideId), u"guide"_s, other) })
                     .resultStatus(0),
                 u"applied"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM dashboard_layouts WHERE guide_id = '%1'"_s.arg(
                     a.guideId)),
                 1);
        QVERIFY(text(u"SELECT layout_json FROM dashboard_layouts WHERE id = '%1'"_s.arg(
                         guideLayoutId(a.guideId)))
                    .contains(u"new_members"_s));
    }

    void permissions()
    {
        const Account a = login(u"G1002"_s);
        const Account b = login(memberOf(a.storeId, u"guide"_s, a.guideId));
        QVERIFY(!b.token.isEmpty());
        const QString before
            = text(u"SELECT layout_json FROM dashboard_layouts WHERE id = '%1'"_s.arg(
                guideLayoutId(a.guideId)));
        const ApiReply reply = push(b, newId(),
                                    { save(1, guideLayoutId(a.guideId), u"guide"_s, layoutA),
                                      save(2, storeDefaultLayoutId(b.storeId), u"store"_s, layoutA),
                                      save(3, storeDefaultLayoutId(b.storeId), u"guide"_s, layoutA),
                                      save(4, newId(), u"guide"_s, layoutA) });
        QCOMPARE(reply.status, 200);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(reply.resultStatus(i), u"rejected"_s);
            QCOMPARE(reply.resultCode(i), u"forbidden"_s);
        }
        QVERIFY(reply.resultMessage(1).contains(u"manager"_s));
        QCOMPARE(text(u"SELECT layout_json FROM dashboard_layouts WHERE id = '%1'"_s.arg(
                     guideLayoutId(a.guideId))),
                 before);

        // The store's manager saves the store default, but not another store's.
        const Account manager = login(memberOf(a.storeId, u"manager"_s));
        QVERIFY(!manager.token.isEmpty());
        const QString otherStore
            = text(u"SELECT id FROM stores WHERE id <> '%1' LIMIT 1"_s.arg(a.storeId));
        const ApiReply managed
            = push(manager, newId(),
                   { save(1, storeDefaultLayoutId(manager.storeId), u"store"_s, layoutA),
                     save(2, storeDefaultLayoutId(otherStore), u"store"_s, layoutA) });
        QCOMPARE(managed.resultStatus(0), u"applied"_s);
        QCOMPARE(managed.resultStatus(1), u"rejected"_s);
        QCOMPARE(managed.resultCode(1), u"forbidden"_s);
        QVERIFY(text(u"SELECT layout_json FROM dashboard_layouts WHERE id = '%1'"_s.arg(
                         storeDefaultLayoutId(manager.storeId)))
                    .contains(u"at_risk"_s));
        QVERIFY(!text(u"SELECT layout_json FROM dashboard_layouts WHERE id = '%1'"_s.arg(
                          storeDefaultLayoutId(otherStore)))
                     .contains(u"sync_status"_s));
    }

    void junkIsRejectedWithTheReason()
    {
        const Account a = login(u"G1003"_s);
        const QString id = guideLayoutId(a.guideId);
        const QList<std::pair<QJsonObject, QString>> junk = {
            { save(1, id, u"guide"_s, u"not json"_s), u"not JSON"_s },
            { save(2, id, u"guide"_s, 42), u"string"_s },
            { save(3, id, u"guide"_s, json(R"({"version":2,"widgets":[]})")), u"version"_s },
            { save(4, id, u"guide"_s, json(R"({"widgets":[]})")), u"version"_s },
            { save(5, id, u"guide"_s,
                   json(R"({"version":1,"widgets":[{"kind":"at_risk","size":"9x9"}]})")),
              u"size"_s },
            { save(
                  6, id, u"guide"_s,
                  json(
                      R"({"version":1,"widgets":[{"kind":"at_risk","size":"1x1"},{"kind":"at_risk","size":"1x1"}]})")),
              u"twice"_s },
            { save(7, id, u"guide"_s,
                   u"{\"version\":1,\"widgets\":[{\"kind\":\"x\",\"pad\":\"%1\"}]}"_s.arg(
                       QString(20000, u'x'))),
              u"bytes"_s },
            { save(8, id, u"everyone"_s, layoutA), u"scope"_s },
            { save(9, 17, u"guide"_s, layoutA), u"id"_s },
            { save(10, id, QJsonValue(), layoutA), u"scope"_s },
        };
        QJsonArray batch;
        for (const auto &[mutation, reason] : junk)
            batch.append(mutation);
        const ApiReply reply = push(a, newId(), batch);
        QCOMPARE(reply.status, 200);
        for (int i = 0; i < junk.size(); ++i) {
            QCOMPARE(reply.resultStatus(i), u"rejected"_s);
            QCOMPARE(reply.resultCode(i), u"bad_request"_s);
            QVERIFY2(reply.resultMessage(i).contains(junk.at(i).second),
                     qPrintable(reply.resultMessage(i)));
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM dashboard_layouts WHERE guide_id = '%1'"_s.arg(
                     a.guideId)),
                 0);
        // The queue was not blocked: a good save after the junk is applied.
        QCOMPARE(push(a, newId(), { save(1, id, u"guide"_s, layoutA) }).resultStatus(0),
                 u"applied"_s);
    }

    void whoPullsWhich()
    {
        const Account a = login(u"G1002"_s);
        const Account b = login(memberOf(a.storeId, u"guide"_s, a.guideId));
        const Account manager = login(memberOf(a.storeId, u"manager"_s));
        const QString otherStore
            = text(u"SELECT id FROM stores WHERE id <> '%1' LIMIT 1"_s.arg(a.storeId));
        const auto ofA = pulledLayouts(a);
        QVERIFY(ofA.contains(guideLayoutId(a.guideId)));
        QVERIFY(ofA.contains(storeDefaultLayoutId(a.storeId)));
        QVERIFY(!ofA.contains(storeDefaultLayoutId(otherStore)));
        const auto ofB = pulledLayouts(b);
        QVERIFY(!ofB.contains(guideLayoutId(a.guideId)));
        QVERIFY(ofB.contains(storeDefaultLayoutId(b.storeId)));
        QVERIFY(pulledLayouts(manager).contains(guideLayoutId(a.guideId)));
    }
};

QTEST_GUILESS_MAIN(TestServerDashboard)
#include "tst_serverdashboard.moc"
