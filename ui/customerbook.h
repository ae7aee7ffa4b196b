// What the Customers page works with: the list and a way to open one customer's profile.
// Holds no state of its own beyond the list model; the repository is the app's.
#pragma once

#include "customers/customerlistmodel.h"
#include "customers/customerprofile.h"

#include <QObject>
#include <QtQmlIntegration>

namespace gd::ui {

class CustomerBook : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(gd::customers::CustomerListModel *customers READ customers CONSTANT)

public:
    CustomerBook(customers::CustomerRepository &repository, QObject *parent = nullptr);

    [[nodiscard]] customers::CustomerListModel *customers() { return &m_customers; }

    /// A new profile object for the customer (owned by the caller: QML's garbage collector).
    Q_INVOKABLE gd::customers::CustomerProfile *openProfile(const QString &customerId);

private:
    customers::CustomerRepository &m_repository;
    customers::CustomerListModel m_customers;
};

} // namespace gd::ui
