// Tagging a customer from the library: one tap adds or removes, a single-select group swaps
// its tag in one change, personal tags are created once, and every change is in the outbox.
#include "tags/tagpickermodel.h"
#include "tagtestfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace gd;

class TestTagPicker : public QObject
{
    Q_OBJECT

    TagTestFixture f;
    QString m_customer;

    int rowOf(tags::TagPickerModel &model, const QString &tagId)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(tags::TagPickerModel::TagIdRole).toString() == tagId)
                return row;
        }
        return -1;
    }
    bool selected(tags::TagPickerModel &model, const QString &tagId)
    {
        return model.index(rowOf(model, tagId)).data(tags::TagPickerModel::SelectedRole).toBool();
    }
    QStringList liveTags() { return f.library->customerTagIds(m_customer); }

private Q_SLOTS:
    void init()
    {
        f.build();
        m_customer = f.firstCustomerOf(f.guideId);
        QVERIFY(!m_customer.isEmpty());
        // Start from a customer with no tags.
        f.db->exec(u"DELETE FROM customer_tags"_s);
    }

    void listsHqGroupsThenPersonalTags()
    {
        tags::TagPickerModel model(*f.library, f.writer.get(), f.tagWriter.get(), m_customer,
                                   f.guideId, 180);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > 20);
        bool seenPersonal = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool personal
                = model.index(row).data(tags::TagPickerModel::PersonalRole).toBool();
            QVERIFY2(!seenPersonal || personal, "HQ tags must come before personal tags");
            seenPersonal = seenPersonal || personal;
        }
        // Other guides' personal tags are not offered.
        auto foreign = f.db->prepare(u"SELECT count(*) FROM tags WHERE owner_guide_id IS NOT NULL"
                                     " AND owner_guide_id != ?"_s);
        foreign->bind(1, f.guideId);
        foreign->step();
        const qint64 hq = f.count(u"SELECT count(*) FROM tags WHERE group_id IS NOT NULL"_s);
        auto own = f.db->prepare(u"SELECT count(*) FROM tags WHERE owner_guide_id = ?"_s);
        own->bind(1, f.guideId);
        own->step();
        QCOMPARE(model.rowCount(), hq + own->int64(0));
    }

    void toggleAddsThenRemoves()
    {
        tags::TagPickerModel model(*f.library, f.writer.get(), f.tagWriter.get(), m_customer,
                                   f.guideId, 180);
        const QString style = f.groupTag(u"style"_s, u"通勤"_s);
        QVERIFY(!style.isEmpty());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.toggle(rowOf(model, style)), QString());
        QVERIFY(selected(model, style));
        QCOMPARE(liveTags(), QStringList { style });
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.toggle(rowOf(model, style)), QString());
        QVERIFY(!selected(model, style));
        QVERIFY(liveTags().isEmpty());
        QCOMPARE(f.outbox->pendingCount(), 2);
    }

    void singleSelectGroupSwapsInOneChange()
    {
        tags::TagPickerModel model(*f.library, f.writer.get(), f.tagWriter.get(), m_customer,
                                   f.guideId, 180);
        const QString m = f.groupTag(u"size"_s, u"M"_s);
        const QString l = f.groupTag(u"size"_s, u"L"_s);
        QVERIFY(!m.isEmpty() && !l.isEmpty());
        QCOMPARE(model.toggle(rowOf(model, m)), QString());
        QCOMPARE(model.toggle(rowOf(model, l)), QString());
        QCOMPARE(liveTags(), QStringList { l });
        // remove M, add L: two entries, written in the same transaction as the change
        const auto pending = f.outbox->pending(10);
        QCOMPARE(pending.size(), 3);
        QCOMPARE(pending.at(1).name, u"customer_tag_remove"_s);
        QCOMPARE(pending.at(2).name, u"customer_tag_add"_s);
        // Multi-select groups keep both.
        const QString a = f.groupTag(u"colour"_s, u"黑"_s);
        const QString b = f.groupTag(u"colour"_s, u"白"_s);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QCOMPARE(model.toggle(rowOf(model, a)), QString());
        QCOMPARE(model.toggle(rowOf(model, b)), QString());
        QCOMPARE(liveTags().size(), 3);
    }

    void personalTagCreatedOnceAndTagged()
    {
        tags::TagPickerModel model(*f.library, f.writer.get(), f.tagWriter.get(), m_customer,
                                   f.guideId, 180);
        const int before = model.rowCount();
        QCOMPARE(model.addPersonalTag(u"  喜欢 真丝 🧣 "_s), QString());
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.addPersonalTag(u"喜欢 真丝 🧣"_s),
                 QString()); // same name: no second tag
        QCOMPARE(model.rowCount(), before + 1);
        auto tag = f.db->prepare(u"SELECT id, name FROM tags WHERE owner_guide_id = ? AND"
                                 " name LIKE '喜欢%'"_s);
        tag->bind(1, f.guideId);
        QVERIFY(tag->step());
        QCOMPARE(tag->text(1), u"喜欢 真丝 🧣"_s);
        QVERIFY(liveTags().contains(tag->text(0)));
        const auto pending = f.outbox->pending(10);
        QCOMPARE(pending.first().name, u"tag_create"_s);
        QCOMPARE(pending.first().args.value(u"name"_s).toString(), u"喜欢 真丝 🧣"_s);
    }

    void junkPersonalTagsWriteNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("blanks") << u"   \t "_s;
        QTest::newRow("too long") << QString(21, u'长');
        QTest::newRow("control") << u"a\u0007b"_s;
        QTest::newRow("format char") << u"a\u200Eb"_s;
    }
    void junkPersonalTagsWriteNothing()
    {
        QFETCH(QString, name);
        const qint64 tags = f.count(u"SELECT count(*) FROM tags"_s);
        tags::TagPickerModel model(*f.library, f.writer.get(), f.tagWriter.get(), m_customer,
                                   f.guideId, 180);
        QVERIFY(!model.addPersonalTag(name).isEmpty());
        QCOMPARE(f.count(u"SELECT count(*) FROM tags"_s), tags);
        QCOMPARE(f.outbox->pendingCount(), 0);
    }

    void unknownTagOrCustomerChangesNothing()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 f.writer->changeTags(m_customer, { u"no-such-tag"_s }, {}));
        const QString style = f.groupTag(u"style"_s, u"通勤"_s);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 f.writer->changeTags(u"no-such-customer"_s, { style }, {}));
        // A bad tag in a batch undoes the good ones in it too.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 f.writer->changeTags(m_customer, { style, u"bad"_s }, {}));
        QVERIFY(liveTags().isEmpty());
        QCOMPARE(f.outbox->pendingCount(), 0);
    }

    void staleTagsAreMarked()
    {
        const QString style = f.groupTag(u"style"_s, u"通勤"_s);
        f.writer->addTag(m_customer, style);
        f.db->exec(u"UPDATE customer_tags SET tagged_at = '2025-01-01T08:00:00.000Z'"_s);
        tags::TagPickerModel fresh(*f.library, f.writer.get(), f.tagWriter.get(), m_customer,
                                   f.guideId, 700, QDate(2026, 11, 22));
        QVERIFY(!fresh.index(rowOf(fresh, style)).data(tags::TagPickerModel::StaleRole).toBool());
        tags::TagPickerModel stale(*f.library, f.writer.get(), f.tagWriter.get(), m_customer,
                                   f.guideId, 180, QDate(2026, 11, 22));
        QVERIFY(stale.index(rowOf(stale, style)).data(tags::TagPickerModel::StaleRole).toBool());
    }

    void readOnlyWithoutWriter()
    {
        tags::TagPickerModel model(*f.library, nullptr, nullptr, m_customer, f.guideId, 180);
        QVERIFY(!model.toggle(0).isEmpty());
        QVERIFY(!model.addPersonalTag(u"x"_s).isEmpty());
        QVERIFY(!model.toggle(-1).isEmpty());
        QVERIFY(liveTags().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTagPicker)
#include "tst_tagpicker.moc"
