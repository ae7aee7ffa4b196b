#include "mutationapplier.h"

#include "changelog.h"
#include "coupons/couponissue.h"
#include "customers/customerfields.h"
#include "dashboardmutations.h"
#include "intake/phonenumber.h"
#include "search/pinyinconverter.h"
#include "segments/segmentrule.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "tagmutations.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace gd::server::core {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

MutationApplier::MutationApplier(store::Database &db, ChangeLog &changes,
                                 const search::PinyinConverter &pinyin)
    : m_db(db)
    , m_changes(changes)
    , m_pinyin(pinyin)
    , m_tasks(db, changes)
    , m_orders(db, changes)
{ }

void MutationApplier::apply(const AuthenticatedUser &user, const QString &name,
                            const QJsonObject &args)
{
    if (name == u"customer_create"_s)
        return createCustomer(user, args);
    if (name == u"customer_update"_s)
        return updateCustomer(user, args);
    if (name == u"customer_tag_add"_s)
        return addTag(user, args);
    if (name == u"customer_tag_remove"_s)
        return removeTag(user, args);
    if (name == u"note_add"_s)
        return addNote(user, args);
    if (name == u"tag_create"_s)
        return applyTagCreate(m_db, m_changes, user, args);
    if (name == u"coupon_issue"_s)
        return issueCoupon(user, args);
    if (TaskMutations::handles(name))
        return m_tasks.apply(user, name, args);
    if (orders::OrderMutations::handles(name))
        return m_orders.apply(user, name, args);
    if (name == u"segment_save"_s)
        return saveSegment(user, args);
    if (name == u"segment_delete"_s)
        return deleteSegment(user, args);
    if (name == u"dashboard_layout_save"_s)
        return applyDashboardLayoutSave(m_db, m_changes, user, args);
    throw MutationRejected(u"bad_request"_s, u"Unknown mutation \"%1\"."_s.arg(name.left(64)));
}

void MutationApplier::requireWritableCustomer(const AuthenticatedUser &user,
                                              const QString &customerId)
{
    auto q = m_db.prepare(u"SELECT store_id, owner_guide_id FROM customers WHERE id = ? AND"
                          " deleted = 0"_s);
    q->bind(1, customerId);
    if (!q->step())
        throw MutationRejected(u"not_found"_s, u"There is no customer %1."_s.arg(customerId));
    const bool allowed = user.isManager() ? q->text(0) == user.storeId : q->text(1) == user.guideId;
    if (!allowed)
        throw MutationRejected(u"forbidden"_s,
                               u"Customer %1 is not yours to change."_s.arg(customerId));
}

void MutationApplier::writeFields(const QString &customerId, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        // Keys were checked against customerFieldsError's whitelist.
        auto update = m_db.prepare(u"UPDATE customers SET %1 = ? WHERE id = ?"_s.arg(it.key()));
        update->bind(1, it.value());
        update->bind(2, customerId);
        update->run();
        if (it.key() == u"name"_s) {
            auto sort = m_db.prepare(u"UPDATE customers SET name_sort = ? WHERE id = ?"_s);
            sort->bindAll(m_pinyin.nameSyllables(it.value().toString()).join(QString()),
                          customerId);
            sort->run();
        }
    }
}

