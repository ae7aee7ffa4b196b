#include "customerwriter.h"

#include "customerfields.h"
#include "customersearchindex.h"
#include "outbox/outbox.h"
#include "store/database.h"

#include <QDateTime>
#include <QUuid>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace gd::customers {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

[[noreturn]] void refuse(const QString &why)
{
    throw std::invalid_argument(why.toStdString());
}

} // namespace

CustomerWriter::CustomerWriter(store::Database &db, outbox::Outbox &outbox,
                               CustomerSearchIndex &index, Actor actor)
    : m_db(db)
    , m_outbox(outbox)
    , m_index(index)
    , m_actor(std::move(actor))
{ }

QString CustomerWriter::createCustomer(const QJsonObject &fields)
{
    return createNewCustomer(NewCustomer { fields, {}, {} });
}

QString CustomerWriter::createNewCustomer(const NewCustomer &customer)
{
    CustomerBatch batch(*this);
    const QString id = batch.create(customer);
    batch.commit();
    return id;
}

QString CustomerWriter::insertCustomer(const NewCustomer &customer)
{
    const QJsonObject &fields = customer.fields;
    if (!fields.value(u"name"_s).isString())
        refuse(u"A new customer needs a name"_s);
    if (auto error = customerFieldsError(fields))
        refuse(*error);
    if (!customer.fullPhone.isEmpty()
        && (customer.fullPhone.size() > 20
            || customer.fullPhone.right(4) != fields.value(u"phone_last4"_s).toString()))
        refuse(u"A full phone number needs its own last 4 digits in phone_last4"_s);
    const QString id = newId();
    // The searchable fields as they will be stored (a column not given keeps its default,
    // ''), so that the row is written once with its sort key and indexed from here: reading
    // it back and updating name_sort cost an import a third of its write time.
    const SearchableFields searchable { fields.value(u"name"_s).toString(),
                                        fields.value(u"nickname"_s).toString(),
                                        fields.value(u"remark"_s).toString(),
                                        fields.value(u"phone_last4"_s).toString() };
    {
        // One INSERT naming the given columns (keys come from customerFieldsError's
        // whitelist, never from outside); the statement cache keeps one per set of keys.
        QString columns = u"id, store_id, owner_guide_id, name_sort"_s;
        QString marks = u"?, ?, ?, ?"_s;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            columns += u", "_s + it.key();
            marks += u", ?"_s;
        }
        auto insert = m_db.prepare(u"INSERT INTO customers (%1) VALUES (%2)"_s.arg(columns, marks));
        insert->bindAll(id, m_actor.storeId, m_actor.guideId, m_index.sortKey(searchable.name));
        int index = 4;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            insert->bind(++index, it.value());
        insert->run();
    }
    const qint64 rowId = m_db.lastInsertRowId();
    m_index.index(rowId, searchable);
    QJsonObject args = fields;
    args.insert(u"id"_s, id);
    if (!customer.fullPhone.isEmpty())
        args.insert(u"phone"_s, customer.fullPhone);
    m_outbox.append(u"customer_create"_s, args, { { u"customers"_s, id } });
    for (const QString &tagId : customer.tagIds)
        insertTag(id, tagId);
    return id;
}

void CustomerWriter::updateCustomer(const QString &customerId, const QJsonObject &fields)
{
    if (fields.isEmpty())
        return;
    if (auto error = customerFieldsError(fields))
        refuse(*error);
    store::Transaction transaction(m_db);
    const qint64 rowId = customerRowId(customerId);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        auto update
            = m_db.prepare(u"UPDATE customers SET %1 = ?, updated_at ="
                           " strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE rowid = ?"_s.arg(it.key()));
        update->bind(1, it.value());
        update->bind(2, rowId);
        update->run();
    }
    reindex(rowId);
    m_outbox.append(u"customer_update"_s,
                    QJsonObject { { u"id"_s, customerId }, { u"fields"_s, fields } },
                    { { u"customers"_s, customerId } });
    transaction.commit();
    written();
}

void CustomerWriter::addTag(const QString &customerId, const QString &tagId)
{
    changeTags(customerId, { tagId }, {});
}

void CustomerWriter::removeTag(const QString &customerId, const QString &tagId)
{
    changeTags(customerId, {}, { tagId });
}

void CustomerWriter::changeTags(const QString &customerId, const QStringList &add,
                                const QStringList &remove)
{
    if (add.isEmpty() && remove.isEmpty())
        return;
    store::Transaction transaction(m_db);
    customerRowId(customerId);
    for (const QString &tagId : remove)
        writeTagRemove(customerId, tagId);
    for (const QString &tagId : add)
        writeTagAdd(customerId, tagId);
    transaction.commit();
    written();
}

void CustomerWriter::insertTag(const QString &customerId, const QString &tagId)
{
    customerRowId(customerId);
    writeTagAdd(customerId, tagId);
}

