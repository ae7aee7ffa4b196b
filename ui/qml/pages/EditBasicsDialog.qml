import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// Edits a customer's basics: name, nickname, gender, birthday (Gregorian or lunar, year
// optional) and remark. Checked here first, in the user's language, then by the writer;
// saved on the device at once and sent with the next sync.
Dialog {
    id: dialog
    required property CustomerBook book
    property CustomerProfile profile: null
    property string error: ""
    signal saved()

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 32, 560) : 560
    title: qsTr("Edit basics")
    standardButtons: Dialog.Cancel | Dialog.Save

    // Fills the form from the profile and opens.
    function edit(profile: CustomerProfile) {
        dialog.profile = profile
        nameField.text = profile.name
        nicknameField.text = profile.nickname
        gender.currentIndex = profile.gender === "F" ? 1 : profile.gender === "M" ? 2 : 0
        lunar.checked = profile.birthdayLunar
        leap.checked = profile.birthdayLeapMonth
        yearField.text = profile.birthdayYear > 0 ? String(profile.birthdayYear) : ""
        month.currentIndex = profile.hasBirthday ? profile.birthdayMonth : 0
        day.currentIndex = profile.hasBirthday ? profile.birthdayDay : 0
        remarkField.text = profile.remark
        dialog.error = ""
        dialog.open()
        nameField.forceActiveFocus()
    }
    // Why the form cannot be saved, in the user's language; empty when it can.
    function check(): string {
        if (nameField.text.trim() === "")
            return qsTr("Enter the customer's name.")
        if ((month.currentIndex === 0) !== (day.currentIndex === 0))
            return qsTr("Choose both the month and the day of the birthday, or neither.")
        const year = yearField.text === "" ? 0 : Number(yearField.text)
        if (yearField.text !== "" && (!Number.isInteger(year) || year < 1900 || year > new Date().getFullYear()))
            return qsTr("The birth year must be between 1900 and this year, or left empty.")
        if (month.currentIndex > 0) {
            const maxDay = lunar.checked ? 30 : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month.currentIndex - 1]
            if (day.currentIndex > maxDay)
                return qsTr("Day %1 does not exist in month %2.").arg(day.currentIndex).arg(month.currentIndex)
            if (!lunar.checked && year > 0) {
                const date = new Date(year, month.currentIndex - 1, day.currentIndex)
                if (date.getMonth() !== month.currentIndex - 1)
                    return qsTr("%1 has no February 29.").arg(year)
            }
        }
        return ""
    }
    function save(): bool {
        dialog.error = dialog.check()
        if (dialog.error !== "")
            return false
        const hasBirthday = month.currentIndex > 0
        dialog.error = dialog.book.updateBasics(dialog.profile.customerId, {
            name: nameField.text.trim(),
            nickname: nicknameField.text.trim(),
            gender: ["", "F", "M"][gender.currentIndex],
            birthday_calendar: hasBirthday && lunar.checked ? "lunar" : "gregorian",
            birthday_year: hasBirthday && yearField.text !== "" ? Number(yearField.text) : 0,
            birthday_month: month.currentIndex,
            birthday_day: day.currentIndex,
            birthday_leap: hasBirthday && lunar.checked && leap.checked ? 1 : 0,
            remark: remarkField.text
        })
        if (dialog.error !== "")
            return false
        dialog.saved()
        return true
    }

    onAccepted: {
        if (!dialog.save())
            dialog.open() // keep the form and show why
    }

    // Month and day choices: a placeholder, then 1…N.
    function numbered(placeholder: string, count: int): var {
        const out = [placeholder]
        for (let i = 1; i <= count; ++i)
            out.push(String(i))
        return out
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        implicitHeight: Math.min(form.implicitHeight, 560)
        GridLayout {
            id: form
            width: scroller.availableWidth
            columns: 2
            columnSpacing: Theme.padding
            rowSpacing: Theme.spacing

            Label { text: qsTr("Name"); font.family: Theme.fontFamily }
            TextField {
                id: nameField
                objectName: "editName"
                Layout.fillWidth: true
                maximumLength: 100
                font.family: Theme.fontFamily
                KeyNavigation.tab: nicknameField
                onAccepted: nicknameField.forceActiveFocus()
            }
            Label { text: qsTr("Nickname"); font.family: Theme.fontFamily }
            TextField {
                id: nicknameField
                objectName: "editNickname"
                Layout.fillWidth: true
                maximumLength: 100
                font.family: Theme.fontFamily
            }
            Label { text: qsTr("Gender"); font.family: Theme.fontFamily }
            ComboBox {
                id: gender
                objectName: "editGender"
                Layout.fillWidth: true
                model: [qsTr("Not given"), qsTr("Female"), qsTr("Male")]
                font.family: Theme.fontFamily
            }
            Label { text: qsTr("Birthday"); font.family: Theme.fontFamily }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                CheckBox { id: lunar; objectName: "editLunar"; text: qsTr("Lunar"); font.family: Theme.fontFamily }
                CheckBox {
                    id: leap
                    objectName: "editLeap"
                    text: qsTr("Leap month")
                    enabled: lunar.checked
                    font.family: Theme.fontFamily
                }
            }
            Item { width: 1; height: 1 }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextField {
                    id: yearField
                    objectName: "editYear"
                    Layout.preferredWidth: 96
                    placeholderText: qsTr("Year")
                    inputMethodHints: Qt.ImhDigitsOnly
                    validator: IntValidator { bottom: 0; top: 2100 }
                    maximumLength: 4
                    font.family: Theme.fontFamily
                }
                ComboBox {
                    id: month
                    objectName: "editMonth"
                    Layout.fillWidth: true
                    model: dialog.numbered(qsTr("Month"), 12)
                    font.family: Theme.fontFamily
                }
                ComboBox {
                    id: day
                    objectName: "editDay"
                    Layout.fillWidth: true
                    model: dialog.numbered(qsTr("Day"), 31)
                    font.family: Theme.fontFamily
                }
            }
            Label { text: qsTr("Remark"); font.family: Theme.fontFamily; Layout.alignment: Qt.AlignTop }
            TextArea {
                id: remarkField
                objectName: "editRemark"
                Layout.fillWidth: true
                Layout.minimumHeight: 72
                wrapMode: TextEdit.Wrap
                font.family: Theme.fontFamily
            }
            Text {
                objectName: "editError"
                Layout.columnSpan: 2
                Layout.fillWidth: true
                visible: dialog.error !== ""
                text: dialog.error
                color: Theme.danger
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
