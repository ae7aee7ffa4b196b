// What the quick-entry sheet works with: live duplicate suggestions, field-by-field checks
// and saving (customer, tags and outbox entries in one transaction, offline). The look-ups
// are two indexed queries, cheap enough to run on the GUI thread as the guide types.
#pragma once

#include "customers/taglistmodel.h"
#include "intake/duplicatefinder.h"
#include "intake/quickentry.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>
#include <functional>
#include <memory>

namespace gd::ui {

class QuickEntryController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(QString lastError READ lastError)
    // The tags a new customer may get (HQ tags, the guide's own): roles as TagListModel's.
    Q_PROPERTY(QAbstractListModel *tags READ tags NOTIFY tagsChanged)

public:
    QuickEntryController(store::Database &db, customers::CustomerWriter &writer,
                         QObject *parent = nullptr);
    ~QuickEntryController() override;

    [[nodiscard]] QAbstractListModel *tags() const;
    /// Reads the tag choices again (the dialog calls it on opening: the library may have
    /// been pulled, or another guide signed in, since).
    Q_INVOKABLE void reloadTags();
    /// The tag's name in the UI's language (English where the library has one).
    Q_INVOKABLE QString tagName(const QString &tagId, bool english) const;

    // Called after a customer was saved (the list re-reads).
    void setAfterSave(std::function<void()> callback) { m_afterSave = std::move(callback); }

    /// Existing customers the entry may be: [{id, name, phoneMasked, match}], match being
    /// "name_phone", "phone" or "name"; strongest first.
    Q_INVOKABLE QVariantList duplicates(const QString &name, const QString &phone);
    /// Problems by field ({"phone": "phone_wrong_shape", …}); empty when all is fine.
    /// `entry`: name, phone, gender ("", "F", "M"), birthdayLunar, birthdayYear (0: none),
    /// birthdayMonth (0: no birthday), birthdayDay, birthdayLeap, tagIds.
    Q_INVOKABLE QVariantMap check(const QVariantMap &entry);
    /// Saves; the new customer's id, or an empty string (see check() and lastError).
    Q_INVOKABLE QString save(const QVariantMap &entry);
    /// Why the last save() failed although check() was fine (the store refused), English.
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void tagsChanged();

private:
    store::Database &m_db;
    customers::CustomerWriter &m_writer;
    std::unique_ptr<customers::TagListModel> m_tags;
    intake::DuplicateFinder m_finder;
    intake::QuickEntry m_entry;
    std::function<void()> m_afterSave;
    QString m_lastError;
};

} // namespace gd::ui
