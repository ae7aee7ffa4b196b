// The rule a guide is building on the Segments page, one property per part of the rule,
// and its live count: every change restarts a short debounce, then the count runs on the
// segment worker (never on the GUI thread); a count that comes back after a newer change
// is dropped. Numbers below 0 mean "not set".
#pragma once

#include "segmentquery.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace gd::segments {

class SegmentService;

class SegmentEditor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QStringList tagsAll READ tagsAll WRITE setTagsAll NOTIFY ruleChanged)
    Q_PROPERTY(QStringList tagsAny READ tagsAny WRITE setTagsAny NOTIFY ruleChanged)
    Q_PROPERTY(QStringList tagsNone READ tagsNone WRITE setTagsNone NOTIFY ruleChanged)
    Q_PROPERTY(QStringList levels READ levels WRITE setLevels NOTIFY ruleChanged)
    Q_PROPERTY(LastVisit lastVisitMode READ lastVisitMode WRITE setLastVisitMode NOTIFY ruleChanged)
    Q_PROPERTY(QString lastVisitDate READ lastVisitDate WRITE setLastVisitDate NOTIFY ruleChanged)
    Q_PROPERTY(int lastVisitDays READ lastVisitDays WRITE setLastVisitDays NOTIFY ruleChanged)
    Q_PROPERTY(int spendMinYuan READ spendMinYuan WRITE setSpendMinYuan NOTIFY ruleChanged)
    Q_PROPERTY(int spendMaxYuan READ spendMaxYuan WRITE setSpendMaxYuan NOTIFY ruleChanged)
    Q_PROPERTY(int visitsMin READ visitsMin WRITE setVisitsMin NOTIFY ruleChanged)
    Q_PROPERTY(int visitsMax READ visitsMax WRITE setVisitsMax NOTIFY ruleChanged)
    Q_PROPERTY(int birthdayMonth READ birthdayMonth WRITE setBirthdayMonth NOTIFY ruleChanged)
    Q_PROPERTY(QString ownerGuideId READ ownerGuideId WRITE setOwnerGuideId NOTIFY ruleChanged)
    Q_PROPERTY(int conditionCount READ conditionCount NOTIFY ruleChanged)
    // -1 while unknown (an error, or before the first count). int: QML has no 64-bit int.
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool counting READ counting NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)
    // Churn-risk bands ("low", "medium", "high"; any of them), scored on the worker.
    Q_PROPERTY(QStringList riskBands READ riskBands WRITE setRiskBands NOTIFY ruleChanged)

public:
    enum class LastVisit
    {
        Any,
        Before,
        After,
        MoreThanDaysAgo
    };
    Q_ENUM(LastVisit)

    SegmentEditor(SegmentService &service, QObject *parent = nullptr);

    void setScope(const SegmentScope &scope);
    [[nodiscard]] const SegmentScope &scope() const { return m_scope; }
    // For unit testing: the day "more than N days ago" counts from; and the debounce.
    void setToday(const QDate &today) { m_today = today; }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

    [[nodiscard]] SegmentRule rule() const;
    /// The rule as JSON text (what a saved segment stores).
    Q_INVOKABLE QString ruleJson() const;
    /// Replaces the rule with a saved one; returns false (rule unchanged) for junk.
    Q_INVOKABLE bool loadRule(const QString &json);
    /// Back to "every customer".
    Q_INVOKABLE void clear();
    /// Counts again now (after the store changed).
    Q_INVOKABLE void recount();

    [[nodiscard]] QStringList tagsAll() const { return m_tagsAll; }
    void setTagsAll(const QStringList &tags) { change(m_tagsAll, tags); }
    [[nodiscard]] QStringList tagsAny() const { return m_tagsAny; }
    void setTagsAny(const QStringList &tags) { change(m_tagsAny, tags); }
    [[nodiscard]] QStringList tagsNone() const { return m_tagsNone; }
    void setTagsNone(const QStringList &tags) { change(m_tagsNone, tags); }
    [[nodiscard]] QStringList levels() const { return m_levels; }
    void setLevels(const QStringList &levels);
    [[nodiscard]] LastVisit lastVisitMode() const { return m_lastVisitMode; }
    void setLastVisitMode(LastVisit mode) { change(m_lastVisitMode, mode); }
    [[nodiscard]] QString lastVisitDate() const { return m_lastVisitDate; }
    void setLastVisitDate(const QString &date) { change(m_lastVisitDate, date); }
    [[nodiscard]] int lastVisitDays() const { return m_lastVisitDays; }
    void setLastVisitDays(int days) { change(m_lastVisitDays, days); }
    [[nodiscard]] int spendMinYuan() const { return m_spendMin; }
    void setSpendMinYuan(int yuan) { change(m_spendMin, yuan); }
    [[nodiscard]] int spendMaxYuan() const { return m_spendMax; }
    void setSpendMaxYuan(int yuan) { change(m_spendMax, yuan); }
    [[nodiscard]] int visitsMin() const { return m_visitsMin; }
    void setVisitsMin(int visits) { change(m_visitsMin, visits); }
    [[nodiscard]] int visitsMax() const { return m_visitsMax; }
    void setVisitsMax(int visits) { change(m_visitsMax, visits); }
    [[nodiscard]] int birthdayMonth() const { return m_birthdayMonth; }
    void setBirthdayMonth(int month) { change(m_birthdayMonth, month); }
    [[nodiscard]] QString ownerGuideId() const { return m_ownerGuideId; }
    void setOwnerGuideId(const QString &id) { change(m_ownerGuideId, id); }
    [[nodiscard]] int conditionCount() const { return int(rule().conditions.size()); }

    [[nodiscard]] int count() const { return m_count; }
    [[nodiscard]] bool counting() const { return m_counting; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QStringList riskBands() const { return m_riskBands; }
    void setRiskBands(const QStringList &bands);

Q_SIGNALS:
    void ruleChanged();
    void countChanged();

private:
    template<typename T> void change(T &field, const T &value)
    {
        if (field == value)
            return;
        field = value;
        edited();
    }
    void edited();
    void startCount();

    SegmentService &m_service;
    SegmentScope m_scope;
    QDate m_today;
    QTimer m_debounce;
    QStringList m_tagsAll, m_tagsAny, m_tagsNone, m_levels;
    LastVisit m_lastVisitMode = LastVisit::Any;
    QString m_lastVisitDate;
    int m_lastVisitDays = 90;
    int m_spendMin = -1, m_spendMax = -1, m_visitsMin = -1, m_visitsMax = -1;
    int m_birthdayMonth = 0;
    QString m_ownerGuideId;
    QStringList m_riskBands;
    int m_count = -1;
    bool m_counting = false;
    QString m_error;
    quint64 m_generation = 0;
};

} // namespace gd::segments