void MutationApplier::createCustomer(const AuthenticatedUser &user, const QJsonObject &args)
{
    const QString id = requireId(args, u"id"_s);
    QJsonObject fields = args;
    fields.remove(u"id"_s);
    QString owner = user.guideId;
    if (fields.contains(u"owner_guide_id"_s)) {
        owner = fields.take(u"owner_guide_id"_s).toString();
        auto guide = m_db.prepare(u"SELECT store_id FROM guides WHERE id = ? AND deleted = 0"_s);
        guide->bind(1, owner);
        if (!user.isManager() && owner != user.guideId)
            throw MutationRejected(u"forbidden"_s, u"Only managers assign customers."_s);
        if (!guide->step() || guide->text(0) != user.storeId)
            throw MutationRejected(u"bad_request"_s,
                                   u"owner_guide_id is not a guide of your store."_s);
    }
    if (!fields.value(u"name"_s).isString())
        throw MutationRejected(u"bad_request"_s, u"A new customer needs a name."_s);
    // The full number the guide typed: kept here, in a server-only table, never sent back in
    // a pull; the customer row gets the masked form and the last 4 digits made from it.
    std::optional<intake::PhoneNumber> phone;
    if (fields.contains(u"phone"_s)) {
        const QJsonValue typed = fields.take(u"phone"_s);
        phone = intake::parsePhone(typed.toString()).number;
        if (!typed.isString() || !phone)
            throw MutationRejected(u"bad_request"_s, u"phone is not a phone number."_s);
        fields.insert(u"phone_masked"_s, phone->masked());
        fields.insert(u"phone_last4"_s, phone->last4());
    }
    if (auto error = customers::customerFieldsError(fields))
        throw MutationRejected(u"bad_request"_s, *error);
    {
        auto exists = m_db.prepare(u"SELECT 1 FROM customers WHERE id = ?"_s);
        exists->bind(1, id);
        if (exists->step())
            throw MutationRejected(u"conflict"_s, u"Customer %1 exists already."_s.arg(id));
    }
    auto insert = m_db.prepare(u"INSERT INTO customers (id, store_id, owner_guide_id, name,"
                               " source) VALUES (?, ?, ?, ?, 'counter')"_s);
    insert->bindAll(id, user.storeId, owner, fields.value(u"name"_s).toString());
    insert->run();
    writeFields(id, fields);
    if (phone) {
        auto keep
            = m_db.prepare(u"INSERT INTO customer_phones (customer_id, phone) VALUES (?, ?)"_s);
        keep->bindAll(id, phone->digits);
        keep->run();
    }
    m_changes.touch(u"customers"_s, id);
}

void MutationApplier::updateCustomer(const AuthenticatedUser &user, const QJsonObject &args)
{
    const QString id = requireId(args, u"id"_s);
    if (!args.value(u"fields"_s).isObject())
        throw MutationRejected(u"bad_request"_s, u"fields must be an object."_s);
    const QJsonObject fields = args.value(u"fields"_s).toObject();
    if (auto error = customers::customerFieldsError(fields))
        throw MutationRejected(u"bad_request"_s, *error);
    requireWritableCustomer(user, id);
    // Per-field last writer wins, in arrival order: only the named fields change.
    writeFields(id, fields);
    m_changes.touch(u"customers"_s, id);
}

void MutationApplier::addTag(const AuthenticatedUser &user, const QJsonObject &args)
{
    const QString id = requireId(args, u"id"_s);
    const QString customerId = requireId(args, u"customer_id"_s);
    const QString tagId = requireId(args, u"tag_id"_s);
    requireWritableCustomer(user, customerId);
    {
        auto tag = m_db.prepare(u"SELECT t.owner_guide_id, g.store_id FROM tags t LEFT JOIN guides"
                                " g ON g.id = t.owner_guide_id WHERE t.id = ? AND t.deleted = 0"_s);
        tag->bind(1, tagId);
        if (!tag->step())
            throw MutationRejected(u"not_found"_s, u"There is no tag %1."_s.arg(tagId));
        const bool personal = !tag->isNull(0);
        if (personal && tag->text(0) != user.guideId
            && !(user.isManager() && tag->text(1) == user.storeId))
            throw MutationRejected(u"forbidden"_s, u"Tag %1 is someone else's."_s.arg(tagId));
    }
    const QString taggedAt = args.value(u"tagged_at"_s).toString(nowIso()).left(40);
    // Adding revives a removed link; the first id given for a (customer, tag) stays.
    auto upsert = m_db.prepare(
        u"INSERT INTO customer_tags (id, customer_id, tag_id, tagged_by, tagged_at) VALUES"
        " (?, ?, ?, ?, ?) ON CONFLICT (customer_id, tag_id) DO UPDATE SET deleted = 0,"
        " tagged_by = excluded.tagged_by, tagged_at = excluded.tagged_at"_s);
    upsert->bindAll(id, customerId, tagId, user.guideId, taggedAt);
    try {
        upsert->run();
    } catch (const store::SqlError &) {
        // The link id is taken by another (customer, tag): a client bug, not a server fault.
        throw MutationRejected(u"conflict"_s, u"Tag link %1 exists already."_s.arg(id));
    }
    touchNamedRows(u"customer_tag_add"_s, args);
}

