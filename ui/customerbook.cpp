#include "customerbook.h"

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

void CustomerBook::storeChanged(const QStringList &tables)
{
    if (tables.contains(u"customers"_s))
        m_customers.refresh();
    // Pulled notes, or ours acknowledged (no longer pending): open note lists re-read.
    if (tables.contains(u"notes"_s))
        Q_EMIT notesChanged(QString());
}

} // namespace gd::ui
