// The guide's own additions to the tag library: personal tags (HQ groups are the server's
// and read-only here). Each new tag and its `tag_create` outbox entry are written in one
// transaction, like every other local change.
#pragma once

#include <QString>
#include <functional>

namespace gd::store {
class Database;
}
namespace gd::outbox {
class Outbox;
}

namespace gd::tags {

class TagWriter
{
public:
    TagWriter(store::Database &db, outbox::Outbox &outbox, QString guideId);

    void setAfterWrite(std::function<void()> callback) { m_afterWrite = std::move(callback); }
    void setGuideId(QString guideId) { m_guideId = std::move(guideId); }

    // Longest personal tag name, in characters (a chip must stay a chip).
    static constexpr int maxNameLength = 20;

    // A new personal tag of the signed-in guide; returns its id. An existing personal tag
    // of the same name (ignoring case and surrounding blanks) is returned instead of a
    // second one. Throws std::invalid_argument for an empty, too long or control-character
    // name, or when no guide is signed in.
    QString createPersonalTag(const QString &name);

private:
    store::Database &m_db;
    outbox::Outbox &m_outbox;
    QString m_guideId;
    std::function<void()> m_afterWrite;
};

} // namespace gd::tags
