import QtQuick
import GuideDesk

// The area the dashboard's tiles sit in; tiles find the grid's placement through it.
Item {
    property DashboardPlacement placement
}
