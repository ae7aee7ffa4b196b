import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// One customer: who they are, how they buy, their tags and their purchases.
FocusScope {
    id: profilePage
    required property CustomerProfile profile
    required property CustomerBook book
    property TagBook tagBook: null
    // Re-read the profile when this customer changed (an edit here, tags, or a sync).
    function reloadProfile(customerId: string) {
        if (customerId === "" || customerId === profilePage.profile.customerId)
            profilePage.profile = profilePage.book.openProfile(profilePage.profile.customerId)
    }
    Connections {
        target: profilePage.book
        function onCustomerChanged(customerId: string) { profilePage.reloadProfile(customerId) }
    }
    Connections {
        target: profilePage.tagBook
        enabled: profilePage.tagBook !== null
        function onTagsChanged(customerId: string) { profilePage.reloadProfile(customerId) }
    }
    required property CouponDesk desk
    // The customer's coupons (the coupon card re-reads them when they change).
    readonly property CustomerCouponModel coupons: profilePage.desk.openCoupons(profilePage.profile.customerId)
    // The notes, re-read when one is written here or a sync brings some.
    readonly property NoteListModel notes: profilePage.book.openNotes(profilePage.profile.customerId)
    readonly property TimelineModel timeline: profilePage.book.openTimeline(profilePage.profile.customerId)
    Connections {
        target: profilePage.book
        function onNotesChanged(customerId: string) {
            if (customerId === "" || customerId === profilePage.profile.customerId) {
                profilePage.notes.reload()
                if (profilePage.timeline)
                    profilePage.timeline.reload()
            }
        }
    }
    focus: true
    Keys.onEscapePressed: profilePage.goBack()
    Keys.onBackPressed: profilePage.goBack()

    // Back to the list this page was pushed from.
    function goBack() {
        if (profilePage.StackView.view)
            profilePage.StackView.view.pop()
    }

    readonly property bool wide: width >= 900

    function money(value: real): string {
        return "¥" + Number(value).toLocaleString(Qt.locale(Qt.uiLanguage), "f", 0)
    }
    function dateText(value): string {
        return !value || isNaN(value.getTime()) ? "" : value.toLocaleDateString(Qt.locale(Qt.uiLanguage), Locale.ShortFormat)
    }
    // Phone, gender and nickname, those that are known, on one line.
    function subtitle(): string {
        const p = profilePage.profile
        const parts = []
        for (const part of [p.phoneMasked, profilePage.genderText(p.gender), p.nickname]) {
            if (part !== "")
                parts.push(part)
        }
        return parts.join("  ·  ")
    }
    function genderText(gender: string): string {
        return gender === "F" ? qsTr("Female") : gender === "M" ? qsTr("Male") : ""
    }
    function sourceText(source: string): string {
        switch (source) {
        case "counter": return qsTr("At the counter")
        case "mini_program": return qsTr("Mini-program")
        case "campaign": return qsTr("Campaign")
        case "import": return qsTr("Imported")
        default: return source
        }
    }
    function birthdayText(): string {
        const p = profilePage.profile
        if (!p.hasBirthday)
            return ""
        if (p.birthdayLunar) {
            if (Qt.uiLanguage.startsWith("zh"))
                return (p.birthdayYear > 0 ? p.birthdayYear + "年 " : "") + p.lunarBirthdayText
            const leap = p.birthdayLeapMonth ? qsTr("leap ") : ""
            return qsTr("Lunar %1month %2, day %3").arg(leap).arg(p.birthdayMonth).arg(p.birthdayDay)
                   + (p.birthdayYear > 0 ? " (" + p.birthdayYear + ")" : "")
        }
        if (p.birthdayYear > 0)
            return new Date(p.birthdayYear, p.birthdayMonth - 1, p.birthdayDay)
                   .toLocaleDateString(Qt.locale(Qt.uiLanguage), Locale.ShortFormat)
        return qsTr("%1/%2 (year unknown)").arg(p.birthdayMonth).arg(p.birthdayDay)
    }
    function summaryLine(): string {
        const p = profilePage.profile
        if (p.visits === 0)
            return qsTr("No purchase yet.")
        let line = qsTr("Spent %1 in %n visit(s)", "", p.visits).arg(profilePage.money(p.totalSpend))
        line += qsTr("; last visit %n day(s) ago", "", p.daysSinceLastVisit)
        if (p.averageGapDays > 0)
            line += qsTr("; usually every %n day(s)", "", p.averageGapDays)
        return qsTr("%1.").arg(line)
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Header: back, avatar, name, level, phone.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 88
            color: Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.padding
                spacing: Theme.padding - 4

                ToolButton {
                    objectName: "profileBack"
                    icon.source: "qrc:/GuideDesk/icons/back.svg"
                    Layout.preferredWidth: 48
                    Layout.preferredHeight: 48
                    Accessible.name: qsTr("Back")
                    onClicked: profilePage.goBack()
                }
                Avatar {
                    implicitWidth: 52
                    implicitHeight: 52
                    initial: profilePage.profile.initial
                    seed: profilePage.profile.customerId
                }
                ColumnLayout {
                    spacing: 4
                    RowLayout {
                        spacing: Theme.spacing
                        Text {
                            objectName: "profileName"
                            text: profilePage.profile.found ? profilePage.profile.name : qsTr("Customer not found")
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontHeadline
                            font.weight: Font.DemiBold
                        }
                        LevelChip { level: profilePage.profile.memberLevel }
                    }
                    Text {
                        text: profilePage.subtitle()
                        color: Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                }
                Item { Layout.fillWidth: true }
            }
        }

        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            GridLayout {
                width: scroller.availableWidth - 2 * Theme.padding
                x: Theme.padding
                y: Theme.padding
                columns: profilePage.wide ? 2 : 1
                columnSpacing: Theme.padding
                rowSpacing: Theme.padding

                Card {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Shopping")
                    Text {
                        objectName: "profileSummary"
                        Layout.fillWidth: true
                        text: profilePage.summaryLine()
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody + 1
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.padding
                        Repeater {
                            model: [
                                { label: QT_TRANSLATE_NOOP("CustomerProfilePage", "Total spend"), value: profilePage.money(profilePage.profile.totalSpend) },
                                { label: QT_TRANSLATE_NOOP("CustomerProfilePage", "Visits"), value: String(profilePage.profile.visits) },
                                { label: QT_TRANSLATE_NOOP("CustomerProfilePage", "Average ticket"), value: profilePage.money(profilePage.profile.averageTicket) }
                            ]
                            delegate: ColumnLayout {
                                id: figure
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 2
                                Text {
                                    text: figure.modelData.value
                                    color: Theme.accent
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontHeadline - 2
                                    font.weight: Font.DemiBold
                                }
                                Text {
                                    text: qsTranslate("CustomerProfilePage", figure.modelData.label)
                                    color: Theme.textSecondary
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                        }
                    }
                    InfoRow {
                        Layout.fillWidth: true
                        label: qsTr("Favourite")
                        value: profilePage.profile.favouriteCategoriesText
                    }
                    InfoRow {
                        Layout.fillWidth: true
                        label: qsTr("First visit")
                        value: profilePage.dateText(profilePage.profile.firstVisit)
                    }
                }

                Card {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Basics")
                    actionText: profilePage.book.canWrite && profilePage.profile.found ? qsTr("Edit") : ""
                    actionName: "editBasics"
                    onActionTriggered: editDialog.edit(profilePage.profile)
                    InfoRow { Layout.fillWidth: true; label: qsTr("Birthday"); value: profilePage.birthdayText() }
                    InfoRow { Layout.fillWidth: true; label: qsTr("Card opened"); value: profilePage.dateText(profilePage.profile.cardOpenedOn) }
                    InfoRow { Layout.fillWidth: true; label: qsTr("Guide"); value: profilePage.profile.ownerGuideName }
                    InfoRow { Layout.fillWidth: true; label: qsTr("Store"); value: profilePage.profile.storeName }
                    InfoRow { Layout.fillWidth: true; label: qsTr("Added via"); value: profilePage.sourceText(profilePage.profile.source) }
                    InfoRow { Layout.fillWidth: true; label: qsTr("Remark"); value: profilePage.profile.remark }
                }

                Card {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Tags")
                    actionText: profilePage.tagBook && profilePage.tagBook.canWrite && profilePage.profile.found ? qsTr("Tag") : ""
                    actionName: "editTags"
                    onActionTriggered: tagSheet.openFor(profilePage.profile.customerId)
                    Text {
                        visible: profilePage.profile.tagCount === 0
                        text: qsTr("No tags yet.")
                        color: Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Repeater {
                            model: profilePage.profile.tags
                            // A delegate sees nothing outside itself (qmllint): set it from here.
                            onItemAdded: (index, item) => (item as TagChip).shelfLifeDays
                                         = Qt.binding(() => profilePage.tagBook ? profilePage.tagBook.shelfLifeDays : 0)
                            delegate: TagChip { }
                        }
                    }
                }

                Card {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Notes")
                    visible: profilePage.profile.found
                    NoteComposer {
                        Layout.fillWidth: true
                        book: profilePage.book
                        customerId: profilePage.profile.customerId
                    }
                    NotesCard {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        notes: profilePage.notes
                    }
                }

                Card {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Timeline")
                    visible: profilePage.profile.found && profilePage.timeline !== null
                    TimelineCard {
                        Layout.fillWidth: true
                        timeline: profilePage.timeline
                    }
                }

                Card {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Coupons")
                    visible: profilePage.profile.found
                    CouponsCard {
                        objectName: "couponsCard"
                        Layout.fillWidth: true
                        desk: profilePage.desk
                        coupons: profilePage.coupons
                        customerName: profilePage.profile.name
                    }
                }

                Card {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Purchases")
                    Text {
                        visible: profilePage.profile.purchaseCount === 0
                        text: qsTr("No purchase yet.")
                        color: Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                    Repeater {
                        model: profilePage.profile.purchases
                        delegate: PurchaseRow {
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }

    EditBasicsDialog {
        id: editDialog
        book: profilePage.book
    }
    TagPickerSheet {
        id: tagSheet
        tagBook: profilePage.tagBook
    }
}
