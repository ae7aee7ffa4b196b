// Everything a page may need, handed to every page as one typed object so that the shell
// stays the same when a page is added.
#pragma once

#include "appinfo.h"
#include "customerbook.h"
#include "languagecontroller.h"
#include "segmentbook.h"
#include "sync/syncstatus.h"

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
    // Null until the store is open (pages check); set once, before QML loads.
    Q_PROPERTY(gd::ui::SegmentBook *segmentBook MEMBER m_segmentBook CONSTANT)

public:
    AppContext(CustomerBook *customerBook, AppInfo *appInfo, LanguageController *language,
               sync::SyncStatus *syncStatus, QObject *parent = nullptr)
        : QObject(parent)
        , m_customerBook(customerBook)
        , m_appInfo(appInfo)
        , m_language(language)
        , m_syncStatus(syncStatus)
    { }

    void setSegmentBook(SegmentBook *book) { m_segmentBook = book; }

private:
    CustomerBook *m_customerBook;
    AppInfo *m_appInfo;
    LanguageController *m_language;
    sync::SyncStatus *m_syncStatus;
    SegmentBook *m_segmentBook = nullptr;
};

} // namespace gd::ui
