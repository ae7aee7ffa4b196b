#include "dashboardmutations.h"

#include "changelog.h"
#include "dashboard/dashboardlayout.h"
#include "mutationapplier.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace gd::server::core {

void applyDashboardLayoutSave(store::Database &db, ChangeLog &changes,
                              const AuthenticatedUser &user, const QJsonObject &args)
{
    const QString id = requireId(args, u"id"_s);
    const QString scope = args.value(u"scope"_s).toString();
    if (scope != u"guide"_s && scope != u"store"_s)
        throw MutationRejected(u"bad_request"_s, u"scope must be \"guide\" or \"store\"."_s);
    const QJsonValue json = args.value(u"layout_json"_s);
    if (!json.isString())
        throw MutationRejected(u"bad_request"_s, u"layout_json must be a string."_s);
    QString layout;
    try {
        layout = dashboard::DashboardLayout::fromJsonText(json.toString()).toJsonText();
    } catch (const dashboard::InvalidLayout &e) {
        throw MutationRejected(u"bad_request"_s,
                               u"layout_json: %1."_s.arg(QString::fromUtf8(e.what())));
    }
    const bool guideScope = scope == u"guide"_s;
    if (!guideScope && !user.isManager())
        throw MutationRejected(u"forbidden"_s,
                               u"Only a manager saves the store's default dashboard."_s);
    const QString expected = guideScope ? dashboard::guideLayoutId(user.guideId)
                                        : dashboard::storeDefaultLayoutId(user.storeId);
    if (id != expected)
        throw MutationRejected(u"forbidden"_s,
                               guideScope ? u"A guide saves only their own dashboard."_s
                                          : u"A manager saves only their own store's default."_s);
    auto upsert = db.prepare(
        u"INSERT INTO dashboard_layouts (id, guide_id, store_id, layout_json) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET layout_json = excluded.layout_json, deleted = 0"_s);
    upsert->bind(1, id);
    if (guideScope)
        upsert->bind(2, user.guideId);
    else
        upsert->bindNull(2);
    upsert->bind(3, user.storeId);
    upsert->bind(4, layout);
    upsert->run();
    changes.touch(u"dashboard_layouts"_s, id);
}

} // namespace gd::server::core
