#include "customerbook.h"

#include <QQmlEngine>

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

} // namespace gd::ui
