#include "dashboardlayoutwriter.h"

#include "outbox/outbox.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace gd::dashboard {

namespace {

[[noreturn]] void refuse(const QString &why)
{
    throw std::invalid_argument(why.toStdString());
}

} // namespace

DashboardLayoutWriter::DashboardLayoutWriter(store::Database &db, outbox::Outbox &outbox)
    : m_db(db)
    , m_outbox(outbox)
{ }

void DashboardLayoutWriter::save(const DashboardLayout &layout)
{
    if (m_actor.guideId.isEmpty())
        refuse(u"Sign in to save a dashboard"_s);
    write(guideLayoutId(m_actor.guideId), u"guide"_s, layout);
}

void DashboardLayoutWriter::saveStoreDefault(const DashboardLayout &layout)
{
    if (m_actor.guideId.isEmpty() || m_actor.storeId.isEmpty())
        refuse(u"Sign in to save the store's dashboard"_s);
    if (!m_actor.manager)
        refuse(u"Only a manager saves the store's default dashboard"_s);
    write(storeDefaultLayoutId(m_actor.storeId), u"store"_s, layout);
}

void DashboardLayoutWriter::write(const QString &id, const QString &scope,
                                  const DashboardLayout &layout)
{
    // Through the parser again: whatever is stored is a layout the parser accepts.
    const QString json = DashboardLayout::fromJson(layout.toJson()).toJsonText();
    if (json.toUtf8().size() > DashboardLayout::maxJsonBytes)
        throw InvalidLayout("the layout is too large");
    const bool guideScope = scope == u"guide"_s;
    store::Transaction transaction(m_db);
    auto upsert = m_db.prepare(
        u"INSERT INTO dashboard_layouts (id, guide_id, store_id, layout_json) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET layout_json = excluded.layout_json, deleted = 0,"
        " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"_s);
    upsert->bind(1, id);
    if (guideScope)
        upsert->bind(2, m_actor.guideId);
    else
        upsert->bindNull(2);
    if (m_actor.storeId.isEmpty())
        upsert->bindNull(3);
    else
        upsert->bind(3, m_actor.storeId);
    upsert->bind(4, json);
    upsert->run();
    m_outbox.append(
        u"dashboard_layout_save"_s,
        QJsonObject { { u"id"_s, id }, { u"scope"_s, scope }, { u"layout_json"_s, json } },
        { { u"dashboard_layouts"_s, id } });
    transaction.commit();
    if (m_afterWrite)
        m_afterWrite();
}

std::optional<DashboardLayout> DashboardLayoutWriter::readRow(const QString &id)
{
    QString json;
    {
        auto q = m_db.prepare(
            u"SELECT layout_json FROM dashboard_layouts WHERE id = ? AND deleted = 0"_s);
        q->bind(1, id);
        if (!q->step())
            return std::nullopt;
        json = q->text(0);
    }
    try {
        return DashboardLayout::fromJsonText(json);
    } catch (const InvalidLayout &) {
        return std::nullopt;
    }
}

std::optional<DashboardLayout> DashboardLayoutWriter::storeDefault()
{
    if (m_actor.storeId.isEmpty())
        return std::nullopt;
    return readRow(storeDefaultLayoutId(m_actor.storeId));
}

LoadedLayout DashboardLayoutWriter::load()
{
    if (!m_actor.guideId.isEmpty()) {
        if (auto own = readRow(guideLayoutId(m_actor.guideId)))
            return { *own, LayoutSource::Own };
    }
    if (auto store = storeDefault())
        return { *store, LayoutSource::StoreDefault };
    return { DashboardLayout::builtInDefault(), LayoutSource::BuiltIn };
}

} // namespace gd::dashboard
