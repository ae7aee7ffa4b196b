// Every change a guide makes to the customer book: the change and its outbox entry are
// written in one transaction, so a change is either fully local-and-queued or not made.
// Validation errors throw std::invalid_argument (English, for logs); the UI validates first
// and shows its own translated messages.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace gd::store {
class Database;
}
namespace gd::outbox {
class Outbox;
}

namespace gd::customers {

class CustomerSearchIndex;

// Who is making changes on this device.
struct Actor
{
    QString guideId;
    QString storeId;
};

class CustomerWriter
{
public:
    CustomerWriter(store::Database &db, outbox::Outbox &outbox, CustomerSearchIndex &index,
                   Actor actor);

    // Called after each committed change (the sync engine pushes, the models refresh).
    void setAfterWrite(std::function<void()> callback) { m_afterWrite = std::move(callback); }
    void setActor(Actor actor) { m_actor = std::move(actor); }

    // Returns the new customer's id. `fields` needs at least a name.
    QString createCustomer(const QJsonObject &fields);
    // Changes only the named fields.
    void updateCustomer(const QString &customerId, const QJsonObject &fields);
    void addTag(const QString &customerId, const QString &tagId);
    void removeTag(const QString &customerId, const QString &tagId);
    // Removes and adds tags in one transaction (a single-select group swaps its tag as one
    // change): one outbox entry per link, removals first. Adding a live tag again refreshes
    // when it was set (a guide confirming a stale tag).
    void changeTags(const QString &customerId, const QStringList &add, const QStringList &remove);
    // kind: visit, wechat, call or other. Returns the note's id.
    QString addNote(const QString &customerId, const QString &kind, const QString &body);

private:
    qint64 customerRowId(const QString &customerId);
    void writeTagAdd(const QString &customerId, const QString &tagId);
    void writeTagRemove(const QString &customerId, const QString &tagId);
    void reindex(qint64 rowId);
    void written();

    store::Database &m_db;
    outbox::Outbox &m_outbox;
    CustomerSearchIndex &m_index;
    Actor m_actor;
    std::function<void()> m_afterWrite;
};

} // namespace gd::customers
