// Saving dashboards: a save and its outbox entry in one transaction (or neither), the
// fallback from the guide's own layout to the store's default to the built-in one, a
// manager's store default, and the edit mode of DashboardLayoutModel (add, remove and
// undo, move, resize, cancel, done) with unknown kinds kept through a save.
#include "dashboard/dashboardlayoutmodel.h"
#include "dashboard/dashboardlayoutwriter.h"
#include "outbox/outbox.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;
using namespace gd::dashboard;

class TestDashboardWrites : public QObject
{
    Q_OBJECT

    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<outbox::Outbox> m_outbox;
    const DashboardActor m_guide { u"g1"_s, u"s1"_s, false };
    const DashboardActor m_manager { u"m1"_s, u"s1"_s, true };

    qint64 count(const QString &sql) { return m_db->scalar(sql); }
    static DashboardLayout layoutOf(const QStringList &kinds)
    {
        DashboardLayout layout;
        for (const QString &kind : kinds)
            layout.widgets << DashboardWidget { kind, { 1, 1 }, {} };
        return layout;
    }
    static QStringList kindsOf(const DashboardLayoutModel &model)
    {
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i)
            out << model.data(model.index(i), DashboardLayoutModel::KindRole).toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_db = store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                     store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        m_db->exec(u"INSERT INTO stores (id, name) VALUES ('s1', '店');"
                   "INSERT INTO guides (id, store_id, name, role) VALUES ('g1', 's1', '王丽',"
                   " 'guide'), ('m1', 's1', '陈经理', 'manager');"_s);
        m_outbox = std::make_unique<outbox::Outbox>(*m_db);
    }

    void saveWritesRowAndOutboxTogether()
    {
        DashboardLayoutWriter writer(*m_db, *m_outbox);
        writer.setActor(m_guide);
        int written = 0;
        writer.setAfterWrite([&] { ++written; });
        const DashboardLayout layout = layoutOf({ u"at_risk"_s, u"sales_today"_s });
        writer.save(layout);
        QCOMPARE(written, 1);
        QCOMPARE(count(u"SELECT count(*) FROM dashboard_layouts WHERE guide_id = 'g1'"_s), 1);
        const auto pending = m_outbox->pending(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().name, u"dashboard_layout_save"_s);
        QCOMPARE(pending.first().args.value(u"id"_s).toString(), guideLayoutId(u"g1"_s));
        QCOMPARE(pending.first().args.value(u"scope"_s).toString(), u"guide"_s);
        QCOMPARE(
            DashboardLayout::fromJsonText(pending.first().args.value(u"layout_json"_s).toString()),
            layout);
        QVERIFY(m_outbox->touchesPendingRow(u"dashboard_layouts"_s, guideLayoutId(u"g1"_s)));
        // Saving again replaces the one row (the id is the guide's).
        writer.save(layoutOf({ u"sync_status"_s }));
        QCOMPARE(count(u"SELECT count(*) FROM dashboard_layouts"_s), 1);
        QCOMPARE(writer.load().layout, layoutOf({ u"sync_status"_s }));
        QCOMPARE(writer.load().source, LayoutSource::Own);
    }

    void junkWritesNothing()
    {
        DashboardLayoutWriter writer(*m_db, *m_outbox);
        // Nobody signed in.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.save(layoutOf({ u"at_risk"_s })));
        writer.setActor(m_guide);
        // Twice the same kind; a bad size.
        QVERIFY_THROWS_EXCEPTION(InvalidLayout,
                                 writer.save(layoutOf({ u"at_risk"_s, u"at_risk"_s })));
        DashboardLayout badSize = layoutOf({ u"at_risk"_s });
        badSize.widgets[0].size = { 3, 1 };
        QVERIFY_THROWS_EXCEPTION(InvalidLayout, writer.save(badSize));
        // A guide cannot save the store's default.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 writer.saveStoreDefault(layoutOf({ u"at_risk"_s })));
        QCOMPARE(count(u"SELECT count(*) FROM dashboard_layouts"_s), 0);
        QCOMPARE(m_outbox->pendingCount(), 0);
    }

    void loadFallsBack()
    {
        DashboardLayoutWriter writer(*m_db, *m_outbox);
        writer.setActor(m_guide);
        QCOMPARE(writer.load().source, LayoutSource::BuiltIn);
        QCOMPARE(writer.load().layout, DashboardLayout::builtInDefault());
        // The store's default, as a manager saves it (and the server seeds it).
        writer.setActor(m_manager);
        writer.saveStoreDefault(layoutOf({ u"new_members"_s, u"tag_coverage"_s }));
        QCOMPARE(m_outbox->pending(10).last().args.value(u"scope"_s).toString(), u"store"_s);
        QCOMPARE(count(u"SELECT count(*) FROM dashboard_layouts WHERE guide_id IS NULL AND"
                       " store_id = 's1'"_s),
                 1);
        writer.setActor(m_guide);
        QCOMPARE(writer.load().source, LayoutSource::StoreDefault);
        QCOMPARE(writer.load().layout, layoutOf({ u"new_members"_s, u"tag_coverage"_s }));
        // Another store's guide does not get it.
        writer.setActor({ u"g9"_s, u"s9"_s, false });
        QCOMPARE(writer.load().source, LayoutSource::BuiltIn);
        // A stored layout from a newer app is skipped, not overwritten.
        m_db->exec(
            u"INSERT INTO dashboard_layouts (id, guide_id, store_id, layout_json) VALUES"
            " ('%1', 'g1', 's1', '{\"version\":7,\"widgets\":[]}')"_s.arg(guideLayoutId(u"g1"_s)));
        writer.setActor(m_guide);
        QCOMPARE(writer.load().source, LayoutSource::StoreDefault);
        QCOMPARE(count(u"SELECT count(*) FROM dashboard_layouts WHERE layout_json LIKE"
                       " '%\"version\":7%'"_s),
                 1);
    }

    void editMode()
    {
        DashboardLayoutWriter writer(*m_db, *m_outbox);
        DashboardLayoutModel model(writer);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActor(m_guide);
        const QStringList builtIn = kindsOf(model);
        QCOMPARE(model.source(), u"builtin"_s);
        QVERIFY(!model.editing());
        // Nothing changes outside edit mode.
        QVERIFY(!model.remove(0));
        QVERIFY(!model.add(u"sync_status"_s));
        QVERIFY(!model.move(0, 1));

        model.startEditing();
        QVERIFY(model.editing());
        QVERIFY(model.available().contains(u"sync_status"_s));
        QVERIFY(!model.available().contains(builtIn.first()));
        QVERIFY(model.add(u"sync_status"_s));
        QVERIFY(!model.add(u"sync_status"_s)); // once
        QVERIFY(!model.add(u"weather"_s)); // not in the catalogue
        QCOMPARE(kindsOf(model).last(), u"sync_status"_s);
        QVERIFY(model.move(model.rowCount() - 1, 0));
        QCOMPARE(kindsOf(model).first(), u"sync_status"_s);
        QVERIFY(!model.move(0, 99));
        QVERIFY(!model.move(-1, 0));
        QVERIFY(model.grow(0));
        QCOMPARE(model.data(model.index(0), DashboardLayoutModel::SizeRole).toString(), u"2x1"_s);
        QVERIFY(model.grow(0));
        QVERIFY(!model.grow(0)); // 2x2 is the largest
        QVERIFY(model.shrink(0));
        QVERIFY(!model.setSize(0, 4, 4));
        QVERIFY(model.setSize(0, 1, 1));
        QVERIFY(model.grow(0));

        // Remove, then undo puts it back where it was.
        QSignalSpy undo(&model, &DashboardLayoutModel::undoChanged);
        const QString second = kindsOf(model).at(1);
        QVERIFY(model.remove(1));
        QVERIFY(model.canUndo());
        QCOMPARE(model.undoKind(), second);
        QVERIFY(!kindsOf(model).contains(second));
        QVERIFY(model.undoRemove());
        QCOMPARE(kindsOf(model).at(1), second);
        QVERIFY(!model.canUndo());
        QVERIFY(!model.undoRemove());
        QVERIFY(model.remove(1));
        QVERIFY(!model.remove(99));
        const QStringList edited = kindsOf(model);
        QCOMPARE(m_outbox->pendingCount(), 0); // nothing saved while editing

        QCOMPARE(model.finishEditing(), QString());
        QVERIFY(!model.editing());
        QCOMPARE(model.source(), u"own"_s);
        QCOMPARE(m_outbox->pendingCount(), 1);

        // A new model over the same store (a restart) shows the saved layout.
        DashboardLayoutWriter writer2(*m_db, *m_outbox);
        DashboardLayoutModel restarted(writer2);
        restarted.setActor(m_guide);
        QCOMPARE(kindsOf(restarted), edited);
        QCOMPARE(restarted.data(restarted.index(0), DashboardLayoutModel::SizeRole).toString(),
                 u"2x1"_s);

        // Cancel goes back to what was saved and writes nothing.
        model.startEditing();
        QVERIFY(model.remove(0));
        QVERIFY(model.add(second));
        model.cancelEditing();
        QCOMPARE(kindsOf(model), edited);
        QVERIFY(!model.canUndo());
        QCOMPARE(m_outbox->pendingCount(), 1);
        // Done without a change writes nothing either.
        model.startEditing();
        QCOMPARE(model.finishEditing(), QString());
        QCOMPARE(m_outbox->pendingCount(), 1);
    }

    void resetToStoreDefault()
    {
        DashboardLayoutWriter writer(*m_db, *m_outbox);
        writer.setActor(m_manager);
        writer.saveStoreDefault(layoutOf({ u"new_members"_s, u"orders_waiting"_s }));
        DashboardLayoutModel model(writer);
        model.setActor(m_guide);
        QCOMPARE(model.source(), u"store"_s);
        model.startEditing();
        model.remove(0);
        model.add(u"sync_status"_s);
        QVERIFY(model.finishEditing().isEmpty());
        QCOMPARE(kindsOf(model), (QStringList { u"orders_waiting"_s, u"sync_status"_s }));
        model.resetToStoreDefault();
        QVERIFY(model.editing());
        QCOMPARE(kindsOf(model), (QStringList { u"new_members"_s, u"orders_waiting"_s }));
        QVERIFY(model.finishEditing().isEmpty());
        QCOMPARE(writer.load().layout, layoutOf({ u"new_members"_s, u"orders_waiting"_s }));
        // A guide's model refuses to save the store default; a manager's saves it.
        QVERIFY(!model.saveAsStoreDefault().isEmpty());
        model.setActor(m_manager);
        QVERIFY(model.manager());
        model.startEditing();
        model.add(u"at_risk"_s);
        QVERIFY(model.saveAsStoreDefault().isEmpty());
        QVERIFY(writer.storeDefault()->widgets.size() == 3);
    }

    void unknownKindsSurviveASave()
    {
        m_db->exec(
            u"INSERT INTO dashboard_layouts (id, guide_id, store_id, layout_json) VALUES"
            " ('%1', 'g1', 's1', '{\"version\":1,\"widgets\":[{\"kind\":\"weather\","
            "\"size\":\"4x1\",\"city\":\"sh\"},{\"kind\":\"at_risk\",\"size\":\"1x1\"}]}')"_s.arg(
                guideLayoutId(u"g1"_s)));
        DashboardLayoutWriter writer(*m_db, *m_outbox);
        DashboardLayoutModel model(writer);
        model.setActor(m_guide);
        QCOMPARE(kindsOf(model), QStringList { u"at_risk"_s });
        QCOMPARE(model.hiddenCount(), 1);
        model.startEditing();
        model.add(u"sync_status"_s);
        QVERIFY(model.finishEditing().isEmpty());
        const DashboardLayout saved = writer.load().layout;
        QCOMPARE(saved.widgets.size(), 3);
        QCOMPARE(saved.widgets.last().kind, u"weather"_s);
        QCOMPARE(saved.widgets.last().raw.value(u"city"_s).toString(), u"sh"_s);
        QCOMPARE(saved.widgets.last().raw.value(u"size"_s).toString(), u"4x1"_s);
    }

    void pulledLayoutIsShown()
    {
        DashboardLayoutWriter writer(*m_db, *m_outbox);
        DashboardLayoutModel model(writer);
        model.setActor(m_guide);
        // What a pull writes (another tablet's save), then the tables-changed signal.
        m_db->exec(u"INSERT INTO dashboard_layouts (id, guide_id, store_id, layout_json) VALUES"
                   " ('%1', 'g1', 's1', '{\"version\":1,\"widgets\":[{\"kind\":\"new_members\","
                   "\"size\":\"2x2\"}]}')"_s.arg(guideLayoutId(u"g1"_s)));
        model.storeChanged({ u"customers"_s });
        QVERIFY(kindsOf(model) != QStringList { u"new_members"_s });
        model.storeChanged({ u"dashboard_layouts"_s });
        QCOMPARE(kindsOf(model), QStringList { u"new_members"_s });
        // While editing, a pull does not pull the rug.
        model.startEditing();
        model.add(u"at_risk"_s);
        model.storeChanged({ u"dashboard_layouts"_s });
        QCOMPARE(kindsOf(model), (QStringList { u"new_members"_s, u"at_risk"_s }));
    }
};

QTEST_GUILESS_MAIN(TestDashboardWrites)
#include "tst_dashboardwrites.moc"
