// Everything a page may need, handed to every page as one typed object so that the shell
// stays the same when a page is added.
#pragma once

#include "appinfo.h"
#include "coupondesk.h"
#include "customerbook.h"
#include "dashboard/dashboardfiguresmodel.h"
#include "dashboard/dashboardlayoutmodel.h"
#include "languagecontroller.h"
#include "orderdesk.h"
#include "segmentbook.h"
#include "sync/syncstatus.h"
#include "tagbook.h"
#include "taskboard.h"

#include <QObject>
#include <QtQmlIntegration>

namespace gd::ui {

class AppContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(gd::ui::CustomerBook *customerBook MEMBER m_customerBook CONSTANT)
    Q_PROPERTY(gd::ui::AppInfo *appInfo MEMBER m_appInfo CONSTANT)
    Q_PROPERTY(gd::ui::LanguageController *language MEMBER m_language CONSTANT)
    Q_PROPERTY(gd::sync::SyncStatus *syncStatus MEMBER m_syncStatus CONSTANT)
    Q_PROPERTY(gd::ui::TagBook *tagBook MEMBER m_tagBook CONSTANT)
    Q_PROPERTY(gd::ui::CouponDesk *coupons MEMBER m_coupons CONSTANT)
    // Set once before QML loads (null in tests of pages that do not need it).
    Q_PROPERTY(gd::ui::TaskBoard *taskBoard MEMBER m_taskBoard CONSTANT)
    // Null until the store is open (pages check); set once, before QML loads.
    Q_PROPERTY(gd::ui::SegmentBook *segmentBook MEMBER m_segmentBook CONSTANT)
    // Live orders (null in tests of pages that do not need it); set once, before QML loads.
    Q_PROPERTY(gd::ui::OrderDesk *orderDesk MEMBER m_orderDesk CONSTANT)
    // The Today page's dashboard: its widgets (and edit mode) and their figures. Null in
    // tests of pages that do not need them; set once, before QML loads.
    Q_PROPERTY(gd::dashboard::DashboardLayoutModel *dashboard MEMBER m_dashboard CONSTANT)
    Q_PROPERTY(
        gd::dashboard::DashboardFiguresModel *dashboardFigures MEMBER m_dashboardFigures CONSTANT)

public:
    AppContext(CustomerBook *customerBook, AppInfo *appInfo, LanguageController *language,
               sync::SyncStatus *syncStatus, CouponDesk *coupons = nullptr,
               QObject *parent = nullptr)
        : QObject(parent)
        , m_customerBook(customerBook)
        , m_appInfo(appInfo)
        , m_language(language)
        , m_syncStatus(syncStatus)
        , m_coupons(coupons)
    { }

    // Each area's object is set once by the composition root, before QML loads.
    void setTagBook(TagBook *tagBook) { m_tagBook = tagBook; }
    void setTaskBoard(TaskBoard *board) { m_taskBoard = board; }
    void setSegmentBook(SegmentBook *book) { m_segmentBook = book; }
    void setOrderDesk(OrderDesk *desk) { m_orderDesk = desk; }
    void setDashboard(dashboard::DashboardLayoutModel *layout,
                      dashboard::DashboardFiguresModel *figures)
    {
        m_dashboard = layout;
        m_dashboardFigures = figures;
    }

private:
    CustomerBook *m_customerBook;
    AppInfo *m_appInfo;
    LanguageController *m_language;
    sync::SyncStatus *m_syncStatus;
    TagBook *m_tagBook = nullptr;
    CouponDesk *m_coupons;
    TaskBoard *m_taskBoard = nullptr;
    SegmentBook *m_segmentBook = nullptr;
    OrderDesk *m_orderDesk = nullptr;
    dashboard::DashboardLayoutModel *m_dashboard = nullptr;
    dashboard::DashboardFiguresModel *m_dashboardFigures = nullptr;
};

} // namespace gd::ui
