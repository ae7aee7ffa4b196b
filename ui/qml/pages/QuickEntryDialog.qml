import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// A new customer at the counter in a few keystrokes: name, phone (Enter moves on), and if
// the customer wants, gender and birthday (Gregorian or lunar, leap month included). While
// the guide types, customers who may be the same person are shown, so that nobody is entered
// twice. Saved on the device at once and sent with the next sync — offline too.
Dialog {
    id: dialog
    objectName: "quickEntryDialog"
    required property QuickEntryController controller
    signal customerCreated(string customerId)
    signal existingCustomerChosen(string customerId)

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) - 2 * Theme.padding)
    height: Math.min(implicitHeight, (parent ? parent.height : 900) - 2 * Theme.padding)
    padding: Theme.padding
    title: qsTr("New customer")
    font.family: Theme.fontFamily

    property var problems: ({})
    property var candidates: []
    property string saveError: ""
    property string gender: ""
    property var tagIds: []
    readonly property bool english: !Qt.uiLanguage.startsWith("zh")

    function entry(): var {
        return {
            name: nameField.text,
            phone: phoneField.text,
            gender: dialog.gender,
            birthdayLunar: birthday.lunar,
            birthdayYear: birthday.year,
            birthdayMonth: birthday.month,
            birthdayDay: birthday.day,
            birthdayLeap: birthday.leapMonth,
            tagIds: dialog.tagIds
        }
    }
    function reset() {
        nameField.clear()
        phoneField.clear()
        birthday.clear()
        dialog.gender = ""
        dialog.tagIds = []
        dialog.problems = ({})
        dialog.candidates = []
        dialog.saveError = ""
    }
    // Each suggestion carries the dialog, so the delegate needs nothing from outside.
    function decorate(found: var): var {
        const list = []
        for (const c of found)
            list.push({ id: c.id, name: c.name, phoneMasked: c.phoneMasked, match: c.match, owner: dialog })
        return list
    }
    function lookUp() {
        dialog.candidates = dialog.decorate(dialog.controller.duplicates(nameField.text, phoneField.text))
    }
    function chooseExisting(customerId: string) {
        dialog.close()
        dialog.existingCustomerChosen(customerId)
    }
    function save() {
        dialog.problems = dialog.controller.check(dialog.entry())
        dialog.saveError = ""
        if (dialog.problems.name !== undefined) {
            nameField.forceActiveFocus()
            return
        }
        if (dialog.problems.phone !== undefined) {
            phoneField.forceActiveFocus()
            return
        }
        if (Object.keys(dialog.problems).length > 0)
            return
        const id = dialog.controller.save(dialog.entry())
        if (id === "") {
            dialog.saveError = dialog.controller.lastError
            return
        }
        dialog.close()
        dialog.customerCreated(id)
    }
    function problemText(code: string): string {
        switch (code) {
        case "name_missing": return qsTr("Enter the customer's name.")
        case "name_too_long": return qsTr("A name can have at most 100 characters.")
        case "phone_not_digits": return qsTr("Only digits, spaces, dashes and a leading + please.")
        case "phone_wrong_shape": return qsTr("Not a phone number: a mobile has 11 digits (1[3-9]…), a landline starts with 0 and its area code, another country's number with +.")
        case "gender_unknown": return qsTr("Choose a gender or leave it open.")
        case "birthday_impossible": return qsTr("This date does not exist (check the day, the year, or the leap month).")
        case "tag_unknown": return qsTr("One of the tags no longer exists.")
        case "tag_group_twice": return qsTr("Pick one tag of each single-choice group (one size, one body shape).")
        }
        return ""
    }

    function tagNames(): string {
        const names = []
        for (const id of dialog.tagIds)
            names.push(dialog.controller.tagName(id, dialog.english))
        return names.join(" · ")
    }

    onOpened: {
        dialog.controller.reloadTags()
        dialog.reset()
        nameField.forceActiveFocus()
    }

    TagPicker {
        id: tagPicker
        tags: dialog.controller.tags
        title: qsTr("Tags for the new customer")
        onPicked: (ids) => dialog.tagIds = ids
    }

    Timer {
        id: lookUpDelay
        interval: 150
        onTriggered: dialog.lookUp()
    }

    contentHeight: form.implicitHeight

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: form
            width: parent.width
            spacing: Theme.spacing

            Label {
                text: qsTr("Name")
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
            TextField {
                id: nameField
                objectName: "quickName"
                Layout.fillWidth: true
                Layout.preferredHeight: 48
                font.pixelSize: Theme.fontBody + 1
                placeholderText: qsTr("e.g. 王芳")
                inputMethodHints: Qt.ImhNoPredictiveText
                onTextEdited: lookUpDelay.restart()
                Keys.onReturnPressed: phoneField.forceActiveFocus()
                Keys.onEnterPressed: phoneField.forceActiveFocus()
                Accessible.name: qsTr("Name")
            }
            Label {
                objectName: "quickNameProblem"
                Layout.fillWidth: true
                visible: text !== ""
                text: dialog.problemText(dialog.problems.name !== undefined ? dialog.problems.name : "")
                color: Theme.danger
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
            }

            Label {
                text: qsTr("Phone")
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
            TextField {
                id: phoneField
                objectName: "quickPhone"
                Layout.fillWidth: true
                Layout.preferredHeight: 48
                font.pixelSize: Theme.fontBody + 1
                placeholderText: qsTr("Mobile, landline or +country")
                inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
                onTextEdited: lookUpDelay.restart()
                Keys.onReturnPressed: dialog.save()
                Keys.onEnterPressed: dialog.save()
                Accessible.name: qsTr("Phone")
            }
            Label {
                objectName: "quickPhoneProblem"
                Layout.fillWidth: true
                visible: text !== ""
                text: dialog.problemText(dialog.problems.phone !== undefined ? dialog.problems.phone : "")
                color: Theme.danger
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
            }

            // Already a customer? Shown as the guide types; the strongest match first.
            Repeater {
                model: dialog.candidates
                delegate: Rectangle {
                    id: candidate
                    required property var modelData
                    objectName: "duplicateCandidate"
                    Layout.fillWidth: true
                    implicitHeight: candidateRow.implicitHeight + Theme.spacing * 2
                    radius: Theme.radius
                    color: candidate.modelData.match === "name_phone" ? Theme.accentSoft : Theme.surfaceMuted
                    border.color: Theme.border
                    RowLayout {
                        id: candidateRow
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: (candidate.modelData.match === "name_phone"
                                   ? qsTr("Already a customer? %1 %2")
                                   : candidate.modelData.match === "phone"
                                     ? qsTr("Same last 4 digits: %1 %2")
                                     : qsTr("Same name: %1 %2"))
                                  .arg(candidate.modelData.name).arg(candidate.modelData.phoneMasked)
                        }
                        Button {
                            text: qsTr("Open profile")
                            Layout.preferredHeight: 44
                            onClicked: (candidate.modelData.owner as QuickEntryDialog).chooseExisting(candidate.modelData.id)
                        }
                    }
                }
            }

            Label {
                text: qsTr("Gender (optional)")
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
            RowLayout {
                spacing: Theme.spacing
                Repeater {
                    model: [
                        { value: "", label: QT_TRANSLATE_NOOP("QuickEntryDialog", "Not given"), owner: dialog },
                        { value: "F", label: QT_TRANSLATE_NOOP("QuickEntryDialog", "Female"), owner: dialog },
                        { value: "M", label: QT_TRANSLATE_NOOP("QuickEntryDialog", "Male"), owner: dialog }
                    ]
                    delegate: Button {
                        id: genderButton
                        required property var modelData
                        readonly property QuickEntryDialog owner: genderButton.modelData.owner
                        text: qsTranslate("QuickEntryDialog", genderButton.modelData.label)
                        checkable: true
                        checked: genderButton.owner.gender === genderButton.modelData.value
                        flat: !checked
                        Layout.preferredHeight: 44
                        onClicked: genderButton.owner.gender = genderButton.modelData.value
                    }
                }
            }

            Label {
                text: qsTr("Birthday (optional)")
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
            BirthdayInputs {
                id: birthday
                Layout.fillWidth: true
            }
            Label {
                objectName: "quickBirthdayProblem"
                Layout.fillWidth: true
                visible: text !== ""
                text: dialog.problemText(dialog.problems.birthday !== undefined ? dialog.problems.birthday : "")
                color: Theme.danger
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
            }
            // Tags (optional): HQ tags and the guide's own, picked in a list.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: qsTr("Tags (optional)")
                    }
                    Label {
                        objectName: "quickTagNames"
                        Layout.fillWidth: true
                        text: dialog.tagIds.length === 0 ? qsTr("None yet") : dialog.tagNames()
                        color: dialog.tagIds.length === 0 ? Theme.textSecondary : Theme.accent
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Button {
                    objectName: "quickTags"
                    text: qsTr("Choose tags…")
                    Layout.preferredHeight: 44
                    onClicked: {
                        tagPicker.selected = dialog.tagIds
                        tagPicker.open()
                    }
                }
            }
            Label {
                objectName: "quickTagsProblem"
                Layout.fillWidth: true
                visible: text !== ""
                text: dialog.problemText(dialog.problems.tags !== undefined ? dialog.problems.tags : "")
                color: Theme.danger
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
            }
            Label {
                Layout.fillWidth: true
                visible: dialog.saveError !== ""
                text: qsTr("Not saved: %1").arg(dialog.saveError)
                color: Theme.danger
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Saved on this device at once; it reaches the server with the next sync.")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacing
                Button {
                    objectName: "quickCancel"
                    text: qsTr("Cancel")
                    Layout.preferredHeight: 44
                    onClicked: dialog.close()
                }
                Button {
                    objectName: "quickSave"
                    text: qsTr("Save")
                    highlighted: true
                    Layout.preferredHeight: 44
                    onClicked: dialog.save()
                }
            }
        }
    }
}
