#include "orderitems.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gd::orders {

std::optional<QList<OrderItem>> parseOrderItems(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<OrderItem> items;
    for (const QJsonValue &value : document.array()) {
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject o = value.toObject();
        OrderItem item;
        item.sku = o.value(u"sku"_s).toString();
        item.name = o.value(u"name"_s).toString().left(200);
        item.qty = o.value(u"qty"_s).toInt(0);
        item.priceCents = qint64(o.value(u"price_cents"_s).toDouble(0));
        if (item.name.isEmpty() || item.qty <= 0)
            return std::nullopt;
        items << item;
    }
    return items;
}

QString summariseItems(const QList<OrderItem> &items)
{
    QStringList parts;
    for (const OrderItem &item : items)
        parts << (item.qty > 1 ? u"%1 ×%2"_s.arg(item.name).arg(item.qty) : item.name);
    return parts.join(u", "_s);
}

} // namespace gd::orders
