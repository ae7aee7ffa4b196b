#include "segmentwriter.h"

#include "outbox/outbox.h"
#include "store/database.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gd::segments {

namespace {

[[noreturn]] void refuse(const QString &why)
{
    throw std::invalid_argument(why.toStdString());
}

} // namespace

SegmentWriter::SegmentWriter(store::Database &db, outbox::Outbox &outbox, customers::Actor actor)
    : m_db(db)
    , m_outbox(outbox)
    , m_actor(std::move(actor))
{ }

void SegmentWriter::requireOwn(const QString &id)
{
    auto q = m_db.prepare(u"SELECT owner_guide_id FROM segments WHERE id = ? AND deleted = 0"_s);
    q->bind(1, id);
    if (!q->step())
        refuse(u"There is no segment %1"_s.arg(id));
    if (q->text(0) != m_actor.guideId)
        refuse(u"Segment %1 is someone else's"_s.arg(id));
}

QString SegmentWriter::save(const QString &id, const QString &name, const SegmentRule &rule)
{
    if (m_actor.guideId.isEmpty())
        refuse(u"Sign in to save segments"_s);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > maxNameLength)
        refuse(u"A segment's name must have 1 to %1 characters"_s.arg(maxNameLength));
    // Re-read through the parser: whatever is stored is a rule the parser accepts.
    const QString ruleJson = SegmentRule::fromJson(rule.toJson()).toJsonText();
    const QString segmentId
        = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    store::Transaction transaction(m_db);
    if (id.isEmpty()) {
        auto insert = m_db.prepare(
            u"INSERT INTO segments (id, owner_guide_id, name, rule_json) VALUES (?, ?, ?, ?)"_s);
        insert->bindAll(segmentId, m_actor.guideId, trimmed, ruleJson);
        insert->run();
    } else {
        requireOwn(id);
        auto update = m_db.prepare(u"UPDATE segments SET name = ?, rule_json = ?, updated_at ="
                                   " strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?"_s);
        update->bindAll(trimmed, ruleJson, id);
        update->run();
    }
    m_outbox.append(u"segment_save"_s,
                    QJsonObject { { u"id"_s, segmentId },
                                  { u"name"_s, trimmed },
                                  { u"rule_json"_s, ruleJson } },
                    { { u"segments"_s, segmentId } });
    transaction.commit();
    if (m_afterWrite)
        m_afterWrite();
    return segmentId;
}

void SegmentWriter::remove(const QString &id)
{
    store::Transaction transaction(m_db);
    requireOwn(id);
    auto remove = m_db.prepare(u"UPDATE segments SET deleted = 1, updated_at ="
                               " strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?"_s);
    remove->bind(1, id);
    remove->run();
    m_outbox.append(u"segment_delete"_s, QJsonObject { { u"id"_s, id } },
                    { { u"segments"_s, id } });
    transaction.commit();
    if (m_afterWrite)
        m_afterWrite();
}

QList<SavedSegment> SegmentWriter::list()
{
    auto q = m_db.prepare(
        u"SELECT s.id, s.name, s.rule_json, EXISTS (SELECT 1 FROM outbox_touches t JOIN outbox o"
        " ON o.mutation_id = t.mutation_id WHERE t.table_name = 'segments' AND t.row_key = s.id"
        " AND o.state = 'pending') FROM segments s WHERE s.owner_guide_id = ? AND s.deleted = 0"
        " ORDER BY s.name, s.rowid"_s);
    q->bind(1, m_actor.guideId);
    QList<SavedSegment> out;
    while (q->step())
        out << SavedSegment { q->text(0), q->text(1), q->text(2), q->int64(3) != 0 };
    return out;
}

} // namespace gd::segments
