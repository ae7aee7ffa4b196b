#include "churnfitter.h"

#include "authenticator.h"
#include "changelog.h"
#include "churn/churnmodelrow.h"
#include "churn/churnscorer.h"
#include "jsonresponse.h"
#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using Status = QHttpServerResponse::StatusCode;

Q_LOGGING_CATEGORY(lcChurnFit, "guidedesk.server.churn")

namespace gd::server::core {

namespace {

QJsonObject describe(const QString &storeId, const churn::ChurnModel &m)
{
    QJsonObject out { { u"store_id"_s, storeId },
                      { u"time_unit"_s, u"days"_s },
                      { u"r"_s, m.bgNbd.r },
                      { u"alpha"_s, m.bgNbd.alpha },
                      { u"a"_s, m.bgNbd.a },
                      { u"b"_s, m.bgNbd.b },
                      { u"log_likelihood"_s, m.logLikelihood },
                      { u"customers"_s, m.customers },
                      { u"repeat_customers"_s, m.repeatCustomers },
                      { u"fallback"_s, churn::fallbackCauseName(m.fallback) } };
    if (m.hasSpendModel)
        out.insert(
            u"gamma_gamma"_s,
            QJsonObject { { u"p"_s, m.spend.p }, { u"q"_s, m.spend.q }, { u"v"_s, m.spend.v } });
    return out;
}

} // namespace

ChurnFitter::ChurnFitter(store::Database &db, ChangeLog &changes, Authenticator &auth)
    : m_db(db)
    , m_changes(changes)
    , m_auth(auth)
    , m_today([] { return QDateTime::currentDateTimeUtc().date(); })
{
    connect(&m_timer, &QTimer::timeout, this, [this] { fitAllStores(m_today()); });
}

QJsonObject ChurnFitter::fitStore(const QString &storeId, QDate today)
{
    const QList<churn::BookCustomer> book = churn::ChurnScorer(m_db).readStore(storeId, today);
    QList<churn::CustomerSummary> summaries;
    summaries.reserve(book.size());
    for (const churn::BookCustomer &c : book)
        summaries.append(c.summary);
    QString error;
    const auto model = churn::fitChurnModel(summaries, churn::TimeUnit::Days, &error);
    if (!model) {
        qCInfo(lcChurnFit, "store %s: no churn model (%s)", qPrintable(storeId), qPrintable(error));
        return {};
    }
    store::Transaction transaction(m_db);
    churn::writeChurnModel(m_db, storeId, *model);
    m_changes.touch(u"churn_models"_s, churn::churnModelRowId(storeId));
    transaction.commit();
    qCInfo(lcChurnFit, "store %s: churn model on %d customers, fallback %s", qPrintable(storeId),
           model->customers, qPrintable(churn::fallbackCauseName(model->fallback)));
    return describe(storeId, *model);
}

int ChurnFitter::fitAllStores(QDate today)
{
    QStringList stores;
    {
        auto q = m_db.prepare(u"SELECT id FROM stores WHERE deleted = 0 ORDER BY id"_s);
        while (q->step())
            stores << q->text(0);
    }
    int written = 0;
    for (const QString &store : std::as_const(stores))
        written += fitStore(store, today).isEmpty() ? 0 : 1;
    return written;
}

void ChurnFitter::startSchedule(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void ChurnFitter::registerRoutes(QHttpServer &server)
{
    server.route(u"/api/v1/churn/fit"_s, QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) {
                     auto user = m_auth.authenticate(request);
                     if (auto *error = std::get_if<QHttpServerResponse>(&user))
                         return std::move(*error);
                     const AuthenticatedUser &who = std::get<AuthenticatedUser>(user);
                     if (!who.isManager())
                         return jsonError(Status::Forbidden, u"forbidden"_s,
                                          u"Only a store manager can refit the churn model."_s);
                     const QJsonObject fitted = fitStore(who.storeId, m_today());
                     if (fitted.isEmpty())
                         return jsonError(Status::Conflict, u"no_data"_s,
                                          u"The store has no customer with a purchase yet."_s);
                     return jsonReply(fitted);
                 });
}

} // namespace gd::server::core
