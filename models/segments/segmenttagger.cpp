#include "segmenttagger.h"

#include "outbox/outbox.h"
#include "store/database.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gd::segments {

SegmentTagger::SegmentTagger(store::Database &db, outbox::Outbox &outbox, customers::Actor actor)
    : m_db(db)
    , m_outbox(outbox)
    , m_actor(std::move(actor))
{ }

QStringList SegmentTagger::addTag(const QStringList &customerIds, const QString &tagId,
                                  const Progress &progress)
{
    store::Transaction transaction(m_db);
    {
        auto tag = m_db.prepare(u"SELECT 1 FROM tags WHERE id = ? AND deleted = 0"_s);
        tag->bind(1, tagId);
        if (!tag->step())
            throw std::invalid_argument("There is no such tag");
    }
    const QString taggedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QStringList added;
    qsizetype done = 0;
    for (const QString &customerId : customerIds) {
        QString linkId;
        {
            // Only live customers; an existing link (live or removed) keeps its id.
            auto state = m_db.prepare(
                u"SELECT ct.id, ct.deleted FROM customers c LEFT JOIN customer_tags ct ON"
                " ct.customer_id = c.id AND ct.tag_id = ? WHERE c.id = ? AND c.deleted = 0"_s);
            state->bindAll(tagId, customerId);
            const bool live = state->step();
            const bool hasTag = live && !state->isNull(0) && state->int64(1) == 0;
            if (live && !hasTag)
                linkId = state->isNull(0) ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                          : state->text(0);
        }
        if (!linkId.isEmpty()) {
            auto upsert = m_db.prepare(
                u"INSERT INTO customer_tags (id, customer_id, tag_id, tagged_by, tagged_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id, tag_id) DO UPDATE SET"
                " deleted = 0, tagged_by = excluded.tagged_by, tagged_at = excluded.tagged_at"_s);
            upsert->bindAll(linkId, customerId, tagId, m_actor.guideId, taggedAt);
            upsert->run();
            m_outbox.append(
                u"customer_tag_add"_s,
                QJsonObject { { u"id"_s, linkId },
                              { u"customer_id"_s, customerId },
                              { u"tag_id"_s, tagId },
                              { u"tagged_at"_s, taggedAt } },
                { { u"customer_tags"_s, outbox::rowKeyForCustomerTag(customerId, tagId) } });
            added << customerId;
        }
        if (progress && ++done % progressStep == 0)
            progress(done, customerIds.size());
    }
    transaction.commit();
    if (progress)
        progress(customerIds.size(), customerIds.size());
    return added;
}

qsizetype SegmentTagger::removeTag(const QStringList &customerIds, const QString &tagId,
                                   const Progress &progress)
{
    store::Transaction transaction(m_db);
    qsizetype removed = 0;
    qsizetype done = 0;
    for (const QString &customerId : customerIds) {
        auto remove = m_db.prepare(u"UPDATE customer_tags SET deleted = 1 WHERE customer_id = ?"
                                   " AND tag_id = ? AND deleted = 0"_s);
        remove->bindAll(customerId, tagId);
        remove->run();
        if (m_db.changes() > 0) {
            m_outbox.append(
                u"customer_tag_remove"_s,
                QJsonObject { { u"customer_id"_s, customerId }, { u"tag_id"_s, tagId } },
                { { u"customer_tags"_s, outbox::rowKeyForCustomerTag(customerId, tagId) } });
            ++removed;
        }
        if (progress && ++done % progressStep == 0)
            progress(done, customerIds.size());
    }
    transaction.commit();
    if (progress)
        progress(customerIds.size(), customerIds.size());
    return removed;
}

} // namespace gd::segments
