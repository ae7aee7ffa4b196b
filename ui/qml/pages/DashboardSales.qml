import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// Today's or this month's sales against the guide's target, and (from 2×1) the 14-day chart.
RowLayout {
    id: sales
    property DashboardFiguresModel figures
    property bool month: false
    property bool wide: false
    spacing: Theme.padding

    readonly property real amount: !sales.figures ? 0 : sales.month ? sales.figures.monthSales : sales.figures.todaySales
    readonly property real online: !sales.figures ? 0 : sales.month ? sales.figures.monthOnline : sales.figures.todayOnline
    readonly property real target: !sales.figures ? 0 : sales.month ? sales.figures.monthTarget : sales.figures.todayTarget

    function money(value: real): string {
        return "¥" + Number(Math.round(value)).toLocaleString(Qt.locale(Qt.uiLanguage), "f", 0)
    }

    ColumnLayout {
        Layout.fillHeight: true
        Layout.preferredWidth: sales.wide ? Math.min(170, sales.width * 0.45) : sales.width
        Layout.fillWidth: !sales.wide
        spacing: 4
        DashboardFigure {
            Layout.fillWidth: true
            value: sales.money(sales.amount)
            caption: sales.target > 0
                     ? qsTr("of %1 target").arg(sales.money(sales.target))
                     : qsTr("No target set for you yet")
            detail: sales.online > 0 ? qsTr("%1 online").arg(sales.money(sales.online)) : ""
        }
        ProgressBar {
            objectName: "targetProgress"
            Layout.fillWidth: true
            visible: sales.target > 0
            from: 0
            to: sales.target > 0 ? sales.target : 1
            value: Math.min(sales.amount, sales.target)
        }
        Text {
            visible: sales.target > 0
            text: qsTr("%1% of target").arg(Math.round(100 * sales.amount / Math.max(1, sales.target)))
            color: sales.amount >= sales.target ? Theme.accent : Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Item { Layout.fillHeight: true }
    }
    SalesChart {
        objectName: "salesChart"
        visible: sales.wide
        Layout.fillWidth: true
        Layout.fillHeight: true
        figures: sales.figures
    }
}
