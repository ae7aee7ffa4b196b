import QtQuick
import QtCharts
import GuideDesk

// The last 14 days of a guide's sales: in-store and online stacked, a bar a day.
ChartView {
    id: chart
    property DashboardFiguresModel figures
    readonly property var days: chart.figures ? chart.figures.lastDays : []

    antialiasing: true
    legend.visible: false
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    margins.top: 0
    margins.bottom: 0
    margins.left: 0
    margins.right: 0
    animationOptions: ChartView.NoAnimation

    function refill() {
        const categories = []
        const inStore = []
        const online = []
        for (let i = 0; i < chart.days.length; ++i) {
            const day = chart.days[i]
            // Every other label, or they crowd a small widget.
            categories.push(i % 2 === chart.days.length % 2 ? day.day.substring(8) : " ".repeat(i + 1))
            inStore.push(day.inStore)
            online.push(day.online)
        }
        axisX.categories = categories
        inStoreSet.values = inStore
        onlineSet.values = online
        axisY.max = Math.max(1, chart.figures ? chart.figures.lastDaysMax * 1.1 : 1)
    }
    onDaysChanged: chart.refill()
    Component.onCompleted: chart.refill()

    StackedBarSeries {
        id: series
        axisX: BarCategoryAxis {
            id: axisX
            // Fourteen dates do not fit under a small chart: the bars alone, oldest left.
            labelsVisible: false
            labelsFont.pixelSize: 10
            labelsColor: Theme.textSecondary
            gridVisible: false
            lineVisible: false
        }
        // ValuesAxis: the same type as ValueAxis (QValueAxis); qmllint 6.4 only resolves
        // this older name of it.
        axisY: ValuesAxis {
            id: axisY
            min: 0
            visible: false
            gridVisible: false
        }
        BarSet {
            id: inStoreSet
            label: qsTr("In store")
            color: Theme.accent
            borderColor: Theme.accent
        }
        BarSet {
            id: onlineSet
            label: qsTr("Online")
            color: "#7fb8b0"
            borderColor: "#7fb8b0"
        }
    }
}
