import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// Issues a coupon to one customer: pick a template (value, minimum spend, validity, quota
// left as last synced), check the line that says what will happen, confirm. The coupon is
// saved on this device at once as "pending" — offline too — and the server decides (quota,
// validity) with the next sync. Keyboard: ↑/↓ pick, Enter confirms, Esc cancels.
// For a whole segment set `customerIds` (and a `customerName` that names the group): one
// transaction, one issue per customer, all or none.
Dialog {
    id: dialog
    required property CouponDesk desk
    property string customerId: ""
    property var customerIds: []
    property string customerName: ""

    // The template picked (its id) and what went wrong the last time, if anything.
    property string couponId: ""
    property string message: ""
    signal issued()

    modal: true
    closePolicy: Popup.CloseOnEscape
    title: qsTr("Issue a coupon")
    width: Math.min(560, parent ? parent.width - 32 : 560)
    // As tall as the templates need, within the window.
    height: Math.min(implicitHeight, 720, parent ? parent.height - 64 : 720)
    anchors.centerIn: parent

    function pick(row: int) {
        dialog.couponId = dialog.desk.templates.usableIdAt(row)
        dialog.message = ""
    }
    function confirmText(): string {
        const row = dialog.desk.templates.indexOf(dialog.couponId)
        if (row < 0)
            return qsTr("Pick a coupon above.")
        const templates = dialog.desk.templates
        return qsTr("%1 will get %2 (%3 off).").arg(dialog.customerName)
               .arg(templates.nameAt(row, !Qt.uiLanguage.startsWith("zh"))).arg(CouponText.money(templates.valueAt(row)))
    }
    function confirm() {
        if (dialog.couponId === "")
            return
        const error = dialog.customerIds.length > 0
                    ? dialog.desk.issueToCustomers(dialog.couponId, dialog.customerIds)
                    : dialog.desk.issue(dialog.couponId, dialog.customerId)
        dialog.message = error
        if (error === "") {
            dialog.issued()
            dialog.close()
        }
    }

    onAboutToShow: {
        dialog.desk.reloadTemplates()
        const first = dialog.desk.templates.firstUsable()
        templateList.currentIndex = first
        dialog.pick(first)
    }
    onOpened: templateList.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("For %1").arg(dialog.customerName)
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }
        Text {
            visible: templateList.count === 0
            Layout.fillWidth: true
            text: qsTr("No coupons yet: they arrive from the server with the next sync.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        ListView {
            id: templateList
            objectName: "couponTemplateList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: contentHeight
            Layout.minimumHeight: 3 * 48
            clip: true
            spacing: 4
            keyNavigationEnabled: true
            model: dialog.desk.templates
            onCurrentIndexChanged: dialog.pick(templateList.currentIndex)
            Keys.onReturnPressed: dialog.confirm()
            Keys.onEnterPressed: dialog.confirm()
            delegate: CouponTemplateRow { }
        }
        Text {
            objectName: "couponConfirmText"
            Layout.fillWidth: true
            text: dialog.message !== "" ? dialog.message : dialog.confirmText()
            color: dialog.message !== "" ? Theme.danger : Theme.text
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Saved on this device at once and sent with the next sync; the server checks the quota.")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            Button {
                objectName: "couponCancel"
                text: qsTr("Cancel")
                flat: true
                Layout.preferredHeight: 44
                onClicked: dialog.close()
            }
            Button {
                objectName: "couponIssue"
                text: qsTr("Issue coupon")
                highlighted: true
                enabled: dialog.couponId !== "" && dialog.desk.canIssue
                Layout.preferredHeight: 44
                onClicked: dialog.confirm()
            }
        }
    }
}
