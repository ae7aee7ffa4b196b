// The domain's models as QML types. They live in models/ and know nothing of QML; these
// foreign declarations register them here, in the QML module, instead.
#pragma once

#include "calendar/birthdaylistmodel.h"
#include "customers/customerlistmodel.h"
#include "customers/customerprofile.h"
#include "customers/notelistmodel.h"
#include "sync/syncstatus.h"
#include "tasks/tasklistmodel.h"

#include <QtQml/qqml.h>

namespace gd::ui {

struct CustomerListModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::customers::CustomerListModel)
    QML_NAMED_ELEMENT(CustomerListModel)
    QML_UNCREATABLE("Built by the application")
};

struct CustomerProfileForeign
{
    Q_GADGET
    QML_FOREIGN(gd::customers::CustomerProfile)
    QML_NAMED_ELEMENT(CustomerProfile)
    QML_UNCREATABLE("Built by the application")
};

struct NoteListModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::customers::NoteListModel)
    QML_NAMED_ELEMENT(NoteListModel)
    QML_UNCREATABLE("Built by the application")
};

struct SyncStatusForeign
{
    Q_GADGET
    QML_FOREIGN(gd::sync::SyncStatus)
    QML_NAMED_ELEMENT(SyncStatus)
    QML_UNCREATABLE("Built by the application")
};

struct TaskListModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::tasks::TaskListModel)
    QML_NAMED_ELEMENT(TaskListModel)
    QML_UNCREATABLE("Built by the application")
};

struct BirthdayListModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::calendar::BirthdayListModel)
    QML_NAMED_ELEMENT(BirthdayListModel)
    QML_UNCREATABLE("Built by the application")
};

} // namespace gd::ui
