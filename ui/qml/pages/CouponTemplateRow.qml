import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import GuideDesk

// One template in the issue dialog's list: value, name, minimum spend, validity, quota left;
// greyed with the reason when the device would not issue it today. A tap picks it.
ItemDelegate {
    id: row
    required property int index
    required property string couponId
    required property string name
    required property string nameEn
    required property real value
    required property real minSpend
    required property date validFrom
    required property date validTo
    required property int quota
    required property int remaining
    required property string availability
    required property bool usable

    objectName: "couponTemplate_" + row.index
    width: ListView.view ? ListView.view.width : implicitWidth
    height: Math.max(Theme.rowHeight, row.implicitContentHeight + 16)
    enabled: row.usable
    highlighted: ListView.isCurrentItem
    Accessible.name: CouponText.shownName(row.name, row.nameEn)
    onClicked: {
        const list = row.ListView.view
        if (list) {
            list.currentIndex = row.index
            list.forceActiveFocus()
        }
    }

    contentItem: RowLayout {
        spacing: Theme.padding
        Text {
            text: CouponText.money(row.value)
            color: row.usable ? Theme.accent : Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle + 2
            font.weight: Font.DemiBold
            Layout.preferredWidth: 72
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: CouponText.shownName(row.name, row.nameEn)
                color: row.usable ? Theme.text : Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: CouponText.minSpendText(row.minSpend) + "  ·  "
                      + CouponText.validityText(row.validFrom, row.validTo) + "  ·  "
                      + CouponText.quotaText(row.remaining, row.quota)
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
        Text {
            visible: !row.usable
            text: CouponText.availabilityText(row.availability)
            color: Theme.warning
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
}
