// An in-memory CustomerRepository for tests of the list models and QML pages: a fake,
// named so, with counters so tests can see how the models use it.
#pragma once

#include "customers/customerrepository.h"

#include <QHash>
#include <algorithm>

namespace gd::test {

class FakeCustomerRepository : public customers::CustomerRepository
{
public:
    // `count` customers; customer 0 is 张三 with a phone ending in 1234.
    explicit FakeCustomerRepository(int count)
    {
        const QStringList surnames = { u"王"_qs, u"李"_qs, u"张"_qs, u"刘"_qs, u"陈"_qs };
        const QStringList given = { u"丽"_qs, u"娜"_qs, u"静"_qs, u"敏"_qs, u"婷"_qs, u"伟"_qs };
        for (int i = 0; i < count; ++i) {
            customers::CustomerRow row;
            row.rowId = i + 1;
            row.id = u"c%1"_qs.arg(i);
            row.name = i == 0 ? u"张三"_qs : surnames.at(i % 5) + given.at((i / 5) % 6);
            row.phoneMasked = u"138****%1"_qs.arg(i == 0 ? 1234 : 2000 + i % 7000);
            row.memberLevel = i % 7 == 0 ? u"gold"_qs : u"normal"_qs;
            row.lastVisit = i % 11 == 0 ? QDate() : QDate(2026, 11, 1).addDays(-i % 400);
            row.totalSpendCents = qint64(i % 97) * 12345;
            row.visits = i % 13;
            rows.append(row);
        }
    }

    QList<qint64> findRowIds(const customers::CustomerFilter &filter) override
    {
        ++findCalls;
        QList<qint64> ids;
        const QString needle = filter.searchText.trimmed();
        for (const auto &row : std::as_const(rows)) {
            // The fake matches a name substring or the phone's last four digits; the real
            // pinyin search is tested against SQLCipher in tst_sqlcustomerrepository.
            const bool pinyinZs = needle == u"zs"_qs && row.name.startsWith(u"张"_qs);
            if (needle.isEmpty() || row.name.contains(needle) || row.phoneMasked.endsWith(needle)
                || pinyinZs)
                ids.append(row.rowId);
        }
        return ids;
    }

    QList<customers::CustomerRow> rowsByRowIds(const QList<qint64> &rowIds) override
    {
        ++rowCalls;
        QList<customers::CustomerRow> out;
        for (qint64 id : rowIds) {
            if (id >= 1 && id <= rows.size())
                out.append(rows.at(id - 1));
        }
        return out;
    }

    QList<customers::CustomerNote> notes(const QString &customerId, int limit) override
    {
        return notesByCustomer.value(customerId).mid(0, limit);
    }

    std::optional<customers::CustomerProfileData> profile(const QString &customerId) override
    {
        for (const auto &row : std::as_const(rows)) {
            if (row.id == customerId) {
                customers::CustomerProfileData p;
                p.row = row;
                p.ownerGuideName = u"王丽"_qs;
                p.storeName = u"上海南京西路店"_qs;
                p.birthday = { customers::Birthday::Calendar::Lunar, 1990, 4, 8, true };
                p.tags = { { u"t1"_qs, u"M"_qs, u"M"_qs, u"尺码"_qs, u"Size"_qs, u"王丽"_qs,
                             QDateTime(QDate(2026, 1, 2), QTime(10, 0)) } };
                p.purchases = { { u"p1"_qs, QDate(2026, 10, 1), 59900, 1, u"连衣裙"_qs, u"M"_qs,
                                  u"上海南京西路店"_qs } };
                return p;
            }
        }
        return std::nullopt;
    }

    QList<customers::CustomerRow> rows;
    int findCalls = 0;
    int rowCalls = 0;
    QHash<QString, QList<customers::CustomerNote>> notesByCustomer; // what notes() returns
};

} // namespace gd::test