void CustomerWriter::writeTagAdd(const QString &customerId, const QString &tagId)
{
    {
        auto tag = m_db.prepare(u"SELECT 1 FROM tags WHERE id = ? AND deleted = 0"_s);
        tag->bind(1, tagId);
        if (!tag->step())
            refuse(u"There is no tag %1"_s.arg(tagId));
    }
    const QString taggedAt = nowIso();
    QString rowId = newId();
    {
        auto existing
            = m_db.prepare(u"SELECT id FROM customer_tags WHERE customer_id = ? AND tag_id = ?"_s);
        existing->bindAll(customerId, tagId);
        if (existing->step())
            rowId = existing->text(0);
    }
    {
        auto upsert = m_db.prepare(
            u"INSERT INTO customer_tags (id, customer_id, tag_id, tagged_by, tagged_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id, tag_id) DO UPDATE SET"
            " deleted = 0, tagged_by = excluded.tagged_by, tagged_at = excluded.tagged_at"_s);
        upsert->bindAll(rowId, customerId, tagId, m_actor.guideId, taggedAt);
        upsert->run();
    }
    m_outbox.append(u"customer_tag_add"_s,
                    QJsonObject { { u"id"_s, rowId },
                                  { u"customer_id"_s, customerId },
                                  { u"tag_id"_s, tagId },
                                  { u"tagged_at"_s, taggedAt } },
                    { { u"customer_tags"_s, outbox::rowKeyForCustomerTag(customerId, tagId) } });
}

void CustomerWriter::writeTagRemove(const QString &customerId, const QString &tagId)
{
    {
        auto remove = m_db.prepare(u"UPDATE customer_tags SET deleted = 1 WHERE customer_id = ?"
                                   " AND tag_id = ?"_s);
        remove->bindAll(customerId, tagId);
        remove->run();
    }
    m_outbox.append(u"customer_tag_remove"_s,
                    QJsonObject { { u"customer_id"_s, customerId }, { u"tag_id"_s, tagId } },
                    { { u"customer_tags"_s, outbox::rowKeyForCustomerTag(customerId, tagId) } });
}

QString CustomerWriter::addNote(const QString &customerId, const QString &kind, const QString &body)
{
    static const QStringList kinds = { u"visit"_s, u"wechat"_s, u"call"_s, u"other"_s };
    if (!kinds.contains(kind))
        refuse(u"A note's kind must be one of: %1"_s.arg(kinds.join(u", "_s)));
    const QString text = body.trimmed();
    if (text.isEmpty() || text.size() > 10000)
        refuse(u"A note must have 1 to 10000 characters"_s);
    const QString id = newId();
    const QString createdAt = nowIso();
    store::Transaction transaction(m_db);
    customerRowId(customerId);
    {
        auto insert = m_db.prepare(u"INSERT INTO notes (id, customer_id, guide_id, kind, body,"
                                   " created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
        insert->bindAll(id, customerId, m_actor.guideId, kind, text, createdAt);
        insert->run();
    }
    m_outbox.append(u"note_add"_s,
                    QJsonObject { { u"id"_s, id },
                                  { u"customer_id"_s, customerId },
                                  { u"kind"_s, kind },
                                  { u"body"_s, text },
                                  { u"created_at"_s, createdAt } },
                    { { u"notes"_s, id } });
    transaction.commit();
    written();
    return id;
}

qint64 CustomerWriter::customerRowId(const QString &customerId)
{
    auto q = m_db.prepare(u"SELECT rowid FROM customers WHERE id = ? AND deleted = 0"_s);
    q->bind(1, customerId);
    if (!q->step())
        refuse(u"There is no customer %1"_s.arg(customerId));
    return q->int64(0);
}

void CustomerWriter::reindex(qint64 rowId)
{
    auto q = m_db.prepare(
        u"SELECT name, nickname, remark, phone_last4 FROM customers WHERE rowid = ?"_s);
    q->bind(1, rowId);
    q->step();
    const SearchableFields fields { q->text(0), q->text(1), q->text(2), q->text(3) };
    {
        auto sort = m_db.prepare(u"UPDATE customers SET name_sort = ? WHERE rowid = ?"_s);
        sort->bindAll(m_index.sortKey(fields.name), rowId);
        sort->run();
    }
    m_index.index(rowId, fields);
}

void CustomerWriter::written()
{
    if (m_afterWrite)
        m_afterWrite();
}

CustomerBatch::CustomerBatch(CustomerWriter &writer)
    : m_writer(writer)
    , m_transaction(std::make_unique<store::Transaction>(writer.m_db))
{ }

CustomerBatch::~CustomerBatch() = default;

void CustomerBatch::commit()
{
    m_transaction->commit();
    m_writer.written();
}

} // namespace gd::customers
