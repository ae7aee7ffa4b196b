import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// One widget of the dashboard: its title and live figures; in edit mode a remove button, a
// size button and a drag to reorder (mouse and touch). Keyboard: arrows move the focus;
// in edit mode Ctrl+arrows move the widget, + and - resize it, Delete removes it.
FocusScope {
    id: tile
    required property int index
    required property string kind
    required property int columns
    required property int rows
    required property string sizeName

    // The grid's placement, from the cells the tile sits in (null while being created).
    readonly property DashboardPlacement placement: tile.parent instanceof DashboardCells
                                                    ? (tile.parent as DashboardCells).placement : null
    readonly property DashboardLayoutModel layoutModel: tile.placement ? tile.placement.layoutModel : null
    readonly property bool editing: tile.layoutModel !== null && tile.layoutModel.editing
    readonly property var slot: tile.placement ? tile.placement.slotOf(tile.index)
                                               : { x: 0, y: 0, width: 0, height: 0 }
    readonly property bool dragging: drag.active

    objectName: "widget_" + tile.kind
    activeFocusOnTab: true
    x: tile.dragging ? tile.slot.x + tile.dragOffset.x : tile.slot.x
    y: tile.dragging ? tile.slot.y + tile.dragOffset.y : tile.slot.y
    z: tile.dragging ? 10 : 0
    width: tile.slot.width
    height: tile.slot.height
    property point dragOffset: Qt.point(0, 0)

    // A move or resize in the model re-packs the grid.
    Component.onCompleted: {
        if (tile.placement)
            tile.placement.relayout()
    }
    onIndexChanged: {
        if (tile.placement)
            tile.placement.relayout()
    }
    onColumnsChanged: {
        if (tile.placement)
            tile.placement.relayout()
    }
    onRowsChanged: {
        if (tile.placement)
            tile.placement.relayout()
    }

    Behavior on x { enabled: !tile.dragging; NumberAnimation { duration: 150; easing.type: Easing.OutCubic } }
    Behavior on y { enabled: !tile.dragging; NumberAnimation { duration: 150; easing.type: Easing.OutCubic } }

    Accessible.role: Accessible.Grouping
    Accessible.name: tile.placement ? tile.placement.titleOf(tile.kind) : ""

    Keys.onPressed: (event) => {
        if (!tile.placement)
            return
        const ctrl = (event.modifiers & Qt.ControlModifier) !== 0
        let step = 0
        switch (event.key) {
        case Qt.Key_Left: step = -1; break
        case Qt.Key_Right: step = 1; break
        case Qt.Key_Up: step = -tile.placement.columns; break
        case Qt.Key_Down: step = tile.placement.columns; break
        }
        if (step !== 0) {
            if (ctrl && tile.editing)
                tile.placement.moveBy(tile.index, step)
            else
                tile.placement.focusAt(tile.index + step)
            event.accepted = true
            return
        }
        if (!tile.editing)
            return
        if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) {
            tile.layoutModel.grow(tile.index)
            event.accepted = true
        } else if (event.key === Qt.Key_Minus) {
            tile.layoutModel.shrink(tile.index)
            event.accepted = true
        } else if (event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace) {
            tile.placement.removeAt(tile.index)
            event.accepted = true
        }
    }

    Rectangle {
        id: frame
        anchors.fill: parent
        color: Theme.surface
        radius: Theme.radius
        border.color: tile.activeFocus ? Theme.accent : tile.editing ? Theme.textSecondary : Theme.border
        border.width: tile.activeFocus || tile.dragging ? 2 : 1
        opacity: tile.dragging ? 0.85 : 1

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.padding - 4
            spacing: 6

            Text {
                Layout.fillWidth: true
                // Clear of the edit buttons, which sit over the title line.
                Layout.rightMargin: tile.editing ? editButtons.width : 0
                text: tile.placement ? tile.placement.titleOf(tile.kind) : ""
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }

            DashboardBody {
                Layout.fillWidth: true
                Layout.fillHeight: true
                kind: tile.kind
                columns: tile.columns
                rows: tile.rows
                context: tile.placement ? tile.placement.context : null
            }
        }

        // Edit mode's buttons overlay the title line instead of taking a row of their own:
        // a 44 px touch target in the layout would push the figures out of the tile.
        Row {
            id: editButtons
            visible: tile.editing
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.topMargin: Math.max(0, Theme.padding - 4 - 11)
            anchors.rightMargin: 4
            Button {
                objectName: "resize_" + tile.kind
                implicitWidth: 52
                implicitHeight: 44
                flat: true
                text: tile.sizeName.replace("x", "×")
                font.family: Theme.fontFamily
                Accessible.name: qsTr("Change size")
                onClicked: {
                    if (!tile.layoutModel.grow(tile.index))
                        tile.layoutModel.setSize(tile.index, 1, 1)
                }
            }
            Button {
                objectName: "remove_" + tile.kind
                implicitWidth: 44
                implicitHeight: 44
                flat: true
                text: "✕"
                Accessible.name: qsTr("Remove widget")
                onClicked: tile.placement.removeAt(tile.index)
            }
        }
    }

    // Reorder by dragging the whole widget (edit mode only): dropped where its centre is.
    DragHandler {
        id: drag
        enabled: tile.editing
        target: null
        dragThreshold: 8
        onCentroidChanged: {
            if (active)
                tile.dragOffset = Qt.point(centroid.scenePosition.x - centroid.scenePressPosition.x,
                                           centroid.scenePosition.y - centroid.scenePressPosition.y)
        }
        onActiveChanged: {
            if (active) {
                tile.forceActiveFocus()
                return
            }
            const target = tile.placement.indexAt(tile.slot.x + tile.dragOffset.x + tile.width / 2,
                                             tile.slot.y + tile.dragOffset.y + tile.height / 2)
            tile.dragOffset = Qt.point(0, 0)
            if (target >= 0 && target !== tile.index)
                tile.placement.moveTo(tile.index, target)
        }
    }
    TapHandler {
        onTapped: tile.forceActiveFocus()
    }
}
