import QtQuick
import GuideDesk

// Where each dashboard widget goes: the grid's cells (4 columns, 2 on a narrow screen),
// packed densely in reading order, and the moves the tiles ask for (drop, keyboard, add,
// remove) with the focus following the widget. Shared by the grid, its tiles and the
// catalogue menu (a separate object so that none of them needs the others' types).
QtObject {
    id: placement
    property DashboardLayoutModel layoutModel
    property Repeater repeater
    property AppContext context
    property real width: 0
    readonly property int columns: placement.width >= 700 ? 4 : 2
    readonly property int cellHeight: 150
    readonly property int gap: Theme.spacing + 4
    readonly property real cellWidth: (placement.width - (placement.columns - 1) * placement.gap) / placement.columns
    property var slots: []
    property int packedRows: 0

    // After the bindings below have followed the width (a handler on width itself can run
    // before them).
    onCellWidthChanged: placement.relayout()
    onColumnsChanged: placement.relayout()

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
        const slot = index >= 0 && index < placement.slots.length ? placement.slots[index] : undefined
        return slot ?? { x: 0, y: 0, width: 0, height: 0 }
    }
    // Dense packing in reading order: each widget takes the first free place it fits in.
    function relayout() {
        const model = placement.layoutModel
        const cols = placement.columns
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
        for (let n = 0; model && n < placement.repeater.count; ++n) {
            const item = placement.repeater.itemAt(n)
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
                        out[n] = { x: c * (placement.cellWidth + placement.gap), y: r * (placement.cellHeight + placement.gap),
                                   width: w * placement.cellWidth + (w - 1) * placement.gap,
                                   height: h * placement.cellHeight + (h - 1) * placement.gap }
                        rowsUsed = Math.max(rowsUsed, r + h)
                        placed = true
                    }
                }
            }
        }
        placement.slots = out
        placement.packedRows = rowsUsed
    }
    function indexAt(x: real, y: real): int {
        let best = -1
        let bestDistance = Infinity
        for (let i = 0; i < placement.slots.length; ++i) {
            const s = placement.slots[i]
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
        const item = placement.repeater.itemAt(Math.max(0, Math.min(index, placement.repeater.count - 1)))
        if (item)
            item.forceActiveFocus()
    }
    function moveTo(from: int, to: int) {
        if (placement.layoutModel.move(from, to))
            placement.focusAt(to)
    }
    function moveBy(index: int, step: int) {
        placement.moveTo(index, Math.max(0, Math.min(index + step, placement.repeater.count - 1)))
    }
    function removeAt(index: int) {
        if (placement.layoutModel.remove(index))
            placement.focusAt(Math.min(index, placement.repeater.count - 1))
    }
    function addKind(kind: string) {
        if (placement.layoutModel.add(kind))
            placement.focusAt(placement.repeater.count - 1)
    }
}
