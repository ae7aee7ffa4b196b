#include "taskids.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace gd::tasks {

namespace {

// GuideDesk's own UUIDv5 namespace for generated tasks (a fixed random UUID: changing it
// would make every device generate a second copy of every task).
const QUuid &taskNamespace()
{
    static const QUuid ns(u"5c1f0b3e-8a47-4f7e-9d3a-2b6c81e4a9d0"_s);
    return ns;
}

} // namespace

QString generatedTaskId(const QString &kind, const QString &customerId, const QDate &day)
{
    const QString name = kind + u'|' + customerId + u'|' + day.toString(Qt::ISODate);
    return QUuid::createUuidV5(taskNamespace(), name).toString(QUuid::WithoutBraces);
}

} // namespace gd::tasks