void MutationApplier::removeTag(const AuthenticatedUser &user, const QJsonObject &args)
{
    const QString customerId = requireId(args, u"customer_id"_s);
    const QString tagId = requireId(args, u"tag_id"_s);
    requireWritableCustomer(user, customerId);
    auto remove = m_db.prepare(u"UPDATE customer_tags SET deleted = 1 WHERE customer_id = ? AND"
                               " tag_id = ?"_s);
    remove->bindAll(customerId, tagId);
    remove->run();
    touchNamedRows(u"customer_tag_remove"_s, args);
}

void MutationApplier::addNote(const AuthenticatedUser &user, const QJsonObject &args)
{
    const QString id = requireId(args, u"id"_s);
    const QString customerId = requireId(args, u"customer_id"_s);
    static const QStringList kinds = { u"visit"_s, u"wechat"_s, u"call"_s, u"other"_s };
    const QString kind = args.value(u"kind"_s).toString();
    if (!kinds.contains(kind))
        throw MutationRejected(u"bad_request"_s, u"kind must be visit, wechat, call or other."_s);
    const QJsonValue body = args.value(u"body"_s);
    if (!body.isString() || body.toString().trimmed().isEmpty() || body.toString().size() > 10000)
        throw MutationRejected(u"bad_request"_s, u"body must have 1 to 10000 characters."_s);
    requireWritableCustomer(user, customerId);
    {
        auto exists = m_db.prepare(u"SELECT 1 FROM notes WHERE id = ?"_s);
        exists->bind(1, id);
        if (exists->step())
            throw MutationRejected(u"conflict"_s, u"Note %1 exists already."_s.arg(id));
    }
    auto insert = m_db.prepare(u"INSERT INTO notes (id, customer_id, guide_id, kind, body,"
                               " created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert->bindAll(id, customerId, user.guideId, kind, body.toString(),
                    args.value(u"created_at"_s).toString(nowIso()).left(40));
    insert->run();
    m_changes.touch(u"notes"_s, id);
}

void MutationApplier::issueCoupon(const AuthenticatedUser &user, const QJsonObject &args)
{
    coupons::IssueRequest request;
    request.id = requireId(args, u"id"_s);
    request.couponId = requireId(args, u"coupon_id"_s);
    request.customerId = requireId(args, u"customer_id"_s);
    request.createdAt = args.value(u"created_at"_s).toString();
    // A guide issues to their own customers, a manager to the store's.
    requireWritableCustomer(user, request.customerId);
    coupons::applyCouponIssue(m_db, m_changes, user, request, QDate::currentDate());
}

// A guide's saved segment: only its owner changes it. The rule must parse as this server
// understands rules (a newer rule version is rejected, never stored half-understood).
void MutationApplier::requireOwnSegment(const AuthenticatedUser &user, const QString &id,
                                        bool mustExist)
{
    auto q = m_db.prepare(u"SELECT owner_guide_id, deleted FROM segments WHERE id = ?"_s);
    q->bind(1, id);
    if (!q->step()) {
        if (mustExist)
            throw MutationRejected(u"not_found"_s, u"There is no segment %1."_s.arg(id));
        return;
    }
    if (q->text(0) != user.guideId)
        throw MutationRejected(u"forbidden"_s, u"Segment %1 is someone else's."_s.arg(id));
    if (q->int64(1) != 0 && mustExist)
        throw MutationRejected(u"not_found"_s, u"Segment %1 was deleted."_s.arg(id));
}

