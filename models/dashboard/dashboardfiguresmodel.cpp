#include "dashboardfiguresmodel.h"

#include "segments/segmentservice.h"
#include "tasks/churnrevisitcandidates.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace gd::dashboard {

namespace {

double yuan(qint64 cents)
{
    return double(cents) / 100.0;
}

} // namespace

DashboardFiguresModel::DashboardFiguresModel(store::Database &db, segments::SegmentService *worker,
                                             QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_worker(worker)
    , m_churn(std::make_shared<std::unique_ptr<tasks::ChurnRevisitCandidates>>())
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(200);
    connect(&m_coalesce, &QTimer::timeout, this, &DashboardFiguresModel::refresh);
}

DashboardFiguresModel::~DashboardFiguresModel() = default;

double DashboardFiguresModel::todaySales() const
{
    return yuan(m_figures.today.totalCents());
}

double DashboardFiguresModel::todayTarget() const
{
    return yuan(m_figures.targets.dailyCents);
}

double DashboardFiguresModel::monthSales() const
{
    return yuan(m_figures.month.totalCents());
}

double DashboardFiguresModel::monthTarget() const
{
    return yuan(m_figures.targets.monthlyCents);
}

double DashboardFiguresModel::todayOnline() const
{
    return yuan(m_figures.today.onlineCents);
}

double DashboardFiguresModel::monthOnline() const
{
    return yuan(m_figures.month.onlineCents);
}

double DashboardFiguresModel::atRiskValue() const
{
    return yuan(m_figures.atRiskValueCents);
}

QVariantList DashboardFiguresModel::lastDays() const
{
    QVariantList out;
    for (const DaySales &day : m_figures.lastDays) {
        out << QVariantMap { { u"day"_s, day.day.toString(Qt::ISODate) },
                             { u"inStore"_s, yuan(day.inStoreCents) },
                             { u"online"_s, yuan(day.onlineCents) },
                             { u"total"_s, yuan(day.totalCents()) } };
    }
    return out;
}

double DashboardFiguresModel::lastDaysMax() const
{
    qint64 most = 0;
    for (const DaySales &day : m_figures.lastDays)
        most = std::max(most, day.totalCents());
    return yuan(most);
}

void DashboardFiguresModel::setGuide(const QString &guideId)
{
    if (guideId == m_guideId && m_loaded)
        return;
    m_guideId = guideId;
    refresh();
}

void DashboardFiguresModel::setToday(const QDate &day)
{
    m_fixedToday = day;
    refresh();
}

QDate DashboardFiguresModel::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
}

void DashboardFiguresModel::storeChanged(const QStringList &tables)
{
    static const QStringList sources
        = { u"purchases"_s, u"orders"_s,        u"customers"_s,  u"guides"_s,
            u"tags"_s,      u"customer_tags"_s, u"tag_groups"_s, u"churn_models"_s };
    const bool relevant = tables.isEmpty()
        || std::any_of(tables.cbegin(), tables.cend(),
                       [](const QString &t) { return sources.contains(t); });
    if (relevant)
        m_coalesce.start();
}

void DashboardFiguresModel::refresh()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    const QString guideId = m_guideId;
    const QDate day = today();
    if (!m_worker) {
        DashboardFigures figures;
        QString error;
        try {
            if (!*m_churn)
                *m_churn = std::make_unique<tasks::ChurnRevisitCandidates>(m_db);
            figures = loadDashboardFigures(m_db, guideId, day, m_churn->get());
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        apply(figures, error);
        return;
    }
    m_inFlight = true;
    Q_EMIT loadingChanged();
    m_worker->run<DashboardFigures>(
        this,
        [guideId, day, scorer = m_churn](store::Database &db) {
            if (!*scorer)
                *scorer = std::make_unique<tasks::ChurnRevisitCandidates>(db);
            return loadDashboardFigures(db, guideId, day, scorer->get());
        },
        [this](const DashboardFigures &figures, const QString &error) {
            m_inFlight = false;
            Q_EMIT loadingChanged();
            apply(figures, error);
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void DashboardFiguresModel::apply(const DashboardFigures &figures, const QString &error)
{
    m_error = error;
    if (error.isEmpty())
        m_figures = figures;
    m_loaded = true;
    Q_EMIT changed();
}

} // namespace gd::dashboard
