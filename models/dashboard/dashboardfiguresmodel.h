// The dashboard's figures for QML: one guide's sales against target, the 14-day chart, the
// orders waiting, at-risk customers, tag coverage and new members. Read on the store's
// worker (its own thread and connection) when one is given, so that scoring the book for
// churn risk never holds up a frame; re-read when the tables they come from change.
#pragma once

#include "dashboardfigures.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <memory>

namespace gd::segments {
class SegmentService;
}
namespace gd::tasks {
class ChurnRevisitCandidates;
}

namespace gd::dashboard {

class DashboardFiguresModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(double todaySales READ todaySales NOTIFY changed) // yuan
    Q_PROPERTY(double todayTarget READ todayTarget NOTIFY changed)
    Q_PROPERTY(double monthSales READ monthSales NOTIFY changed)
    Q_PROPERTY(double monthTarget READ monthTarget NOTIFY changed)
    Q_PROPERTY(double todayOnline READ todayOnline NOTIFY changed)
    Q_PROPERTY(double monthOnline READ monthOnline NOTIFY changed)
    // [{day: Date-as-ISO-text, inStore: yuan, online: yuan, total: yuan}], oldest first.
    Q_PROPERTY(QVariantList lastDays READ lastDays NOTIFY changed)
    Q_PROPERTY(double lastDaysMax READ lastDaysMax NOTIFY changed)
    Q_PROPERTY(bool hasOrders READ hasOrders NOTIFY changed)
    Q_PROPERTY(int ordersWaiting READ ordersWaiting NOTIFY changed)
    Q_PROPERTY(QString oldestWaitingSince READ oldestWaitingSince NOTIFY changed)
    Q_PROPERTY(bool hasChurnModel READ hasChurnModel NOTIFY changed)
    Q_PROPERTY(int atRiskCount READ atRiskCount NOTIFY changed)
    Q_PROPERTY(double atRiskValue READ atRiskValue NOTIFY changed)
    Q_PROPERTY(QStringList atRiskNames READ atRiskNames NOTIFY changed)
    Q_PROPERTY(int tagGroups READ tagGroups NOTIFY changed)
    Q_PROPERTY(int bookSize READ bookSize NOTIFY changed)
    Q_PROPERTY(int coveragePercent READ coveragePercent NOTIFY changed)
    Q_PROPERTY(QString weakestGroup READ weakestGroup NOTIFY changed)
    Q_PROPERTY(QString weakestGroupEn READ weakestGroupEn NOTIFY changed)
    Q_PROPERTY(int newMembersMonth READ newMembersMonth NOTIFY changed)
    Q_PROPERTY(int newMembersToday READ newMembersToday NOTIFY changed)

public:
    // `worker` may be null: the figures are then read on this thread, from `db`.
    DashboardFiguresModel(store::Database &db, segments::SegmentService *worker,
                          QObject *parent = nullptr);
    ~DashboardFiguresModel() override;

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool loading() const { return m_inFlight; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] const DashboardFigures &figures() const { return m_figures; }
    [[nodiscard]] double todaySales() const;
    [[nodiscard]] double todayTarget() const;
    [[nodiscard]] double monthSales() const;
    [[nodiscard]] double monthTarget() const;
    [[nodiscard]] double todayOnline() const;
    [[nodiscard]] double monthOnline() const;
    [[nodiscard]] QVariantList lastDays() const;
    [[nodiscard]] double lastDaysMax() const;
    [[nodiscard]] bool hasOrders() const { return m_figures.hasOrders; }
    [[nodiscard]] int ordersWaiting() const { return m_figures.ordersWaiting; }
    [[nodiscard]] QString oldestWaitingSince() const { return m_figures.oldestWaitingSince; }
    [[nodiscard]] bool hasChurnModel() const { return m_figures.hasChurnModel; }
    [[nodiscard]] int atRiskCount() const { return m_figures.atRiskCount; }
    [[nodiscard]] double atRiskValue() const;
    [[nodiscard]] QStringList atRiskNames() const { return m_figures.atRiskNames; }
    [[nodiscard]] int tagGroups() const { return m_figures.tagGroups; }
    [[nodiscard]] int bookSize() const { return m_figures.bookSize; }
    [[nodiscard]] int coveragePercent() const { return m_figures.coveragePercent; }
    [[nodiscard]] QString weakestGroup() const { return m_figures.weakestGroup; }
    [[nodiscard]] QString weakestGroupEn() const { return m_figures.weakestGroupEn; }
    [[nodiscard]] int newMembersMonth() const { return m_figures.newMembersMonth; }
    [[nodiscard]] int newMembersToday() const { return m_figures.newMembersToday; }

    void setGuide(const QString &guideId);
    // For tests: the day the figures are for (default: today, followed at midnight).
    void setToday(const QDate &day);

    /// Reads the figures again, all of them.
    Q_INVOKABLE void refresh();

public Q_SLOTS:
    void storeChanged(const QStringList &tables);

Q_SIGNALS:
    void changed();
    void loadingChanged();

private:
    [[nodiscard]] QDate today() const;
    // A read after store changes: only the order figures when only orders changed.
    void read();
    void apply(const DashboardFigures &figures, const QString &guideId, const QString &error);

    store::Database &m_db;
    segments::SegmentService *m_worker;
    QString m_guideId;
    QDate m_fixedToday;
    DashboardFigures m_figures;
    QString m_error;
    bool m_loaded = false;
    bool m_inFlight = false;
    bool m_again = false; // a refresh was asked for while one ran
    bool m_fullNeeded = true; // something besides orders changed since the last full read
    QString m_figuresGuide; // whose figures m_figures are
    QTimer m_coalesce; // many table changes in a burst (a pull) → one read
    // The churn scorer of the connection the reads run on (the worker's, or m_db), made by
    // the first read and kept: a model fitted on the device is fitted once a day, not once
    // a read. Only the thread of that connection touches it.
    std::shared_ptr<std::unique_ptr<tasks::ChurnRevisitCandidates>> m_churn;
};

} // namespace gd::dashboard
