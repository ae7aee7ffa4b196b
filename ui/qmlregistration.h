// The domain's models as QML types. They live in models/ and know nothing of QML; these
// foreign declarations register them here, in the QML module, instead.
#pragma once

#include "calendar/birthdaylistmodel.h"
#include "coupons/coupontemplatemodel.h"
#include "coupons/customercouponmodel.h"
#include "customers/customerlistmodel.h"
#include "customers/customerprofile.h"
#include "customers/customertimeline.h"
#include "customers/notelistmodel.h"
#include "dashboard/dashboardfiguresmodel.h"
#include "dashboard/dashboardlayoutmodel.h"
#include "orders/orderdetail.h"
#include "orders/orderlistmodel.h"
#include "segments/savedsegmentlistmodel.h"
#include "segments/segmenteditor.h"
#include "segments/segmentresultmodel.h"
#include "sync/syncstatus.h"
#include "tags/tagpickermodel.h"
#include "tags/tagreviewmodels.h"
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

struct TimelineModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::customers::TimelineModel)
    QML_NAMED_ELEMENT(TimelineModel)
    QML_UNCREATABLE("Built by the application")
};

struct NoteListModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::customers::NoteListModel)
    QML_NAMED_ELEMENT(NoteListModel)
    QML_UNCREATABLE("Built by the application")
};

struct CouponTemplateModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::coupons::CouponTemplateModel)
    QML_NAMED_ELEMENT(CouponTemplateModel)
    QML_UNCREATABLE("Built by the application")
};

struct CustomerCouponModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::coupons::CustomerCouponModel)
    QML_NAMED_ELEMENT(CustomerCouponModel)
    QML_UNCREATABLE("Built by the application")
};

struct SyncStatusForeign
{
    Q_GADGET
    QML_FOREIGN(gd::sync::SyncStatus)
    QML_NAMED_ELEMENT(SyncStatus)
    QML_UNCREATABLE("Built by the application")
};

struct TagPickerModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::tags::TagPickerModel)
    QML_NAMED_ELEMENT(TagPickerModel)
    QML_UNCREATABLE("Built by the application")
};

struct TagReviewListModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::tags::TagReviewListModel)
    QML_NAMED_ELEMENT(TagReviewListModel)
    QML_UNCREATABLE("A base of the review models")
};

struct StaleTagModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::tags::StaleTagModel)
    QML_NAMED_ELEMENT(StaleTagModel)
    QML_UNCREATABLE("Built by the application")
};

struct CoverageModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::tags::CoverageModel)
    QML_NAMED_ELEMENT(CoverageModel)
    QML_UNCREATABLE("Built by the application")
};

struct SizeMismatchModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::tags::SizeMismatchModel)
    QML_NAMED_ELEMENT(SizeMismatchModel)
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

struct OrderListModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::orders::OrderListModel)
    QML_NAMED_ELEMENT(OrderListModel)
    QML_UNCREATABLE("Built by the application")
};

struct OrderDetailForeign
{
    Q_GADGET
    QML_FOREIGN(gd::orders::OrderDetail)
    QML_NAMED_ELEMENT(OrderDetail)
    QML_UNCREATABLE("Built by the application")
};

struct DashboardLayoutModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::dashboard::DashboardLayoutModel)
    QML_NAMED_ELEMENT(DashboardLayoutModel)
    QML_UNCREATABLE("Built by the application")
};

struct DashboardFiguresModelForeign
{
    Q_GADGET
    QML_FOREIGN(gd::dashboard::DashboardFiguresModel)
    QML_NAMED_ELEMENT(DashboardFiguresModel)
    QML_UNCREATABLE("Built by the application")
};

} // namespace gd::ui
