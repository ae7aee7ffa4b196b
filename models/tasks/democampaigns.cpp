#include "democampaigns.h"

#include "store/database.h"
#include "taskids.h"

#include <QList>
#include <QString>

using namespace Qt::StringLiterals;

namespace gd::tasks {

namespace {

struct DemoCampaign
{
    QString title; // HQ writes in Chinese: data, not UI text
    QString body;
    int target;
    int daysToDue; // from today; -1: the coming Friday
    int progressHint; // a guide's progress so far, to show a bar that moved
};

const QList<DemoCampaign> &campaigns()
{
    static const QList<DemoCampaign> list = {
        { u"周五前邀请 20 位会员开卡"_s, u"邀请到店顾客开通会员卡，开卡即送 50 元新人券。"_s, 20,
          -1, 7 },
        { u"向 VIP 顾客发送新季 Lookbook"_s,
          u"通过企业微信把新季 Lookbook 发给金卡及铂金卡顾客，附一句个人问候。"_s, 30, 10, 12 },
        { u"双十二预热：确认 10 位顾客到店试穿"_s, u"预约顾客在活动前到店试穿，记录尺码与偏好。"_s,
          10, 5, 2 },
    };
    return list;
}

} // namespace

int seedDemoCampaigns(store::Database &db, const QDate &today)
{
    QList<QString> stores;
    {
        auto q = db.prepare(u"SELECT id FROM stores WHERE deleted = 0 AND NOT EXISTS"
                            " (SELECT 1 FROM campaigns c WHERE c.store_id = stores.id)"_s);
        while (q->step())
            stores << q->text(0);
    }
    const QDate friday = today.addDays((5 - today.dayOfWeek() + 7) % 7);
    int written = 0;
    store::Transaction transaction(db);
    for (const QString &storeId : std::as_const(stores)) {
        for (qsizetype i = 0; i < campaigns().size(); ++i) {
            const DemoCampaign &c = campaigns().at(i);
            const QDate due = c.daysToDue < 0 ? friday : today.addDays(c.daysToDue);
            const QString campaignId = generatedTaskId(u"campaign"_s, storeId, today.addDays(-i));
            {
                auto insert = db.prepare(u"INSERT INTO campaigns (id, store_id, title, body,"
                                         " target_count, starts_on, due_on) VALUES (?, ?, ?, ?,"
                                         " ?, ?, ?)"_s);
                insert->bindAll(campaignId, storeId, c.title, c.body, c.target,
                                today.addDays(-3).toString(Qt::ISODate), due.toString(Qt::ISODate));
                insert->run();
            }
            auto guides = db.prepare(u"SELECT id, rowid FROM guides WHERE store_id = ? AND"
                                     " deleted = 0 AND active = 1 AND role = 'guide'"_s);
            guides->bind(1, storeId);
            while (guides->step()) {
                const QString guideId = guides->text(0);
                auto task = db.prepare(
                    u"INSERT INTO tasks (id, guide_id, campaign_id, kind, title, body, due_on,"
                    " progress, created_at) VALUES (?, ?, ?, 'campaign', ?, ?, ?, ?, ?)"_s);
                // Guides differ a little in how far they got.
                const int progress = c.progressHint * int(1 + guides->int64(1) % 3) / 2;
                task->bindAll(generatedTaskId(u"campaign"_s, campaignId + u'|' + guideId, today),
                              guideId, campaignId, c.title, c.body, due.toString(Qt::ISODate),
                              progress, today.addDays(-3).toString(Qt::ISODate));
                task->run();
            }
            ++written;
        }
    }
    transaction.commit();
    return written;
}

} // namespace gd::tasks
