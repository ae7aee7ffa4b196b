// Bulk tagging of a segment: one transaction that adds a tag to every given customer who
// does not have it yet, with one `customer_tag_add` outbox entry per customer added (the
// server's existing exactly-once, permission-checked mutation; each entry tracks its
// customer_tags row, so a pull never undoes a tag the server has not seen yet). What it
// returns is exactly whom the tag was added to: undo removes it from those only, in one
// transaction with one `customer_tag_remove` each. Runs on the thread that owns `db`
// (the segment worker's connection in the app).
#pragma once

#include "customers/customerwriter.h"

#include <QStringList>
#include <functional>

namespace gd::segments {

class SegmentTagger
{
public:
    // Called every `progressStep` customers with (done, total).
    using Progress = std::function<void(qsizetype done, qsizetype total)>;
    static constexpr qsizetype progressStep = 250;

    SegmentTagger(store::Database &db, outbox::Outbox &outbox, customers::Actor actor);
    void setActor(customers::Actor actor) { m_actor = std::move(actor); }

    // Returns the ids of the customers the tag was added to (those who lacked it). Throws
    // std::invalid_argument for an unknown tag; unknown or deleted customers are skipped.
    QStringList addTag(const QStringList &customerIds, const QString &tagId,
                       const Progress &progress = {});
    // Removes the tag from these customers (the result of addTag). Returns how many.
    qsizetype removeTag(const QStringList &customerIds, const QString &tagId,
                        const Progress &progress = {});

private:
    store::Database &m_db;
    outbox::Outbox &m_outbox;
    customers::Actor m_actor;
};

} // namespace gd::segments
