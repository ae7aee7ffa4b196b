#include "customerbook.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace gd::ui {

CustomerBook::CustomerBook(customers::CustomerRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_customers(&repository)
{ }

customers::CustomerProfile *CustomerBook::openProfile(const QString &customerId)
{
    auto *profile = new customers::CustomerProfile(m_repository, customerId);
    QQmlEngine::setObjectOwnership(profile, QQmlEngine::JavaScriptOwnership);
    return profile;
}

customers::NoteListModel *CustomerBook::openNotes(const QString &customerId)
{
    auto *notes = new customers::NoteListModel(m_repository, customerId);
    QQmlEngine::setObjectOwnership(notes, QQmlEngine::JavaScriptOwnership);
    return notes;
}

customers::TimelineModel *CustomerBook::openTimeline(const QString &customerId)
{
    if (!m_timelineStore)
        return nullptr;
    auto *timeline = new customers::TimelineModel(*m_timelineStore, customerId);
    QQmlEngine::setObjectOwnership(timeline, QQmlEngine::JavaScriptOwnership);
    return timeline;
}

QString CustomerBook::addNote(const QString &customerId, const QString &kind, const QString &body)
{
    if (!m_writer)
        return tr("This customer book is read-only.");
    if (body.trimmed().isEmpty())
        return tr("Write something first.");
    if (body.trimmed().size() > 10000)
        return tr("A note can hold at most 10,000 characters.");
    try {
        m_writer->addNote(customerId, kind, body);
    } catch (const std::exception &e) {
        return tr("The note was not saved: %1").arg(QString::fromUtf8(e.what()));
    }
    Q_EMIT notesChanged(customerId);
    return {};
}

QString CustomerBook::updateBasics(const QString &customerId, const QVariantMap &fields)
{
    static const QStringList basics
        = { u"name"_s,          u"nickname"_s,       u"gender"_s,       u"birthday_calendar"_s,
            u"birthday_year"_s, u"birthday_month"_s, u"birthday_day"_s, u"birthday_leap"_s,
            u"remark"_s };
    if (!m_writer)
        return tr("This customer book is read-only.");
    QJsonObject changes;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!basics.contains(it.key()))
            return tr("“%1” cannot be changed here.").arg(it.key());
        QJsonValue value = QJsonValue::fromVariant(it.value());
        if (value.isString() && it.key() != u"remark"_s)
            value = value.toString().simplified();
        changes.insert(it.key(), value);
    }
    if (changes.contains(u"name"_s) && changes.value(u"name"_s).toString().isEmpty())
        return tr("A customer needs a name.");
    try {
        m_writer->updateCustomer(customerId, changes);
    } catch (const std::exception &e) {
        return tr("The change was not saved: %1").arg(QString::fromUtf8(e.what()));
    }
    m_customers.refresh();
    Q_EMIT customerChanged(customerId);
    return {};
}

void CustomerBook::storeChanged(const QStringList &tables)
{
    if (tables.contains(u"customers"_s)) {
        m_customers.refresh();
        Q_EMIT customerChanged(QString());
    }
    // Pulled notes, or ours acknowledged (no longer pending): open note lists re-read.
    if (tables.contains(u"notes"_s))
        Q_EMIT notesChanged(QString());
}

} // namespace gd::ui
