// Saving dashboards. A guide's layout and a store's default are rows of dashboard_layouts
// (a guide's: guide_id set; a store default: guide_id NULL and store_id set), each saved
// with its `dashboard_layout_save` outbox entry in ONE transaction (docs/sync-api.md).
// Reading falls back: the guide's own layout, else the store's default (from the server),
// else the app's built-in default. Errors throw std::invalid_argument (InvalidLayout for a
// layout that does not parse).
#pragma once

#include "dashboardlayout.h"

#include <QString>
#include <functional>
#include <optional>

namespace gd::store {
class Database;
}
namespace gd::outbox {
class Outbox;
}

namespace gd::dashboard {

struct DashboardActor
{
    QString guideId;
    QString storeId;
    bool manager = false;
};

// Where the layout shown came from.
enum class LayoutSource
{
    Own,
    StoreDefault,
    BuiltIn
};

struct LoadedLayout
{
    DashboardLayout layout;
    LayoutSource source = LayoutSource::BuiltIn;
};

class DashboardLayoutWriter
{
public:
    DashboardLayoutWriter(store::Database &db, outbox::Outbox &outbox);

    void setActor(DashboardActor actor) { m_actor = std::move(actor); }
    [[nodiscard]] const DashboardActor &actor() const { return m_actor; }
    void setAfterWrite(std::function<void()> callback) { m_afterWrite = std::move(callback); }

    // The actor's own layout (scope "guide").
    void save(const DashboardLayout &layout);
    // The store's default layout (scope "store"); managers only.
    void saveStoreDefault(const DashboardLayout &layout);

    // What the actor's dashboard shows. A stored layout that no longer parses (written by a
    // newer app) is skipped for the next source, never overwritten by reading.
    [[nodiscard]] LoadedLayout load();
    [[nodiscard]] std::optional<DashboardLayout> storeDefault();

private:
    void write(const QString &id, const QString &scope, const DashboardLayout &layout);
    std::optional<DashboardLayout> readRow(const QString &id);

    store::Database &m_db;
    outbox::Outbox &m_outbox;
    DashboardActor m_actor;
    std::function<void()> m_afterWrite;
};

} // namespace gd::dashboard
