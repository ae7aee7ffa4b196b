#include "tagwriter.h"

#include "outbox/outbox.h"
#include "store/database.h"

#include <QJsonObject>
#include <QUuid>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace gd::tags {

namespace {

[[noreturn]] void refuse(const QString &why)
{
    throw std::invalid_argument(why.toStdString());
}

} // namespace

TagWriter::TagWriter(store::Database &db, outbox::Outbox &outbox, QString guideId)
    : m_db(db)
    , m_outbox(outbox)
    , m_guideId(std::move(guideId))
{ }

QString TagWriter::createPersonalTag(const QString &name)
{
    const QString trimmed = name.simplified();
    if (m_guideId.isEmpty())
        refuse(u"Personal tags need a signed-in guide"_s);
    if (trimmed.isEmpty())
        refuse(u"A tag needs a name"_s);
    if (trimmed.size() > maxNameLength)
        refuse(u"A tag name has at most %1 characters"_s.arg(maxNameLength));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            refuse(u"A tag name cannot hold control characters"_s);
    }
    store::Transaction transaction(m_db);
    {
        auto existing = m_db.prepare(u"SELECT id, name FROM tags WHERE owner_guide_id = ? AND"
                                     " deleted = 0"_s);
        existing->bind(1, m_guideId);
        while (existing->step()) {
            if (existing->text(1).compare(trimmed, Qt::CaseInsensitive) == 0)
                return existing->text(0);
        }
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto insert
            = m_db.prepare(u"INSERT INTO tags (id, owner_guide_id, name) VALUES (?, ?, ?)"_s);
        insert->bindAll(id, m_guideId, trimmed);
        insert->run();
    }
    m_outbox.append(u"tag_create"_s, QJsonObject { { u"id"_s, id }, { u"name"_s, trimmed } },
                    { { u"tags"_s, id } });
    transaction.commit();
    if (m_afterWrite)
        m_afterWrite();
    return id;
}

} // namespace gd::tags
