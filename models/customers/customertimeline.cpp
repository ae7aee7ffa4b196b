#include "customertimeline.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace gd::customers {

QList<TimelineEntry> readTimeline(store::Database &db, const QString &customerId, int limit)
{
    // Times are ISO-8601 text (UTC with 'Z' or dates), so they sort as text.
    auto q = db.prepare(
        u"SELECT 0, created_at, kind, body, '' FROM notes WHERE customer_id = ?1 AND deleted = 0"
        " UNION ALL SELECT 1, ct.tagged_at, t.name, t.name_en, coalesce(g.name, '')"
        "  FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
        "  LEFT JOIN tag_groups g ON g.id = t.group_id"
        // +deleted: the by-customer index, never the tag-age one (it would scan every tag).
        "  WHERE ct.customer_id = ?1 AND +ct.deleted = 0"
        " UNION ALL SELECT 2, coalesce(ci.redeemed_at, ci.issued_at, ci.updated_at), ci.status,"
        "  c.name, c.value_cents FROM coupon_issues ci JOIN coupons c ON c.id = ci.coupon_id"
        "  WHERE ci.customer_id = ?1 AND ci.deleted = 0"
        " UNION ALL SELECT 3, placed_at, status, order_no, amount_cents FROM orders"
        "  WHERE customer_id = ?1 AND deleted = 0"
        " ORDER BY 2 DESC LIMIT ?2"_s);
    q->bindAll(customerId, qMax(0, limit));
    QList<TimelineEntry> entries;
    while (q->step()) {
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind(q->integer(0));
        const QString at = q->text(1);
        entry.at = at.size() == 10 ? QDateTime(QDate::fromString(at, Qt::ISODate), QTime(12, 0))
                                   : QDateTime::fromString(at, Qt::ISODateWithMs);
        entry.what = q->text(2);
        entry.detail = q->text(3);
        entry.extra = q->text(4);
        entries.append(entry);
    }
    return entries;
}

TimelineModel::TimelineModel(store::Database &db, QString customerId, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_customerId(std::move(customerId))
{
    reload();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    switch (role) {
    case KindRole: {
        static const char *const names[] = { "note", "tag", "coupon", "order" };
        return QString::fromLatin1(names[int(entry.kind)]);
    }
    case AtRole:
        return entry.at;
    case Qt::DisplayRole:
    case WhatRole:
        return entry.what;
    case DetailRole:
        return entry.detail;
    case ExtraRole:
        return entry.extra;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return { { KindRole, "kind" },
             { AtRole, "at" },
             { WhatRole, "what" },
             { DetailRole, "detail" },
             { ExtraRole, "extra" } };
}

void TimelineModel::reload()
{
    beginResetModel();
    m_entries = readTimeline(m_db, m_customerId, limit);
    endResetModel();
    Q_EMIT reloaded();
}

} // namespace gd::customers
