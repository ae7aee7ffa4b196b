#include "segmenteditor.h"

#include "churn/churnrisk.h"
#include "segmentqueries.h"
#include "segmentservice.h"

#include <climits>

using namespace Qt::StringLiterals;

namespace gd::segments {

namespace {

Condition listCondition(ConditionKind kind, const QStringList &values)
{
    Condition c;
    c.kind = kind;
    c.values = values;
    return c;
}

} // namespace

SegmentEditor::SegmentEditor(SegmentService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_today(QDate::currentDate())
{
    // Long enough to let a guide finish a tap sequence, short enough to feel live.
    m_debounce.setInterval(250);
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &SegmentEditor::startCount);
}

void SegmentEditor::setScope(const SegmentScope &scope)
{
    m_scope = scope;
    edited();
}

void SegmentEditor::setRiskBands(const QStringList &bands)
{
    QStringList known;
    for (const QString &band : bands) {
        if (churn::riskBandFromName(band) && !known.contains(band))
            known << band;
    }
    change(m_riskBands, known);
}

void SegmentEditor::setLevels(const QStringList &levels)
{
    QStringList known;
    for (const QString &level : levels) {
        if (memberLevels().contains(level) && !known.contains(level))
            known << level;
    }
    change(m_levels, known);
}

SegmentRule SegmentEditor::rule() const
{
    SegmentRule rule;
    if (!m_tagsAll.isEmpty())
        rule.conditions << listCondition(ConditionKind::TagsAll, m_tagsAll);
    if (!m_tagsAny.isEmpty())
        rule.conditions << listCondition(ConditionKind::TagsAny, m_tagsAny);
    if (!m_tagsNone.isEmpty())
        rule.conditions << listCondition(ConditionKind::TagsNone, m_tagsNone);
    if (!m_levels.isEmpty())
        rule.conditions << listCondition(ConditionKind::MemberLevel, m_levels);
    const QDate date = QDate::fromString(m_lastVisitDate, Qt::ISODate);
    if ((m_lastVisitMode == LastVisit::Before || m_lastVisitMode == LastVisit::After)
        && date.isValid()) {
        Condition c;
        c.kind = m_lastVisitMode == LastVisit::Before ? ConditionKind::LastVisitBefore
                                                      : ConditionKind::LastVisitAfter;
        c.date = date;
        rule.conditions << c;
    } else if (m_lastVisitMode == LastVisit::MoreThanDaysAgo && m_lastVisitDays >= 0) {
        Condition c;
        c.kind = ConditionKind::LastVisitDaysAgo;
        c.min = m_lastVisitDays;
        rule.conditions << c;
    }
    auto range = [&](ConditionKind kind, int min, int max, qint64 scale) {
        if (min < 0 && max < 0)
            return;
        Condition c;
        c.kind = kind;
        if (min >= 0)
            c.min = min * scale;
        if (max >= 0)
            c.max = max * scale;
        if (c.min && c.max && *c.min > *c.max)
            std::swap(c.min, c.max); // typed the bounds the wrong way round
        rule.conditions << c;
    };
    range(ConditionKind::SpendRange, m_spendMin, m_spendMax, 100);
    range(ConditionKind::VisitCountRange, m_visitsMin, m_visitsMax, 1);
    if (m_birthdayMonth >= 1 && m_birthdayMonth <= 12) {
        Condition c;
        c.kind = ConditionKind::BirthdayMonth;
        c.months = { m_birthdayMonth };
        rule.conditions << c;
    }
    if (!m_ownerGuideId.isEmpty())
        rule.conditions << listCondition(ConditionKind::OwnerGuide, { m_ownerGuideId });
    if (!m_riskBands.isEmpty())
        rule.conditions << listCondition(ConditionKind::RiskBand, m_riskBands);
    return rule;
}

QString SegmentEditor::ruleJson() const
{
    return rule().toJsonText();
}

bool SegmentEditor::loadRule(const QString &json)
{
    SegmentRule loaded;
    try {
        loaded = SegmentRule::fromJsonText(json);
    } catch (const InvalidRule &) {
        return false;
    }
    m_tagsAll.clear();
    m_tagsAny.clear();
    m_tagsNone.clear();
    m_levels.clear();
    m_lastVisitMode = LastVisit::Any;
    m_lastVisitDate.clear();
    m_spendMin = m_spendMax = m_visitsMin = m_visitsMax = -1;
    m_birthdayMonth = 0;
    m_ownerGuideId.clear();
    m_riskBands.clear();
    // The editor shows one condition of each kind; a hand-made rule with several of a kind
    // keeps the last one of it.
    for (const Condition &c : std::as_const(loaded.conditions)) {
        switch (c.kind) {
        case ConditionKind::TagsAll:
            m_tagsAll = c.values;
            break;
        case ConditionKind::TagsAny:
            m_tagsAny = c.values;
            break;
        case ConditionKind::TagsNone:
            m_tagsNone = c.values;
            break;
        case ConditionKind::MemberLevel:
            m_levels = c.values;
            break;
        case ConditionKind::LastVisitBefore:
        case ConditionKind::LastVisitAfter:
            m_lastVisitMode
                = c.kind == ConditionKind::LastVisitBefore ? LastVisit::Before : LastVisit::After;
            m_lastVisitDate = c.date.toString(Qt::ISODate);
            break;
        case ConditionKind::LastVisitDaysAgo:
            m_lastVisitMode = LastVisit::MoreThanDaysAgo;
            m_lastVisitDays = int(c.min.value_or(0));
            break;
        case ConditionKind::SpendRange:
            m_spendMin = c.min ? int(*c.min / 100) : -1;
            m_spendMax = c.max ? int(*c.max / 100) : -1;
            break;
        case ConditionKind::VisitCountRange:
            m_visitsMin = c.min ? int(*c.min) : -1;
            m_visitsMax = c.max ? int(*c.max) : -1;
            break;
        case ConditionKind::BirthdayMonth:
            m_birthdayMonth = c.months.value(0);
            break;
        case ConditionKind::OwnerGuide:
            m_ownerGuideId = c.values.value(0);
            break;
        case ConditionKind::RiskBand:
            m_riskBands = c.values;
            break;
        }
    }
    edited();
    return true;
}

void SegmentEditor::clear()
{
    loadRule(SegmentRule {}.toJsonText());
}

void SegmentEditor::recount()
{
    m_debounce.stop();
    startCount();
}

void SegmentEditor::edited()
{
    ++m_generation; // a count still running is for an older rule
    Q_EMIT ruleChanged();
    if (!m_counting) {
        m_counting = true;
        Q_EMIT countChanged();
    }
    m_debounce.start();
}

void SegmentEditor::startCount()
{
    const quint64 generation = ++m_generation;
    const SegmentRule rule = this->rule();
    const SegmentScope scope = m_scope;
    const QDate today = m_today;
    SegmentCache *cache = m_service.workerCache();
    m_counting = true;
    Q_EMIT countChanged();
    m_service.run<qint64>(
        this,
        [rule, scope, today, cache](store::Database &db) {
            SegmentQueries queries(db, cache);
            queries.setToday(today);
            return queries.count(rule, scope);
        },
        [this, generation](const qint64 &count, const QString &error) {
            if (generation != m_generation)
                return; // the rule changed meanwhile: its own count is on its way
            m_counting = false;
            m_count = error.isEmpty() ? int(std::min<qint64>(count, INT_MAX)) : -1;
            m_error = error;
            Q_EMIT countChanged();
        });
}

} // namespace gd::segments
