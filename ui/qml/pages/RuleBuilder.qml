pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// The rule of a segment, one row per kind of condition (all must hold), with the live
// count on top. Every change goes straight to the editor, which counts after a short pause.
FocusScope {
    id: builder
    required property SegmentBook book
    readonly property SegmentEditor editor: builder.book.editor
    readonly property bool english: !Qt.uiLanguage.startsWith("zh")

    // A number field's text as the editor's number (-1: not set).
    function numberOf(text: string): int {
        const n = parseInt(text, 10)
        return isNaN(n) || n < 0 ? -1 : n
    }
    function textOf(n: int): string {
        return n < 0 ? "" : String(n)
    }
    function tagNames(ids: list<string>): string {
        const names = []
        for (let i = 0; i < ids.length; ++i)
            names.push(builder.book.tagName(ids[i], builder.english))
        return names.join(" · ")
    }

    TagPicker {
        id: tagPicker
        tags: builder.book.tags
        property string target: "all"
        onPicked: (tagIds) => {
            if (tagPicker.target === "all")
                builder.editor.tagsAll = tagIds
            else if (tagPicker.target === "any")
                builder.editor.tagsAny = tagIds
            else
                builder.editor.tagsNone = tagIds
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        // The live count.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 72
            radius: Theme.radius
            color: Theme.accentSoft
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing + 4
                spacing: 0
                Text {
                    objectName: "segmentCount"
                    text: builder.editor.error !== "" ? qsTr("This rule cannot be counted")
                          : builder.editor.count < 0 ? qsTr("Counting…")
                          : qsTr("%n customer(s)", "", builder.editor.count)
                    opacity: builder.editor.counting ? 0.6 : 1
                    color: builder.editor.error !== "" ? Theme.danger : Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.DemiBold
                }
                Text {
                    text: builder.editor.conditionCount === 0
                          ? qsTr("No condition yet: every customer you can see")
                          : qsTr("%n condition(s), all must hold", "", builder.editor.conditionCount)
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroll.availableWidth
                spacing: Theme.spacing + 4

                // Tags: all / any / none of a set.
                Repeater {
                    model: [
                        { target: "all", label: QT_TRANSLATE_NOOP("RuleBuilder", "Has all of these tags") },
                        { target: "any", label: QT_TRANSLATE_NOOP("RuleBuilder", "Has any of these tags") },
                        { target: "none", label: QT_TRANSLATE_NOOP("RuleBuilder", "Has none of these tags") }
                    ]
                    delegate: RowLayout {
                        id: tagRow
                        required property var modelData
                        readonly property list<string> ids: tagRow.modelData.target === "all" ? builder.editor.tagsAll
                                                           : tagRow.modelData.target === "any" ? builder.editor.tagsAny
                                                           : builder.editor.tagsNone
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                text: qsTranslate("RuleBuilder", tagRow.modelData.label)
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                            }
                            Text {
                                Layout.fillWidth: true
                                text: tagRow.ids.length === 0 ? qsTr("(any)") : builder.tagNames(tagRow.ids)
                                color: tagRow.ids.length === 0 ? Theme.textSecondary : Theme.accent
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                        }
                        Button {
                            objectName: "pickTags_" + tagRow.modelData.target
                            text: qsTr("Choose…")
                            Layout.preferredHeight: 44
                            font.family: Theme.fontFamily
                            onClicked: {
                                tagPicker.target = tagRow.modelData.target
                                tagPicker.title = qsTranslate("RuleBuilder", tagRow.modelData.label)
                                tagPicker.selected = tagRow.ids
                                tagPicker.open()
                            }
                        }
                        ToolButton {
                            visible: tagRow.ids.length > 0
                            icon.source: "qrc:/GuideDesk/icons/clear.svg"
                            Layout.preferredWidth: 44
                            Layout.preferredHeight: 44
                            Accessible.name: qsTr("Clear these tags")
                            onClicked: {
                                if (tagRow.modelData.target === "all")
                                    builder.editor.tagsAll = []
                                else if (tagRow.modelData.target === "any")
                                    builder.editor.tagsAny = []
                                else
                                    builder.editor.tagsNone = []
                            }
                        }
                    }
                }

                // Member levels.
                Text {
                    text: qsTr("Member level")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: [
                            { level: "normal", label: QT_TRANSLATE_NOOP("RuleBuilder", "Normal") },
                            { level: "silver", label: QT_TRANSLATE_NOOP("RuleBuilder", "Silver") },
                            { level: "gold", label: QT_TRANSLATE_NOOP("RuleBuilder", "Gold") },
                            { level: "platinum", label: QT_TRANSLATE_NOOP("RuleBuilder", "Platinum") }
                        ]
                        delegate: Button {
                            required property var modelData
                            objectName: "level_" + modelData.level
                            height: 44
                            checkable: true
                            checked: builder.editor.levels.indexOf(modelData.level) >= 0
                            text: qsTranslate("RuleBuilder", modelData.label)
                            font.family: Theme.fontFamily
                            onToggled: {
                                const next = builder.editor.levels.slice()
                                const at = next.indexOf(modelData.level)
                                if (checked && at < 0)
                                    next.push(modelData.level)
                                if (!checked && at >= 0)
                                    next.splice(at, 1)
                                builder.editor.levels = next
                            }
                        }
                    }
                }

                // Last visit.
                Text {
                    text: qsTr("Last visit")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    ComboBox {
                        id: visitMode
                        objectName: "lastVisitMode"
                        Layout.preferredHeight: 44
                        Layout.preferredWidth: 220
                        font.family: Theme.fontFamily
                        textRole: "label"
                        valueRole: "mode"
                        model: [
                            { mode: SegmentEditor.Any, label: qsTr("Any time") },
                            { mode: SegmentEditor.Before, label: qsTr("Before a date") },
                            { mode: SegmentEditor.After, label: qsTr("After a date") },
                            { mode: SegmentEditor.MoreThanDaysAgo, label: qsTr("More than N days ago") }
                        ]
                        currentIndex: Math.max(0, visitMode.indexOfValue(builder.editor.lastVisitMode))
                        onActivated: builder.editor.lastVisitMode = visitMode.currentValue
                    }
                    TextField {
                        objectName: "lastVisitDate"
                        visible: builder.editor.lastVisitMode === SegmentEditor.Before
                                 || builder.editor.lastVisitMode === SegmentEditor.After
                        Layout.fillWidth: true
                        Layout.preferredHeight: 44
                        placeholderText: qsTr("YYYY-MM-DD")
                        text: builder.editor.lastVisitDate
                        inputMethodHints: Qt.ImhDate
                        validator: RegularExpressionValidator { regularExpression: /\d{0,4}-?\d{0,2}-?\d{0,2}/ }
                        font.family: Theme.fontFamily
                        onTextEdited: builder.editor.lastVisitDate = text
                    }
                    SpinBox {
                        objectName: "lastVisitDays"
                        visible: builder.editor.lastVisitMode === SegmentEditor.MoreThanDaysAgo
                        Layout.preferredHeight: 44
                        from: 0
                        to: 3650
                        stepSize: 30
                        editable: true
                        value: builder.editor.lastVisitDays
                        font.family: Theme.fontFamily
                        onValueModified: builder.editor.lastVisitDays = value
                    }
                    Text {
                        visible: builder.editor.lastVisitMode === SegmentEditor.MoreThanDaysAgo
                        text: qsTr("days")
                        color: Theme.textSecondary
                        font.family: Theme.fontFamily
                    }
                }

                // Spend and visits: ranges, either end optional.
                Repeater {
                    model: [
                        { kind: "spend", label: QT_TRANSLATE_NOOP("RuleBuilder", "Total spend (yuan)") },
                        { kind: "visits", label: QT_TRANSLATE_NOOP("RuleBuilder", "Number of visits") }
                    ]
                    delegate: ColumnLayout {
                        id: rangeRow
                        required property var modelData
                        readonly property bool spend: rangeRow.modelData.kind === "spend"
                        Layout.fillWidth: true
                        spacing: 4
                        Text {
                            text: qsTranslate("RuleBuilder", rangeRow.modelData.label)
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            TextField {
                                objectName: rangeRow.modelData.kind + "Min"
                                Layout.fillWidth: true
                                Layout.preferredHeight: 44
                                placeholderText: qsTr("from")
                                inputMethodHints: Qt.ImhDigitsOnly
                                validator: IntValidator { bottom: 0; top: 100000000 }
                                text: builder.textOf(rangeRow.spend ? builder.editor.spendMinYuan : builder.editor.visitsMin)
                                font.family: Theme.fontFamily
                                onTextEdited: {
                                    if (rangeRow.spend)
                                        builder.editor.spendMinYuan = builder.numberOf(text)
                                    else
                                        builder.editor.visitsMin = builder.numberOf(text)
                                }
                            }
                            Text {
                                text: "–"
                                color: Theme.textSecondary
                            }
                            TextField {
                                objectName: rangeRow.modelData.kind + "Max"
                                Layout.fillWidth: true
                                Layout.preferredHeight: 44
                                placeholderText: qsTr("to")
                                inputMethodHints: Qt.ImhDigitsOnly
                                validator: IntValidator { bottom: 0; top: 100000000 }
                                text: builder.textOf(rangeRow.spend ? builder.editor.spendMaxYuan : builder.editor.visitsMax)
                                font.family: Theme.fontFamily
                                onTextEdited: {
                                    if (rangeRow.spend)
                                        builder.editor.spendMaxYuan = builder.numberOf(text)
                                    else
                                        builder.editor.visitsMax = builder.numberOf(text)
                                }
                            }
                        }
                    }
                }

                // Birthday month.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Birthday month")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                    ComboBox {
                        id: monthBox
                        objectName: "birthdayMonth"
                        Layout.preferredHeight: 44
                        Layout.preferredWidth: 180
                        font.family: Theme.fontFamily
                        model: {
                            const months = [qsTr("Any month")]
                            for (let m = 0; m < 12; ++m)
                                months.push(Qt.locale().standaloneMonthName(m, Locale.LongFormat))
                            return months
                        }
                        currentIndex: builder.editor.birthdayMonth
                        onActivated: builder.editor.birthdayMonth = monthBox.currentIndex
                    }
                }

                // Churn risk band (any of the ticked ones), scored by the churn engine.
                Text {
                    text: qsTr("Churn risk")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: [
                            { band: "high", label: QT_TRANSLATE_NOOP("RuleBuilder", "High risk") },
                            { band: "medium", label: QT_TRANSLATE_NOOP("RuleBuilder", "Medium risk") },
                            { band: "low", label: QT_TRANSLATE_NOOP("RuleBuilder", "Low risk") }
                        ]
                        delegate: Button {
                            required property var modelData
                            objectName: "risk_" + modelData.band
                            height: 44
                            checkable: true
                            checked: builder.editor.riskBands.indexOf(modelData.band) >= 0
                            text: qsTranslate("RuleBuilder", modelData.label)
                            font.family: Theme.fontFamily
                            onToggled: {
                                const next = builder.editor.riskBands.slice()
                                const at = next.indexOf(modelData.band)
                                if (checked && at < 0)
                                    next.push(modelData.band)
                                if (!checked && at >= 0)
                                    next.splice(at, 1)
                                builder.editor.riskBands = next
                            }
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Customers who never bought have no risk score and match no band.")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }

                Button {
                    objectName: "clearRule"
                    text: qsTr("Clear all conditions")
                    flat: true
                    Layout.preferredHeight: 44
                    font.family: Theme.fontFamily
                    enabled: builder.editor.conditionCount > 0
                    onClicked: builder.editor.clear()
                }
            }
        }
    }
}
