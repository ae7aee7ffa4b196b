import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// One task on the Today page: what, for whom, why, what is at stake; Done (then the outcome:
// two taps), Snooze, and a campaign's progress. The page does the writing.
Item {
    id: row
    required property int index
    required property string taskId
    required property string kind
    required property string title
    required property string body
    required property string customerName
    required property string section
    required property int daysLate
    required property real valueCents
    required property var reason
    required property string campaignTitle
    required property int progress
    required property int target
    required property bool pending

    // The list the row sits in (it does the writing), and where the row's section begins.
    readonly property TaskListView list: row.ListView.view as TaskListView
    readonly property bool firstOfSection: row.ListView.previousSection !== row.section

    // Tasks about a customer close with how the contact went; the others simply close.
    readonly property bool asksOutcome: row.kind === "revisit" || row.kind === "birthday"
    property bool choosingOutcome: false

    implicitHeight: card.y + card.height

    function choose(outcome: string) {
        row.choosingOutcome = false
        if (row.list)
            row.list.complete(row.taskId, outcome)
    }
    function snooze(days: int) {
        if (row.list)
            row.list.snooze(row.taskId, days)
    }
    function sectionTitle(): string {
        switch (row.section) {
        case "overdue": return qsTr("Overdue")
        case "today": return qsTr("Today")
        default: return qsTr("Coming up")
        }
    }
    function kindText(): string {
        switch (row.kind) {
        case "revisit": return qsTr("Revisit")
        case "birthday": return qsTr("Birthday")
        case "campaign": return qsTr("HQ campaign")
        default: return qsTr("To-do")
        }
    }
    function outcomeText(outcome: string): string {
        switch (outcome) {
        case "reached": return qsTr("Reached")
        case "no_answer": return qsTr("No answer")
        case "will_visit": return qsTr("Will visit")
        case "not_interested": return qsTr("Not interested")
        default: return qsTr("Bought")
        }
    }
    function reasonText(): string {
        const r = row.reason
        if (row.kind === "revisit" && r.kind === "visit_gap")
            return qsTr("Usually comes every %1 days; last visit %2 days ago").arg(r.usual_gap_days).arg(r.days_since_visit)
        if (row.kind === "revisit" && r.kind === "churn") {
            let why = ""
            switch (r.why) {
            case "overdue":
                why = qsTr("Usually comes every %1 days; last visit %2 days ago").arg(r.usual_gap_days).arg(r.days_since_visit)
                break
            case "one_time":
                why = qsTr("Bought once, %n day(s) ago, and has not come back", "", r.days_since_visit)
                break
            case "slowing":
                why = qsTr("Coming less often than before; last visit %n day(s) ago", "", r.days_since_visit)
                break
            default:
                why = qsTr("Last visit %n day(s) ago", "", r.days_since_visit)
            }
            return why + " · " + qsTr("%1% likely not to come back").arg(r.risk_percent)
        }
        if (row.kind === "birthday") {
            let text = r.lunar ? qsTr("Lunar %1month %2, day %3").arg(r.leap ? qsTr("leap ") : "").arg(r.month).arg(r.day)
                               : qsTr("%1/%2").arg(r.month).arg(r.day)
            if (r.age !== undefined)
                text += " · " + qsTr("turns %n", "", r.age)
            return text
        }
        if (row.kind === "campaign")
            return row.body
        return ""
    }
    function dueText(): string {
        if (row.section === "overdue")
            return qsTr("%n day(s) overdue", "", row.daysLate)
        if (row.section === "today")
            return qsTr("Today")
        return qsTr("In %n day(s)", "", -row.daysLate)
    }

    Text {
        id: heading
        visible: row.firstOfSection
        width: row.width
        // A fixed height: implicitHeight here would loop through the row's own height.
        height: visible ? (row.index === 0 ? 0 : Theme.spacing) + Theme.fontTitle + 2 * Theme.spacing : 0
        topPadding: row.index === 0 ? 0 : Theme.spacing
        text: row.sectionTitle()
        color: row.section === "overdue" ? Theme.warning : Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle - 2
        font.weight: Font.DemiBold
    }

    Rectangle {
        id: card
        y: heading.height
        width: row.width
        height: column.implicitHeight + 2 * Theme.padding
        color: Theme.surface
        radius: Theme.radius
        border.color: row.section === "overdue" ? "#f0c9a4" : Theme.border

        ColumnLayout {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.padding
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Rectangle {
                    implicitWidth: kindLabel.implicitWidth + 16
                    implicitHeight: 26
                    radius: 13
                    color: row.kind === "birthday" ? "#fbe8ef" : row.kind === "campaign" ? "#e6ecf8" : Theme.accentSoft
                    Text {
                        id: kindLabel
                        anchors.centerIn: parent
                        text: row.kindText()
                        color: row.kind === "birthday" ? "#9b4f7a" : row.kind === "campaign" ? "#4b6cb7" : Theme.accent
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: row.kind === "campaign" ? row.campaignTitle || row.title : row.customerName || row.title
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody + 1
                    font.weight: Font.Medium
                    elide: Text.ElideRight
                }
                Text {
                    visible: row.valueCents > 0
                    text: qsTr("¥%1 at stake").arg(Number(row.valueCents / 100).toLocaleString(Qt.locale(Qt.uiLanguage), "f", 0))
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                // A to-do about a customer shows the customer above and what to do here.
                text: row.kind === "todo" ? (row.customerName !== "" ? row.title : "") : row.reasonText()
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: row.kind === "birthday" && row.body !== ""
                text: "“" + row.body + "”"
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                visible: row.kind === "campaign" && row.target > 0
                spacing: Theme.spacing
                ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: Math.max(1, row.target)
                    value: Math.min(row.progress, row.target)
                }
                Text {
                    text: qsTr("%1 of %2").arg(row.progress).arg(row.target)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                Button {
                    objectName: "progress_" + row.taskId
                    text: qsTr("+1")
                    implicitHeight: 44
                    implicitWidth: 56
                    onClicked: {
                        if (row.list)
                            row.list.setProgress(row.taskId, row.progress + 1)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: !row.choosingOutcome
                spacing: Theme.spacing
                Text {
                    text: row.dueText()
                    color: row.section === "overdue" ? Theme.warning : Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    visible: row.pending
                    text: qsTr("Waiting to sync")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.italic: true
                }
                Item { Layout.fillWidth: true }
                Button {
                    id: reassignButton
                    objectName: "reassign_" + row.taskId
                    visible: row.list !== null && row.list.board !== null && row.list.board.manager
                    text: qsTr("Reassign")
                    flat: true
                    implicitHeight: 44
                    onClicked: {
                        // Each item carries what it acts on: a delegate sees nothing outside.
                        const choices = []
                        for (const guide of row.list.guides())
                            choices.push({ guideId: guide.guideId, name: guide.name, list: row.list, taskId: row.taskId })
                        reassignMenu.guides = choices
                        reassignMenu.open()
                    }
                    Menu {
                        id: reassignMenu
                        property var guides: []
                        y: reassignButton.height
                        Repeater {
                            model: reassignMenu.guides
                            delegate: MenuItem {
                                required property var modelData
                                text: modelData.name
                                onTriggered: (modelData.list as TaskListView).reassign(modelData.taskId, modelData.guideId)
                            }
                        }
                    }
                }
                Button {
                    id: snoozeButton
                    objectName: "snooze_" + row.taskId
                    text: qsTr("Snooze")
                    flat: true
                    implicitHeight: 44
                    onClicked: snoozeMenu.open()
                    Menu {
                        id: snoozeMenu
                        y: snoozeButton.height
                        MenuItem { text: qsTr("Until tomorrow"); onTriggered: row.snooze(1) }
                        MenuItem { text: qsTr("For 3 days"); onTriggered: row.snooze(3) }
                        MenuItem { text: qsTr("For a week"); onTriggered: row.snooze(7) }
                    }
                }
                Button {
                    objectName: "done_" + row.taskId
                    text: qsTr("Done")
                    highlighted: true
                    implicitHeight: 44
                    onClicked: {
                        if (row.asksOutcome)
                            row.choosingOutcome = true
                        else
                            row.choose("reached")
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                visible: row.choosingOutcome
                spacing: Theme.spacing
                Button {
                    objectName: "outcome_" + row.taskId + "_reached"
                    text: row.outcomeText("reached")
                    implicitHeight: 44
                    onClicked: row.choose("reached")
                }
                Button {
                    objectName: "outcome_" + row.taskId + "_no_answer"
                    text: row.outcomeText("no_answer")
                    implicitHeight: 44
                    onClicked: row.choose("no_answer")
                }
                Button {
                    objectName: "outcome_" + row.taskId + "_will_visit"
                    text: row.outcomeText("will_visit")
                    implicitHeight: 44
                    onClicked: row.choose("will_visit")
                }
                Button {
                    objectName: "outcome_" + row.taskId + "_not_interested"
                    text: row.outcomeText("not_interested")
                    implicitHeight: 44
                    onClicked: row.choose("not_interested")
                }
                Button {
                    objectName: "outcome_" + row.taskId + "_bought"
                    text: row.outcomeText("bought")
                    implicitHeight: 44
                    highlighted: true
                    onClicked: row.choose("bought")
                }
                Button {
                    objectName: "outcomeCancel_" + row.taskId
                    text: qsTr("Cancel")
                    flat: true
                    implicitHeight: 44
                    onClicked: row.choosingOutcome = false
                }
            }
        }
    }
}
