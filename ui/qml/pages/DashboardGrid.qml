import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// The guide's dashboard: the widgets they chose, in a grid of cells (4 columns, 2 on a
// narrow screen), packed in reading order; "Customize" enters edit mode (add from the
// catalogue, remove with undo, resize, drag or Ctrl+arrows to reorder, reset to the store's
// default, done/cancel). The layout is saved per guide and synced.
ColumnLayout {
    id: grid
    required property AppContext context
    readonly property DashboardLayoutModel layoutModel: grid.context ? grid.context.dashboard : null
    readonly property DashboardFiguresModel figures: grid.context ? grid.context.dashboardFigures : null
    readonly property bool editing: grid.layoutModel !== null && grid.layoutModel.editing
    property string message: ""
    spacing: Theme.spacing

    function finish() {
        grid.message = grid.layoutModel.finishEditing()
    }

    DashboardPlacement {
        id: packing
        layoutModel: grid.layoutModel
        context: grid.context
        repeater: repeater
        width: grid.width
    }

    property alias catalogue: catalogue

    Text {
        Layout.fillWidth: true
        visible: grid.editing
        text: qsTr("Arrange your dashboard: drag a widget, or focus it and use Ctrl+arrows, + / − and Delete.")
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    // The actions wrap onto a second line where the column is narrow.
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Button {
            objectName: "customizeDashboard"
            visible: !grid.editing
            enabled: grid.layoutModel !== null
            text: qsTr("Customize")
            implicitHeight: 44
            flat: true
            font.family: Theme.fontFamily
            font.capitalization: Font.MixedCase
            onClicked: grid.layoutModel.startEditing()
        }
        Button {
            id: addButton
            objectName: "addWidget"
            visible: grid.editing
            enabled: grid.layoutModel !== null && grid.layoutModel.available.length > 0
            text: qsTr("Add widget")
            implicitHeight: 44
            font.family: Theme.fontFamily
            font.capitalization: Font.MixedCase
            onClicked: catalogue.open()
            WidgetCatalogueMenu {
                id: catalogue
                objectName: "widgetCatalogue"
                y: addButton.height
                placement: packing
            }
        }
        Button {
            objectName: "undoRemove"
            visible: grid.editing && grid.layoutModel.canUndo
            text: qsTr("Undo remove")
            implicitHeight: 44
            flat: true
            font.family: Theme.fontFamily
            font.capitalization: Font.MixedCase
            onClicked: grid.layoutModel.undoRemove()
        }
        Button {
            objectName: "resetDashboard"
            visible: grid.editing
            text: qsTr("Store default")
            implicitHeight: 44
            flat: true
            font.family: Theme.fontFamily
            font.capitalization: Font.MixedCase
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Reset to the store's default layout")
            onClicked: grid.layoutModel.resetToStoreDefault()
        }
        Button {
            objectName: "saveStoreDefault"
            visible: grid.editing && grid.layoutModel.manager
            text: qsTr("Save as store default")
            implicitHeight: 44
            flat: true
            font.family: Theme.fontFamily
            font.capitalization: Font.MixedCase
            onClicked: grid.message = grid.layoutModel.saveAsStoreDefault()
        }
        Button {
            objectName: "cancelDashboard"
            visible: grid.editing
            text: qsTr("Cancel")
            implicitHeight: 44
            flat: true
            font.family: Theme.fontFamily
            font.capitalization: Font.MixedCase
            onClicked: grid.layoutModel.cancelEditing()
        }
        Button {
            objectName: "doneDashboard"
            visible: grid.editing
            text: qsTr("Done")
            implicitHeight: 44
            highlighted: true
            font.family: Theme.fontFamily
            font.capitalization: Font.MixedCase
            onClicked: grid.finish()
        }
    }

    Text {
        Layout.fillWidth: true
        objectName: "dashboardMessage"
        visible: grid.message !== ""
        text: grid.message
        color: Theme.danger
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    DashboardCells {
        id: cells
        objectName: "dashboardCells"
        placement: packing
        Layout.fillWidth: true
        Layout.preferredHeight: packing.packedRows > 0
                                ? packing.packedRows * packing.cellHeight + (packing.packedRows - 1) * packing.gap : 0
        Keys.onEscapePressed: grid.layoutModel.cancelEditing()
        Keys.onReturnPressed: grid.finish()

        Repeater {
            id: repeater
            objectName: "dashboardRepeater"
            model: grid.layoutModel
            onCountChanged: packing.relayout()
            delegate: DashboardTile { }
        }
    }

    Text {
        objectName: "dashboardEmpty"
        Layout.fillWidth: true
        visible: repeater.count === 0
        text: grid.editing ? qsTr("Your dashboard is empty: add a widget.")
                           : qsTr("Your dashboard is empty. Customize it to add widgets.")
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
}