void MutationApplier::saveSegment(const AuthenticatedUser &user, const QJsonObject &args)
{
    const QString id = requireId(args, u"id"_s);
    const QJsonValue name = args.value(u"name"_s);
    if (!name.isString() || name.toString().trimmed().isEmpty()
        || name.toString().trimmed().size() > 100)
        throw MutationRejected(u"bad_request"_s, u"name must have 1 to 100 characters."_s);
    const QJsonValue ruleJson = args.value(u"rule_json"_s);
    if (!ruleJson.isString())
        throw MutationRejected(u"bad_request"_s, u"rule_json must be a string."_s);
    QString rule;
    try {
        rule = segments::SegmentRule::fromJsonText(ruleJson.toString()).toJsonText();
    } catch (const segments::InvalidRule &e) {
        throw MutationRejected(u"bad_request"_s,
                               u"rule_json: %1."_s.arg(QString::fromUtf8(e.what())));
    }
    requireOwnSegment(user, id, false);
    // Last writer wins on the whole segment (name and rule travel together); saving a
    // deleted segment does not revive it.
    auto upsert = m_db.prepare(
        u"INSERT INTO segments (id, owner_guide_id, name, rule_json) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, rule_json = excluded.rule_json"
        " WHERE deleted = 0"_s);
    upsert->bindAll(id, user.guideId, name.toString().trimmed(), rule);
    upsert->run();
    m_changes.touch(u"segments"_s, id);
}

void MutationApplier::deleteSegment(const AuthenticatedUser &user, const QJsonObject &args)
{
    const QString id = requireId(args, u"id"_s);
    requireOwnSegment(user, id, false);
    auto remove = m_db.prepare(u"UPDATE segments SET deleted = 1 WHERE id = ?"_s);
    remove->bind(1, id);
    remove->run();
    m_changes.touch(u"segments"_s, id);
}

void MutationApplier::touchNamedRows(const QString &name, const QJsonObject &args)
{
    const QString id = args.value(u"id"_s).toString();
    if (name == u"customer_create"_s || name == u"customer_update"_s) {
        m_changes.touch(u"customers"_s, id);
    } else if (name == u"note_add"_s) {
        m_changes.touch(u"notes"_s, id);
    } else if (name == u"tag_create"_s) {
        m_changes.touch(u"tags"_s, id);
    } else if (name == u"coupon_issue"_s) {
        m_changes.touch(u"coupon_issues"_s, id);
        m_changes.touch(u"coupons"_s, args.value(u"coupon_id"_s).toString());
    } else if (TaskMutations::handles(name)) {
        m_changes.touch(u"tasks"_s, id);
    } else if (orders::OrderMutations::handles(name)) {
        m_orders.touchNamedRows(name, args);
    } else if (name == u"segment_save"_s || name == u"segment_delete"_s) {
        m_changes.touch(u"segments"_s, id);
    } else if (name == u"dashboard_layout_save"_s) {
        m_changes.touch(u"dashboard_layouts"_s, id);
    } else if (name == u"customer_tag_add"_s || name == u"customer_tag_remove"_s) {
        auto link
            = m_db.prepare(u"SELECT id FROM customer_tags WHERE customer_id = ? AND tag_id = ?"_s);
        link->bindAll(args.value(u"customer_id"_s).toString(), args.value(u"tag_id"_s).toString());
        if (link->step()) {
            const QString linkId = link->text(0);
            m_changes.touch(u"customer_tags"_s, linkId);
        }
    }
}

} // namespace gd::server::core
