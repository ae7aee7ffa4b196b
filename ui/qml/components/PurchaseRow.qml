import QtQuick
import QtQuick.Layouts
import GuideDesk

// One purchase: date, category and size, items, amount.
RowLayout {
    id: purchase
    required property date date
    required property string category
    required property string size
    required property int items
    required property real amount
    required property string storeName
    spacing: Theme.padding

    Text {
        Layout.preferredWidth: 96
        text: purchase.date.toLocaleDateString(Qt.locale(Qt.uiLanguage), Locale.ShortFormat)
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody - 1
    }
    Text {
        Layout.fillWidth: true
        text: purchase.category + (purchase.size !== "" ? "  " + purchase.size : "")
              + "  ×" + purchase.items
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        elide: Text.ElideRight
    }
    Text {
        text: "¥" + Number(purchase.amount).toLocaleString(Qt.locale(Qt.uiLanguage), "f", 0)
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.Medium
    }
}
