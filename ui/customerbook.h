// What the Customers page works with: the list and a way to open one customer's profile.
// Holds no state of its own beyond the list model; the repository is the app's.
#pragma once

#include "customers/customerlistmodel.h"
#include "customers/customerprofile.h"
#include "customers/customertimeline.h"
#include "customers/customerwriter.h"
#include "customers/notelistmodel.h"
#include "importcontroller.h"
#include "quickentrycontroller.h"

#include <QObject>
#include <QtQmlIntegration>

namespace gd::ui {

class CustomerBook : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(gd::customers::CustomerListModel *customers READ customers CONSTANT)
    Q_PROPERTY(bool canWrite READ canWrite CONSTANT)
    // New customers at the counter; null when the book is read-only. Set before QML loads.
    Q_PROPERTY(gd::ui::QuickEntryController *quickEntry MEMBER m_quickEntry CONSTANT)
    // The CSV import; null when the book is read-only. Set before QML loads.
    Q_PROPERTY(gd::ui::ImportController *importer MEMBER m_importer CONSTANT)

public:
    CustomerBook(customers::CustomerRepository &repository, QObject *parent = nullptr);

    [[nodiscard]] customers::CustomerListModel *customers() { return &m_customers; }

    /// A new profile object for the customer (owned by the caller: QML's garbage collector).
    Q_INVOKABLE gd::customers::CustomerProfile *openProfile(const QString &customerId);
    /// The customer's notes, newest first (owned by the caller: QML's garbage collector).
    Q_INVOKABLE gd::customers::NoteListModel *openNotes(const QString &customerId);
    /// Notes, tags, coupons and orders of the customer, newest first (owned by QML); null
    /// without a store (tests of the list alone).
    Q_INVOKABLE gd::customers::TimelineModel *openTimeline(const QString &customerId);
    void setTimelineStore(store::Database *db) { m_timelineStore = db; }

    // Local changes go through the writer (store + outbox in one transaction). Without one
    // (tests of the list alone) the book is read-only.
    void setWriter(customers::CustomerWriter *writer) { m_writer = writer; }
    [[nodiscard]] bool canWrite() const { return m_writer != nullptr; }
    void setQuickEntry(QuickEntryController *quickEntry) { m_quickEntry = quickEntry; }
    void setImporter(ImportController *importer) { m_importer = importer; }

    /// Saves a note on the customer (kind: visit, wechat, call, other). Returns an empty
    /// string on success, else why it was not saved (for the user).
    Q_INVOKABLE QString addNote(const QString &customerId, const QString &kind,
                                const QString &body);

    /// Changes the customer's basics (name, nickname, gender, birthday_*, remark). Only the
    /// given fields change. Returns an empty string on success, else why not (for the user).
    Q_INVOKABLE QString updateBasics(const QString &customerId, const QVariantMap &fields);

public Q_SLOTS:
    // The store changed underneath (a pull): re-read what is shown.
    void storeChanged(const QStringList &tables);

Q_SIGNALS:
    // Notes of this customer changed (empty id: of any customer).
    void notesChanged(const QString &customerId);
    // The customer's own fields changed here or by a sync (empty id: any customer's).
    void customerChanged(const QString &customerId);

private:
    customers::CustomerRepository &m_repository;
    customers::CustomerListModel m_customers;
    customers::CustomerWriter *m_writer = nullptr;
    store::Database *m_timelineStore = nullptr;
    QuickEntryController *m_quickEntry = nullptr;
    ImportController *m_importer = nullptr;
};

} // namespace gd::ui
