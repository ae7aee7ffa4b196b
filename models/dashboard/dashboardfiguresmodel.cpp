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
    connect(&m_coalesce, &QTimer::timeout, this, &DashboardFiguresModel::read);
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
    // Orders change in bursts (mall orders, claims): they re-read the order figures only,
    // not the churn scoring of the whole book (850 ms at 18,000 customers).
    static const QStringList sources
        = { u"purchases"_s,     u"customers"_s,  u"guides"_s,      u"tags"_s,
            u"customer_tags"_s, u"tag_groups"_s, u"churn_models"_s };
    const bool others = tables.isEmpty()
        || std::any_of(tables.cbegin(), tables.cend(),
                       [](const QString &t) { return sources.contains(t); });
    if (others)
        m_fullNeeded = true;
    if (others || tables.contains(u"orders"_s))
        m_coalesce.start();
}

void DashboardFiguresModel::refresh()
{
    m_fullNeeded = true;
    read();
}

void DashboardFiguresModel::read()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    const QString guideId = m_guideId;
    const QDate day = today();
    const bool full = m_fullNeeded || !m_loaded || !m_error.isEmpty() || m_figures.day != day
        || m_figuresGuide != guideId;
    m_fullNeeded = false; // a change during this read asks for the next one
    const DashboardFigures previous = m_figures;
    if (!m_worker) {
        DashboardFigures figures;
        QString error;
        try {
            if (!*m_churn)
                *m_churn = std::make_unique<tasks::ChurnRevisitCandidates>(m_db);
            figures = full ? loadDashboardFigures(m_db, guideId, day, m_churn->get())
                           : withOrdersReread(m_db, guideId, previous);
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        apply(figures, guideId, error);
        return;
    }
    m_inFlight = true;
    Q_EMIT loadingChanged();
    m_worker->run<DashboardFigures>(
        this,
        [guideId, day, full, previous, scorer = m_churn](store::Database &db) {
            if (!full)
                return withOrdersReread(db, guideId, previous);
            if (!*scorer)
                *scorer = std::make_unique<tasks::ChurnRevisitCandidates>(db);
            return loadDashboardFigures(db, guideId, day, scorer->get());
        },
        [this, guideId](const DashboardFigures &figures, const QString &error) {
            m_inFlight = false;
            Q_EMIT loadingChanged();
            apply(figures, guideId, error);
            if (m_again) {
                m_again = false;
                read();
            }
        });
}

void DashboardFiguresModel::apply(const DashboardFigures &figures, const QString &guideId,
                                  const QString &error)
{
    m_error = error;
    if (error.isEmpty()) {
        m_figures = figures;
        m_figuresGuide = guideId;
    }
    m_loaded = true;
    Q_EMIT changed();
}

} // namespace gd::dashboard
