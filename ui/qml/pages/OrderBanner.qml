import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// "New paid order": shown over every page the moment a paid order arrives (the sync engine
// pulls on the server's live event). Open goes to the order; Dismiss hides it.
Rectangle {
    id: banner
    required property OrderDesk desk
    signal openRequested(string orderId)

    visible: banner.desk !== null && banner.desk.bannerVisible
    implicitHeight: 64
    radius: Theme.radius
    color: Theme.accent
    Accessible.role: Accessible.AlertMessage
    Accessible.name: bannerText.text

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        Text {
            id: bannerText
            objectName: "orderBannerText"
            Layout.fillWidth: true
            text: !banner.desk ? ""
                  : (banner.desk.bannerCount > 1
                     ? qsTr("%n new paid order(s)", "", banner.desk.bannerCount) + " · "
                     : qsTr("New paid order") + " · ")
                    + banner.desk.bannerCustomerName + " · " + OrderText.money(banner.desk.bannerAmountCents)
            color: Theme.textOnAccent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Button {
            objectName: "orderBannerOpen"
            Layout.preferredHeight: 48
            text: qsTr("Open")
            onClicked: {
                banner.openRequested(banner.desk.bannerOrderId)
                banner.desk.dismissBanner()
            }
        }
        Button {
            Layout.preferredHeight: 48
            flat: true
            text: qsTr("Dismiss")
            onClicked: banner.desk.dismissBanner()
        }
    }
}
