// Saved segments: a guide's named rules. Each save or delete and its outbox entry
// (`segment_save` / `segment_delete`, see docs/sync-api.md) are written in one transaction.
// Validation errors throw std::invalid_argument (InvalidRule for a bad rule); the UI
// checks first and shows its own translated sentences.
#pragma once

#include "customers/customerwriter.h"
#include "segmentrule.h"

#include <QList>
#include <QString>

namespace gd::segments {

struct SavedSegment
{
    QString id;
    QString name;
    QString ruleJson;
    bool pending = false; // still in this device's outbox
};

class SegmentWriter
{
public:
    SegmentWriter(store::Database &db, outbox::Outbox &outbox, customers::Actor actor);

    void setActor(customers::Actor actor) { m_actor = std::move(actor); }
    void setAfterWrite(std::function<void()> callback) { m_afterWrite = std::move(callback); }

    // A new segment (empty id) or a new name and rule for one of the actor's own. Returns
    // the segment's id. The name is trimmed and must have 1 to 100 characters.
    QString save(const QString &id, const QString &name, const SegmentRule &rule);
    void remove(const QString &id);

    // The actor's saved segments, by name.
    [[nodiscard]] QList<SavedSegment> list();

    static constexpr int maxNameLength = 100;

private:
    void requireOwn(const QString &id);

    store::Database &m_db;
    outbox::Outbox &m_outbox;
    customers::Actor m_actor;
    std::function<void()> m_afterWrite;
};

} // namespace gd::segments
