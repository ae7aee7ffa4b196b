// A guide's dashboard: which widgets, in which order, at which size. Stored and synced as
// versioned JSON (docs/sync-api.md, "Dashboard layout"):
//   {"version": 1, "widgets": [{"kind": "sales_today", "size": "2x1"}, ...]}
// The order of `widgets` is the reading order of the grid. A kind this app does not know
// (written by a newer client) is kept as it came — saved back unchanged, never shown.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <stdexcept>

namespace gd::dashboard {

// Why a layout was refused (English, for logs and the server's rejection reason).
class InvalidLayout : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

// The widget sizes a guide can pick, in grid cells (columns × rows).
struct WidgetSize
{
    int columns = 1;
    int rows = 1;
    bool operator==(const WidgetSize &) const = default;
};

struct DashboardWidget
{
    QString kind;
    WidgetSize size;
    // Everything the widget's JSON held, as it came: an unknown kind is written back from
    // this, so a newer client's settings survive an older client's save.
    QJsonObject raw;

    [[nodiscard]] bool known() const;
    bool operator==(const DashboardWidget &other) const
    {
        return kind == other.kind && size == other.size;
    }
};

class DashboardLayout
{
public:
    static constexpr int version = 1;
    static constexpr int maxWidgets = 40;
    static constexpr qsizetype maxJsonBytes = 16 * 1024;

    // Throws InvalidLayout with the reason.
    static DashboardLayout fromJsonText(const QString &text);
    static DashboardLayout fromJson(const QJsonObject &json);
    // What a new guide sees when neither they nor their store has a layout.
    static DashboardLayout builtInDefault();

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QString toJsonText() const;

    QList<DashboardWidget> widgets;

    bool operator==(const DashboardLayout &) const = default;
};

// The catalogue: every kind this app can show, in the order the "add" menu lists them.
[[nodiscard]] const QStringList &widgetCatalogue();
[[nodiscard]] bool isKnownWidgetKind(const QString &kind);
// The sizes a known widget may take, smallest first.
[[nodiscard]] const QList<WidgetSize> &allowedSizes();
[[nodiscard]] QString sizeName(const WidgetSize &size); // "2x1"

// The row id of a guide's own layout and of a store's default: derived, so that two tablets
// of the same guide write the same row and the server can tell which one a push means.
[[nodiscard]] QString guideLayoutId(const QString &guideId);
[[nodiscard]] QString storeDefaultLayoutId(const QString &storeId);

} // namespace gd::dashboard
