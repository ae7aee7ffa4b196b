#include "salesfigures.h"

#include "store/database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gd::dashboard {

namespace {

// orders.placed_at is UTC ISO-8601: the local day's bounds in UTC, as text that sorts the
// same way (the index on (guide_id, placed_at) finds the range).
QString utcBound(const QDate &localDay)
{
    return QDateTime(localDay, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

QString statusesJson()
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(countedOrderStatuses()))
                                 .toJson(QJsonDocument::Compact));
}

} // namespace

const QStringList &countedOrderStatuses()
{
    static const QStringList statuses
        = { u"paid"_s, u"to_ship"_s, u"ready_for_pickup"_s, u"completed"_s, u"refund_requested"_s };
    return statuses;
}

QList<DaySales> salesByDay(store::Database &db, const QString &guideId, const QDate &from,
                           const QDate &to)
{
    QList<DaySales> days;
    if (!from.isValid() || !to.isValid() || from > to || guideId.isEmpty())
        return days;
    QHash<QDate, qsizetype> index;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        index.insert(day, days.size());
        days << DaySales { day, 0, 0 };
    }
    {
        auto q = db.prepare(
            u"SELECT p.purchased_on, sum(p.amount_cents) FROM customers c JOIN purchases p"
            " ON p.customer_id = c.id WHERE c.owner_guide_id = ? AND c.deleted = 0"
            " AND p.deleted = 0 AND p.purchased_on BETWEEN ? AND ? GROUP BY p.purchased_on"_s);
        q->bindAll(guideId, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        while (q->step()) {
            const QDate day = QDate::fromString(q->text(0), Qt::ISODate);
            if (auto it = index.constFind(day); it != index.constEnd())
                days[*it].inStoreCents += q->int64(1);
        }
    }
    addOnlineSales(db, guideId, days);
    return days;
}

void addOnlineSales(store::Database &db, const QString &guideId, QList<DaySales> &days)
{
    if (days.isEmpty() || guideId.isEmpty())
        return;
    QHash<QDate, qsizetype> index;
    for (qsizetype i = 0; i < days.size(); ++i)
        index.insert(days.at(i).day, i);
    // Few rows (a guide's orders of two weeks): bucketed here by local day.
    auto q = db.prepare(
        u"SELECT placed_at, amount_cents FROM orders WHERE guide_id = ? AND deleted = 0"
        " AND placed_at >= ? AND placed_at < ?"
        " AND status IN (SELECT value FROM json_each(?))"_s);
    q->bindAll(guideId, utcBound(days.constFirst().day), utcBound(days.constLast().day.addDays(1)),
               statusesJson());
    while (q->step()) {
        const QDateTime placed = QDateTime::fromString(q->text(0), Qt::ISODateWithMs);
        if (!placed.isValid())
            continue;
        const QDate day = placed.toLocalTime().date();
        if (auto it = index.constFind(day); it != index.constEnd())
            days[*it].onlineCents += q->int64(1);
    }
}

DaySales salesBetween(store::Database &db, const QString &guideId, const QDate &from,
                      const QDate &to)
{
    DaySales total { from, 0, 0 };
    for (const DaySales &day : salesByDay(db, guideId, from, to)) {
        total.inStoreCents += day.inStoreCents;
        total.onlineCents += day.onlineCents;
    }
    return total;
}

SalesTargets salesTargets(store::Database &db, const QString &guideId)
{
    auto q
        = db.prepare(u"SELECT daily_target_cents, monthly_target_cents FROM guides WHERE id = ?"_s);
    q->bind(1, guideId);
    if (!q->step())
        return {};
    return { q->int64(0), q->int64(1) };
}

} // namespace gd::dashboard
