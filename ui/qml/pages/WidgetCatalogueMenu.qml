import QtQuick
import QtQuick.Controls
import GuideDesk

// The dashboard's "Add widget" menu: the catalogue's widgets not on the dashboard yet.
Menu {
    id: menu
    property DashboardPlacement placement

    Repeater {
        model: menu.placement && menu.placement.layoutModel ? menu.placement.layoutModel.available : []
        delegate: MenuItem {
            id: entry
            required property string modelData
            readonly property WidgetCatalogueMenu catalogue: entry.menu as WidgetCatalogueMenu
            objectName: "add_" + entry.modelData
            text: entry.catalogue && entry.catalogue.placement ? entry.catalogue.placement.titleOf(entry.modelData) : ""
            implicitHeight: 44
            font.family: Theme.fontFamily
            onTriggered: entry.catalogue.placement.addKind(entry.modelData)
        }
    }
}
