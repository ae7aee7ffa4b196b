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
    readonly property int columns: grid.width >= 560 ? 4 : 2
    readonly property int cellHeight: 150
    readonly property int gap: Theme.spacing + 4
    readonly property real cellWidth: (grid.width - (grid.columns - 1) * grid.gap) / grid.columns
    property var slots: []
    property int packedRows: 0
    property string message: ""
    spacing: Theme.spacing

    function titleOf(kind: string): string {
        switch (kind) {
        case "sales_today": return qsTr("Today's sales")
        case "sales_month": return qsTr("This month's sales")
        case "orders_waiting": return qsTr("Orders waiting")
        case "tasks_today": return qsTr("Today's tasks")
        case "birthdays_week": return qsTr("Birthdays this week")
        case "at_risk": return qsTr("At-risk customers")
        case "tag_coverage": return qsTr("Tag coverage")
        case "new_members": return qsTr("New members")
        case "sync_status": return qsTr("Sync status")
        default: return kind
        }
    }
    function slotOf(index: int): var {
        return index >= 0 && index < grid.slots.length ? grid.slots[index]
                                                        : { x: 0, y: 0, width: 0, height: 0 }
    }
    // Dense packing in reading order: each widget takes the first free place it fits in.
    function relayout() {
        const model = grid.layoutModel
        const cols = grid.columns
        const taken = []
        const out = []
        let rowsUsed = 0
        const free = (r, c, w, h) => {
            for (let i = r; i < r + h; ++i)
                for (let j = c; j < c + w; ++j)
                    if (j >= cols || (taken[i] && taken[i][j]))
                        return false
            return true
        }
        for (let n = 0; model && n < repeater.count; ++n) {
            const item = repeater.itemAt(n)
            if (!item) continue
            const w = Math.min(item.columns, cols)
            const h = item.rows
            let placed = false
            for (let r = 0; !placed; ++r) {
                for (let c = 0; c + w <= cols && !placed; ++c) {
                    if (free(r, c, w, h)) {
                        for (let i = r; i < r + h; ++i) {
                            taken[i] = taken[i] || []
                            for (let j = c; j < c + w; ++j)
                                taken[i][j] = true
                        }
                        out[n] = { x: c * (grid.cellWidth + grid.gap), y: r * (grid.cellHeight + grid.gap),
                                   width: w * grid.cellWidth + (w - 1) * grid.gap,
                                   height: h * grid.cellHeight + (h - 1) * grid.gap }
                        rowsUsed = Math.max(rowsUsed, r + h)
                        placed = true
                    }
                }
            }
        }
        grid.slots = out
        grid.packedRows = rowsUsed
    }
    function indexAt(x: real, y: real): int {
        let best = -1
        let bestDistance = Infinity
        for (let i = 0; i < grid.slots.length; ++i) {
            const s = grid.slots[i]
            if (x >= s.x && x <= s.x + s.width && y >= s.y && y <= s.y + s.height)
                return i
            const dx = s.x + s.width / 2 - x
            const dy = s.y + s.height / 2 - y
            const d = dx * dx + dy * dy
            if (d < bestDistance) {
                bestDistance = d
                best = i
            }
        }
        return best
    }
    function focusAt(index: int) {
        const item = repeater.itemAt(Math.max(0, Math.min(index, repeater.count - 1)))
        if (item)
            item.forceActiveFocus()
    }
    function moveTo(from: int, to: int) {
        if (grid.layoutModel.move(from, to))
            Qt.callLater(grid.focusAt, to)
    }
    function moveBy(index: int, step: int) {
        grid.moveTo(index, Math.max(0, Math.min(index + step, repeater.count - 1)))
    }
    function removeAt(index: int) {
        if (grid.layoutModel.remove(index))
            Qt.callLater(grid.focusAt, Math.min(index, repeater.count - 1))
    }
    function finish() {
        grid.message = grid.layoutModel.finishEditing()
    }

    onWidthChanged: grid.relayout()
    Connections {
        target: grid.layoutModel
        function onLayoutChanged() { Qt.callLater(grid.relayout) }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: grid.editing ? qsTr("Arrange your dashboard: drag a widget, or focus it and use Ctrl+arrows, + / − and Delete.")
                               : ""
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "customizeDashboard"
            visible: !grid.editing
            enabled: grid.layoutModel !== null
            text: qsTr("Customize")
            implicitHeight: 44
            flat: true
            font.family: Theme.fontFamily
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
            onClicked: catalogue.open()
            Menu {
                id: catalogue
                objectName: "widgetCatalogue"
                y: addButton.height
                Repeater {
                    model: grid.layoutModel ? grid.layoutModel.available : []
                    delegate: MenuItem {
                        required property string modelData
                        objectName: "add_" + modelData
                        text: grid.titleOf(modelData)
                        implicitHeight: 44
                        font.family: Theme.fontFamily
                        onTriggered: {
                            if (grid.layoutModel.add(modelData))
                                Qt.callLater(grid.focusAt, repeater.count - 1)
                        }
                    }
                }
            }
        }
        Button {
            objectName: "undoRemove"
            visible: grid.editing && grid.layoutModel.canUndo
            text: qsTr("Undo remove")
            implicitHeight: 44
            flat: true
            font.family: Theme.fontFamily
            onClicked: grid.layoutModel.undoRemove()
        }
        Button {
            objectName: "resetDashboard"
            visible: grid.editing
            text: qsTr("Store default")
            implicitHeight: 44
            flat: true
            font.family: Theme.fontFamily
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
            onClicked: grid.message = grid.layoutModel.saveAsStoreDefault()
        }
        Button {
            objectName: "cancelDashboard"
            visible: grid.editing
            text: qsTr("Cancel")
            implicitHeight: 44
            flat: true
            font.family: Theme.fontFamily
            onClicked: grid.layoutModel.cancelEditing()
        }
        Button {
            objectName: "doneDashboard"
            visible: grid.editing
            text: qsTr("Done")
            implicitHeight: 44
            highlighted: true
            font.family: Theme.fontFamily
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

    Item {
        id: cells
        objectName: "dashboardCells"
        Layout.fillWidth: true
        Layout.preferredHeight: grid.packedRows > 0
                                ? grid.packedRows * grid.cellHeight + (grid.packedRows - 1) * grid.gap : 0
        Keys.onEscapePressed: grid.layoutModel.cancelEditing()
        Keys.onReturnPressed: grid.finish()

        Repeater {
            id: repeater
            objectName: "dashboardRepeater"
            model: grid.layoutModel
            onCountChanged: Qt.callLater(grid.relayout)
            delegate: DashboardTile {
                grid: grid
            }
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
