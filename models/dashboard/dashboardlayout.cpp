#include "dashboardlayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <optional>

using namespace Qt::StringLiterals;

namespace gd::dashboard {

namespace {

[[noreturn]] void refuse(const QString &why)
{
    throw InvalidLayout(why.toStdString());
}

bool isValidKindName(const QString &kind)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,39}$"_s);
    return pattern.match(kind).hasMatch();
}

std::optional<WidgetSize> parseSize(const QString &text)
{
    for (const WidgetSize &size : allowedSizes()) {
        if (sizeName(size) == text)
            return size;
    }
    return std::nullopt;
}

QUuid layoutNamespace()
{
    // Fixed: every device and the server derive the same ids.
    static const QUuid ns(u"6b1f3c2e-9d7a-5e41-8f20-4a6d0c9b7e13"_s);
    return ns;
}

} // namespace

const QStringList &widgetCatalogue()
{
    static const QStringList kinds = {
        u"sales_today"_s,  u"sales_month"_s,    u"orders_waiting"_s,
        u"tasks_today"_s,  u"birthdays_week"_s, u"at_risk"_s,
        u"tag_coverage"_s, u"new_members"_s,    u"sync_status"_s,
    };
    return kinds;
}

bool isKnownWidgetKind(const QString &kind)
{
    return widgetCatalogue().contains(kind);
}

bool DashboardWidget::known() const
{
    return isKnownWidgetKind(kind);
}

const QList<WidgetSize> &allowedSizes()
{
    static const QList<WidgetSize> sizes = { { 1, 1 }, { 2, 1 }, { 2, 2 } };
    return sizes;
}

QString sizeName(const WidgetSize &size)
{
    return u"%1x%2"_s.arg(size.columns).arg(size.rows);
}

QString guideLayoutId(const QString &guideId)
{
    return QUuid::createUuidV5(layoutNamespace(), u"guide:"_s + guideId)
        .toString(QUuid::WithoutBraces);
}

QString storeDefaultLayoutId(const QString &storeId)
{
    return QUuid::createUuidV5(layoutNamespace(), u"store:"_s + storeId)
        .toString(QUuid::WithoutBraces);
}

DashboardLayout DashboardLayout::fromJsonText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.size() > maxJsonBytes)
        refuse(u"the layout has %1 bytes; at most %2 are allowed"_s.arg(bytes.size())
                   .arg(maxJsonBytes));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        refuse(u"the layout is not JSON (%1 at offset %2)"_s.arg(error.errorString())
                   .arg(error.offset));
    if (!document.isObject())
        refuse(u"the layout must be a JSON object"_s);
    return fromJson(document.object());
}

DashboardLayout DashboardLayout::fromJson(const QJsonObject &json)
{
    const QJsonValue versionValue = json.value(u"version"_s);
    if (!versionValue.isDouble() || versionValue.toDouble() != double(versionValue.toInt()))
        refuse(u"the layout needs an integer \"version\""_s);
    if (versionValue.toInt() != version)
        refuse(u"layout version %1 is not understood (this app reads version %2)"_s
                   .arg(versionValue.toInt())
                   .arg(version));
    const QJsonValue widgetsValue = json.value(u"widgets"_s);
    if (!widgetsValue.isArray())
        refuse(u"the layout needs a \"widgets\" array"_s);
    const QJsonArray widgets = widgetsValue.toArray();
    if (widgets.size() > maxWidgets)
        refuse(u"the layout has %1 widgets; at most %2 are allowed"_s.arg(widgets.size())
                   .arg(maxWidgets));
    DashboardLayout layout;
    QSet<QString> seen;
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        if (!widgets.at(i).isObject())
            refuse(u"widget %1 is not an object"_s.arg(i));
        const QJsonObject object = widgets.at(i).toObject();
        const QJsonValue kindValue = object.value(u"kind"_s);
        if (!kindValue.isString() || !isValidKindName(kindValue.toString()))
            refuse(
                u"widget %1 needs a \"kind\" of 1 to 40 lower-case letters, digits or _"_s.arg(i));
        DashboardWidget widget;
        widget.kind = kindValue.toString();
        widget.raw = object;
        if (widget.known()) {
            if (seen.contains(widget.kind))
                refuse(u"widget %1: \"%2\" appears twice"_s.arg(i).arg(widget.kind));
            seen.insert(widget.kind);
            const QJsonValue sizeValue = object.value(u"size"_s);
            const auto size = parseSize(sizeValue.toString());
            if (!sizeValue.isString() || !size)
                refuse(
                    u"widget %1 (%2): \"size\" must be 1x1, 2x1 or 2x2"_s.arg(i).arg(widget.kind));
            widget.size = *size;
        }
        layout.widgets << widget;
    }
    return layout;
}

QJsonObject DashboardLayout::toJson() const
{
    QJsonArray array;
    for (const DashboardWidget &widget : widgets) {
        if (!widget.known()) {
            array.append(widget.raw);
            continue;
        }
        QJsonObject object = widget.raw;
        object.insert(u"kind"_s, widget.kind);
        object.insert(u"size"_s, sizeName(widget.size));
        array.append(object);
    }
    return QJsonObject { { u"version"_s, version }, { u"widgets"_s, array } };
}

QString DashboardLayout::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

DashboardLayout DashboardLayout::builtInDefault()
{
    DashboardLayout layout;
    const QList<std::pair<QString, WidgetSize>> widgets = {
        { u"sales_today"_s, { 2, 1 } },    { u"sales_month"_s, { 2, 1 } },
        { u"orders_waiting"_s, { 1, 1 } }, { u"tasks_today"_s, { 1, 1 } },
        { u"birthdays_week"_s, { 1, 1 } }, { u"at_risk"_s, { 1, 1 } },
    };
    for (const auto &[kind, size] : widgets)
        layout.widgets << DashboardWidget { kind, size, {} };
    return layout;
}

} // namespace gd::dashboard
