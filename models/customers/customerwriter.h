// Every change a guide makes to the customer book: the change and its outbox entry are
// written in one transaction, so a change is either fully local-and-queued or not made.
// Validation errors throw std::invalid_argument (English, for logs); the UI validates first
// and shows its own translated messages.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace gd::store {
class Database;
class Transaction;
} // namespace gd::store
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

// A customer to create, with what goes beyond its columns.
struct NewCustomer
{
    QJsonObject fields; // column → value, checked by customerFieldsError; needs a name
    // The full number typed at the counter, normalised (intake::parsePhone). It travels to
    // the server in the customer_create mutation only; the customers table keeps the masked
    // phone and the last 4 digits, which the caller puts in `fields`.
    QString fullPhone;
    QStringList tagIds; // added in the same transaction (customer_tag_add entries)
};

class CustomerBatch;

class CustomerWriter
{
public:
    CustomerWriter(store::Database &db, outbox::Outbox &outbox, CustomerSearchIndex &index,
                   Actor actor);

    // Called after each committed change (the sync engine pushes, the models refresh).
    void setAfterWrite(std::function<void()> callback) { m_afterWrite = std::move(callback); }
    void setActor(Actor actor) { m_actor = std::move(actor); }
    [[nodiscard]] const Actor &actor() const { return m_actor; }

    // Returns the new customer's id. `fields` needs at least a name.
    QString createCustomer(const QJsonObject &fields);
    // The customer, its tags and their outbox entries in one transaction.
    QString createNewCustomer(const NewCustomer &customer);
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
    friend class CustomerBatch;
    QString insertCustomer(const NewCustomer &customer);
    void insertTag(const QString &customerId, const QString &tagId);
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

// Many new customers in ONE transaction (a CSV import): all of them or, if anything throws
// or the batch is dropped before commit(), none — and none of their outbox entries.
class CustomerBatch
{
public:
    explicit CustomerBatch(CustomerWriter &writer);
    ~CustomerBatch();
    CustomerBatch(const CustomerBatch &) = delete;
    CustomerBatch &operator=(const CustomerBatch &) = delete;

    QString create(const NewCustomer &customer) { return m_writer.insertCustomer(customer); }
    void commit();

private:
    CustomerWriter &m_writer;
    std::unique_ptr<store::Transaction> m_transaction;
};

} // namespace gd::customers
