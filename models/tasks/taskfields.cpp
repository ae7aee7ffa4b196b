#include "taskfields.h"

#include <QDate>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gd::tasks {

bool isIsoDate(const QString &value)
{
    return value.size() == 10 && QDate::fromString(value, Qt::ISODate).isValid();
}

std::optional<QString> taskUpsertError(const QJsonObject &args)
{
    static const QSet<QString> known
        = { u"id"_s,     u"kind"_s,        u"title"_s,  u"body"_s,      u"customer_id"_s,
            u"due_on"_s, u"value_cents"_s, u"reason"_s, u"coupon_id"_s, u"guide_id"_s };
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (!known.contains(it.key()))
            return u"A task has no field \"%1\""_s.arg(it.key().left(40));
    }
    const QJsonValue id = args.value(u"id"_s);
    if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 64)
        return u"A task needs an id of 1 to 64 characters"_s;
    const QString kind = args.value(u"kind"_s).toString();
    if (kind != u"revisit"_s && kind != u"birthday"_s && kind != u"todo"_s)
        return u"A task's kind must be revisit, birthday or todo"_s;
    const QJsonValue title = args.value(u"title"_s);
    if (!title.isString() || title.toString().trimmed().isEmpty() || title.toString().size() > 200)
        return u"A task's title must have 1 to 200 characters"_s;
    const QJsonValue body = args.value(u"body"_s);
    if (!body.isUndefined() && (!body.isString() || body.toString().size() > 2000))
        return u"A task's body must have at most 2000 characters"_s;
    for (const QString &key : { u"customer_id"_s, u"coupon_id"_s, u"guide_id"_s }) {
        const QJsonValue v = args.value(key);
        if (!v.isUndefined() && !v.isNull()
            && (!v.isString() || v.toString().isEmpty() || v.toString().size() > 64))
            return u"%1 must be an id of 1 to 64 characters"_s.arg(key);
    }
    if (kind != u"todo"_s && !args.value(u"customer_id"_s).isString())
        return u"A %1 task needs a customer"_s.arg(kind);
    const QJsonValue due = args.value(u"due_on"_s);
    if (!due.isUndefined() && !due.isNull() && !isIsoDate(due.toString()))
        return u"due_on must be a date (YYYY-MM-DD)"_s;
    const QJsonValue value = args.value(u"value_cents"_s);
    if (!value.isUndefined()
        && (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1e13
            || value.toDouble() != double(qint64(value.toDouble()))))
        return u"value_cents must be a whole number of cents, 0 or more"_s;
    const QJsonValue reason = args.value(u"reason"_s);
    if (!reason.isUndefined()
        && (!reason.isObject()
            || QJsonDocument(reason.toObject()).toJson(QJsonDocument::Compact).size() > 2000))
        return u"reason must be an object of at most 2000 characters"_s;
    return std::nullopt;
}

} // namespace gd::tasks
