// The domain's models as QML types. They live in models/ and know nothing of QML; these
// foreign declarations register them here, in the QML module, instead.
#pragma once

#include "customers/customerlistmodel.h"
#include "customers/customerprofile.h"
#include "customers/notelistmodel.h"
#include "segments/savedsegmentlistmodel.h"
#include "segments/segmenteditor.h"
#include "segments/segmentresultmodel.h"
#include "sync/syncstatus.h"

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

struct SegmentEditorForeign
{
    Q_GADGET
    QML_FOREIGN(gd::segments::SegmentEditor)
    QML_NAMED_ELEMENT(SegmentEditor)
    QML_UNCREATABLE("Built by the application")
};

struct SegmentResultModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::segments::SegmentResultModel)
    QML_NAMED_ELEMENT(SegmentResultModel)
    QML_UNCREATABLE("Built by the application")
};

struct SavedSegmentListModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::segments::SavedSegmentListModel)
    QML_NAMED_ELEMENT(SavedSegmentListModel)
    QML_UNCREATABLE("Built by the application")
};

} // namespace gd::ui
